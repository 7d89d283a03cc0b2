"""The phrase language of the lexicon files: what a line matches, and which lines are refused."""

from __future__ import annotations

import re

import pytest

from detector.phrases import PhraseCompiler, PhraseIndex, PhraseSyntaxError
from detector.signals.base import fold


def matches(lines: list[str], text: str) -> list[str]:
    """The phrase sources that match ``text``, in order of their first token."""
    phrases = PhraseCompiler(fold).compile_lines(lines, "test", "xx")
    tokens = re.findall(r"\w+", fold(text))
    return [m.phrase.source for m in sorted(PhraseIndex(phrases).find(tokens), key=lambda m: m.first)]


@pytest.mark.parametrize(
    "line, text, expected",
    [
        ("send the video", "I will send the video now", True),
        ("send * video", "send them that video", True),
        ("send * video", "send them all of that video", False),  # the gap is at most three words
        ("send ** video", "send them all of that nice video", True),
        ("expos*", "I will expose you", True),
        ("(pay|transfer) <n> euros", "transfer 500 euros", True),
        ("(pay|transfer) <n> euros", "transfer five euros", False),
        ("~bitcoin", "send bitcoln", True),
        ("bitcoin", "send bitcoln", False),  # plain words take no typo
        ("sexting", "the seating plan", False),
        ("nfde7k", "ghadi nfdehk", True),  # Arabizi digits fold the same way in lexicon and message
        ("صور*", "سأنشر بصورك", True),  # a proclitic (ب) is stripped before matching
        ("الشاف", "نصيفطهم للشاف", True),  # ل + ال gives the article form
        ("(the choice is yours|up to you)", "it is up to you", True),
        ("your (wife|husband) will (know|see)", "your wife will know", True),
        ("your (wife|husband) will (know|see)", "your wife will cook", False),
    ],
)
def test_what_a_line_matches(line, text, expected):
    assert bool(matches([line], text)) is expected


def test_classes_and_phrases_anchored_on_their_last_element():
    lines = ["@who = family | contacts | boss", "(i|we|they|you) * (will|shall) * tell * @who"]
    assert matches(lines, "we will tell your boss") == [lines[1]]
    assert matches(lines, "we will tell you a story") == []


@pytest.mark.parametrize(
    "line",
    [
        "send (it|them",  # unbalanced
        "send it)",
        "* send",  # a phrase starts and ends with a word
        "send *",
        "(send|*) it",  # no gap inside alternatives
        "(send|@who) it",  # no class inside alternatives
        "send @nobody",  # unknown class
        "=send* it",  # a stem cannot be exact
        "~send* it",
        "t* it",  # one-letter stems are never looked up
        "send (it)?",  # no optional parts
        "send ((it|them)|this)",  # no nesting
    ],
)
def test_bad_lines_are_refused_with_their_place(line):
    with pytest.raises(PhraseSyntaxError, match="test/xx line 2"):
        PhraseCompiler(fold).compile_lines(["@who = family", line], "test", "xx")
