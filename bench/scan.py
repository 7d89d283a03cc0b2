"""``amane scan`` speed and memory: messages per second with MIME parsing next to the library alone, and
the peak memory of scanning a 10 MB and a 100 MB mbox (streamed, so it should not grow with the file)."""

from __future__ import annotations

import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import NamedTuple

from detector import analyze

TARGET_MESSAGES = 5000
# The section must stay short: with a slow detector, fewer messages are used (and the count printed).
LIBRARY_SECONDS_BUDGET = 30.0
SAMPLE_MESSAGES = 200
MBOX_SIZES_MB = (10, 100)
ATTACHMENT_BYTES = 200_000
TARGET_RATIO = 1.5
# Runs the scan as a child and reports its exit status and the peak resident memory of its largest
# process (KiB on Linux); a fresh parent, so that earlier runs do not count.
_PEAK_RSS = (
    "import resource, subprocess, sys; "
    "status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)
SCAN = [sys.executable, "-m", "detector.cli", "scan", "--jobs", "2", "--quiet", "--format", "jsonl"]
SCAN_OK = (0, 1)  # nothing flagged, something flagged


def corpus_messages(corpus: Path) -> list[dict]:
    """Messages taken in turn from every JSONL file of the corpus, so every source is represented."""
    streams = [path.open(encoding="utf-8") for path in sorted(corpus.rglob("*.jsonl"))]
    try:
        rows = (json.loads(line) for line in itertools.chain.from_iterable(itertools.zip_longest(*streams)) if line)
        return list(itertools.islice(rows, TARGET_MESSAGES))
    finally:
        for stream in streams:
            stream.close()


def generated_messages(count: int = TARGET_MESSAGES) -> list[dict]:
    rng = random.Random(42)
    harmless = [
        "Hello, the meeting moved to Thursday at ten. Bring the report please.",
        "Bonjour, la facture de mars est en pièce jointe. Merci de confirmer la réception.",
        "السلام عليكم، الاجتماع غدا على الساعة العاشرة صباحا.",
        "salam khoya, ghadi nji l dar ghedda inchallah, ila bghiti chi haja goulha liya.",
    ]
    threats = [
        "I recorded you through your webcam. Pay 500 euros in bitcoin within 48 hours or I send the video "
        "to all your contacts and your family.",
        "J'ai piraté votre téléphone. Payez 300 euros par Western Union sous 24 heures ou je publie vos photos.",
    ]
    return [{"subject": f"Message {n}", "text": rng.choice(threats if n % 10 == 0 else harmless)} for n in range(count)]


def to_email(message: dict, number: int) -> bytes | None:
    mail = EmailMessage(policy=default_policy)
    mail["From"] = message.get("sender") or f"sender{number}@example.org"
    mail["To"] = "you@example.org"
    mail["Subject"] = " ".join((message.get("subject") or "").split())
    mail["Message-ID"] = f"<bench-{number}@example.org>"
    try:
        mail.set_content(message["text"])
        return mail.as_bytes()
    except (ValueError, UnicodeError):
        return None  # e.g. lone surrogates in a corpus text: not representable as mail


def with_attachment(mail: bytes, rng: random.Random) -> bytes:
    message = EmailMessage(policy=default_policy)
    message.set_content(mail.split(b"\n\n", 1)[-1].decode("utf-8", "replace"))
    message["Subject"] = "with attachment"
    message.add_attachment(rng.randbytes(ATTACHMENT_BYTES), maintype="application", subtype="pdf", filename="a.pdf")
    return message.as_bytes()


def mbox_entry(mail: bytes) -> bytes:
    lines = mail.splitlines(keepends=True)
    quoted = (b">" + line if line.lstrip(b">").startswith(b"From ") else line for line in lines)
    return b"From bench@example.org Mon Jan  1 00:00:00 2024\n" + b"".join(quoted).rstrip(b"\n") + b"\n\n"


def write_mbox(path: Path, size: int, entries: list[bytes]) -> int:
    written = count = 0
    with path.open("wb") as out:
        for entry in itertools.cycle(entries):
            if written >= size:
                break
            out.write(entry)
            written += len(entry)
            count += 1
    return count


class Cost(NamedTuple):
    wall: float  # seconds
    cpu: float  # seconds of CPU, all processes: independent of what else the machine runs


def library_cost(messages: list[dict]) -> Cost:
    wall, cpu = time.perf_counter(), time.process_time()
    for message in messages:
        analyze(message["text"], subject=message.get("subject") or "", sender="", channel="email")
    return Cost(time.perf_counter() - wall, time.process_time() - cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _require_success(status: int, stderr: bytes) -> None:
    if status not in SCAN_OK:
        raise RuntimeError(f"amane scan exited with {status}: {stderr.decode(errors='replace')[-2000:]}")


def scan_cost(path: Path) -> tuple[Cost, int]:
    wall, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.run([*SCAN, str(path)], capture_output=True, check=False)
    _require_success(proc.returncode, proc.stderr)
    return Cost(time.perf_counter() - wall, _children_cpu() - cpu), len(proc.stdout.splitlines())


def scan_peak_rss_mb(path: Path) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _PEAK_RSS, *SCAN, str(path)], capture_output=True, check=True)
    status, peak_kib = map(int, proc.stdout.split())
    _require_success(status, proc.stderr)
    return time.perf_counter() - started, peak_kib / 1024


