"""Shared by the table-driven verdict tests: the verdicts' short names and one table row."""

from __future__ import annotations

import pytest

SEX, EXT, INT, SOL, NONE = "sextortion", "extortion", "intimidation", "sexual_solicitation", "none"


def case(ident, expected, text, subject="", xfail=""):
    """A row (expected, text, subject) named ``ident``; ``xfail`` gives the reason it is a known failure."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(expected, text, subject, marks=marks, id=ident)
