"""A tiny phrase language for lexicon files, and the matcher that finds its phrases in tokens.

A lexicon line is a phrase: words separated by spaces, where
  ``word``     matches the word,
  ``~word``    matches the word or, from 5 letters on, the word with one typo (for words spammers
               misspell on purpose; a plain word never matches "setting" for "sexting"),
  ``stem*``    matches any word starting with ``stem``,
  ``=word``    the same as ``word`` (kept for files written when words were typo-tolerant),
  ``(a|b c)``  matches one of the alternatives (each may be several words),
  ``@name``    matches one alternative of a class defined as ``@name = a | b c | d*``,
  ``<n>``      matches a number,
  ``*``/``**`` skip up to 3 / 8 words.
Words go through the same normalization as messages, so ``nfde7k`` also covers ``nfdehk`` and
``أنشر`` covers ``انشر``. Arabic-script words also match after a proclitic (و، ف، ب، ل، ك، س، ال).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from detector.fuzzy import edit_distance

SHORT_GAP = 3
LONG_GAP = 8
FUZZY_MIN_LENGTH = 5

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# Longest first, so "وال" is tried before "و".
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س")


# "@name = a | b": the spaces around "=" tell a definition from a phrase that starts with a class
# followed by an exact word ("@you =word").
_CLASS_DEFINITION = re.compile(r"@([\w-]+)\s+=\s+")


class PhraseSyntaxError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    kind: str  # "word", "typo", "prefix" or "number"

    def matches(self, token: TokenView) -> bool:
        keys = token.keys
        if self.kind == "number":
            return keys[0].isdigit()
        if self.kind == "prefix":
            return any(key.startswith(self.text) for key in keys)
        if self.text in keys:
            return True
        if self.kind == "typo" and len(self.text) >= FUZZY_MIN_LENGTH:
            return any(len(key) >= FUZZY_MIN_LENGTH and edit_distance(key, self.text, 1) <= 1 for key in keys)
        return False


@dataclass(frozen=True, slots=True)
class Gap:
    max_words: int


@dataclass(frozen=True, slots=True, eq=False)
class Choice:
    """One of several word sequences. Whether a single-word alternative matches a token is looked up
    once per distinct token for all elements at once (see ElementIndex); only multi-word alternatives
    are compared term by term."""

    alternatives: tuple[tuple[Term, ...], ...]
    sequences: tuple[tuple[Term, ...], ...] = ()
    # Multi-word alternatives by their plain first word; those opened by a stem, typo or number apart.
    by_opener: dict[str, tuple[tuple[Term, ...], ...]] = field(default_factory=dict)
    other_sequences: tuple[tuple[Term, ...], ...] = ()

    @classmethod
    def of(cls, alternatives: tuple[tuple[Term, ...], ...]) -> Choice:
        sequences = tuple(a for a in alternatives if len(a) > 1)
        by_opener: dict[str, tuple[tuple[Term, ...], ...]] = {}
        for sequence in sequences:
            if sequence[0].kind == "word":
                by_opener[sequence[0].text] = (*by_opener.get(sequence[0].text, ()), sequence)
        others = tuple(seq for seq in sequences if seq[0].kind != "word")
        return cls(alternatives, sequences, by_opener, others)

    def sequences_opened_by(self, token: TokenView) -> list[tuple[Term, ...]]:
        return [seq for key in token.keys for seq in self.by_opener.get(key, ())] + list(self.other_sequences)


class TokenView:
    """A message token as the matcher sees it: the keys it is looked up by."""

    __slots__ = ("keys",)

    def __init__(self, token: str):
        self.keys = token_keys(token)


# Identity equality: phrases are built once and compared by object, and hashing their nested element
# tuples on every lookup would dominate matching time.
@dataclass(frozen=True, slots=True, eq=False)
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
            if depth > 1:
                raise PhraseSyntaxError(f"nested parentheses in {line!r}: use a class (@name) instead")
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
        if raw.startswith("@"):
            raise PhraseSyntaxError(f"a class ({raw}) cannot stand inside ( | ) or a class: split the line")
        if raw[:1] in "=~" and raw.endswith("*"):
            raise PhraseSyntaxError(f"{raw!r}: a stem (*) cannot also be exact (=) or typo-tolerant (~)")
        if raw.endswith("?"):
            raise PhraseSyntaxError(f"{raw!r}: there are no optional parts; write the phrase twice")
        if raw.endswith("*") and len(raw.lstrip("=~")) < 3:
            raise PhraseSyntaxError(f"{raw!r}: a stem needs at least two letters")
        kind = "word"
        if raw.startswith("="):
            raw = raw[1:]
        elif raw.startswith("~"):
            kind, raw = "typo", raw[1:]
        elif raw.endswith("*"):
            kind, raw = "prefix", raw[:-1]
        folded = self._fold(raw)
        words = re.findall(r"\w+", folded)
        if not words:
            raise PhraseSyntaxError(f"empty word {raw!r}")
        # A word that normalizes into several (e.g. "l'argent") becomes a short sequence.
        return [Term(w, kind if i == len(words) - 1 else "word") for i, w in enumerate(words)]

    def sequence(self, text: str) -> tuple[Term, ...]:
        terms: list[Term] = []
        for raw in text.split():
            terms.extend(self.term(raw))
        return tuple(terms)

    def choice(self, body: str) -> Choice:
        return Choice.of(tuple(self.sequence(alt) for alt in _split_alternatives(body)))

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
        return Choice.of((tuple(self.term(raw)),))

    def compile_lines(self, lines: Iterable[str], owner: str, lang: str) -> list[Phrase]:
        phrases = []
        for number, raw_line in enumerate(lines, 1):
            line = raw_line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                definition = _CLASS_DEFINITION.match(line)
                if definition:
                    self.classes[definition.group(1)] = self.choice(line[definition.end() :])
                    continue
                elements = tuple(self.element(raw) for raw in _tokenize_phrase(line))
            except PhraseSyntaxError as exc:
                raise PhraseSyntaxError(f"{owner}/{lang} line {number}: {exc}") from None
            if not elements or isinstance(elements[0], Gap) or isinstance(elements[-1], Gap):
                raise PhraseSyntaxError(f"{owner}/{lang} line {number}: a phrase must start and end with a word")
            phrases.append(Phrase(owner, lang, line, elements))
        return phrases


def token_keys(token: str) -> tuple[str, ...]:
    """The token and, for Arabic-script words, the token without each proclitic it starts with; "لل"
    (ل + ال) also gives the article form, so lexicons can write "الشاف" for "للشاف"."""
    if not _ARABIC_LETTER.match(token):
        return (token,)
    keys = [token]
    for clitic in _PROCLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            keys.append(token[len(clitic) :])
    if token.startswith("لل") and len(token) > 4:
        keys.append("ا" + token[1:])
    return tuple(keys)


class _Entries:
    """Element numbers for one kind of match, kept apart for whole words and for openers of multi-word
    alternatives, so that a lookup hands back both sets without sorting them out per token."""

    __slots__ = ("opening", "whole")

    def __init__(self):
        self.whole: set[int] = set()
        self.opening: set[int] = set()

    def add(self, number: int, opens: bool) -> None:
        (self.opening if opens else self.whole).add(number)


@dataclass
class ElementIndex:
    """Which elements a message token can match, as a whole single-word alternative or as the first
    word of a multi-word one."""

    exact: dict[str, _Entries] = field(default_factory=dict)
    stems: dict[str, _Entries] = field(default_factory=dict)
    longest_stem: int = 0
    # Typo-tolerant words by length: a word within one edit of a token is at most one letter longer or shorter.
    typos_by_length: dict[int, list[tuple[str, int, bool]]] = field(default_factory=dict)
    numeric: _Entries = field(default_factory=_Entries)

    def add(self, number: int, element: Choice) -> None:
        for alternative in element.alternatives:
            opens = len(alternative) > 1
            term = alternative[0]
            if term.kind == "number":
                self.numeric.add(number, opens)
            elif term.kind == "prefix":
                self.stems.setdefault(term.text, _Entries()).add(number, opens)
                self.longest_stem = max(self.longest_stem, len(term.text))
            else:
                self.exact.setdefault(term.text, _Entries()).add(number, opens)
                if term.kind == "typo" and len(term.text) >= FUZZY_MIN_LENGTH:
                    self.typos_by_length.setdefault(len(term.text), []).append((term.text, number, opens))

    def lookup(self, token: TokenView) -> tuple[set[int], set[int]]:
        """(elements the token matches as a whole word, elements whose multi-word alternatives it opens)."""
        whole: set[int] = set()
        opening: set[int] = set()
        for key in token.keys:
            entries = self.exact.get(key)
            if entries is not None:
                whole |= entries.whole
                opening |= entries.opening
            # A stem is a prefix of the key: look the key's prefixes up, not every stem.
            for length in range(2, min(len(key), self.longest_stem) + 1):
                entries = self.stems.get(key[:length])
                if entries is not None:
                    whole |= entries.whole
                    opening |= entries.opening
            if len(key) >= FUZZY_MIN_LENGTH:
                for length in (len(key) - 1, len(key), len(key) + 1):
                    for target, number, opens in self.typos_by_length.get(length, ()):
                        if edit_distance(key, target, 1) <= 1:
                            (opening if opens else whole).add(number)
        if token.keys[0].isdigit():
            whole |= self.numeric.whole
            opening |= self.numeric.opening
        return whole, opening


def _first_words(element: Choice) -> set[str]:
    return {alternative[0].text for alternative in element.alternatives}


def choose_anchor(elements: tuple[Choice | Gap, ...], phrases_using: Counter) -> int:
    """The element least likely to occur by chance: the one whose commonest word is used by the fewest
    phrases (function words like "you", "or", "و" are in many). Matching starts there, so a phrase is
    only tried where its rarest part stands."""
    choices = [i for i, e in enumerate(elements) if isinstance(e, Choice)]
    return min(choices, key=lambda i: (max(phrases_using[w] for w in _first_words(elements[i])), i))


class PhraseIndex:
    """Finds every phrase in a token list. A phrase is tried only where its anchor (its rarest element)
    matches, and only in messages where every one of its elements matches some token; from the anchor,
    the rest of the phrase is matched forwards and backwards."""

    def __init__(self, phrases: list[Phrase]):
        self.phrases = phrases
        phrases_using: Counter = Counter()
        for phrase in phrases:
            phrases_using.update(set().union(*(_first_words(e) for e in phrase.elements if isinstance(e, Choice))))
        self.numbers: dict[int, int] = {}  # id(element) -> element number
        self.by_number: list[Choice] = []
        self.elements = ElementIndex()
        self.anchored_at: dict[int, list[tuple[Phrase, int]]] = {}
        self.required: dict[Phrase, frozenset[int]] = {}
        for phrase in phrases:
            for element in phrase.elements:
                if isinstance(element, Choice) and id(element) not in self.numbers:
                    self.numbers[id(element)] = len(self.numbers)
                    self.by_number.append(element)
                    self.elements.add(self.numbers[id(element)], element)
            anchor = choose_anchor(phrase.elements, phrases_using)
            self.anchored_at.setdefault(self.numbers[id(phrase.elements[anchor])], []).append((phrase, anchor))
            self.required[phrase] = frozenset(self.numbers[id(e)] for e in phrase.elements if isinstance(e, Choice))
        self.anchors = frozenset(self.anchored_at)
        # Elements with a multi-word alternative opened by a stem or a number: any opener may complete them.
        self.opened_by_anything = frozenset(n for n, element in enumerate(self.by_number) if element.other_sequences)
        self._index_sequences()

    def _index_sequences(self) -> None:
        """Index every multi-word alternative by its least common plain word after the first, so that a
        message only wakes the alternatives whose words it contains."""
        sequences = [
            (number, sequence)
            for number, element in enumerate(self.by_number)
            for group in element.by_opener.values()
            for sequence in group
        ]
        uses = Counter(term.text for _, sequence in sequences for term in sequence[1:] if term.kind == "word")
        self.sequences_by_rare_word: dict[str, list[tuple[int, tuple[Term, ...]]]] = {}
        self.always_openable: set[tuple[int, str]] = set()
        for number, sequence in sequences:
            plain = [term.text for term in sequence[1:] if term.kind == "word"]
            if plain:
                rare = min(plain, key=lambda word: (uses[word], word))
                self.sequences_by_rare_word.setdefault(rare, []).append((number, sequence))
            else:
                self.always_openable.add((number, sequence[0].text))

    def _openable(self, words: set[str]) -> dict[str, set[int]]:
        """By first word, the elements with a multi-word alternative whose other plain words all occur."""
        found: dict[str, set[int]] = {}
        for number, opener in self.always_openable:
            found.setdefault(opener, set()).add(number)
        for word in words:
            for number, sequence in self.sequences_by_rare_word.get(word, ()):
                opener = sequence[0].text
                if opener in words and all(term.kind != "word" or term.text in words for term in sequence[1:]):
                    found.setdefault(opener, set()).add(number)
        return found

    def find(self, tokens: list[str]) -> list[Match]:
        views: dict[str, TokenView] = {}
        whole: dict[str, set[int]] = {}  # elements a token matches as a whole single-word alternative
        opening: dict[str, set[int]] = {}  # elements a multi-word alternative of which it may open
        for token in tokens:
            if token not in views:
                view = views[token] = TokenView(token)
                whole[token], opening[token] = self.elements.lookup(view)
        # "the choice is yours" is not worth trying at every "the" of a text that has no "choice".
        words = {key for view in views.values() for key in view.keys}
        openable = self._openable(words)
        for token, numbers in opening.items():
            if numbers:
                allowed = numbers & self.opened_by_anything
                for key in views[token].keys:
                    allowed |= numbers & openable.get(key, set())
                opening[token] = allowed
        present: set[int] = set().union(*whole.values(), *opening.values())
        viable = {
            number: [pair for pair in self.anchored_at[number] if self.required[pair[0]] <= present]
            for number in present & self.anchors
        }
        anchored_here = {
            token: [pair for number in (whole[token] | opening[token]) & viable.keys() for pair in viable[number]]
            for token in views
        }
        matcher = _Matcher([views[t] for t in tokens], [whole[t] for t in tokens], [opening[t] for t in tokens],
                           self.numbers)
        matches = []
        for i, token in enumerate(tokens):
            for phrase, anchor in anchored_here[token]:
                last = matcher.match(phrase.elements, anchor, i)
                if last is None:
                    continue
                first = matcher.match_back(phrase.elements, anchor - 1, i - 1) if anchor else i
                if first is not None:
                    matches.append(Match(phrase, first, last))
        return matches


class _Matcher:
    """Matches phrases against one message, element by element, with bounded gaps."""

    def __init__(self, tokens: list[TokenView], whole: list[set[int]], opening: list[set[int]],
                 numbers: dict[int, int]):
        self.tokens = tokens
        self.whole = whole
        self.opening = opening
        self.numbers = numbers

    def ends(self, element: Choice, position: int) -> list[int]:
        """Positions just after each way ``element`` matches at ``position``, shortest first."""
        if position >= len(self.tokens):
            return []
        number = self.numbers[id(element)]
        found = [position + 1] if number in self.whole[position] else []
        if number in self.opening[position]:
            for sequence in element.sequences_opened_by(self.tokens[position]):
                after = _match_sequence(sequence, position, self.tokens)
                if after is not None:
                    found.append(after)
        return sorted(set(found)) if len(found) > 1 else found

    def starts(self, element: Choice, position: int) -> list[int]:
        """First positions of each way ``element`` matches ending at ``position``, shortest first."""
        if position < 0 or position >= len(self.tokens):
            return []
        number = self.numbers[id(element)]
        found = [position] if number in self.whole[position] else []
        for sequence in element.sequences:
            begin = position - len(sequence) + 1
            if begin >= 0 and number in self.opening[begin] and _match_sequence(sequence, begin, self.tokens):
                found.append(begin)
        return sorted(set(found), reverse=True) if len(found) > 1 else found

    def match(self, elements, index: int, position: int) -> int | None:
        """Index of the last token of the shortest match of ``elements[index:]`` at ``position``.
        Gaps are bounded and phrases short, so the search is bounded per start position."""
        element = elements[index]
        if isinstance(element, Gap):
            for skip in range(element.max_words + 1):
                last = self.match(elements, index + 1, position + skip)
                if last is not None:
                    return last
            return None
        for after in self.ends(element, position):
            if index + 1 == len(elements):
                return after - 1
            last = self.match(elements, index + 1, after)
            if last is not None:
                return last
        return None

    def match_back(self, elements, index: int, position: int) -> int | None:
        """Index of the first token of the shortest match of ``elements[:index + 1]`` ending at
        ``position`` (inclusive), matching from right to left."""
        element = elements[index]
        if isinstance(element, Gap):
            for skip in range(element.max_words + 1):
                first = self.match_back(elements, index - 1, position - skip)
                if first is not None:
                    return first
            return None
        for start in self.starts(element, position):
            if index == 0:
                return start
            first = self.match_back(elements, index - 1, start - 1)
            if first is not None:
                return first
        return None


def _match_sequence(terms: tuple[Term, ...], position: int, tokens: list[TokenView]) -> int | None:
    """Index after the sequence when it matches at ``position``."""
    if position + len(terms) > len(tokens):
        return None
    for offset, term in enumerate(terms):
        if not term.matches(tokens[position + offset]):
            return None
    return position + len(terms)
