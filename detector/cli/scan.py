"""``amane scan``: analyze every message in files and folders, in parallel, printing results in order."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tqdm import tqdm

from detector import VERDICTS
from detector.cli import exitcodes
from detector.cli.examine import Outcome, examine, load_detector
from detector.cli.parallel import ordered_map
from detector.cli.render import BOLD_RED, GREEN, one_line, paint, use_colour
from detector.cli.sources import Skipped, Unreadable, iter_items

TABLE_COLUMNS = (("VERDICT", 19), ("RISK", 6), ("SCORE", 5))


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def location(path: str, index: int | None) -> str:
    return path if index is None else f"{path}#{index}"


@dataclass
class Tally:
    verdicts: Counter = field(default_factory=Counter)
    unreadable: int = 0
    damaged: int = 0
    skipped: int = 0

    def add(self, result) -> None:
        if isinstance(result, Outcome):
            self.verdicts[result.verdict] += 1
            self.damaged += bool(result.problems)
        elif isinstance(result, Unreadable):
            self.unreadable += 1
        else:
            self.skipped += 1

    @property
    def messages(self) -> int:
        return sum(self.verdicts.values())

    def exit_code(self) -> int:
        if self.unreadable or self.damaged:
            return exitcodes.TROUBLE
        flagged = self.messages - self.verdicts["none"]
        return exitcodes.FLAGGED if flagged else exitcodes.CLEAN

    def summary(self, seconds: float) -> str:
        rate = self.messages / seconds if seconds > 0 else 0.0
        counts = ", ".join(f"{verdict} {self.verdicts[verdict]}" for verdict in VERDICTS)
        return (
            f"{self.messages} messages in {seconds:.1f} s ({rate:.1f} messages/s): {counts}; "
            f"unreadable {self.unreadable}, damaged {self.damaged}, skipped files {self.skipped}"
        )


class JsonlWriter:
    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit = emit

    def write(self, outcome: Outcome) -> None:
        self.emit(json.dumps(outcome.to_record(), ensure_ascii=False))

    def finish(self, summary: str) -> None:
        sys.stdout.flush()
        sys.stderr.write(f"amane: {summary}\n")


class TableWriter:
    def __init__(self, emit: Callable[[str], None], colour: bool) -> None:
        self.emit, self.colour = emit, colour
        self.width = shutil.get_terminal_size().columns
        self.emit(self._row([name for name, _ in TABLE_COLUMNS] + ["MESSAGE"]))

    def _row(self, cells: list[str]) -> str:
        fixed = " ".join(cell.ljust(width) for cell, (_, width) in zip(cells, TABLE_COLUMNS, strict=False))
        return f"{fixed} {cells[-1]}"[: max(self.width, 40)]

    def write(self, outcome: Outcome) -> None:
        message = location(outcome.path, outcome.index)
        if outcome.subject:
            message += f"  {one_line(outcome.subject)}"
        row = self._row([outcome.verdict, outcome.risk, f"{outcome.score:.2f}", message])
        verdict_width = TABLE_COLUMNS[0][1]
        verdict = paint(row[:verdict_width], BOLD_RED if outcome.flagged else GREEN, self.colour)
        self.emit(f"{verdict}{row[verdict_width:]}")

    def finish(self, summary: str) -> None:
        self.emit(f"{'-' * min(self.width, 80)}\n{summary}")


def _notice(result) -> str | None:
    if isinstance(result, Unreadable):
        return f"amane: {location(result.path, result.index)}: unreadable: {result.reason}"
    if isinstance(result, Skipped):
        return f"amane: {result.path}: skipped: not an .eml, .mbox, .txt or .jsonl file"
    if result.problems:
        where = location(result.path, result.index)
        return f"amane: {where}: damaged ({'; '.join(result.problems)}), analyzed what could be read"
    return None


def _print_line(line: str) -> None:
    sys.stdout.write(line + "\n")


def _print_line_under_progress(line: str) -> None:
    # The bar shares the terminal: it is cleared before the line and drawn again after it.
    tqdm.write(line, file=sys.stdout)


def run_scan(args: argparse.Namespace) -> int:
    out = sys.stdout
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    show_progress = not args.quiet and sys.stderr.isatty()
    emit = _print_line_under_progress if show_progress and out.isatty() else _print_line
    writer = TableWriter(emit, use_colour(out)) if fmt == "table" else JsonlWriter(emit)
    tally = Tally()
    started = time.perf_counter()
    jobs = args.jobs or default_jobs()
    if jobs > 1 and multiprocessing.get_start_method() == "fork":
        load_detector()
    results = ordered_map(examine, iter_items(args.paths), jobs)
    with tqdm(results, file=sys.stderr, disable=not show_progress, unit=" msg", leave=False) as progress:
        for result in progress:
            tally.add(result)
            if notice := _notice(result):
                tqdm.write(notice, file=sys.stderr)
            if isinstance(result, Outcome) and (result.flagged or not args.only_flagged):
                writer.write(result)
    writer.finish(tally.summary(time.perf_counter() - started))
    return tally.exit_code()
