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
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple

from detector.fuzzy import edit_distance, within_one_edit

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


class Match(NamedTuple):
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


def _clitic_patterns() -> tuple[re.Pattern, ...]:
    """token_keys() for many tokens at once: one pattern per proclitic length (a token starts with at most
    one proclitic of each length), run over the tokens joined by newlines, each match (token, key)."""
    by_length: dict[int, list[str]] = {}
    for clitic in _PROCLITICS:
        by_length.setdefault(len(clitic), []).append(clitic)
    patterns = [re.compile(rf"^((?:{'|'.join(clitics)})(\w\w+))$", re.MULTILINE) for clitics in by_length.values()]
    return (*patterns, re.compile(r"^(ل(ل\w\w\w+))$", re.MULTILINE))


_CLITIC_PATTERNS = _clitic_patterns()
_ARTICLE_PATTERN = _CLITIC_PATTERNS[-1]
_NUMBER_LINE = re.compile(r"^\d+$", re.MULTILINE)


def keys_of_tokens(joined: str) -> list[tuple[str, str]]:
    """(token, key) for every key token_keys() gives besides the token itself, for newline-joined tokens."""
    pairs = []
    for pattern in _CLITIC_PATTERNS:
        found = pattern.findall(joined)
        if pattern is _ARTICLE_PATTERN:
            found = [(token, "ا" + key) for token, key in found]
        pairs.extend(found)
    return pairs


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so that the engine follows one branch per letter
    and, trying longer continuations first, matches the longest word that is a prefix of the subject."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict) -> str:
        ends = "" in node
        children = [re.escape(letter) + branch(child) for letter, child in sorted(node.items()) if letter]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        return f"(?:{body})?" if ends else body

    return branch(trie)


class _Entries:
    """Element numbers for one kind of match, kept apart for whole words and for openers of multi-word
    alternatives, so that a lookup hands back both sets without sorting them out per token."""

    __slots__ = ("opening", "whole")

    def __init__(self):
        self.whole: set[int] = set()
        self.opening: set[int] = set()

    def add(self, number: int, opens: bool) -> None:
        (self.opening if opens else self.whole).add(number)

    def merge(self, other: _Entries) -> None:
        self.whole |= other.whole
        self.opening |= other.opening


