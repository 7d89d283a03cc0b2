"""Sets a deadline; also finds compact durations such as "48h" or "24 h", which are one token."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal, numbers_standing_alone

COMPACT_DURATION = re.compile(r"\d{1,3}\s?(?:h|hrs?|mn|min|j)(?!\w)")


def find_compact_durations(norm: Normalized):
    return numbers_standing_alone(COMPACT_DURATION, norm)


SIGNAL = Signal.from_package(__name__, finders=(find_compact_durations,))
