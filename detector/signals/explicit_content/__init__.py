"""Explicit sexual content; also finds the shapes porn adverts glue together, which phrases cannot list:
a brand or link made of an explicit word and another ("freepornsite", "xxxmatch", ".../sexxys") and an
age stamp beside "xxx" ("18+ XXX")."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal, words_containing

# On the folded text, where letter runs are cut to two ("xxx" is "xx", "sexxxy" is "sexxy"). "porn" and a
# doubled x after "sex" are never an accident inside a word; "sex" elsewhere is ("Essex", "unisex",
# "sextant"), so it counts only glued to a word of the trade; "xx" alone is kisses ("love you xxx").
_TRADE = r"(?:cam|cams|chat|tube|shop|toy|toys|vid|vids|video|videos|movie|movies|pics|show|shows|line|club|party|site)"
GLUED_CORE = re.compile(r"porn|sex|xx")
GLUED_EXPLICIT = re.compile(
    r"[a-z0-9]*porn[a-z0-9]*"
    r"|[a-z0-9]*sexx[a-z0-9]*"
    r"|[a-z0-9]*(?:adult|free|live|cyber|teen|milf|gay|anal|oral|hot|real|casual)sex[a-z0-9]*"
    r"|sex" + _TRADE + r"[a-z0-9]*"
    r"|xx(?:match|video|videos|movie|movies|cam|cams|site|chat|tube|pics|porn|sex)[a-z0-9]*"
)
# An age stamp beside "xxx" or "sex" ("18+ XXX", "XXX +18"): kisses carry no age.
AGE_STAMP = re.compile(r"(?:18\s?\+|\+\s?18)\s?(?:xx|sex|porn[a-z]*)\b|xx\s?(?:\+\s?18|18\s?\+)(?!\d)")


def find_glued_explicit(norm: Normalized):
    yield from words_containing(GLUED_CORE, GLUED_EXPLICIT, norm)
    # Age stamps are looked for only around a "+", which few texts hold, rather than at every position.
    text = norm.text
    seen = set()
    plus = text.find("+")
    while plus != -1:
        for match in AGE_STAMP.finditer(text, max(0, plus - 6), plus + 12):
            start = match.start()
            if match.span() in seen or (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
                continue  # already found, or "118+ sex", "abcxx 18+": glued to a word
            seen.add(match.span())
            yield norm.span(start, match.end())
        plus = text.find("+", plus + 1)


SIGNAL = Signal.from_package(__name__, finders=(find_glued_explicit,))
