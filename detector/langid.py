"""Which languages a message is written in: script statistics and function-word markers decide
Arabic vs Darija vs Arabizi; langdetect only settles Latin text the markers leave open.

Detection never depends on this: every lexicon runs on every message. The language only picks the
advice and explanation language and is reported to the caller."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources

from detector.normalize import normalize

LANGDETECT_PREFIX = 400  # langdetect costs ~1 ms per call and more with length


@cache
def markers() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("detector").joinpath("langid_markers.json").read_text("utf-8"))
    return {lang: frozenset(normalize(" ".join(words)).text.split()) for lang, words in raw.items() if lang[0] != "_"}


def marker_counts(words: list[str]) -> dict[str, int]:
    occurrences = Counter(words)
    return {
        lang: sum(occurrences[w] for w in vocabulary & occurrences.keys()) for lang, vocabulary in markers().items()
    }


# In UTF-8, U+0600-U+06FF are the two-byte sequences led by D8-DB, and U+00C0-U+027F (accented Latin) those
# led by C3-C9: counting bytes is a C loop over the text, where a regex would build a string per word.
_ARABIC_LEADS = b"\xd8\xd9\xda\xdb"
_ACCENTED_LATIN_LEADS = b"\xc3\xc4\xc5\xc6\xc7\xc8\xc9"
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())


def script_shares(text: str) -> tuple[int, int]:
    """How many Arabic and Latin letters the text has (Arabic punctuation and digits count as Arabic)."""
    encoded = text.encode("utf-8", "surrogatepass")
    arabic = sum(encoded.count(lead) for lead in _ARABIC_LEADS)
    latin = len(encoded.translate(None, _NOT_ASCII_LETTER)) + sum(encoded.count(lead) for lead in _ACCENTED_LATIN_LEADS)
    return arabic, latin


# Darija's negation wraps the verb ("ما تقولش", "ماكاينش"); Maghrebi letters (گ ڭ ڤ پ) write sounds and
# loanwords that Modern Standard Arabic spells otherwise.
# Written to start with the literal "ما", which lets the regex engine skip straight to it.
_DARIJA_NEGATION = re.compile(r"ما(?<!\wما)\s?\w+?ش(?!\w)")
_MAGHREBI_LETTERS = re.compile(r"[\u06af\u06ad\u06a4\u067e]")


def darija_shapes(text: str, folded: str) -> int:
    """``folded``: the words as normalize() spells them, joined by spaces."""
    return len(_DARIJA_NEGATION.findall(folded)) + len(_MAGHREBI_LETTERS.findall(text))


# Arabizi writes ع ح ق ء with digits inside words ("m3ak", "7na", "9bel"); leetspeak rarely uses 7 or 9.
# A digit counts after a Latin letter ("m3ak"), or opening a word of letters ("7na"): two Latin letters
# follow and no letter or digit precedes.
# Digit first, so that the regex engine only stops at digits.
_ARABIZI_DIGIT = re.compile(r"[2379](?:(?<=[a-zA-Z].)|(?<![^\W_].)(?=[a-zA-Z]{2}))")
_LONG_TOKEN = re.compile(r"\w{16,}")  # wallet addresses, hashes and codes mix digits and letters too


def arabizi_shapes(text: str) -> int:
    """Digits standing for letters in Latin words."""
    return len(_ARABIZI_DIGIT.findall(_LONG_TOKEN.sub(" ", text)))


def arabic_script_language(counts: dict[str, int]) -> str:
    """Darija when its markers hold their own against Modern Standard Arabic's."""
    return "ary" if counts["ary"] and counts["ary"] * 2 >= counts["ar"] else "ar"


def latin_script_languages(counts: dict[str, int], words: list[str], text: str) -> list[str]:
    """Latin-script languages by marker strength, strongest first; langdetect when markers are silent."""
    total = max(len(words), 1)
    found = []
    if counts["ary-Latn"] >= 2 or (counts["ary-Latn"] and counts["ary-Latn"] / total >= 0.15):
        found.append(("ary-Latn", counts["ary-Latn"] * 1.5))
    for lang in ("fr", "en"):
        if counts[lang] >= 2 or (counts[lang] and counts[lang] / total >= 0.2):
            found.append((lang, counts[lang]))
    if not found:
        guess = langdetect_guess(text)
        return [guess] if guess else []
    found.sort(key=lambda item: -item[1])
    strongest = found[0][1]
    # A language counts when its markers are a real part of the text, not a stray word.
    return [lang for lang, score in found if score >= strongest * 0.3]


def langdetect_guess(text: str) -> str | None:
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0  # langdetect is random unless seeded; results must be deterministic
    try:
        return detect(text[:LANGDETECT_PREFIX])
    except LangDetectException:
        return None


# A message's language shows in its first paragraphs; counting all of a 1 MB text costs.
SAMPLE_CHARS = 1500
SAMPLE_WORDS = 300


def identify(text: str, words: list[str]) -> tuple[str, list[str]]:
    """(main language, every language present), as BCP 47 tags; ("und", []) when nothing is known.
    ``words`` are the message's words as normalize() spells them, which the markers are written in."""
    text, words = text[:SAMPLE_CHARS], words[:SAMPLE_WORDS]
    folded = " ".join(words)
    arabic, latin = script_shares(text)
    if not arabic and not latin:
        return "und", []
    counts = marker_counts(words)
    counts["ary"] += darija_shapes(text, folded)
    counts["ary-Latn"] += arabizi_shapes(text)
    languages: list[str] = []
    if arabic:
        languages.append(arabic_script_language(counts))
    if latin >= 8 or not arabic:
        languages.extend(latin_script_languages(counts, words, text))
    if arabic and latin and latin > arabic:
        languages.reverse()
    languages = list(dict.fromkeys(languages))
    return (languages[0] if languages else "und"), languages
