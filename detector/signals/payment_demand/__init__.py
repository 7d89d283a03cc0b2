"""Demands money; also finds amounts with a currency, which phrases cannot list."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal, numbers_standing_alone

_CURRENCY = (
    r"(?:usd|dollars?|euros?|eur|dh|dhs|mad|dirhams?|drahem|dirham|درهم|دراهم|ريال|دولار|دولارات|يورو|اورو"
    r"|btc|bitcoins?|usdt|eth|ltc|xmr|bucks|quid|pounds?|gbp)"
)
# Bounded repetitions only: an amount is at most a few digit groups.
AMOUNT = re.compile(rf"[$€£]\s?\d[\d,.]{{0,12}}|\d[\d,.]{{0,12}}\s?(?:[$€£]|{_CURRENCY}(?!\w))")


def find_amounts(norm: Normalized):
    return numbers_standing_alone(AMOUNT, norm, glued=".,")


SIGNAL = Signal.from_package(__name__, finders=(find_amounts,))
