"""The signals the detector looks for. Each is a package beside this file: ``signal.json`` (weight,
role, localized explanation) and one phrase file per language (``en.txt``, ``fr.txt``, ``ar.txt``,
``ary.txt``, ``ary-Latn.txt``). Classes shared by every signal of a language live in ``_shared/``.

Adding a signal: a new package here and its name in ``EVIDENCE`` or ``CONTEXT``; adding a language:
one phrase file per signal and its tag in ``LANGUAGES``."""

from __future__ import annotations

import importlib
from functools import cache

from detector.phrases import PhraseIndex
from detector.signals.base import Signal, compile_catalog

LANGUAGES = ("en", "fr", "ar", "ary", "ary-Latn")

# Evidence: what a coercive message is made of; these become findings.
EVIDENCE = (
    "intimate_media",
    "account_access",
    "disclosure_threat",
    "harm_threat",
    "payment_demand",
    "sexual_demand",
    "compliance_demand",
    "payment_channel",
    "deadline",
    "secrecy",
    "ultimatum",
    "sexual_offer",
    "explicit_content",
)
# Context: what a message *about* coercion, or a legitimate notice, is made of; these feed the guards.
CONTEXT = (
    "discussion",
    "help_request",
    "business_notice",
    "security_notice",
    "newsletter",
    "banter",
    "call_to_action",
)


@cache
def signals() -> dict[str, Signal]:
    return {name: importlib.import_module(f"detector.signals.{name}").SIGNAL for name in EVIDENCE + CONTEXT}


@cache
def catalog() -> PhraseIndex:
    return compile_catalog(signals().values(), LANGUAGES)
