"""From the signals present to a verdict, a score and a risk: coercion is a co-occurrence.

A lever (intimate media, access to accounts or secrets) or a threat (to disclose, to harm), together
with a demand (money, images, compliance) and usually some pressure (deadline, secrecy, "or else"),
is what makes a message coercive; any one of them alone is ordinary language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Set

SEXUAL_LEVER = frozenset({"intimate_media", "sexual_demand"})
LEVER = SEXUAL_LEVER | {"account_access"}
THREAT = frozenset({"disclosure_threat", "harm_threat"})
MONEY = frozenset({"payment_demand", "payment_channel"})
# A payment channel named alone (crypto newsletters, money-transfer receipts) is not a demand.
DEMAND = frozenset({"payment_demand", "compliance_demand", "sexual_demand"})
PRESSURE = frozenset({"deadline", "secrecy", "ultimatum"})
OFFER = frozenset({"sexual_offer"})
COERCIVE_VERDICTS = frozenset({"sextortion", "extortion", "intimidation"})

# Coercion is written as one argument: lever, threat and demand stand within a few paragraphs, while
# a long newsletter that says "pay" in one place and "share with your friends" in another does not.
WINDOW_CHARS = 1500
FLAG_FLOOR = 0.5  # every flagged message scores at least this, every unflagged one less
UNFLAGGED_CEILING = 0.45
RISK_BANDS = ((0.85, "high"), (0.7, "medium"), (FLAG_FLOOR, "low"))


def is_coercive(present: Set[str]) -> bool:
    demand = bool(present & DEMAND)
    threat = bool(present & THREAT)
    lever = bool(present & LEVER)
    pressure = bool(present & PRESSURE)
    if demand and threat:
        return True
    if demand and lever and (pressure or "payment_channel" in present):
        return True
    if lever and threat and pressure:
        return True
    # "I have your nudes. 200 by paysafecard tonight.": a lever, a channel to pay on and a deadline make the
    # demand even when no word says "pay".
    if present & SEXUAL_LEVER and "payment_channel" in present and pressure:
        return True
    # "Do it, or you will regret it": intimidation often leaves the demand implicit. (A demand with a bare
    # "or else" and no threat named stays below the line: "if you don't come, I eat your cake" has that shape.)
    return "harm_threat" in present and "ultimatum" in present


def category(present: Set[str]) -> str:
    """The kind of coercion, once a message is known to be coercive."""
    if present & SEXUAL_LEVER:
        return "sextortion"
    if present & {"disclosure_threat", "account_access"}:
        return "extortion"
    if "harm_threat" in present and present & MONEY:
        return "extortion"
    return "intimidation"


def coercive_window(events: Iterable[tuple[int, str]], everywhere: Set[str] = frozenset()) -> frozenset[str] | None:
    """The largest coercive set of signals found within WINDOW_CHARS of each other (``events`` are
    (position, signal) pairs; signals in ``everywhere``, e.g. from the subject, join every window)."""
    events = sorted(events)
    inside: Counter[str] = Counter()
    best: frozenset[str] | None = None
    left = 0
    for position, signal in events:
        changed = not inside[signal]
        inside[signal] += 1
        while position - events[left][0] > WINDOW_CHARS:
            inside[events[left][1]] -= 1
            if not inside[events[left][1]]:
                del inside[events[left][1]]
                changed = True
            left += 1
        if not changed:  # the same signals as at the previous event: nothing new to judge
            continue
        present = frozenset(inside) | everywhere
        if is_coercive(present) and (best is None or len(present) > len(best)):
            best = present
    if best is None and is_coercive(everywhere):
        best = frozenset(everywhere)
    return best


def offer_outweighs_lever(evidence: Mapping[str, int]) -> bool:
    """An advert names a price and mentions cameras and videos too: without a threat, it is an offer
    when offer phrases are at least as many as lever phrases."""
    levers = sum(count for name, count in evidence.items() if name in LEVER)
    return evidence.get("sexual_offer", 0) >= max(levers, 1) and not evidence.keys() & THREAT


EXPLICIT_ADVERT_PLACES = 2


def is_explicit_advert(evidence: Mapping[str, int], context: Mapping[str, int]) -> bool:
    """Porn adverts rarely name a service: they pile up explicit words and ask to be called, texted or
    clicked. One explicit word is ordinary (news, health, a joke); several beside a call to action are
    not, nor is one beside several (a premium number, its price per minute, "text X to 69911")."""
    explicit = evidence.get("explicit_content", 0)
    calls = context.get("call_to_action", 0)
    return (explicit >= EXPLICIT_ADVERT_PLACES and calls >= 1) or (explicit >= 1 and calls >= 2)


def raw_verdict(evidence: Mapping[str, int], context: Mapping[str, int], window: Set[str] | None) -> str:
    """Verdict before the guards, from the number of places each signal was found and the coercive
    window, if any."""
    if offer_outweighs_lever(evidence):
        return "sexual_solicitation"
    if window is not None:
        return category(window)
    if evidence.keys() & THREAT:
        return "none"
    if "sexual_offer" in evidence or is_explicit_advert(evidence, context):
        return "sexual_solicitation"
    return "none"


def strength(weights: Mapping[str, float]) -> float:
    """Noisy-or of the signals present: each adds evidence, none alone is certainty."""
    remaining = 1.0
    for weight in weights.values():
        remaining *= 1.0 - weight
    return 1.0 - remaining


def score_for(verdict: str, weights: Mapping[str, float]) -> float:
    s = strength(weights)
    if verdict == "none":
        return round(UNFLAGGED_CEILING * s, 3)
    return round(FLAG_FLOOR + (1.0 - FLAG_FLOOR) * s, 3)


def risk_for(score: float, verdict: str) -> str:
    if verdict == "none":
        return "none"
    return next(risk for floor, risk in RISK_BANDS if score >= floor)
