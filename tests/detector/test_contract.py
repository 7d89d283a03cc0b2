"""The library contract of DESIGN.md: shape, offsets, determinism, bad input, advice."""

from __future__ import annotations

import pytest

import detector
from detector import analyze
from detector.signals import catalog

SEXTORTION = (
    "I recorded you through your webcam while you watched porn. Pay 500 euros in bitcoin within 48 hours "
    "or I send the video to all your contacts and your family. Don't tell the police."
)
BENIGN = "Hi Sara, the meeting moves to Thursday 10:00, room 4. Bring the slides please."
KEYS = {"verdict", "risk", "score", "language", "languages", "findings", "advice", "detector_version"}
FINDING_KEYS = {"signal", "field", "start", "end", "excerpt", "weight", "explanation"}


def test_to_dict_has_exactly_the_contract_keys():
    result = analyze(SEXTORTION).to_dict()
    assert set(result) == KEYS
    assert result["findings"], "a sextortion message must carry evidence"
    for finding in result["findings"]:
        assert set(finding) == FINDING_KEYS
    assert set(result["advice"]) == {"lang", "title", "steps", "report", "emergency"}
    assert result["detector_version"] == detector.__version__


@pytest.mark.parametrize("text", [SEXTORTION, BENIGN, "", "haha 😂", "ادفع 500 درهم"])
def test_risk_is_none_exactly_when_verdict_is_none(text):
    result = analyze(text)
    assert (result.risk == "none") == (result.verdict == "none")
    assert 0.0 <= result.score <= 1.0


def test_flagged_scores_are_above_every_unflagged_score():
    flagged = analyze(SEXTORTION)
    benign = analyze(BENIGN)
    assert flagged.flagged and not benign.flagged
    assert flagged.score > benign.score
    assert flagged.risk == "high"


@pytest.mark.parametrize(
    "text, subject",
    [
        (SEXTORTION, ""),
        ("Look at the file.", "I have your nude photos: pay 300 dollars or your family sees them"),
        ("Ｉ ｒｅｃｏｒｄｅｄ you. Pay 500 € in b\u200bitco\u200bin or I s\u200bend the vid\u0435o to your family.",
         ""),
        ("&lt;b&gt;I recorded you&lt;/b&gt; on w e b c a m. Pay 500 euros or the video goes to your family.", ""),
    ],
)
def test_every_finding_points_into_its_original_field(text, subject):
    result = analyze(text, subject=subject)
    assert result.findings
    fields = {"text": text, "subject": subject}
    for finding in result.findings:
        original = fields[finding.field]
        assert 0 <= finding.start < finding.end <= len(original)
        assert original[finding.start : finding.end].startswith(finding.excerpt[:50])


def test_same_input_same_output():
    assert analyze(SEXTORTION).to_dict() == analyze(SEXTORTION).to_dict()
    mixed = "Salam khoya, sift 2000dh f wafacash wla ghadi nlou7 les photos dyalk f facebook"
    assert analyze(mixed).to_dict() == analyze(mixed).to_dict()


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_non_str_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match="text must be str"):
        analyze(bad)


@pytest.mark.parametrize("field", ["subject", "sender"])
def test_non_str_fields_are_type_errors(field):
    with pytest.raises(TypeError, match=field):
        analyze("hello", **{field: 3})


def test_unknown_channel_is_a_value_error():
    with pytest.raises(ValueError, match="channel"):
        analyze("hello", channel="pigeon")


def test_empty_text_is_none():
    result = analyze("")
    assert result.verdict == "none" and result.findings == () and result.language == "und"


@pytest.mark.parametrize(
    "text",
    [
        "\ud800 lone surrogate \udfff and NUL \x00 inside",
        "a" * 1_000_000,
        "\u200b" * 10_000,
        "مرحبا hello Привет 你好 " * 500,
        "b i t c o i n " * 2000,
        "&amp;" * 20_000,
    ],
    ids=["surrogates-nul", "1MB-one-char", "zero-width-run", "mixed-scripts", "spaced-letters", "entities"],
)
def test_hostile_text_gives_a_normal_result_with_valid_offsets(text):
    result = analyze(text)
    assert result.verdict in detector.VERDICTS
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)


@pytest.mark.parametrize(
    "lang, expected",
    [(None, "en"), ("fr", "fr"), ("ar", "ar"), ("ary", "ar"), ("ary-Latn", "fr"), ("de", "en")],
)
def test_advice_language_follows_the_request_or_the_message(lang, expected):
    result = analyze(SEXTORTION, lang=lang)
    assert result.advice["lang"] == expected
    assert all(f.explanation for f in result.findings)


def test_french_message_gets_french_advice_by_default():
    result = analyze("Votre caméra m'a montré des choses très intimes. Réglez 600 euros en bitcoin avant jeudi, "
                     "sinon la vidéo part chez tous vos collègues et votre famille.")
    assert result.language == "fr"
    assert result.advice["lang"] == "fr"


def test_default_region_is_morocco():
    advice = analyze(SEXTORTION).advice
    assert advice["report"] == {"name": "e-Blagh", "url": "https://www.e-blagh.ma"}
    assert advice["emergency"]["number"] == "19"


def test_region_is_data_and_unknown_regions_are_refused():
    assert analyze(SEXTORTION, region="FR").advice["emergency"]["number"] == "17"
    with pytest.raises(ValueError, match="region"):
        analyze(SEXTORTION, region="XX")


def test_public_names():
    assert set(detector.LANGUAGES) == {"en", "fr", "ar", "ary", "ary-Latn"}
    assert "payment_channel" in detector.SIGNALS
    assert detector.VERDICTS[-1] == "none"


def test_core_imports_only_the_standard_library_langdetect_and_rapidfuzz():
    """The detector must be able to run in the browser (Pyodide) later: no web or CLI packages."""
    import subprocess
    import sys

    code = (
        "import sys, detector; detector.analyze('pay 500 euros or else');"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
                 .stdout.strip().split(","))
    assert not loaded & {"flask", "flask_cors", "flask_limiter", "tqdm", "gunicorn", "server", "werkzeug"}


def test_preload_loads_the_lexicons_and_exempts_them_from_collection():
    """In its own process: the freeze is process-wide."""
    import subprocess
    import sys

    code = (
        "import gc; from detector.core import preload; from detector.signals import catalog;"
        "before = gc.get_freeze_count(); preload(); print(before, gc.get_freeze_count(), catalog.cache_info().currsize)"
    )
    before, frozen, loaded = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                     check=True).stdout.split())
    assert (before, loaded) == (0, 1)
    assert frozen > len(catalog().phrases) * 10


@pytest.mark.parametrize(
    "a, b",
    [("webcam", "webcam"), ("webcam", "wbcam"), ("webcam", "wecbam"), ("bitcoin", "bitcoln"), ("sexting", "setting"),
     ("password", "pasword"), ("contacts", "cantacts"), ("abc", "xyz"), ("", "abcdef"), ("صورك", "صوري")],
)
def test_pure_python_edit_distance_agrees_with_rapidfuzz(a, b):
    from detector.fuzzy import edit_distance, python_edit_distance

    for limit in (0, 1, 2):
        assert python_edit_distance(a, b, limit) == edit_distance(a, b, limit)
