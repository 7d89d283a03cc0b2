"""Text normalization that keeps an offset map back to the original string.

normalize() folds the spelling variants that ordinary writers and spammers produce (HTML entities,
invisible characters, case, Latin accents, Arabic letter variants, look-alike letters from other scripts,
digits standing for letters, spaced-out and stretched letters) so that one lexicon entry, passed through
the same function, matches all of them. Every normalized character remembers the span of the original text
it comes from, so findings can point at what the reader actually sees.

Speed: most messages need few of the steps, so each step first looks for the characters it acts on with a
compiled regex (scanned in C) and returns its input untouched when there are none. Offsets start as
``range`` objects and only become lists when a step changes the text's length.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Normalized", "normalize"]


@dataclass(frozen=True, slots=True)
class Normalized:
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


def _apply(mapped: _Mapped, edits: Iterable[_Edit]) -> _Mapped:
    """Apply sorted, non-overlapping edits, carrying the offsets along; plain stretches are copied by slice."""
    text, starts, ends = mapped.text, mapped.starts, mapped.ends
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for a, b, repl, keep in edits:
        pieces.append(text[pos:a])
        new_starts += starts[pos:a]
        new_ends += ends[pos:a]
        if repl:
            pieces.append(repl)
            if keep is None:
                new_starts += [starts[a]] * len(repl)
                new_ends += [ends[b - 1]] * len(repl)
            else:
                new_starts += starts[keep]
                new_ends += ends[keep]
        pos = b
    if not pieces:
        return mapped
    pieces.append(text[pos:])
    new_starts += starts[pos:]
    new_ends += ends[pos:]
    return _Mapped("".join(pieces), new_starts, new_ends)


def _replace_chars(text: str, char_re: re.Pattern[str], table: dict[str, str]) -> str:
    """Replace every character matched by `char_re` by its one-character image in `table`.

    One str.replace per distinct character present: C speed, and no table value is also a key, so the
    order of the replacements does not matter.
    """
    for char in set(char_re.findall(text)):
        text = text.replace(char, table[char])
    return text


def _run_start(run_re: re.Pattern[str], reversed_text: str, pos: int) -> int:
    """Where the run of `run_re` characters that ends just before `pos` begins, found on the reversed text."""
    run = run_re.match(reversed_text, len(reversed_text) - pos)
    return pos - (run.end() - run.start())


def _char_class(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


# --- 1. HTML entities ----------------------------------------------------------------------------------

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


# --- 2. NFC ------------------------------------------------------------------------------------------

# No ASCII character composes with what precedes it, so NFC can be applied run by run of non-ASCII text
# (with the character before the run, which a combining mark may attach to).
_NON_ASCII_RUN_RE = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def _clusters(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Split text[start:end] before every starter (canonical combining class 0)."""
    cluster_start = start
    for i in range(start + 1, end):
        if not unicodedata.combining(text[i]):
            yield cluster_start, i
            cluster_start = i
    yield cluster_start, end


def _compose(mapped: _Mapped) -> _Mapped:
    text = mapped.text
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return mapped
    edits = []
    for run in _NON_ASCII_RUN_RE.finditer(text):
        if unicodedata.is_normalized("NFC", run.group()):
            continue
        for a, b in _clusters(text, run.start(), run.end()):
            composed = unicodedata.normalize("NFC", text[a:b])
            if composed != text[a:b]:
                edits.append((a, b, composed, slice(a, b) if len(composed) == b - a else None))
    return _apply(mapped, edits)


# --- 3. Invisible characters, Arabic tatweel and diacritics, stray combining marks -------------------

_INVISIBLE_RE = re.compile(
    "["
    "\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef"  # tag characters, variation selectors supplement
    "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed"  # Arabic tatweel and diacritics
    # combining marks left over after NFC attach to nothing: they only disguise letters ("Zalgo" text)
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "]+"
)


def _remove_invisible(mapped: _Mapped) -> _Mapped:
    if mapped.text.isascii():
        return mapped
    return _apply(mapped, ((m.start(), m.end(), "", None) for m in _INVISIBLE_RE.finditer(mapped.text)))


# --- 4. Compatibility letters: fullwidth, mathematical, enclosed, ligatures, presentation forms ------

_COMPATIBILITY_BLOCKS = (
    (0x2160, 0x217F),  # Roman numerals
    (0x24B6, 0x24E9),  # circled letters
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFE70, 0xFEFC),  # Arabic presentation forms B
    (0xFF10, 0xFF5A),  # fullwidth digits and letters
    (0x1D400, 0x1D7FF),  # mathematical alphanumerics
    (0x1F130, 0x1F149),  # squared letters
)


