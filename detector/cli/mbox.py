"""Read an mbox file one message at a time, in constant memory (``mailbox.mbox`` indexes the whole file).

A message starts at a ``From `` line at the start of the file or after an empty line; quoted
``>From `` lines (mboxrd) lose one ``>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

# Lines longer than this are read in pieces so that one huge line cannot exhaust memory.
MAX_PIECE = 1 << 20
_QUOTED_FROM = re.compile(rb"^>(>*From )")


def starts_like_mbox(head: bytes) -> bool:
    return head.startswith(b"From ")


def _pieces(stream: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """(piece, starts_a_line) for every line or line piece of the stream."""
    at_line_start = True
    while piece := stream.readline(MAX_PIECE):
        yield piece, at_line_start
        at_line_start = piece.endswith(b"\n")


def _is_blank(line: bytes) -> bool:
    return line in (b"\n", b"\r\n")


def iter_mbox(stream: BinaryIO) -> Iterator[bytes]:
    """Yield each message of a binary mbox stream, without its ``From `` line and separating blank line."""
    lines: list[bytes] = []
    started = False
    previous_blank = True
    for piece, line_start in _pieces(stream):
        if line_start and previous_blank and piece.startswith(b"From "):
            if started:
                yield _message_bytes(lines)
            lines, started = [], True
        elif started:
            lines.append(_QUOTED_FROM.sub(rb"\1", piece) if line_start else piece)
        previous_blank = line_start and _is_blank(piece)
    if started:
        yield _message_bytes(lines)


def _message_bytes(lines: list[bytes]) -> bytes:
    if lines and _is_blank(lines[-1]):
        lines = lines[:-1]
    return b"".join(lines)
