"""Demands money; also finds amounts with a currency, which phrases cannot list."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal

_CURRENCY = (
    r"(?:usd|dollars?|euros?|eur|dh|dhs|mad|dirhams?|drahem|dirham|درهم|دراهم|ريال|دولار|دولارات|يورو|اورو"
    r"|btc|bitcoins?|usdt|eth|ltc|xmr|bucks|quid|pounds?|gbp)"
)
# Bounded repetitions only: an amount is at most a few digit groups.
AMOUNT = re.compile(
    r"[$€£]\s?\d[\d,.]{0,12}"
    rf"|(?<![\w.,])\d[\d,.]{{0,12}}\s?(?:[$€£]|{_CURRENCY}(?!\w))"
)


def find_amounts(norm: Normalized):
    for match in AMOUNT.finditer(norm.text):
        yield norm.span(match.start(), match.end())


SIGNAL = Signal.from_package(__name__, finders=(find_amounts,))