def _compatibility_tables() -> tuple[dict[str, str], dict[str, str]]:
    """NFKC images of the letters of the blocks above: (one-character images, longer images)."""
    single, multiple = {}, {}
    for first, last in _COMPATIBILITY_BLOCKS:
        for code in range(first, last + 1):
            char = chr(code)
            image = unicodedata.normalize("NFKC", char)
            if image != char and image.isalnum():
                (single if len(image) == 1 else multiple)[char] = image
    return single, multiple


_COMPAT_SINGLE, _COMPAT_MULTIPLE = _compatibility_tables()
_COMPAT_SINGLE_RE = re.compile(f"[{_char_class(_COMPAT_SINGLE)}]")
_COMPAT_MULTIPLE_RE = re.compile(f"[{_char_class(_COMPAT_MULTIPLE)}]")


def _fold_compatibility(mapped: _Mapped) -> _Mapped:
    if mapped.text.isascii():
        return mapped
    text = _replace_chars(mapped.text, _COMPAT_SINGLE_RE, _COMPAT_SINGLE)
    edits = ((m.start(), m.end(), _COMPAT_MULTIPLE[m.group()], None) for m in _COMPAT_MULTIPLE_RE.finditer(text))
    return _apply(_Mapped(text, mapped.starts, mapped.ends), edits)


# --- 5. Look-alike letters of other scripts, in Latin words only --------------------------------------


def _load_confusables() -> dict[str, str]:
    data = json.loads(resources.files("detector").joinpath("confusables.json").read_text(encoding="utf-8"))
    return {char: image for table in data.values() if isinstance(table, dict) for char, image in table.items()}


_CONFUSABLES = _load_confusables()
_CONFUSABLE_RE = re.compile(f"[{_char_class(_CONFUSABLES)}]")
_CONFUSABLE_TRANSLATION = str.maketrans(_CONFUSABLES)
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_LETTER_RE = re.compile(f"[{_LATIN_LETTERS}]")
# A character that is neither Latin, a digit nor a look-alike: the word belongs to its own script.
_OWN_SCRIPT_RE = re.compile(f"[^\\d{_LATIN_LETTERS}{_char_class(_CONFUSABLES)}]")
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
_WORD_RUN_RE = re.compile(r"[^\W_]*")


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
    text_is_cyrillic_or_greek = _REAL_CYRILLIC_GREEK_RE.search(text) is not None
    reversed_text = text[::-1]  # lets a forward regex find where the word around a hit begins
    pieces = []
    copied = 0
    hit = _CONFUSABLE_RE.search(text)
    while hit:
        pos = hit.start()
        start = _run_start(_WORD_RUN_RE, reversed_text, pos)
        end = _WORD_RUN_RE.match(text, pos).end()
        word = text[start:end]
        if _is_latin_word(word, text_is_cyrillic_or_greek):
            pieces += (text[copied:start], word.translate(_CONFUSABLE_TRANSLATION))
            copied = end
        hit = _CONFUSABLE_RE.search(text, max(end, pos + 1))
    if not pieces:
        return mapped
    pieces.append(text[copied:])
    return _Mapped("".join(pieces), mapped.starts, mapped.ends)


# --- 6. Lowercase ---------------------------------------------------------------------------------------

_NON_ASCII_CHAR_RE = re.compile(r"[^\x00-\x7f]")


def _lowercase(mapped: _Mapped) -> _Mapped:
    lowered = mapped.text.lower()
    if len(lowered) == len(mapped.text):
        return _Mapped(lowered, mapped.starts, mapped.ends)
    # A few capitals lower to two characters ("İ" -> "i" + U+0307): both come from the capital.
    edits = (
        (m.start(), m.end(), m.group().lower(), None)
        for m in _NON_ASCII_CHAR_RE.finditer(mapped.text)
        if len(m.group().lower()) != 1
    )
    expanded = _apply(mapped, edits)
    return _Mapped(expanded.text.lower(), expanded.starts, expanded.ends)


# --- 7. Latin accents and ligatures, Arabic letter variants, Arabic-Indic digits -------------------------


def _latin_accent_table() -> dict[str, str]:
    table = {}
    for first, last in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(first, last + 1):
            char = chr(code)
            base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            if base != char and len(base) == 1:
                table[char] = base
    # letters with a stroke or bar have no decomposition but read as the plain letter
    table.update({"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ŧ": "t", "ƀ": "b", "ı": "i"})
    return table


_ARABIC_VARIANTS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي",
    "ک": "ك", "ڭ": "ك", "گ": "ك",
}  # fmt: skip
_INDIC_DIGITS = {chr(first + d): str(d) for first in (0x0660, 0x06F0) for d in range(10)}
_LETTER_FOLDS = {**_latin_accent_table(), **_ARABIC_VARIANTS, **_INDIC_DIGITS}
_LETTER_FOLD_RE = re.compile(f"[{_char_class(_LETTER_FOLDS)}]")
_LETTER_EXPANSIONS = {"ß": "ss", "œ": "oe", "æ": "ae", "ĳ": "ij", "\u0307": ""}  # U+0307: from "İ".lower()
_LETTER_EXPANSION_RE = re.compile(f"[{_char_class(_LETTER_EXPANSIONS)}]")