@dataclass
class ElementIndex:
    """Which elements a message token can match, as a whole single-word alternative or as the first
    word of a multi-word one. A message's tokens are looked up together with set and regex operations,
    which run in C, so that Python only spends time on the tokens that match something."""

    exact: dict[str, _Entries] = field(default_factory=dict)
    stems: dict[str, _Entries] = field(default_factory=dict)
    typos: dict[str, _Entries] = field(default_factory=dict)
    numeric: _Entries = field(default_factory=_Entries)
    _stem_pattern: re.Pattern | None = None
    # Per stem, the entries of every stem it starts with: the pattern reports only the longest one.
    _stems_within: dict[str, _Entries] = field(default_factory=dict)

    def add(self, number: int, element: Choice) -> None:
        for alternative in element.alternatives:
            opens = len(alternative) > 1
            term = alternative[0]
            if term.kind == "number":
                self.numeric.add(number, opens)
            elif term.kind == "prefix":
                self.stems.setdefault(term.text, _Entries()).add(number, opens)
            else:
                self.exact.setdefault(term.text, _Entries()).add(number, opens)
                if term.kind == "typo" and len(term.text) >= FUZZY_MIN_LENGTH:
                    self.typos.setdefault(term.text, _Entries()).add(number, opens)

    def prepare_stems(self) -> None:
        """Once every element is added: the stem trie and, per stem, the entries of the stems it starts with."""
        self._stems_within = {}
        for stem in self.stems:
            within = self._stems_within[stem] = _Entries()
            for length in range(1, len(stem) + 1):
                if stem[:length] in self.stems:
                    within.merge(self.stems[stem[:length]])
        body = _trie_pattern(self.stems) if self.stems else "(?!)"
        self._stem_pattern = re.compile(rf"^({body})(\w*)$", re.MULTILINE)

    def _found_by_key(self, keys: set[str], joined_tokens: str) -> dict[str, list[_Entries]]:
        found: dict[str, list[_Entries]] = {key: [self.exact[key]] for key in keys & self.exact.keys()}
        for stem, rest in self._stem_pattern.findall("\n".join(keys)):
            found.setdefault(stem + rest, []).append(self._stems_within[stem])
        if self.typos:
            candidates = [key for key in keys if len(key) >= FUZZY_MIN_LENGTH]
            for target, entries in self.typos.items():
                for key in within_one_edit(target, candidates):
                    found.setdefault(key, []).append(entries)
        for number in _NUMBER_LINE.findall(joined_tokens):
            if number.isdigit():
                found.setdefault(number, []).append(self.numeric)
        return found

    def lookup(self, tokens: set[str]) -> tuple[dict[str, Set[int]], dict[str, Set[int]], set[str]]:
        """For each token that matches anything: the elements it matches as a whole word, and those whose
        multi-word alternatives it opens. Also every key (token_keys) of every token."""
        joined = "\n".join(tokens)
        pairs = keys_of_tokens(joined)
        keys = tokens.union([key for _, key in pairs])
        found = self._found_by_key(keys, joined)
        groups = {token: list(found[token]) for token in tokens & found.keys()}
        for token, key in pairs:
            if key in found:
                groups.setdefault(token, []).extend(found[key])
        whole: dict[str, Set[int]] = {}
        opening: dict[str, Set[int]] = {}
        for token, group in groups.items():
            if len(group) == 1:  # most tokens: the index's own sets, not copies
                whole[token], opening[token] = group[0].whole, group[0].opening
            else:
                whole[token] = set().union(*(entries.whole for entries in group))
                opening[token] = set().union(*(entries.opening for entries in group))
        return whole, opening, keys


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
        # Per anchor element: the phrases anchored there, the anchor's index and the phrase's steps.
        self.anchored_at: dict[int, list[tuple[Phrase, int, tuple[Step, ...]]]] = {}
        self.required: dict[Phrase, frozenset[int]] = {}
        for phrase in phrases:
            for element in phrase.elements:
                if isinstance(element, Choice) and id(element) not in self.numbers:
                    self.numbers[id(element)] = len(self.numbers)
                    self.by_number.append(element)
                    self.elements.add(self.numbers[id(element)], element)
            anchor = choose_anchor(phrase.elements, phrases_using)
            steps = tuple((self.numbers[id(e)], e) if isinstance(e, Choice) else (-1, e.max_words)
                          for e in phrase.elements)
            self.anchored_at.setdefault(self.numbers[id(phrase.elements[anchor])], []).append((phrase, anchor, steps))
            self.required[phrase] = frozenset(self.numbers[id(e)] for e in phrase.elements if isinstance(e, Choice))
        self.elements.prepare_stems()
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
        self.always_openable: dict[str, set[int]] = {}
        for number, sequence in sequences:
            plain = [term.text for term in sequence[1:] if term.kind == "word"]
            if plain:
                rare = min(plain, key=lambda word: (uses[word], word))
                self.sequences_by_rare_word.setdefault(rare, []).append((number, sequence))
            else:
                self.always_openable.setdefault(sequence[0].text, set()).add(number)

    def _openable(self, words: set[str]) -> dict[str, set[int]]:
        """By first word, the elements with a multi-word alternative whose other plain words all occur
        (besides ``always_openable``, those with no other plain word)."""
        found: dict[str, set[int]] = {}
        for word in words & self.sequences_by_rare_word.keys():
            for number, sequence in self.sequences_by_rare_word[word]:
                opener = sequence[0].text
                if opener in words and all(term.kind != "word" or term.text in words for term in sequence[1:]):
                    found.setdefault(opener, set()).add(number)
        return found

    def find(self, tokens: list[str]) -> list[Match]:
        # Only tokens that match some element are kept in ``whole`` and ``opening``.
        whole, opening, words = self.elements.lookup(set(tokens))
        # "the choice is yours" is not worth trying at every "the" of a text that has no "choice".
        openable = self._openable(words)
        for token, numbers in opening.items():
            if numbers:
                allowed = numbers & self.opened_by_anything
                for key in token_keys(token):
                    allowed |= numbers & self.always_openable.get(key, _NOTHING)
                    allowed |= numbers & openable.get(key, _NOTHING)
                opening[token] = allowed
        present: set[int] = set().union(*whole.values(), *opening.values())
        viable = {
            number: [pair for pair in self.anchored_at[number] if self.required[pair[0]] <= present]
            for number in present & self.anchors
        }
        viable_numbers = viable.keys()
        anchored_here = {}
        for token, numbers in whole.items():
            pairs = [pair for number in (numbers & viable_numbers) | (opening[token] & viable_numbers)
                     for pair in viable[number]]
            if pairs:
                anchored_here[token] = pairs
        if not anchored_here:
            return []
        matcher = _Matcher(tokens, [whole.get(t, _NOTHING) for t in tokens], [opening.get(t, _NOTHING) for t in tokens])
        matches = []
        for i, token in enumerate(tokens):
            for phrase, anchor, steps in anchored_here.get(token, ()):
                last = matcher.match(steps, anchor, i)
                if last is None:
                    continue
                first = matcher.match_back(steps, anchor - 1, i - 1) if anchor else i
                if first is not None:
                    matches.append(Match(phrase, first, last))
        return matches


