"""Unsolicited offer of sexual services; also finds the names of sex-dating services, glued into one word
by their owners ("AdultSexMeet", "SexDateFinder", "fuckbook"): the name itself offers the encounter."""

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


SIGNAL = Signal.from_package(__name__, finders=(find_sex_dating_names,))