def affordable(messages: list[dict]) -> list[dict]:
    """As many messages as the library analyzes in the time budget, at most all of them."""
    analyze("warm up")
    per_message = library_cost(messages[:SAMPLE_MESSAGES]).wall / min(len(messages), SAMPLE_MESSAGES)
    return messages[: max(SAMPLE_MESSAGES, min(len(messages), int(LIBRARY_SECONDS_BUDGET / per_message)))]


def run(corpus: Path | None) -> None:
    print("== scan: amane scan --jobs 2 (MIME parsing included) vs the library in one process ==")
    source = f"corpus {corpus}" if corpus else "generated messages"
    mails = [
        (m, e)
        for n, m in enumerate(corpus_messages(corpus) if corpus else generated_messages())
        if (e := to_email(m, n))
    ]
    messages = affordable([m for m, _ in mails])
    with tempfile.TemporaryDirectory(prefix="amane-bench-scan-") as tmp:
        folder = Path(tmp) / "eml"
        folder.mkdir()
        for number, (_, mail) in enumerate(mails[: len(messages)]):
            (folder / f"{number:05d}.eml").write_bytes(mail)
        library = library_cost(messages)
        empty = Path(tmp) / "empty"
        empty.mkdir()
        # Interpreter start, detector data load and worker start, paid once per run whatever its size.
        startup, _ = scan_cost(empty)
        scan, scanned = scan_cost(folder)
        library_rate, scan_rate = len(messages) / library.wall, scanned / (scan.wall - startup.wall)
        verdict = "ok" if scan_rate * TARGET_RATIO >= library_rate else "SLOWER than target"
        print(f"messages: {len(messages)} .eml files from {source}")
        print(
            f"library, 1 process:     {library_rate:8.1f} messages/s,"
            f" CPU {library.cpu / len(messages) * 1e3:.2f} ms/message"
        )
        print(
            f"amane scan --jobs 2:    {scan_rate:8.1f} messages/s, CPU {(scan.cpu - startup.cpu) / scanned * 1e3:.2f}"
            f" ms/message ({scan.wall:.1f} s wall - {startup.wall:.1f} s startup)"
        )
        print(f"target: scan within {TARGET_RATIO}x of the library rate: {verdict}")
        rng = random.Random(7)
        entries = [mbox_entry(with_attachment(mail, rng)) for _, mail in mails[:20]]
        for size_mb in MBOX_SIZES_MB:
            path = Path(tmp) / f"{size_mb}mb.mbox"
            count = write_mbox(path, size_mb * 1024 * 1024, entries)
            seconds, peak = scan_peak_rss_mb(path)
            path.unlink()
            print(f"mbox {size_mb:4d} MB: {count:5d} messages, {seconds:5.1f} s, peak RSS {peak:6.1f} MB")