def _fold_letters(mapped: _Mapped) -> _Mapped:
    if mapped.text.isascii():
        return mapped
    text = _replace_chars(mapped.text, _LETTER_FOLD_RE, _LETTER_FOLDS)
    edits = ((m.start(), m.end(), _LETTER_EXPANSIONS[m.group()], None) for m in _LETTER_EXPANSION_RE.finditer(text))
    return _apply(_Mapped(text, mapped.starts, mapped.ends), edits)


# --- 8. Spaced or dotted letters ("b i t c o i n", "p.a.y") ----------------------------------------------

# A letter not preceded by a word character (checked after it, so the regex can start with a character
# class and be scanned in C), then >= 2 (separator, letter) pairs, not followed by a word character.
_SPACED_LETTERS_RE = re.compile(r"[^\W\d_](?<![^\W_].)(?:[ .\-_*][^\W\d_]){2,}(?![^\W_])")


def _join_spaced_letters(mapped: _Mapped) -> _Mapped:
    edits = (
        (m.start(), m.end(), m.group()[::2], slice(m.start(), m.end(), 2))
        for m in _SPACED_LETTERS_RE.finditer(mapped.text)
    )
    return _apply(mapped, edits)


# --- 9. Digits for letters inside Latin words (leetspeak, Arabizi) ----------------------------------------

_DIGIT_LETTERS = {"0": "o", "1": "i", "2": "a", "3": "a", "4": "a", "5": "kh", "7": "h", "8": "gh", "9": "q",
                  "@": "a", "$": "s"}  # fmt: skip
_DIGIT_LETTER_RE = re.compile(r"[0-57-9@$]")  # 6 stands for no letter
_TOKEN_RUN_RE = re.compile(r"[\w@$]*")
_ASCII_LETTER_RE = re.compile(r"[a-z]")
_NUMBER_WITH_UNIT_RE = re.compile(
    r"[0-9]+(?:h|hr|hrs|hours?|heures?|min|mn|j|jours?|d|days?|k|dh|dhs|mad|dirhams?|eur|euros?|usd|btc|eth"
    r"|st|nd|rd|th|e|er|ere|eme|x|am|pm)"
)
_EMAIL_TAIL_RE = re.compile(r"\.\w")
_LONGEST_WORD = 25  # longer letter-and-digit tokens are addresses, hashes or ids, not words


def _token_keeps_digits(token: str, text: str, end: int) -> bool:
    if not _ASCII_LETTER_RE.search(token) or len(token) > _LONGEST_WORD:
        return True
    if _NUMBER_WITH_UNIT_RE.fullmatch(token):
        return True
    if "0" <= token[0] <= "9" and ("0" <= token[1] <= "9" or len(_ASCII_LETTER_RE.findall(token, 1, 3)) < 2):
        return True  # "2020s", "4x4"; a single digit before >= 2 letters ("3afak", "7na") is mapped
    at = token.find("@")
    return 0 < at < len(token) - 1 and _EMAIL_TAIL_RE.match(text, end) is not None


def _map_digits_in_words(mapped: _Mapped) -> _Mapped:
    text = mapped.text
    edits: list[_Edit] = []
    reversed_text = None
    hit = _DIGIT_LETTER_RE.search(text)
    while hit:
        if reversed_text is None:
            reversed_text = text[::-1]
        pos = hit.start()
        start = _run_start(_TOKEN_RUN_RE, reversed_text, pos)
        end = _TOKEN_RUN_RE.match(text, pos).end()
        token = text[start:end]
        if not _token_keeps_digits(token, text, end):
            edits += _digit_edits(token, start)
        hit = _DIGIT_LETTER_RE.search(text, end)
    return _apply(mapped, edits)


def _digit_edits(token: str, start: int) -> list[_Edit]:
    return [
        (start + m.start(), start + m.end(), _DIGIT_LETTERS[m.group()], None) for m in _DIGIT_LETTER_RE.finditer(token)
    ]


# --- 10. Stretched letters ------------------------------------------------------------------------------

_REPEATED_LETTER_RE = re.compile(r"([^\W\d_])\1{2,}")


def _collapse_repeats(mapped: _Mapped) -> _Mapped:
    # the second kept letter stands for the whole rest of the run
    edits = ((m.start() + 1, m.end(), m.group(1), None) for m in _REPEATED_LETTER_RE.finditer(mapped.text))
    return _apply(mapped, edits)


_STEPS = (
    _decode_entities,
    _compose,
    _remove_invisible,
    _fold_compatibility,
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
    return offsets if isinstance(offsets, range) else tuple(offsets)
