"""Verdicts from co-occurring signals: the rules of scoring.py as a table."""

from __future__ import annotations

import pytest

from detector import analyze
from detector.scoring import WINDOW_CHARS, coercive_window, raw_verdict, risk_for, score_for

RULES = [
    ({"payment_demand", "disclosure_threat", "intimate_media"}, "sextortion"),
    ({"sexual_demand", "disclosure_threat"}, "sextortion"),
    ({"payment_demand", "disclosure_threat", "account_access"}, "extortion"),
    ({"payment_demand", "harm_threat"}, "extortion"),
    ({"compliance_demand", "harm_threat"}, "intimidation"),
    ({"harm_threat", "ultimatum"}, "intimidation"),
    ({"intimate_media", "payment_demand", "deadline"}, "sextortion"),
    ({"account_access", "payment_demand", "payment_channel"}, "extortion"),
    # one ingredient, or ingredients that do not make coercion, are not enough
    ({"payment_demand", "deadline", "payment_channel"}, "none"),
    ({"intimate_media", "payment_demand"}, "none"),
    ({"disclosure_threat"}, "none"),
    ({"compliance_demand", "ultimatum"}, "none"),
    ({"sexual_offer"}, "sexual_solicitation"),
    ({"sexual_offer", "harm_threat"}, "none"),
]


@pytest.mark.parametrize("present, expected", RULES, ids=[f"{r[1]}-{i}" for i, r in enumerate(RULES)])
def test_verdict_rules(present, expected):
    window = coercive_window([(0, name) for name in present])
    assert raw_verdict(dict.fromkeys(present, 1), {}, window) == expected


def test_signals_far_apart_are_not_one_argument():
    far = [(0, "payment_demand"), (WINDOW_CHARS * 3, "disclosure_threat"), (WINDOW_CHARS * 6, "intimate_media")]
    near = [(0, "payment_demand"), (100, "disclosure_threat"), (200, "intimate_media")]
    assert coercive_window(far) is None
    assert coercive_window(near) == {"payment_demand", "disclosure_threat", "intimate_media"}


def test_subject_signals_join_every_window():
    assert coercive_window([(5000, "payment_demand")], frozenset({"disclosure_threat"})) is not None


def test_explicit_advert_needs_several_explicit_passages_and_a_call_to_action():
    assert raw_verdict({"explicit_content": 2}, {"call_to_action": 1}, None) == "sexual_solicitation"
    assert raw_verdict({"explicit_content": 1}, {"call_to_action": 1}, None) == "none"
    assert raw_verdict({"explicit_content": 3}, {}, None) == "none"


@pytest.mark.parametrize("verdict", ["sextortion", "none"])
def test_score_and_risk_bands(verdict):
    weights = {"a": 0.35, "b": 0.3, "c": 0.25}
    score = score_for(verdict, weights)
    risk = risk_for(score, verdict)
    assert (risk == "none") == (verdict == "none")
    assert (score >= 0.5) == (verdict != "none")


def test_long_newsletter_with_scattered_words_is_not_coercion():
    filler = "Our spring catalogue has new garden furniture and lamps. " * 40
    text = "Pay 20 euros for shipping. " + filler + "Share this offer with your friends and family! " + filler
    assert analyze(text).verdict == "none"
