"""Human-readable output in the terminal's language: the analysis of one message, and text made safe
to print on one line."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TextIO

from detector import Analysis, Finding

TERMINAL_LANGUAGES = ("ar", "en", "fr")
DEFAULT_LANGUAGE = "en"
CONTEXT_CHARS = 40

BOLD = "\x1b[1m"
BOLD_RED = "\x1b[1;31m"
GREEN = "\x1b[32m"
HIGHLIGHT = "\x1b[1;33m"
RESET = "\x1b[0m"
QUOTES = ("«", "»")


def terminal_language(environ: Mapping[str, str]) -> str:
    """The language of messages as POSIX decides it: the first set of LC_ALL, LC_MESSAGES, LANG."""
    value = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    code = value.split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in TERMINAL_LANGUAGES else DEFAULT_LANGUAGE


def use_colour(stream: TextIO) -> bool:
    """ANSI colour only on a terminal, and never when the user set NO_COLOR (https://no-color.org)."""
    return stream.isatty() and "NO_COLOR" not in os.environ


@cache
def _all_labels() -> dict:
    return json.loads(resources.files("detector.cli").joinpath("labels.json").read_text(encoding="utf-8"))


def labels(lang: str) -> dict:
    return _all_labels().get(lang) or _all_labels()[DEFAULT_LANGUAGE]


def _flatten(text: str) -> str:
    """Control characters and line breaks become single spaces: message content must not drive the terminal."""
    visible = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return re.sub(r"\s+", " ", visible)


def one_line(text: str) -> str:
    return _flatten(text).strip()


def paint(text: str, style: str, colour: bool) -> str:
    return f"{style}{text}{RESET}" if colour else text


def _highlight(text: str, colour: bool) -> str:
    return paint(text, HIGHLIGHT, True) if colour else f"{QUOTES[0]}{text}{QUOTES[1]}"


def evidence_in_context(finding: Finding, fields: Mapping[str, str], colour: bool) -> str:
    """The finding's excerpt, highlighted, between a few characters of the original text around it."""
    original = fields.get(finding.field, "")
    if not 0 <= finding.start < finding.end <= len(original):
        return _highlight(one_line(finding.excerpt), colour)
    before = original[max(0, finding.start - CONTEXT_CHARS) : finding.start]
    after = original[finding.end : finding.end + CONTEXT_CHARS]
    lead = "…" if finding.start > CONTEXT_CHARS else ""
    tail = "…" if finding.end + CONTEXT_CHARS < len(original) else ""
    middle = _highlight(one_line(original[finding.start : finding.end]), colour)
    return f"{lead}{_flatten(before).lstrip()}{middle}{_flatten(after).rstrip()}{tail}"


def _advice_lines(advice: Mapping, words: Mapping, colour: bool) -> list[str]:
    lines = [f"{paint(words['advice'], BOLD, colour)}: {advice.get('title', '')}".rstrip(": ")]
    lines += [f"  {number}. {step}" for number, step in enumerate(advice.get("steps", ()), start=1)]
    if report := advice.get("report"):
        lines.append(f"{words['report']}: {report.get('name', '')} {report.get('url', '')}".rstrip())
    if emergency := advice.get("emergency"):
        lines.append(f"{words['emergency']}: {emergency.get('label', '')} {emergency.get('number', '')}".rstrip())
    return lines


def render_analysis(analysis: Analysis, fields: Mapping[str, str], lang: str, colour: bool) -> str:
    """The analysis for a person: verdict, risk, evidence, then what to do and where to report."""
    words = labels(lang)
    style = BOLD_RED if analysis.flagged else GREEN
    verdict = paint(words["verdicts"].get(analysis.verdict, analysis.verdict), style, colour)
    risk = words["risks"].get(analysis.risk, analysis.risk)
    lines = [f"{words['verdict']}: {verdict}", f"{words['risk']}: {risk} ({words['score']} {analysis.score:.2f})"]
    if analysis.findings:
        lines.append(f"{words['evidence']}:")
        lines += [
            f"  - {finding.explanation or finding.signal}: {evidence_in_context(finding, fields, colour)}"
            for finding in analysis.findings
        ]
    if analysis.flagged:
        lines += _advice_lines(analysis.advice or {}, words, colour)
    else:
        lines.append(words["clean"])
    return "\n".join(lines) + "\n"
