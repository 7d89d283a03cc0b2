"""Localized advice for the person who received the message, and where to report it.

One JSON file per UI language beside this module; the reporting platform per region in
``regions.json``. Darija readers get Arabic or French (by script) unless they ask otherwise."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

UI_LANGUAGES = ("ar", "fr", "en")
# Languages without their own advice file, mapped to the one their readers read.
UI_FALLBACK = {"ary": "ar", "ary-Latn": "fr"}


@cache
def _texts(ui_lang: str) -> dict:
    return json.loads(resources.files(__name__).joinpath(f"{ui_lang}.json").read_text("utf-8"))


@cache
def _regions() -> dict:
    return json.loads(resources.files(__name__).joinpath("regions.json").read_text("utf-8"))


def regions() -> tuple[str, ...]:
    return tuple(_regions()["regions"])


def ui_language(requested: str | None, detected: str) -> str:
    """The advice language: the caller's choice when we have it, else the message's."""
    for candidate in (requested, detected):
        if not candidate:
            continue
        base = UI_FALLBACK.get(candidate, candidate.split("-")[0].lower())
        if base in UI_LANGUAGES:
            return base
    return "en"


def advice_for(verdict: str, ui_lang: str, region: str | None = None) -> dict:
    texts = _texts(ui_lang)
    table = _regions()
    place = table["regions"].get((region or table["default"]).upper())
    if place is None:
        raise ValueError(f"unknown region {region!r}; known: {', '.join(table['regions'])}")
    return {
        "lang": ui_lang,
        "title": texts["title"][verdict],
        "steps": list(texts["steps"][verdict]),
        "report": dict(place["report"]),
        "emergency": {"label": texts["emergency_label"], "number": place["emergency"]["number"]},
    }
