"""False-positive guards: small pure functions that recognise a message that only looks coercive.

Each takes the evidence signals present and the context markers found (signal -> number of distinct
phrases) and returns True when the message is of its kind; reports_a_quoted_threat looks at where the
evidence stands instead. A guard can only lower a verdict to none."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Set

from detector.scoring import COERCIVE_VERDICTS, LEVER, MONEY, THREAT, coercive_window

Counts = Mapping[str, int]


def talks_about_extortion(evidence: Counts, context: Counts) -> bool:
    """Awareness pages, news, training and fiction describe threats in the third person."""
    return context.get("discussion", 0) >= 2


def asks_for_help(evidence: Counts, context: Counts) -> bool:
    """A victim quoting the threat they received, asking what to do."""
    return context.get("help_request", 0) >= 1


def is_legitimate_notice(evidence: Counts, context: Counts) -> bool:
    """Bills, reminders, complaints and legal notices demand money by a date and may threaten to make
    things public, but hold no lever over the reader and name no untraceable payment channel."""
    markers = context.get("business_notice", 0)
    if evidence.keys() & LEVER or evidence.keys() & {"payment_channel", "harm_threat"}:
        return False
    return markers >= 2 or (markers == 1 and "disclosure_threat" not in evidence)


def is_security_notification(evidence: Counts, context: Counts) -> bool:
    """Sign-in alerts and codes talk about passwords and access but ask for no money."""
    return (
        context.get("security_notice", 0) >= 1
        and not evidence.keys() & MONEY
        and "disclosure_threat" not in evidence
        and "intimate_media" not in evidence
    )


def is_newsletter(evidence: Counts, context: Counts) -> bool:
    return context.get("newsletter", 0) >= 1 and not evidence.keys() & THREAT


def is_banter(evidence: Counts, context: Counts) -> bool:
    """Friends joke with threat-shaped sentences, but jokes name no payment channel or amount."""
    return context.get("banter", 0) >= 1 and not evidence.keys() & MONEY


Guard = Callable[[Counts, Counts], bool]
# Which verdicts each guard may lower: a notice or a joke is never an escort advert in disguise.
GUARDS: tuple[tuple[Guard, frozenset[str]], ...] = (
    (talks_about_extortion, COERCIVE_VERDICTS | {"sexual_solicitation"}),
    (asks_for_help, COERCIVE_VERDICTS),
    (is_legitimate_notice, COERCIVE_VERDICTS),
    (is_security_notification, COERCIVE_VERDICTS),
    (is_newsletter, COERCIVE_VERDICTS),
    (is_banter, COERCIVE_VERDICTS),
)


def guards_that_apply(verdict: str, evidence: Counts, context: Counts) -> tuple[str, ...]:
    return tuple(guard.__name__ for guard, verdicts in GUARDS if verdict in verdicts and guard(evidence, context))


# A quotation of at least a few words: double quotes, curly quotes, guillemets, or single quotes that are
# not apostrophes (no letter outside them).
_QUOTATION = re.compile(r'"[^"\n]{8,}?"|“[^”\n]{8,}?”|«[^»\n]{8,}?»|(?<!\w)\'[^\'\n]{8,}?\'(?!\w)')
_WORD = re.compile(r"\w+")
# Words around the quotations that make the message a report rather than a pasted threat.
NARRATIVE_WORDS = 8


def quotations(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTATION.finditer(text)]


def words_outside(text: str, spans: list[tuple[int, int]]) -> int:
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return len(_WORD.findall(" ".join(kept)))


def reports_a_quoted_threat(text: str, events: Iterable[tuple[int, str]], everywhere: Set[str]) -> bool:
    """Victims asking for help and awareness posts quote the threat they describe ("he wrote: 'pay or
    I post it'"): when the coercion stands only inside quotation marks and the message goes on around
    them, it reports a threat rather than makes one. ``events`` as for scoring.coercive_window."""
    spans = quotations(text)
    if not spans or words_outside(text, spans) < NARRATIVE_WORDS:
        return False
    outside = [(position, signal) for position, signal in events
               if not any(start <= position < end for start, end in spans)]
    return coercive_window(outside, everywhere) is None
