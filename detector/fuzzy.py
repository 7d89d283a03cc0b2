"""The one place that touches rapidfuzz, so a pure-Python fallback can stand in where the compiled
library is missing (Pyodide without the wheel)."""

from __future__ import annotations

try:
    from rapidfuzz import process as _process
    from rapidfuzz.distance import OSA as _osa

    def edit_distance(a: str, b: str, limit: int) -> int:
        """Optimal-string-alignment distance (a transposition costs 1), or limit + 1 when larger."""
        return _osa.distance(a, b, score_cutoff=limit)

    def within_one_edit(target: str, candidates: list[str]) -> list[str]:
        """The candidates one edit away from ``target`` (not equal to it), compared in one C loop."""
        return [c for c, distance, _ in _process.extract(target, candidates, scorer=_osa.distance, score_cutoff=1,
                                                         limit=None) if distance == 1]

except ImportError:  # pragma: no cover - exercised by the fallback test through monkeypatching

    def edit_distance(a: str, b: str, limit: int) -> int:
        return python_edit_distance(a, b, limit)

    def within_one_edit(target: str, candidates: list[str]) -> list[str]:
        return [c for c in candidates if python_edit_distance(c, target, 1) == 1]


def python_edit_distance(a: str, b: str, limit: int) -> int:
    """Pure-Python optimal-string-alignment distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)
