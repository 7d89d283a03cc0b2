"""A tiny phrase language for lexicon files, and the matcher that finds its phrases in tokens.

A lexicon line is a phrase: words separated by spaces, where
  ``word``     matches the word (and, from 5 letters on, the word with one typo),
  ``stem*``    matches any word starting with ``stem``,
  ``=word``    matches the word exactly, never with a typo,
  ``(a|b c)``  matches one of the alternatives (each may be several words),
  ``@name``    matches one alternative of a class defined as ``@name = a | b c | d*``,
  ``<n>``      matches a number,
  ``*``/``**`` skip up to 3 / 8 words.
Words go through the same normalization as messages, so ``nfde7k`` also covers ``nfdehk`` and
``أنشر`` covers ``انشر``. Arabic-script words also match after a proclitic (و، ف، ب، ل، ك، س، ال).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from detector.fuzzy import deletion_variants, edit_distance

SHORT_GAP = 3
LONG_GAP = 8
FUZZY_MIN_LENGTH = 5
PREFIX_KEY = 3

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# Longest first, so "وال" is tried before "و".
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س")


class PhraseSyntaxError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    kind: str  # "word", "prefix", "exact" or "number"

    def matches(self, keys: tuple[str, ...]) -> bool:
        if self.kind == "number":
            return keys[0].isdigit()
        if self.kind == "prefix":
            return any(key.startswith(self.text) for key in keys)
        if self.text in keys:
            return True
        if self.kind == "word" and len(self.text) >= FUZZY_MIN_LENGTH:
            return any(len(key) >= FUZZY_MIN_LENGTH and edit_distance(key, self.text, 1) <= 1 for key in keys)
        return False


@dataclass(frozen=True, slots=True)
class Gap:
    max_words: int


@dataclass(frozen=True, slots=True)
class Choice:
    alternatives: tuple[tuple[Term, ...], ...]


@dataclass(frozen=True, slots=True)
class Phrase:
    owner: str
    lang: str
    source: str
    elements: tuple[Choice | Gap, ...]


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)


def _split_alternatives(body: str) -> list[str]:
    return [alt.strip() for alt in body.split("|") if alt.strip()]


def _tokenize_phrase(line: str) -> list[str]:
    """Split on spaces outside parentheses."""
    parts, depth, current = [], 0, []
    for ch in line:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise PhraseSyntaxError(f"unbalanced ')' in {line!r}")
        if ch.isspace() and depth == 0:
            if current:
                parts.append("".join(current))
                current = []
        else:
            current.append(ch)
    if depth:
        raise PhraseSyntaxError(f"unbalanced '(' in {line!r}")
    if current:
        parts.append("".join(current))
    return parts


class PhraseCompiler:
    """Turns lexicon text into phrases; ``fold`` is the message normalizer, applied to every word."""

    def __init__(self, fold: Callable[[str], str], classes: dict[str, Choice] | None = None):
        self._fold = fold
        self.classes: dict[str, Choice] = dict(classes or {})

    def term(self, raw: str) -> list[Term]:
        if raw == "<n>":
            return [Term("<n>", "number")]
        if raw in ("*", "**"):
            raise PhraseSyntaxError("a gap (*) cannot stand inside ( | ) or a class")
        kind = "word"
        if raw.startswith("="):
            kind, raw = "exact", raw[1:]
        elif raw.endswith("*"):
            kind, raw = "prefix", raw[:-1]
        folded = self._fold(raw)
        words = re.findall(r"\w+", folded)
        if not words:
            raise PhraseSyntaxError(f"empty word {raw!r}")
        # A word that normalizes into several (e.g. "l'argent") becomes a short sequence.
        return [Term(w, kind if i == len(words) - 1 else ("exact" if kind == "exact" else "word"))
                for i, w in enumerate(words)]

    def sequence(self, text: str) -> tuple[Term, ...]:
        terms: list[Term] = []
        for raw in text.split():
            terms.extend(self.term(raw))
        return tuple(terms)

    def choice(self, body: str) -> Choice:
        return Choice(tuple(self.sequence(alt) for alt in _split_alternatives(body)))

    def element(self, raw: str) -> Choice | Gap:
        if raw == "*":
            return Gap(SHORT_GAP)
        if raw == "**":
            return Gap(LONG_GAP)
        if raw.startswith("@"):
            try:
                return self.classes[raw[1:]]
            except KeyError:
                raise PhraseSyntaxError(f"unknown class {raw}") from None
        if raw.startswith("(") and raw.endswith(")"):
            return self.choice(raw[1:-1])
        return Choice((tuple(self.term(raw)),))

    def compile_lines(self, lines: Iterable[str], owner: str, lang: str) -> list[Phrase]:
        phrases = []
        for number, raw_line in enumerate(lines, 1):
            line = raw_line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                if line.startswith("@") and "=" in line:
                    name, body = line[1:].split("=", 1)
                    self.classes[name.strip()] = self.choice(body)
                    continue
                elements = tuple(self.element(raw) for raw in _tokenize_phrase(line))
            except PhraseSyntaxError as exc:
                raise PhraseSyntaxError(f"{owner}/{lang} line {number}: {exc}") from None
            if not elements or isinstance(elements[0], Gap) or isinstance(elements[-1], Gap):
                raise PhraseSyntaxError(f"{owner}/{lang} line {number}: a phrase must start and end with a word")
            phrases.append(Phrase(owner, lang, line, elements))
        return phrases


def token_keys(token: str) -> tuple[str, ...]:
    """The token and, for Arabic-script words, the token without each proclitic it starts with."""
    if not _ARABIC_LETTER.match(token):
        return (token,)
    keys = [token]
    for clitic in _PROCLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            keys.append(token[len(clitic) :])
    return tuple(keys)


@dataclass
class PhraseIndex:
    """Finds every phrase in a token list, looking up only the phrases whose first word is present."""

    exact: dict[str, list[Phrase]] = field(default_factory=dict)
    prefix: dict[str, list[tuple[str, Phrase]]] = field(default_factory=dict)
    fuzzy: dict[str, list[Phrase]] = field(default_factory=dict)
    numeric: list[Phrase] = field(default_factory=list)

    def add(self, phrase: Phrase) -> None:
        first = phrase.elements[0]
        assert isinstance(first, Choice)
        for alternative in first.alternatives:
            term = alternative[0]
            if term.kind == "number":
                self.numeric.append(phrase)
            elif term.kind == "prefix":
                self.prefix.setdefault(term.text[:PREFIX_KEY], []).append((term.text, phrase))
            else:
                self.exact.setdefault(term.text, []).append(phrase)
                if term.kind == "word" and len(term.text) >= FUZZY_MIN_LENGTH:
                    for variant in deletion_variants(term.text):
                        self.fuzzy.setdefault(variant, []).append(phrase)

    def candidates(self, keys: tuple[str, ...]) -> set[Phrase]:
        found: set[Phrase] = set()
        for key in keys:
            found.update(self.exact.get(key, ()))
            for stem_key in {key[:PREFIX_KEY], key[: PREFIX_KEY - 1]}:
                for stem, phrase in self.prefix.get(stem_key, ()):
                    if key.startswith(stem):
                        found.add(phrase)
            if len(key) >= FUZZY_MIN_LENGTH:
                for variant in deletion_variants(key):
                    found.update(self.fuzzy.get(variant, ()))
        if keys[0].isdigit():
            found.update(self.numeric)
        return found

    def find(self, tokens: list[str]) -> list[Match]:
        keys = [token_keys(t) for t in tokens]
        cache: dict[str, set[Phrase]] = {}
        matches = []
        for i, token_key in enumerate(keys):
            candidates = cache.get(tokens[i])
            if candidates is None:
                candidates = cache[tokens[i]] = self.candidates(token_key)
            for phrase in candidates:
                last = _match_elements(phrase.elements, 0, i, keys)
                if last is not None:
                    matches.append(Match(phrase, i, last))
        return matches


def _match_sequence(terms: tuple[Term, ...], position: int, keys: list[tuple[str, ...]]) -> int | None:
    """Index after the sequence when it matches at ``position``."""
    if position + len(terms) > len(keys):
        return None
    for offset, term in enumerate(terms):
        if not term.matches(keys[position + offset]):
            return None
    return position + len(terms)


def _match_elements(elements, index: int, position: int, keys: list[tuple[str, ...]]) -> int | None:
    """Index of the last token of the shortest match of ``elements[index:]`` starting at ``position``.

    Gaps are bounded and phrases short, so the search is bounded per start position."""
    element = elements[index]
    if isinstance(element, Gap):
        for skip in range(element.max_words + 1):
            last = _match_elements(elements, index + 1, position + skip, keys)
            if last is not None:
                return last
        return None
    for alternative in element.alternatives:
        after = _match_sequence(alternative, position, keys)
        if after is None:
            continue
        if index + 1 == len(elements):
            return after - 1
        last = _match_elements(elements, index + 1, after, keys)
        if last is not None:
            return last
    return None
