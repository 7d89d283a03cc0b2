"""What a signal is: data (phrases per language, a weight, an explanation per UI language) plus,
for a few signals, finders that recognise shapes phrases cannot (amounts, wallet addresses)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from detector.normalize import Normalized, normalize
from detector.phrases import PhraseCompiler, PhraseIndex

# A finder gets the normalized field and returns spans in the ORIGINAL string.
Finder = Callable[[Normalized], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class Signal:
    name: str
    role: str  # "evidence" or "context"
    weight: float
    languages: tuple[str, ...]
    explanations: dict[str, str]
    package: str
    finders: tuple[Finder, ...] = field(default=())

    @classmethod
    def from_package(cls, package: str, finders: tuple[Finder, ...] = ()) -> Signal:
        meta = json.loads(resources.files(package).joinpath("signal.json").read_text("utf-8"))
        return cls(
            name=package.rsplit(".", 1)[-1],
            role=meta["role"],
            weight=float(meta["weight"]),
            languages=tuple(meta["languages"]),
            explanations=dict(meta["explanation"]),
            package=package,
            finders=finders,
        )

    def phrase_lines(self, lang: str) -> list[str]:
        path = resources.files(self.package).joinpath(f"{lang}.txt")
        return path.read_text("utf-8").splitlines() if path.is_file() else []

    def explain(self, ui_lang: str) -> str:
        return self.explanations.get(ui_lang) or self.explanations["en"]


def numbers_standing_alone(pattern: re.Pattern, norm: Normalized, glued: str = "") -> Iterator[tuple[int, int]]:
    """Original spans of ``pattern``'s matches in the folded text, leaving out matches whose leading
    number is glued to a word before it ("abc500dh") or to a character of ``glued`` ("1.500"). Checked
    here, not with a look-behind, which would keep the regex engine from skipping to the digits."""
    text = norm.text
    for match in pattern.finditer(text):
        start = match.start()
        if start and text[start].isdigit():
            before = text[start - 1]
            if before.isalnum() or before == "_" or before in glued:
                continue
        yield norm.span(start, match.end())


def words_containing(core: re.Pattern, word: re.Pattern, norm: Normalized) -> Iterator[tuple[int, int]]:
    """Original spans of the whole words of the folded text that contain a match of ``core`` and, taken
    whole, match ``word``. Searching for a short literal and widening it to its word lets the regex engine
    skip ahead, where a pattern opening with a run of letters would be tried at every position."""
    text = norm.text
    end_of_last = -1
    for match in core.finditer(text):
        start, end = match.start(), match.end()
        if start < end_of_last:
            continue  # another match inside a word already judged
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        end_of_last = end
        if word.fullmatch(text, start, end):
            yield norm.span(start, end)


def fold(word: str) -> str:
    return normalize(word).text


def shared_classes(lang: str) -> list[str]:
    path = resources.files("detector.signals").joinpath("_shared", f"{lang}.txt")
    return path.read_text("utf-8").splitlines() if path.is_file() else []


def compile_catalog(all_signals: Iterable[Signal], languages: Iterable[str]) -> PhraseIndex:
    phrases = []
    all_signals = list(all_signals)
    for lang in languages:
        shared = PhraseCompiler(fold)
        shared.compile_lines(shared_classes(lang), "_shared", lang)
        for signal in all_signals:
            compiler = PhraseCompiler(fold, shared.classes)
            phrases.extend(compiler.compile_lines(signal.phrase_lines(lang), signal.name, lang))
    return PhraseIndex(phrases)
