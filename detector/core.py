"""analyze(): normalize each field, find every signal's phrases and shapes, decide by co-occurrence,
let the guards veto look-alikes, and explain the result in the reader's language."""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from itertools import accumulate
from typing import NamedTuple

from detector import advice, guards, scoring
from detector.analysis import Analysis, Finding
from detector.langid import identify
from detector.normalize import normalize
from detector.signals import catalog, signals

MATCHED_FIELDS = ("subject", "text")
MAX_FINDINGS_PER_SIGNAL = 5
EXCERPT_LIMIT = 200
CHANNELS = ("email", "sms", "chat")
_WORD_SPLIT = re.compile(r"(\w+)")


# A tuple: a long message has tens of thousands of hits, and a frozen dataclass is slow to build.
class Hit(NamedTuple):
    signal: str
    field: str
    start: int
    end: int


def _require(name: str, value: object, *types: type) -> None:
    if not isinstance(value, types):
        expected = " or ".join("None" if t is type(None) else t.__name__ for t in types)
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")


def hits_in_field(field: str, value: str) -> tuple[list[Hit], list[str]]:
    """Every signal hit in one field, with spans in the original string; and the field's words as
    normalize() spells them."""
    norm = normalize(value)
    # Separators and words alternate in the split; their running lengths give every word's offsets.
    parts = _WORD_SPLIT.split(norm.text)
    tokens = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=0))
    hits = []
    for match in catalog().find(tokens):
        start, end = norm.span(offsets[2 * match.first + 1], offsets[2 * match.last + 2])
        hits.append(Hit(match.phrase.owner, field, start, end))
    for signal in signals().values():
        for finder in signal.finders:
            for start, end in finder(norm):
                hits.append(Hit(signal.name, field, start, end))
    return hits, tokens


def evidence_counts(hits: list[Hit], values: dict[str, str], role: str) -> dict[str, int]:
    """Per signal of ``role``, how many different passages it was found in: lexicons of several
    languages matching the same words, or the same words repeated, count once."""
    table = signals()
    passages: dict[str, set[str]] = defaultdict(set)
    for hit in hits:
        if table[hit.signal].role == role:
            passages[hit.signal].add(values[hit.field][hit.start : hit.end].casefold())
    return {name: len(found) for name, found in passages.items()}


def select_findings(hits: list[Hit], values: dict[str, str], ui_lang: str, verdict: str) -> tuple[Finding, ...]:
    """Evidence in reading order, without overlapping repeats, a few per signal; a coercive message is
    not explained by the words it shares with adverts ("porn videos" in a webcam threat)."""
    table = signals()
    if verdict in scoring.COERCIVE_VERDICTS:
        hits = [hit for hit in hits if hit.signal not in scoring.OFFER]
    order = {field: i for i, field in enumerate(MATCHED_FIELDS)}
    kept: list[Hit] = []
    kept_at: dict[tuple[str, str], list[Hit]] = defaultdict(list)  # by signal and field
    per_signal: dict[str, int] = defaultdict(int)
    for hit in sorted(hits, key=lambda h: (order[h.field], h.start, -h.end, h.signal)):
        if table[hit.signal].role != "evidence" or per_signal[hit.signal] >= MAX_FINDINGS_PER_SIGNAL:
            continue
        same_place = kept_at[hit.signal, hit.field]
        if any(k.start < hit.end and hit.start < k.end for k in same_place):
            continue
        kept.append(hit)
        same_place.append(hit)
        per_signal[hit.signal] += 1
    return tuple(
        Finding(
            signal=hit.signal,
            field=hit.field,
            start=hit.start,
            end=hit.end,
            excerpt=values[hit.field][hit.start : hit.end][:EXCERPT_LIMIT],
            weight=table[hit.signal].weight,
            explanation=table[hit.signal].explain(ui_lang),
        )
        for hit in kept
    )


def preload(region: str | None = None) -> None:
    """For a process that owns its lifetime (a server before it forks workers, a batch scanner): load the
    lexicons now, and move everything alive to the collector's permanent generation. The catalog is
    ~300,000 objects that live as long as the process; a full collection would walk them all again
    (measured: 15-20% of analyze() on 2 KB messages, a third on 1 MB), and a forked worker would copy
    every page the walk touches."""
    analyze("warm-up", region=region)
    gc.freeze()


def analyze(text, *, subject="", sender="", lang=None, channel=None, region=None) -> Analysis:
    """Analyze one message. ``lang`` asks for advice and explanations in that language (else the
    message's); ``channel`` is "email", "sms" or "chat"; ``region`` picks the reporting platform."""
    from detector import __version__

    _require("text", text, str)
    _require("subject", subject, str)
    _require("sender", sender, str)
    _require("lang", lang, str, type(None))
    _require("channel", channel, str, type(None))
    _require("region", region, str, type(None))
    if channel is not None and channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")

    values = {"subject": subject, "text": text}
    hits: list[Hit] = []
    words: list[str] = []
    for field in MATCHED_FIELDS:
        if values[field]:
            field_hits, field_words = hits_in_field(field, values[field])
            hits.extend(field_hits)
            words.extend(field_words)
    language, languages = identify(f"{subject}\n{text}", words)

    evidence = evidence_counts(hits, values, "evidence")
    context = evidence_counts(hits, values, "context")
    events = [(hit.start, hit.signal) for hit in hits if hit.field == "text" and hit.signal in evidence]
    in_subject = frozenset(hit.signal for hit in hits if hit.field == "subject" and hit.signal in evidence)
    window = scoring.coercive_window(events, in_subject)
    verdict = scoring.raw_verdict(evidence, context, window)
    applied = guards.guards_that_apply(verdict, evidence, context)
    if verdict in scoring.COERCIVE_VERDICTS and guards.reports_a_quoted_threat(text, events, in_subject):
        applied += ("reports_a_quoted_threat",)
    if applied:
        verdict = "none"
    weights = {name: signals()[name].weight for name in evidence}
    score = scoring.score_for(verdict, weights)
    ui_lang = advice.ui_language(lang, language)
    return Analysis(
        verdict=verdict,
        risk=scoring.risk_for(score, verdict),
        score=score,
        language=language,
        languages=tuple(languages),
        findings=select_findings(hits, values, ui_lang, verdict),
        advice=advice.advice_for(verdict, ui_lang, region),
        detector_version=__version__,
        guards=applied,
    )