_NOTHING: frozenset[int] = frozenset()


# A phrase element as the matcher walks it: (element number, Choice), or (-1, most words) for a gap.
Step = tuple[int, "Choice | int"]


class _Matcher:
    """Matches phrases against one message, element by element, with bounded gaps."""

    def __init__(self, tokens: list[str], whole: list[Set[int]], opening: list[Set[int]]):
        self.tokens = tokens
        self.size = len(tokens)
        self.whole = whole
        self.opening = opening
        self._views: dict[str, TokenView] = {}  # by token: a word repeated in the text is viewed once

    def view(self, position: int) -> TokenView:
        token = self.tokens[position]
        view = self._views.get(token)
        if view is None:
            view = self._views[token] = TokenView(token)
        return view

    def sequence_end(self, terms: tuple[Term, ...], position: int) -> int | None:
        """Index after the word sequence when it matches at ``position``."""
        if position + len(terms) > self.size:
            return None
        for offset, term in enumerate(terms):
            if not term.matches(self.view(position + offset)):
                return None
        return position + len(terms)

    def _may_match(self, number: int, positions: range) -> list[int]:
        """The positions where element ``number`` (or, for a gap, anything) may start: after a gap, only
        those are worth a call. Another gap may start anywhere."""
        if number < 0:
            return list(positions)
        whole, opening = self.whole, self.opening
        return [at for at in positions if number in whole[at] or number in opening[at]]

    def ends(self, number: int, element: Choice, position: int) -> Sequence[int]:
        """Positions just after each way ``element`` matches at ``position``, shortest first."""
        if position >= self.size:
            return ()
        whole = number in self.whole[position]
        if number not in self.opening[position]:
            return (position + 1,) if whole else ()
        found = [position + 1] if whole else []
        for sequence in element.sequences_opened_by(self.view(position)):
            after = self.sequence_end(sequence, position)
            if after is not None:
                found.append(after)
        return sorted(set(found)) if len(found) > 1 else found

    def starts(self, number: int, element: Choice, position: int) -> Sequence[int]:
        """First positions of each way ``element`` matches ending at ``position``, shortest first."""
        if position < 0 or position >= self.size:
            return ()
        found = [position] if number in self.whole[position] else []
        for sequence in element.sequences:
            begin = position - len(sequence) + 1
            if begin >= 0 and number in self.opening[begin] and self.sequence_end(sequence, begin):
                found.append(begin)
        return sorted(set(found), reverse=True) if len(found) > 1 else found

    def match(self, steps: tuple[Step, ...], index: int, position: int) -> int | None:
        """Index of the last token of the shortest match of ``steps[index:]`` at ``position``.
        Gaps are bounded and phrases short, so the search is bounded per start position."""
        number, item = steps[index]
        if number < 0:
            for at in self._may_match(steps[index + 1][0], range(position, min(position + item + 1, self.size))):
                last = self.match(steps, index + 1, at)
                if last is not None:
                    return last
            return None
        for after in self.ends(number, item, position):
            if index + 1 == len(steps):
                return after - 1
            last = self.match(steps, index + 1, after)
            if last is not None:
                return last
        return None

    def match_back(self, steps: tuple[Step, ...], index: int, position: int) -> int | None:
        """Index of the first token of the shortest match of ``steps[:index + 1]`` ending at
        ``position`` (inclusive), matching from right to left."""
        number, item = steps[index]
        if number < 0:
            for at in range(position, max(position - item - 1, -1), -1):
                first = self.match_back(steps, index - 1, at)
                if first is not None:
                    return first
            return None
        for start in self.starts(number, item, position):
            if index == 0:
                return start
            first = self.match_back(steps, index - 1, start - 1)
            if first is not None:
                return first
        return None
