"""The streaming mbox splitter: message boundaries, quoting, line endings and very long lines."""

from __future__ import annotations

import io

import pytest

from detector.cli import mbox
from detector.cli.mbox import iter_mbox

SPLIT_CASES = [
    (
        "two messages",
        b"From a\nSubject: 1\n\none\n\nFrom b\nSubject: 2\n\ntwo\n",
        [b"Subject: 1\n\none\n", b"Subject: 2\n\ntwo\n"],
    ),
    ("mboxrd quoting undone", b"From a\n\n>From here\n>>From there\n", [b"\nFrom here\n>From there\n"]),
    (
        "From inside a paragraph is body",
        b"From a\n\nline\nFrom b is not a separator\n",
        [b"\nline\nFrom b is not a separator\n"],
    ),
    ("CRLF line endings", b"From a\r\nS: 1\r\n\r\nx\r\n\r\nFrom b\r\nS: 2\r\n", [b"S: 1\r\n\r\nx\r\n", b"S: 2\r\n"]),
    ("no trailing newline", b"From a\nS: 1\n\nlast", [b"S: 1\n\nlast"]),
    ("empty file", b"", []),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in SPLIT_CASES], ids=[c[0] for c in SPLIT_CASES])
def test_iter_mbox_splits_on_from_lines(data, expected):
    assert list(iter_mbox(io.BytesIO(data))) == expected


def test_a_line_longer_than_a_piece_is_kept_whole_and_never_split_on(monkeypatch):
    monkeypatch.setattr(mbox, "MAX_PIECE", 8)
    data = b"From a\n\n" + b"x" * 8 + b"From inside a long line\n\nFrom b\n\nsecond\n"
    first, second = iter_mbox(io.BytesIO(data))
    assert first == b"\n" + b"x" * 8 + b"From inside a long line\n"
    assert second == b"\nsecond\n"


class _CountingStream(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.lines_read = 0

    def readline(self, size: int = -1) -> bytes:
        self.lines_read += 1
        return super().readline(size)


def test_messages_are_read_one_at_a_time():
    stream = _CountingStream(b"".join(b"From x\nS: %d\n\nbody\n\n" % n for n in range(1000)))
    next(iter_mbox(stream))
    assert stream.lines_read < 10
