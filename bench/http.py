"""HTTP throughput and latency of /v1/analyze beside /v1/health, under gunicorn as in production.

The health endpoint costs only the web stack, so analyze/health throughput shows the detector's share.
Load comes from keep-alive connections on threads of this process, on the same machine as the server:
the client takes CPU from the server, equally for both endpoints.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from server.testing import RunningService, running_service

MESSAGE_BYTES = 2048
SECONDS_PER_ENDPOINT = 10.0
MAX_REQUESTS_PER_CONNECTION = 20_000
CONNECTIONS = 4
TARGET_RATIO = 0.60

# Written for this benchmark: everyday mail and threats, in the project's languages.
BENIGN_SENTENCES = (
    "Hello team, the quarterly report is attached and the figures for March look better than expected.",
    "Bonjour Madame, je vous confirme le rendez-vous de jeudi à 10 heures au cabinet du docteur Alami.",
    "السلام عليكم، نذكركم بأن اجتماع أولياء التلاميذ سيعقد يوم السبت على الساعة الثالثة بعد الزوال.",
    "Salam khouya, ghadi nji l dar ghda f l3chiya, gol l mama twjd lina chi tajine mzyan.",
    "Your parcel has left our warehouse in Casablanca and should arrive within three working days.",
    "Merci pour votre candidature, nous reviendrons vers vous après l'étude de votre dossier.",
)
THREAT_SENTENCES = (
    "I recorded you through your webcam while you were watching adult videos.",
    "Pay 900 euros in bitcoin to the address below within 48 hours or I send the video to all your contacts.",
    "J'ai piraté votre téléphone et j'ai vos photos intimes. Payez 5000 dirhams par Western Union avant demain.",
    "إذا لم تدفع 3000 درهم خلال يومين سأنشر صورك على فيسبوك وأرسلها إلى عائلتك.",
    "ila ma siftich lflous f 24 sa3a ghadi nfde7k 3nd l3a2ila dyalk o n7et tsawr f facebook.",
    "Don't tell the police or anyone else, or the video goes to your employer today.",
)


@dataclass(frozen=True)
class Measure:
    label: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


# What the service costs around the detector shows with a message that takes the detector almost nothing.
SHORT_MESSAGE = "See you at lunch."


def make_message(sentences: tuple[str, ...], offset: int, size: int = MESSAGE_BYTES) -> str:
    """Sentences, starting at ``offset`` and cycling, until the message is ``size`` bytes of UTF-8."""
    parts, used, index = [], 0, offset
    while used < size:
        sentence = sentences[index % len(sentences)] + " "
        parts.append(sentence)
        used += len(sentence.encode())
        index += 1
    return "".join(parts).encode()[:size].decode("utf-8", errors="ignore").strip()


def analyze_bodies() -> list[bytes]:
    messages = [make_message(BENIGN_SENTENCES, i) for i in range(len(BENIGN_SENTENCES))]
    # A threat is hidden in an otherwise ordinary message, as in real mail.
    messages += [make_message(BENIGN_SENTENCES[:i] + THREAT_SENTENCES + BENIGN_SENTENCES[i:], i)
                 for i in range(len(BENIGN_SENTENCES))]
    return [json.dumps({"text": message, "channel": "email"}).encode() for message in messages]


def _drive(service: RunningService, method: str, path: str, bodies: list[bytes], deadline: float):
    connection = service.connection()
    latencies, errors = [], 0
    headers = {"Content-Type": "application/json"}
    try:
        for count in range(MAX_REQUESTS_PER_CONNECTION):
            if time.monotonic() >= deadline:
                break
            body = bodies[count % len(bodies)] if bodies else None
            started = time.perf_counter()
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            latencies.append((time.perf_counter() - started) * 1000)
            errors += response.status != 200
    finally:
        connection.close()
    return latencies, errors


def measure(service: RunningService, method: str, path: str, bodies: list[bytes], label: str = "") -> Measure:
    _drive(service, method, path, bodies, time.monotonic() + 1.0)  # warm every worker's caches
    started = time.monotonic()
    deadline = started + SECONDS_PER_ENDPOINT
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        results = list(pool.map(lambda _: _drive(service, method, path, bodies, deadline), range(CONNECTIONS)))
    seconds = time.monotonic() - started
    latencies = tuple(value for latencies, _ in results for value in latencies)
    errors = sum(errors for _, errors in results)
    return Measure(label or f"{method} {path}", len(latencies), errors, seconds, latencies)


def report(health: Measure, analyze: Measure, short: Measure) -> str:
    lines = [f"{'endpoint':<28}{'requests':>10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}"]
    for m in (health, analyze, short):
        lines.append(f"{m.label:<28}{m.requests:>10}{m.per_second:>10.0f}{m.percentile(0.50):>10.1f}"
                     f"{m.percentile(0.99):>10.1f}{m.errors:>8}")
    ratio = analyze.per_second / health.per_second if health.per_second else 0.0
    verdict = "meets" if ratio >= TARGET_RATIO else "misses"
    lines.append(f"analyze/health throughput: {ratio:.0%} ({verdict} the {TARGET_RATIO:.0%} target)")
    ceiling = short.per_second / health.per_second if health.per_second else 0.0
    lines.append(f"the same with a {len(SHORT_MESSAGE)}-character message: {ceiling:.0%} (the web stack's own share: "
                 "parsing, rate limit, a full JSON answer; the ceiling for any detector)")
    return "\n".join(lines)


def run(corpus: Path | None) -> None:
    cores = len(os.sched_getaffinity(0))
    print(f"== bench.http: gunicorn, {cores} workers, {CONNECTIONS} keep-alive connections, "
          f"{SECONDS_PER_ENDPOINT:.0f} s per endpoint, {MESSAGE_BYTES}-byte messages (generated; corpus unused) ==")
    bodies = analyze_bodies()
    # The rate limit is lifted: this measures the service, not the limiter's refusals.
    env = {"AMANE_RATE_LIMIT": "100000000/minute"}
    short = [json.dumps({"text": SHORT_MESSAGE, "channel": "email"}).encode()]
    with running_service(production=True, env=env) as service:
        health = measure(service, "GET", "/v1/health", [])
        analyze = measure(service, "POST", "/v1/analyze", bodies)
        short_analyze = measure(service, "POST", "/v1/analyze", short, "POST /v1/analyze (short)")
    print(report(health, analyze, short_analyze))
