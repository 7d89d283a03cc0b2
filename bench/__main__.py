"""``python -m bench [CORPUS]``: every benchmark section, one after the other."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

SECTIONS = ("bench.library", "bench.http", "bench.scan")


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else None
    if corpus is not None and not corpus.exists():
        print(f"no corpus at {corpus}: using generated messages", file=sys.stderr)
        corpus = None
    for name in SECTIONS:
        importlib.import_module(name).run(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
