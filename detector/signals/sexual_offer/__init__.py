"""Unsolicited offer of sexual services; also finds the names of sex-dating services, glued into one word
by their owners ("AdultSexMeet", "SexDateFinder", "fuckbook"): the name itself offers the encounter; and
escorts' rate cards, a price for an hour beside a price for the night ("1h 800dh, nuit 2500")."""

import re

from detector.normalize import Normalized
from detector.signals.base import Signal, words_containing

# On the folded text: "sex" or "fuck" glued to a word for meeting someone; "Essex" or "Sussex" never is.
SEX_DATING_CORE = re.compile(r"sex|fuck|fuk|hookup")
SEX_DATING_NAME = re.compile(
    r"[a-z0-9]*(?:sex|fuck|fuk|hookup)(?:meet|meets|meeting|date|dates|dating|finder|find|contact|contacts"
    r"|partner|partners|buddy|buddies|friend|friends|flirt|flirts|match|book|mates)[a-z0-9]*"
)


def find_sex_dating_names(norm: Normalized):
    return words_containing(SEX_DATING_CORE, SEX_DATING_NAME, norm)


# On the folded text. A spa prices its hours and a hotel its nights; an hour and a night priced side by
# side is an escort's card. The hour's price carries a currency or ends the item, so that "1h 30 from
# Marrakech, 500dh a night" is not one.
_HOUR = r"(?:\b(?:1\s?h|une\s+heure|one\s+hour|1\s+hour|l\s?heure|the\s+hour|sa3a|saa)|\b[وفب]?(?:ال)?ساعه)"
_NIGHT = r"(?:\b(?:nuit|night|overnight|lil|lila|lyla)|\b[وفب]?(?:ال)?ليله)(?:\s+(?:kamla|entiere|complete|كامله))?"
_CURRENCY = r"(?:dh|dhs|mad|dirhams?|eur|euros?|€|\$|usd|درهم|دراهم)"
RATE_CARD = re.compile(
    _HOUR + rf"\W{{0,3}}\d{{2,5}}\s?(?:{_CURRENCY}|(?=\s*[,/;)|]))[^\n]{{0,40}}?" + _NIGHT + r"\W{0,3}\d{2,5}(?!\d)"
)


def find_rate_cards(norm: Normalized):
    for match in RATE_CARD.finditer(norm.text):
        yield norm.span(match.start(), match.end())


SIGNAL = Signal.from_package(__name__, finders=(find_sex_dating_names, find_rate_cards))
