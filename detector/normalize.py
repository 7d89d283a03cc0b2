"""Text normalization that keeps an offset map back to the original string.

normalize() folds the spelling variants that ordinary writers and spammers produce (HTML entities,
invisible characters, case, Latin accents, Arabic letter variants, look-alike letters from other scripts,
digits standing for letters, spaced-out and stretched letters) so that one lexicon entry, passed through
the same function, matches all of them. Every normalized character remembers the span of the original text
it comes from, so findings can point at what the reader actually sees.

Steps, in order: HTML entities; NFC; invisible characters, compatibility letters and ligatures; look-alikes
in Latin words; lowercase; accents, Arabic variants and digits; spaced letters; digits for letters;
stretched letters. Whitespace and punctuation stay. Case is gone and letters inside words may change, so
anything with a fixed spelling (wallet addresses, URLs, reference codes) is better looked for in `original`.

Speed: most messages need few of the steps, so each step first looks for the characters it acts on with a
compiled regex (scanned in C) and returns its input untouched when there are none. Offsets start as
``range`` objects and become arrays of machine integers only when a step changes the text's length: arrays
are copied by slice at memory speed, where a list would build one int object per character.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Normalized", "normalize"]


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized text and, per character, the span of `original` it comes from.

    `starts` and `ends` are read-only sequences: a ``range`` when no character moved, else a memoryview.
    """

    original: str
    text: str  # the normalized text
    starts: Sequence[int]  # len(text): index in `original` where normalized char i comes from
    ends: Sequence[int]  # len(text): exclusive end in `original` of the source of char i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Normalized [start, end) -> original [s, e); empty span maps to an empty original span."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"[{start}, {end}) is not a range of the normalized text (length {len(self.text)})")
        if start < end:
            return self.starts[start], self.ends[end - 1]
        if start < len(self.text):
            return self.starts[start], self.starts[start]
        pos = self.ends[-1] if self.text else len(self.original)
        return pos, pos


