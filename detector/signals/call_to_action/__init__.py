"""Asks you to call, text, click or join; also finds premium-rate prices ("60p/min", "150p/msg",
"txt costs 150p")."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal, numbers_standing_alone

# The look-ahead names every branch's first character: the engine rejects other positions with one test
# instead of trying each branch (two and a half times faster).
PREMIUM_RATE = re.compile(r"(?=[0-9£m])(?:\d{1,3}\s?p{1,2}\s?(?:/|per\s?|a\s)\s?(?:min|msg|txt|text|week|wk)(?!\w)"
                          r"|\d{2,3}p(?:pm|pmsg|msg)(?!\w)|msgs?@\s?\d{2,3}p"
                          r"|£\s?\d{1,2}(?:\.\d{2})?p?\s?(?:/|per\s?)?\s?(?:min|msg|txt))")
# A price in pence after "costs": too small a sum to be anything but a rate per message. Kept apart from
# PREMIUM_RATE, and without a leading \b, so that the engine can skip ahead to the literal "cost".
COST_IN_PENCE = re.compile(r"costs?\s\d{2,3}p(?!\w)")


def find_premium_rates(norm: Normalized):
    yield from numbers_standing_alone(PREMIUM_RATE, norm, glued=".")
    text = norm.text
    for match in COST_IN_PENCE.finditer(text):
        start = match.start()
        if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
            yield norm.span(start, match.end())


SIGNAL = Signal.from_package(__name__, finders=(find_premium_rates,))
