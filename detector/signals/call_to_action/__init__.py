"""Asks you to call, text, click or join; also finds premium-rate prices ("60p/min", "150p/msg")."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal, numbers_standing_alone

PREMIUM_RATE = re.compile(r"\d{1,3}\s?p{1,2}\s?(?:/|per\s?)\s?(?:min|msg|txt|text|week|wk)(?!\w)"
                          r"|\d{2,3}p(?:pm|pmsg|msg)(?!\w)|msgs?@\s?\d{2,3}p"
                          r"|£\s?\d{1,2}(?:\.\d{2})?p?\s?(?:/|per\s?)?\s?(?:min|msg|txt)")


def find_premium_rates(norm: Normalized):
    return numbers_standing_alone(PREMIUM_RATE, norm, glued=".")


SIGNAL = Signal.from_package(__name__, finders=(find_premium_rates,))