@dataclass(frozen=True, slots=True)
class _Mapped:
    """Intermediate text of the pipeline with, per character, its span in the original."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]


# An edit replaces text[a:b] by `repl`. `keep` is a slice of the current offsets giving one source per
# character of `repl` (same-length replacements, or letters kept out of a spaced run); None maps every
# character of `repl` to the whole span [a, b).
_Edit = tuple[int, int, str, slice | None]


_OFFSET_TYPECODE = "q"
_identity = array(_OFFSET_TYPECODE)  # 0, 1, 2, ...: grown on demand, replaced whole, never changed in place


def _offset_array(offsets: Sequence[int]) -> array:
    """The offsets as an array; identity ranges are cut out of one shared identity array."""
    global _identity
    if not isinstance(offsets, range):
        return offsets
    identity = _identity
    if len(identity) < offsets.stop:
        identity = _identity = array(_OFFSET_TYPECODE, range(max(offsets.stop, 2 * len(identity), 4096)))
    return identity[offsets.start : offsets.stop]


def _apply(mapped: _Mapped, edits: Iterable[_Edit]) -> _Mapped:
    """Apply sorted, non-overlapping edits, carrying the offsets along; plain stretches are copied by slice."""
    edits = list(edits)
    if not edits:
        return mapped
    if all(keep == slice(a, b) for a, b, _, keep in edits):
        return _Mapped(_replaced_text(mapped.text, edits), mapped.starts, mapped.ends)  # one character for one
    text = mapped.text
    starts, ends = _offset_array(mapped.starts), _offset_array(mapped.ends)
    pieces: list[str] = []
    new_starts, new_ends = array(_OFFSET_TYPECODE), array(_OFFSET_TYPECODE)
    pos = 0
    for a, b, repl, keep in edits:
        pieces.append(text[pos:a])
        new_starts += starts[pos:a]
        new_ends += ends[pos:a]
        if repl:
            pieces.append(repl)
            if keep is None and len(repl) == 1:  # the common case, kept apart for speed
                new_starts.append(starts[a])
                new_ends.append(ends[b - 1])
            elif keep is None:
                new_starts.extend([starts[a]] * len(repl))
                new_ends.extend([ends[b - 1]] * len(repl))
            else:
                new_starts += starts[keep]
                new_ends += ends[keep]
        pos = b
    pieces.append(text[pos:])
    new_starts += starts[pos:]
    new_ends += ends[pos:]
    return _Mapped("".join(pieces), new_starts, new_ends)


def _replaced_text(text: str, edits: list[_Edit]) -> str:
    pieces = []
    pos = 0
    for a, b, repl, _ in edits:
        pieces += (text[pos:a], repl)
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


def _replace_chars(text: str, char_re: re.Pattern[str], table: dict[str, str]) -> str:
    """Replace every character matched by `char_re` by its one-character image in `table`.

    One str.replace per distinct character present: C speed, and no table value is also a key, so the
    order of the replacements does not matter.
    """
    for char in set(char_re.findall(text)):
        text = text.replace(char, table[char])
    return text


def _token_spans(hint_re: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """(start, end) of every token of `text` in which `hint_re` finds something.

    `hint_re` matches from what it looks for to the end of that token (what it looks for being part of the
    token), and must match the same things read backwards: then a scan of the reversed text finds, in
    reverse order, where the same tokens begin. Two scans in C instead of a look around each hit in Python.
    """
    ends = [m.end() for m in hint_re.finditer(text)]
    if not ends:
        return []
    starts = [len(text) - m.end() for m in hint_re.finditer(text[::-1])]
    return list(zip(reversed(starts), ends, strict=True))


def _char_class(chars: Iterable[str]) -> str:
    """The inside of a regex class matching `chars`, as ranges of consecutive code points.

    sre tests a character against a class item by item unless it can build a bitmap, so a class of a
    thousand single characters costs microseconds per character scanned; a few ranges cost nanoseconds.
    """
    codes = sorted({ord(c) for c in chars})
    ranges = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return _ranges_class(ranges)


def _ranges_class(ranges: Iterable[Sequence[int]]) -> str:
    return "".join(
        re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last))) for first, last in ranges
    )


# --- 1. HTML entities ---------------------------------------------------------------------------------------

# The entity syntax html.unescape itself recognises (named entities may lack the semicolon).
_ENTITY_RE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


@lru_cache(maxsize=1024)
def _decode_entity(raw: str) -> tuple[int, str] | None:
    """(length of the entity proper, its decoded text), or None when `raw` is not an entity.

    html.unescape copies through what follows a semicolon-less named entity ("&ampxyz" -> "&xyz"); that
    tail keeps its own offsets, so only the entity proper is mapped to its decoded text.
    """
    decoded = html.unescape(raw)
    if decoded == raw:
        return None
    tail = 0
    longest_tail = min(len(raw), len(decoded)) - 1
    while tail < longest_tail and raw[-1 - tail] == decoded[-1 - tail]:
        tail += 1
    return len(raw) - tail, decoded[: len(decoded) - tail]


def _decode_entities(mapped: _Mapped) -> _Mapped:
    if "&" not in mapped.text:
        return mapped
    edits = []
    for match in _ENTITY_RE.finditer(mapped.text):
        decoded = _decode_entity(match.group())
        if decoded is not None:
            length, value = decoded
            edits.append((match.start(), match.start() + length, value, None))
    return _apply(mapped, edits)


# --- 2. NFC -------------------------------------------------------------------------------------------------

# NFC never composes across whitespace, so it can go word by word: one edit per word it changes, which keeps
# a text full of decomposed accents as cheap as any. Characters of a word whose length changes all map to the
# whole word; findings point at words anyway.
_NON_ASCII_WORD_RE = re.compile(r"[^\x00-\x7f\s]\S*")  # no "\s" first: U+0085 and U+00A0 are spaces


def _compose(mapped: _Mapped) -> _Mapped:
    text = mapped.text
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return mapped
    edits: list[_Edit] = []
    for start, end in _token_spans(_NON_ASCII_WORD_RE, text):
        word = text[start:end]
        composed = unicodedata.normalize("NFC", word)
        if composed != word:
            edits.append((start, end, composed, slice(start, end) if len(composed) == len(word) else None))
    return _apply(mapped, edits)


# --- 3. Invisible characters, compatibility letters, ligatures ----------------------------------------------
# One scan finds them all: each full scan of the text costs about as much as the work on what it finds.

_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x180B, 0x180F), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xE0000, 0xE007F), (0xE0100, 0xE01EF),  # tag characters, variation selectors supplement
    (0x0610, 0x061A), (0x0640, 0x0640), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED),  # Arabic
    # combining marks left over after NFC attach to nothing: they only disguise letters ("Zalgo" text)
    (0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F),
)  # fmt: skip
_COMPATIBILITY_RANGES = (
    (0x2160, 0x217F),  # Roman numerals
    (0x24B6, 0x24E9),  # circled letters
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFE70, 0xFEFC),  # Arabic presentation forms B
    (0xFF10, 0xFF5A),  # fullwidth digits and letters
    (0x1D400, 0x1D7FF),  # mathematical alphanumerics
    (0x1F130, 0x1F149),  # squared letters
)
# Letters that read as two. This step runs before lowercasing, so the capitals are listed too.
_LIGATURES = {"ß": "ss", "ẞ": "SS", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ĳ": "ij", "Ĳ": "IJ"}


def _compatibility_images() -> dict[str, str]:
    """NFKC images of the letters and digits of the compatibility blocks (not of their punctuation)."""
    images = {}
    for first, last in _COMPATIBILITY_RANGES:
        for code in range(first, last + 1):
            image = unicodedata.normalize("NFKC", chr(code))
            if image != chr(code) and image.isalnum():
                images[chr(code)] = image
    return images


_SPECIAL_IMAGES = {
    **{chr(code): "" for first, last in _INVISIBLE_RANGES for code in range(first, last + 1)},
    **_compatibility_images(),
    **_LIGATURES,
}
_SPECIAL_TRANSLATION = str.maketrans(_SPECIAL_IMAGES)
# Every astral character is let in (emoji, mostly, which the edits then leave alone): one astral range
# costs less per scanned character than the few astral blocks listed one by one.
_SPECIAL_RUN_RE = re.compile(
    f"[{_ranges_class(r for r in (*_INVISIBLE_RANGES, *_COMPATIBILITY_RANGES) if r[1] <= 0xFFFF)}"
    f"{_char_class(_LIGATURES)}\U00010000-\U0010ffff]+"
)
_INVISIBLE_RUN_RE = re.compile(f"[{_ranges_class(_INVISIBLE_RANGES)}]+")


def _replace_special_characters(mapped: _Mapped) -> _Mapped:
    if mapped.text.isascii():
        return mapped
    edits: list[_Edit] = []
    for run in _SPECIAL_RUN_RE.finditer(mapped.text):
        edits += _special_run_edits(run.group(), run.start())
    return _apply(mapped, edits)


def _special_run_edits(run: str, start: int) -> list[_Edit]:
    end = start + len(run)
    if _INVISIBLE_RUN_RE.fullmatch(run):
        return [(start, end, "", None)]
    if all(len(_SPECIAL_IMAGES.get(c, c)) == 1 for c in run):
        # one character for one: offsets stay as they are (and emoji, the usual astral run, stay too)
        image = run.translate(_SPECIAL_TRANSLATION)
        return [(start, end, image, slice(start, end))] if image != run else []
    edits = []
    for i, char in enumerate(run, start):
        image = _SPECIAL_IMAGES.get(char, char)
        if image != char:
            edits.append((i, i + 1, image, slice(i, i + 1) if len(image) == 1 else None))
    return edits


# --- 4. Look-alike letters of other scripts, in Latin words only --------------------------------------------


def _load_confusables() -> dict[str, str]:
    data = json.loads(resources.files("detector").joinpath("confusables.json").read_text(encoding="utf-8"))
    return {char: image for table in data.values() if isinstance(table, dict) for char, image in table.items()}


_CONFUSABLES = _load_confusables()
_CONFUSABLE_RE = re.compile(f"[{_char_class(_CONFUSABLES)}]")
_CONFUSABLE_TRANSLATION = str.maketrans(_CONFUSABLES)
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_LETTER_RE = re.compile(f"[{_LATIN_LETTERS}]")
# A character that is neither Latin, a digit, "@$_" nor a look-alike: the word belongs to its own script.
_OWN_SCRIPT_RE = re.compile(f"[^\\d@$_{_LATIN_LETTERS}{_char_class(_CONFUSABLES)}]")
# A Cyrillic or Greek letter that looks like no Latin letter: the text is written in that script.
_REAL_CYRILLIC_GREEK_RE = re.compile(
    "["
    + _char_class(
        chr(code)
        for first, last in ((0x0370, 0x03FF), (0x0400, 0x052F), (0x1F00, 0x1FFF))
        for code in range(first, last + 1)
        if chr(code).isalpha() and chr(code) not in _CONFUSABLES
    )
    + "]"
)
# A character of none of these: ASCII, Latin letters and modifiers, look-alikes, punctuation and symbols,
# astral characters (emoji, mostly). A text without one is Latin through and through: every look-alike in
# it folds, with no word-by-word decision.
_NOT_LATIN_TEXT_RE = re.compile(
    f"[^\\x00-\u02ff\u1d00-\u1eff\u2000-\u2bff{_char_class(_CONFUSABLES)}\U00010000-\U0010ffff]"
)
# A look-alike and the rest of its word. Words are the tokens the digit step will see once "@" and "$" may
# have become letters ("c@sh"): deciding on the same unit keeps normalizing idempotent.
_CONFUSABLE_TOKEN_RE = re.compile(f"[{_char_class(_CONFUSABLES)}][\\w@$]*")


def _is_latin_word(word: str, text_is_cyrillic_or_greek: bool) -> bool:
    """Whether the look-alikes in `word` stand for Latin letters.

    A word made only of look-alikes ("сор") is Latin unless the text around it is really Cyrillic or
    Greek: a real word of those scripts is always found among other letters of the same script.
    """
    if _LATIN_LETTER_RE.search(word):
        return True
    return not text_is_cyrillic_or_greek and not _OWN_SCRIPT_RE.search(word)


def _fold_confusables(mapped: _Mapped) -> _Mapped:
    text = mapped.text
    if text.isascii() or not _CONFUSABLE_RE.search(text):
        return mapped
    if not _NOT_LATIN_TEXT_RE.search(text):
        return _Mapped(_replace_chars(text, _CONFUSABLE_RE, _CONFUSABLES), mapped.starts, mapped.ends)
    text_is_cyrillic_or_greek = _REAL_CYRILLIC_GREEK_RE.search(text) is not None
    edits = [
        (start, end, text[start:end].translate(_CONFUSABLE_TRANSLATION), slice(start, end))
        for start, end in _token_spans(_CONFUSABLE_TOKEN_RE, text)
        if _is_latin_word(text[start:end], text_is_cyrillic_or_greek)
    ]
    return _apply(mapped, edits)


# --- 5. Lowercase -------------------------------------------------------------------------------------------

_NON_ASCII_CHAR_RE = re.compile(r"[^\x00-\x7f]")


def _lowercase(mapped: _Mapped) -> _Mapped:
    lowered = mapped.text.lower()
    if len(lowered) == len(mapped.text):
        return _Mapped(lowered, mapped.starts, mapped.ends)
    # A few capitals lower to a letter and a combining mark ("İ" -> "i" + U+0307); the mark would only
    # keep the word from matching its dotless spelling.
    edits = (
        (m.start(), m.end(), _without_marks(m.group().lower()), None)
        for m in _NON_ASCII_CHAR_RE.finditer(mapped.text)
        if len(m.group().lower()) != 1
    )
    expanded = _apply(mapped, edits)
    return _Mapped(expanded.text.lower(), expanded.starts, expanded.ends)


def _without_marks(text: str) -> str:
    return "".join(c for c in text if not unicodedata.combining(c))


# --- 6. Latin accents, Arabic letter variants, Arabic-Indic digits ------------------------------------------


# Letters with a stroke or bar have no decomposition but read as the plain letter.
_STROKED_LETTERS = {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "ŧ": "t", "ƀ": "b"}


def _latin_accent_table() -> dict[str, str]:
    table = dict(_STROKED_LETTERS)
    for first, last in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(first, last + 1):
            char = chr(code)
            base = _without_marks(unicodedata.normalize("NFD", char))
            if base != char and len(base) == 1:
                table[char] = _STROKED_LETTERS.get(base, base)  # "ǿ" -> "ø" -> "o"
    return table


_ARABIC_VARIANTS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي",
    "ک": "ك", "ڭ": "ك", "گ": "ك",
}  # fmt: skip
_INDIC_DIGITS = {chr(first + d): str(d) for first in (0x0660, 0x06F0) for d in range(10)}
_LETTER_FOLDS = {**_latin_accent_table(), **_ARABIC_VARIANTS, **_INDIC_DIGITS}
_LETTER_FOLD_RE = re.compile(f"[{_char_class(_LETTER_FOLDS)}]")


def _fold_letters(mapped: _Mapped) -> _Mapped:
    if mapped.text.isascii():
        return mapped
    return _Mapped(_replace_chars(mapped.text, _LETTER_FOLD_RE, _LETTER_FOLDS), mapped.starts, mapped.ends)


# --- 7. Spaced or dotted letters ("b i t c o i n", "p.a.y") -------------------------------------------------

# A letter not preceded by a word character, then (separator, letter) pairs, not followed by one: at least
# three letters joined by dots, dashes, underscores or stars ("p.a.y"), four when joined by spaces, since
# French and Darija chain real one-letter words ("il y a à", "w f l") three at a time.
_SPACED_LETTERS_RE = re.compile(
    r"(?<![^\W_])[^\W\d_](?:(?: [^\W\d_]){3,}|(?:[.\-_*][^\W\d_]){2,})(?![^\W_])"
)
# Cheap to scan for (it starts with a separator, most characters are not): the second and third letters
# of such a run, each alone between separators. The run itself begins one character before.
_SPACED_LETTERS_HINT_RE = re.compile(r"[ .*_-][^ .*_-][ .*_-][^ .*_-](?![^\W_])")


def _join_spaced_letters(mapped: _Mapped) -> _Mapped:
    text = mapped.text
    edits: list[_Edit] = []
    hint = _SPACED_LETTERS_HINT_RE.search(text)
    while hint:
        run = _SPACED_LETTERS_RE.match(text, hint.start() - 1) if hint.start() else None
        if run:
            edits.append((run.start(), run.end(), run.group()[::2], slice(run.start(), run.end(), 2)))
        hint = _SPACED_LETTERS_HINT_RE.search(text, run.end() if run else hint.start() + 1)
    return _apply(mapped, edits)


# --- 8. Digits for letters inside Latin words (leetspeak, Arabizi) ------------------------------------------

_DIGIT_LETTERS = {"0": "o", "1": "i", "2": "a", "3": "a", "4": "a", "5": "kh", "7": "h", "8": "gh", "9": "q",
                  "@": "a", "$": "s"}  # fmt: skip
_DIGIT_TRANSLATION = str.maketrans(_DIGIT_LETTERS)
_DIGIT_LETTER_RE = re.compile(r"[0-57-9@$]")  # 6 stands for no letter
# Where to look: a digit next to a Latin letter, and the rest of its token. Pure numbers, most of the
# digits in a text, cost nothing.
_DIGIT_BY_LETTER_RE = re.compile(r"[0-57-9@$](?:(?<=[a-z].)|(?=[a-z]))[\w@$]*")
# Tokens whose digits are numbers, not letters: no Latin letter; a number with its unit ("48h", "500dh",
# "$5k"); a run of two or more digits first ("2020s"); one digit not followed by two letters ("4x4"); three
# digits in a row anywhere ("us$500", "eur1000"). A single digit before two letters is a letter ("3afak").
_DIGITS_ARE_NUMBERS_RE = re.compile(
    r"[^a-z]*"
    r"|\$?[0-9]+(?:h|hr|hrs|hours?|heures?|min|mn|minutes?|sec|secondes?|seconds?|j|jours?|d|days?|semaines?|weeks?"
    r"|mois|months?|ans|years?|am|pm|k|dh|dhs|mad|dirhams?|drahem|eur|euros?|usd|usdt|dollars?|btc|bitcoins?|eth"
    r"|ltc|xmr|st|nd|rd|th|e|er|ere|eme|x)\$?"
    r"|[0-9](?:[0-9]|(?![a-z]{2})).*"
    r"|.*[0-9]{3}.*"
)
_EMAIL_TAIL_RE = re.compile(r"\.\w")
_LONGEST_WORD = 25  # longer letter-and-digit tokens are addresses, hashes or ids, not words


def _token_keeps_digits(token: str, text: str, end: int) -> bool:
    if len(token) > _LONGEST_WORD or _DIGITS_ARE_NUMBERS_RE.fullmatch(token):
        return True
    return "@" in token[1:-1] and _EMAIL_TAIL_RE.match(text, end) is not None  # an e-mail address


def _map_digits_in_words(mapped: _Mapped) -> _Mapped:
    text = mapped.text
    edits: list[_Edit] = []
    for start, end in _token_spans(_DIGIT_BY_LETTER_RE, text):
        token = text[start:end]
        if not _token_keeps_digits(token, text, end):
            edits += _digit_edits(token, start)
    return _apply(mapped, edits)


def _digit_edits(token: str, start: int) -> list[_Edit]:
    image = token.translate(_DIGIT_TRANSLATION)
    if len(image) == len(token):
        return [(start, start + len(token), image, slice(start, start + len(token)))]
    # "5" -> "kh", "8" -> "gh": both letters come from the digit
    return [
        (start + m.start(), start + m.end(), _DIGIT_LETTERS[m.group()], None) for m in _DIGIT_LETTER_RE.finditer(token)
    ]


# --- 9. Stretched letters -----------------------------------------------------------------------------------

# Any character, so that the scan needs no Unicode category lookup; non-letters are skipped afterwards.
# Written out rather than `\1{2,}`: a repeat count makes sre several times slower on every position.
_REPEATED_CHAR_RE = re.compile(r"(.)\1\1\1*", re.DOTALL)


def _collapse_repeats(mapped: _Mapped) -> _Mapped:
    # the second kept letter stands for the whole rest of the run
    edits = (
        (m.start() + 1, m.end(), m.group(1), None)
        for m in _REPEATED_CHAR_RE.finditer(mapped.text)
        if m.group(1).isalpha()
    )
    return _apply(mapped, edits)


_STEPS = (
    _decode_entities,
    _compose,
    _replace_special_characters,
    _fold_confusables,
    _lowercase,
    _fold_letters,
    _join_spaced_letters,
    _map_digits_in_words,
    _collapse_repeats,
)


def normalize(text: str) -> Normalized:
    """Normalize `text` for matching, keeping for each normalized character its span in `text`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    mapped = _Mapped(text, range(len(text)), range(1, len(text) + 1))
    for step in _STEPS:
        mapped = step(mapped)
    return Normalized(text, mapped.text, _frozen(mapped.starts), _frozen(mapped.ends))


def _frozen(offsets: Sequence[int]) -> Sequence[int]:
    return offsets if isinstance(offsets, range) else memoryview(offsets).toreadonly()
