"""``python -m bench [CORPUS]``: every benchmark section, one after the other."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

SECTIONS = ("bench.library", "bench.http", "bench.scan")


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else None
    for name in SECTIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"== {name}: not available yet ==")
            continue
        module.run(corpus if corpus and corpus.exists() else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
