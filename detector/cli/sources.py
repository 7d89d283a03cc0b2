"""Find the messages in the paths given to ``amane scan``, reading files lazily and in input order.

Everything found is yielded: a :class:`Source` to analyze, an :class:`Unreadable` input, or a
:class:`Skipped` file of another type met inside a folder. Nothing is dropped silently.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from detector.cli.mailparse import looks_binary
from detector.cli.mbox import iter_mbox, starts_like_mbox

KINDS_BY_SUFFIX = {".eml": "eml", ".mbox": "mbox", ".mbx": "mbox", ".txt": "txt", ".jsonl": "jsonl"}
SNIFF_BYTES = 1024
# Files without a known suffix (Maildir, mbox files named "Inbox") are recognized by their first line.
_MAIL_FIRST_LINE = re.compile(
    rb"(?i)^(return-path|received|delivered-to|from|to|subject|date|message-id|mime-version|x-[\w-]+):"
)


@dataclass(frozen=True)
class Source:
    path: str
    index: int | None  # message number in an mbox (from 1), line number in a JSONL file, None otherwise
    kind: str  # "mail", "text" or "record"
    data: bytes


@dataclass(frozen=True)
class Unreadable:
    path: str
    index: int | None
    reason: str


@dataclass(frozen=True)
class Skipped:
    path: str


Item = Source | Unreadable | Skipped


def _sniff_kind(path: str) -> str | None:
    with open(path, "rb") as stream:
        head = stream.read(SNIFF_BYTES)
    if starts_like_mbox(head):
        return "mbox"
    return "eml" if _MAIL_FIRST_LINE.match(head) else None


def file_kind(path: str) -> str | None:
    """ "eml", "mbox", "txt", "jsonl", or None for a file this command does not read."""
    return KINDS_BY_SUFFIX.get(os.path.splitext(path)[1].lower()) or _sniff_kind(path)


def _read_whole(path: str, kind: str) -> Iterator[Item]:
    with open(path, "rb") as stream:
        data = stream.read()
    yield Source(path, None, kind, data)


def _read_mbox(path: str) -> Iterator[Item]:
    with open(path, "rb") as stream:
        if not starts_like_mbox(stream.read(SNIFF_BYTES)):
            yield Unreadable(path, None, "not an mbox file: it does not start with a 'From ' line")
            return
        stream.seek(0)
        for number, message in enumerate(iter_mbox(stream), start=1):
            yield Source(path, number, "mail", message)


def _read_jsonl(path: str) -> Iterator[Item]:
    with open(path, "rb") as stream:
        if looks_binary(stream.read(SNIFF_BYTES)):
            yield Unreadable(path, None, "binary content, not JSON Lines")
            return
        stream.seek(0)
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield Source(path, number, "record", line)


_READERS = {
    "eml": partial(_read_whole, kind="mail"),
    "txt": partial(_read_whole, kind="text"),
    "mbox": _read_mbox,
    "jsonl": _read_jsonl,
}


def _read_file(path: str, kind: str) -> Iterator[Item]:
    try:
        yield from _READERS[kind](path)
    except OSError as exc:
        yield Unreadable(path, None, exc.strerror or type(exc).__name__)


def _file_items(path: str, *, inside_folder: bool) -> Iterator[Item]:
    try:
        kind = file_kind(path)
    except OSError as exc:
        yield Unreadable(path, None, exc.strerror or type(exc).__name__)
        return
    if kind:
        yield from _read_file(path, kind)
    elif inside_folder:
        yield Skipped(path)
    else:
        yield Unreadable(path, None, "unsupported file type (expected .eml, .mbox, .txt, .jsonl or an mbox file)")


def _folder_items(folder: str) -> Iterator[Item]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Unreadable(folder, None, exc.strerror or type(exc).__name__)
        return
    for entry in entries:
        # Symbolic links to folders are not followed: they can loop.
        if entry.is_dir(follow_symlinks=False):
            yield from _folder_items(entry.path)
        elif entry.is_file():
            yield from _file_items(entry.path, inside_folder=True)


def iter_items(paths: Iterable[str]) -> Iterator[Item]:
    """Every message of every path, files and folders (recursively, sorted by name), in order."""
    for path in paths:
        if os.path.isdir(path):
            yield from _folder_items(path)
        elif os.path.exists(path):
            yield from _file_items(path, inside_folder=False)
        else:
            yield Unreadable(path, None, "no such file or directory")
