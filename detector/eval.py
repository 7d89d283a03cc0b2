"""Measure the detector on labelled JSONL corpora (the format of DESIGN.md's evaluation data).

    python -m detector.eval [PATH ...] [--worst N] [--jobs N]

PATH is a .jsonl file or a folder searched recursively; the default is ../shared/corpus when it
exists. Prints, per source, language and label: how many positives are flagged (recall), how many
get the exact verdict, how many `none` messages are flagged (false-positive rate); then a confusion
matrix and the worst misses. Reads files only; writes only to standard output and error."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from detector import VERDICTS, analyze

DEFAULT_CORPUS = Path("../shared/corpus")
CHUNK = 200


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    lang: str
    label: str
    verdict: str
    score: float
    id: str
    signals: tuple[str, ...]
    guards: tuple[str, ...]
    tags: tuple[str, ...] = ()


def corpus_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.jsonl")))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such corpus file or folder: {path}")
    return files


def records(files: list[Path], langs: set[str] | None = None) -> Iterator[dict]:
    for file in files:
        with file.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{file}:{number}: skipped, not JSON ({exc.msg})", file=sys.stderr)
                    continue
                record.setdefault("source", file.stem)
                if langs is None or record.get("lang") in langs:
                    yield record


def evaluate_one(record: dict) -> Outcome:
    channel = record.get("channel") if record.get("channel") in ("email", "sms", "chat") else None
    result = analyze(record.get("text") or "", subject=record.get("subject") or "", channel=channel)
    return Outcome(
        source=record["source"],
        lang=record.get("lang", "und"),
        label=record.get("label", "none"),
        verdict=result.verdict,
        score=result.score,
        id=str(record.get("id", "")),
        signals=tuple(sorted({f.signal for f in result.findings})),
        guards=result.guards,
        tags=tuple(record.get("tags") or ()),
    )


def evaluate_chunk(chunk: list[dict]) -> list[Outcome]:
    return [evaluate_one(record) for record in chunk]


def chunks(items: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def evaluate(files: list[Path], jobs: int, langs: set[str] | None = None) -> list[Outcome]:
    outcomes: list[Outcome] = []
    show = sys.stderr.isatty()
    batches = chunks(records(files, langs), CHUNK)
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            for done in pool.map(evaluate_chunk, batches):
                outcomes.extend(done)
                if show:
                    print(f"\r{len(outcomes)} messages", end="", file=sys.stderr)
    else:
        for batch in batches:
            outcomes.extend(evaluate_chunk(batch))
            if show:
                print(f"\r{len(outcomes)} messages", end="", file=sys.stderr)
    if show:
        print(file=sys.stderr)
    return outcomes


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def summary_rows(outcomes: list[Outcome]) -> list[tuple]:
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[(o.source, o.lang)].append(o)
        groups[(o.source, "*")].append(o)
    rows = []
    for (source, lang), items in sorted(groups.items()):
        positives = [o for o in items if o.label != "none"]
        negatives = [o for o in items if o.label == "none"]
        flagged = sum(o.verdict != "none" for o in positives)
        exact = sum(o.verdict == o.label for o in positives)
        false_pos = sum(o.verdict != "none" for o in negatives)
        rows.append((source, lang, len(positives), pct(flagged, len(positives)), pct(exact, len(positives)),
                     len(negatives), pct(false_pos, len(negatives)), false_pos))
    return rows


def print_summary(outcomes: list[Outcome]) -> None:
    header = ("source", "lang", "pos", "flagged", "exact", "none", "FP rate", "FP")
    rows = [header, *summary_rows(outcomes)]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def print_per_label(outcomes: list[Outcome]) -> None:
    print("\nRecall per source and label (flagged / exact):")
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.label != "none":
            groups[(o.source, o.label)].append(o)
    for (source, label), items in sorted(groups.items()):
        flagged = sum(o.verdict != "none" for o in items)
        exact = sum(o.verdict == o.label for o in items)
        print(f"  {source:28} {label:20} n={len(items):5}  flagged {pct(flagged, len(items))}"
              f"  exact {pct(exact, len(items))}")


def print_false_positives_by_tag(outcomes: list[Outcome], top: int = 3) -> None:
    """Sources mix kinds of `none` (ham and spam, offensive and not): the most common tags each."""
    print("\nFalse-positive rate on `none` per source and tag (most common tags):")
    by_source: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.label == "none":
            by_source[o.source].append(o)
    for source, items in sorted(by_source.items()):
        tags = Counter(tag for o in items for tag in o.tags)
        for tag, count in tags.most_common(top):
            flagged = sum(o.verdict != "none" for o in items if tag in o.tags)
            print(f"  {source:28} {tag:20} n={count:5}  flagged {pct(flagged, count)} ({flagged})")


def print_confusion(outcomes: list[Outcome]) -> None:
    counts = Counter((o.label, o.verdict) for o in outcomes)
    labels = [v for v in VERDICTS if any(o.label == v for o in outcomes)]
    print("\nConfusion (rows: label, columns: verdict):")
    print(" " * 22 + "".join(f"{v[:12]:>14}" for v in VERDICTS))
    for label in labels:
        print(f"  {label:20}" + "".join(f"{counts[(label, v)]:>14}" for v in VERDICTS))


def print_worst(outcomes: list[Outcome], limit: int) -> None:
    misses = [o for o in outcomes if o.label != "none" and o.verdict == "none"]
    wrong = [o for o in outcomes if o.label != "none" and o.verdict not in ("none", o.label)]
    false_pos = sorted((o for o in outcomes if o.label == "none" and o.verdict != "none"), key=lambda o: -o.score)
    for title, items in (("Missed positives", misses), ("Wrong category", wrong), ("False positives", false_pos)):
        print(f"\n{title} ({len(items)}; first {min(limit, len(items))}):")
        for o in items[:limit]:
            print(f"  {o.id:36} {o.lang:8} {o.label:>19} -> {o.verdict:19} {o.score:.2f}  "
                  f"signals={','.join(o.signals) or '-'} guards={','.join(o.guards) or '-'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detector.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="JSONL files or folders (default: ../shared/corpus)")
    parser.add_argument("--worst", type=int, default=15, help="how many misses to list per kind (default 15)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    parser.add_argument("--lang", action="append", help="only messages of this language (repeatable)")
    args = parser.parse_args(argv)
    paths = args.paths or [DEFAULT_CORPUS]
    try:
        files = corpus_files(paths)
    except FileNotFoundError as exc:
        parser.error(str(exc))
    if not files:
        parser.error(f"no .jsonl files under {', '.join(map(str, paths))}")
    outcomes = evaluate(files, max(1, args.jobs), set(args.lang) if args.lang else None)
    print_summary(outcomes)
    print_per_label(outcomes)
    print_false_positives_by_tag(outcomes)
    print_confusion(outcomes)
    print_worst(outcomes, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
