"""Reads like a joke between friends; also finds laughing emoji."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal

LAUGHING_EMOJI = re.compile("[\U0001F602\U0001F923\U0001F606\U0001F61C\U0001F61D\U0001F639]")


def find_laughing_emoji(norm: Normalized):
    for match in LAUGHING_EMOJI.finditer(norm.original):
        yield match.start(), match.end()


SIGNAL = Signal.from_package(__name__, finders=(find_laughing_emoji,))
