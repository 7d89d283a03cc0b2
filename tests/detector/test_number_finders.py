"""The number finders search only near digits; that must find exactly what a scan of the whole text finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detector.signals.base import NUMBER_TAIL, near_digits
from detector.signals.call_to_action import PREMIUM_RATE
from detector.signals.deadline import COMPACT_DURATION
from detector.signals.payment_demand import AMOUNT

# Pieces of the texts the patterns care about, so that random joins often come close to a match.
PIECES = ["1", "23", "500", "48", "h", "hrs", "min", " ", "  ", ",", ".", "$", "€", "£", "p", "pp", "/", "per ",
          "msg", "msgs@", "costs ", "dh", "euros", "bitcoin", "ours", "abc", "درهم", "a ", "wk", "\n"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@pytest.mark.parametrize("pattern", [AMOUNT, COMPACT_DURATION, PREMIUM_RATE], ids=["amount", "duration", "premium"])
@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_search_near_digits_finds_what_a_whole_scan_finds(pattern, text):
    assert [m.span() for m in near_digits(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("after, found", [("z", []), (" ", ["1" + "x" * NUMBER_TAIL])])
def test_a_match_ending_at_the_window_end_is_judged_on_the_whole_text(after, found):
    # The window ends where this match does: its look-ahead must still see the character that follows.
    pattern = re.compile(rf"[0-9]x{{{NUMBER_TAIL}}}(?!\w)")
    assert [m.group() for m in near_digits(pattern, "1" + "x" * NUMBER_TAIL + after)] == found
