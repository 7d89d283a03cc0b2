"""analyze() speed: throughput and latency over a corpus, and how time grows with message size."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from detector import analyze
from detector.core import preload
from detector.eval import corpus_files, records

SIZES = (1_000, 10_000, 100_000, 1_000_000)
SAMPLE_LIMIT = 3000
# Written for this benchmark: a paragraph of ordinary mail and one of extortion, repeated to size.
BENIGN = (
    "Hello team, the quarterly report is attached. Please review the figures before Thursday and send "
    "your comments to the finance office. Lunch is booked for noon at the usual place. Regards, Samir. "
)
THREAT = (
    "I recorded you through your webcam. Pay 500 euros in bitcoin within 48 hours or I send the video "
    "to your family and all your contacts. Don't tell the police. "
)


def corpus_messages(corpus: Path | None) -> list[tuple[str, str]]:
    """Messages up to 4 KB: an even sample of the corpus, or generated ones without a corpus."""
    if corpus is None:
        return [(BENIGN * k, "") for k in range(1, 20)] + [(THREAT * k, "") for k in range(1, 20)]
    messages = [
        (record.get("text") or "", record.get("subject") or "")
        for record in records(corpus_files([corpus]))
        if len((record.get("text") or "").encode("utf-8")) <= 4096
    ]
    stride = max(1, len(messages) // SAMPLE_LIMIT)
    return messages[::stride]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def latency_section(messages: list[tuple[str, str]]) -> None:
    analyze("warm up: load lexicons")
    timings = []
    start = time.perf_counter()
    for text, subject in messages:
        t0 = time.perf_counter()
        analyze(text, subject=subject)
        timings.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - start
    print(f"messages ≤ 4 KB: {len(messages)}, throughput {len(messages) / elapsed:,.0f} msg/s")
    print(f"latency ms: median {statistics.median(timings):.3f}  p90 {percentile(timings, 0.9):.3f}  "
          f"p99 {percentile(timings, 0.99):.3f}  max {max(timings):.3f}")


def size_section() -> None:
    print("size       benign ms   threat ms   (time per KB, benign)")
    for size in SIZES:
        row = []
        for paragraph in (BENIGN, THREAT):
            text = (paragraph * (size // len(paragraph) + 1))[:size]
            runs = 5 if size <= 100_000 else 1
            t0 = time.perf_counter()
            for _ in range(runs):
                analyze(text)
            row.append((time.perf_counter() - t0) / runs * 1000)
        print(f"{size / 1000:>6,.0f} KB  {row[0]:>10.1f}  {row[1]:>10.1f}   {row[0] / (size / 1000):.3f} ms/KB")


def run(corpus: Path | None) -> None:
    # As the service and the scanner run it: lexicons loaded and frozen out of the garbage collector.
    preload()
    print("== library: detector.analyze(), after detector.core.preload() ==")
    latency_section(corpus_messages(corpus))
    size_section()
    print()
