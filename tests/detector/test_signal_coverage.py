"""Every enabled signal has data and a working example in every language it claims, and every
phrase file compiles. Adding a language or a signal without data or an example fails here."""

from __future__ import annotations

from importlib import resources

import pytest
from signal_examples import EXAMPLES

from detector.core import hits_in_field
from detector.phrases import PhraseCompiler
from detector.signals import CONTEXT, EVIDENCE, LANGUAGES, signals
from detector.signals.base import fold, shared_classes

PAIRS = [(name, lang) for name in EVIDENCE + CONTEXT for lang in LANGUAGES]


def test_every_signal_claims_every_supported_language():
    for name, signal in signals().items():
        assert set(signal.languages) == set(LANGUAGES), name
        assert {"en", "fr", "ar"} <= set(signal.explanations), f"{name} needs en, fr and ar explanations"


@pytest.mark.parametrize("name, lang", PAIRS)
def test_phrase_file_exists_and_compiles(name, lang):
    signal = signals()[name]
    lines = signal.phrase_lines(lang)
    assert any(line.strip() and not line.startswith("#") for line in lines), f"{name}/{lang}.txt is empty"
    shared = PhraseCompiler(fold)
    shared.compile_lines(shared_classes(lang), "_shared", lang)
    assert PhraseCompiler(fold, shared.classes).compile_lines(lines, name, lang)


@pytest.mark.parametrize("name, lang", PAIRS)
def test_signal_fires_on_its_example(name, lang):
    text = EXAMPLES[name][lang]
    hits, _ = hits_in_field("text", text)
    assert name in {hit.signal for hit in hits}, f"{name} does not fire on its {lang} example: {text!r}"


def test_every_signal_package_ships_its_metadata():
    for name in EVIDENCE + CONTEXT:
        assert resources.files(f"detector.signals.{name}").joinpath("signal.json").is_file()
