"""Sets a deadline; also finds compact durations such as "48h" or "24 h", which are one token."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal

COMPACT_DURATION = re.compile(r"(?<!\w)\d{1,3}\s?(?:h|hrs?|mn|min|j)(?!\w)")


def find_compact_durations(norm: Normalized):
    for match in COMPACT_DURATION.finditer(norm.text):
        yield norm.span(match.start(), match.end())


SIGNAL = Signal.from_package(__name__, finders=(find_compact_durations,))
