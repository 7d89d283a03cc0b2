"""The CLI's own logic, in process: exit-code rules, filtering, rendering and the order-keeping parallel map.

Here the detector is replaced by a stand-in that flags any text containing "FLAG", so that these tests
exercise the CLI's plumbing alone; the real detector is exercised by the subprocess tests.
"""

from __future__ import annotations

import io
import json
from itertools import count

import cli_samples as samples
import pytest

from detector import Analysis, Finding
from detector.cli import check, examine, main, parallel
from detector.cli.parallel import ordered_map
from detector.cli.render import evidence_in_context, one_line, render_analysis, terminal_language

ADVICE = {
    "lang": "en",
    "title": "This looks like extortion",
    "steps": ["Do not pay", "Keep the evidence"],
    "report": {"name": "e-Blagh", "url": "https://www.e-blagh.ma"},
    "emergency": {"label": "Police", "number": "19"},
}


def stand_in(text, *, subject="", sender="", lang=None, channel=None) -> Analysis:
    start = text.find("FLAG")
    if start < 0:
        return Analysis("none", "none", 0.0, "en", ("en",), (), {}, "test")
    finding = Finding("payment_demand", "text", start, start + 4, "FLAG", 0.5, "Demands money")
    return Analysis("extortion", "high", 0.9, "en", ("en",), (finding,), ADVICE, "test")


@pytest.fixture
def fake_detector(monkeypatch):
    monkeypatch.setattr(examine, "analyze", stand_in)
    monkeypatch.setattr(check, "analyze", stand_in)


SCAN_CASES = [
    # (name, files, extra arguments, exit code, names printed)
    ("clean", {"a.eml": samples.plain()}, [], 0, ["a.eml"]),
    ("flagged", {"a.eml": samples.plain(), "b.eml": samples.plain(body="FLAG")}, [], 1, ["a.eml", "b.eml"]),
    ("only flagged", {"a.eml": samples.plain(), "b.eml": samples.plain(body="FLAG")}, ["--only-flagged"], 1, ["b.eml"]),
    (
        "flagged and unreadable",
        {"b.eml": samples.plain(body="FLAG"), "r.eml": samples.random_bytes()},
        [],
        2,
        ["b.eml"],
    ),
    (
        "damaged wins over flagged",
        {"t.eml": samples.truncated(), "b.eml": samples.plain(body="FLAG")},
        [],
        2,
        ["b.eml", "t.eml"],
    ),
    ("nothing but skipped files", {"x.png": b"\x89PNG"}, [], 0, []),
]


@pytest.mark.parametrize(
    ("files", "extra", "code", "printed"), [c[1:] for c in SCAN_CASES], ids=[c[0] for c in SCAN_CASES]
)
def test_scan_exit_codes_and_filtering(fake_detector, tmp_path, capsys, files, extra, code, printed):
    folder = samples.write(tmp_path, files)
    assert main(["scan", "--format", "jsonl", "--jobs", "1", "--quiet", *extra, str(folder)]) == code
    names = [json.loads(line)["path"].rsplit("/", 1)[1] for line in capsys.readouterr().out.splitlines()]
    assert names == printed


def test_a_detector_failure_is_reported_and_the_scan_goes_on(monkeypatch, tmp_path, capsys):
    def failing(text, **_):
        if "FLAG" in text:
            raise RuntimeError(text)
        return stand_in(text)

    monkeypatch.setattr(examine, "analyze", failing)
    folder = samples.write(tmp_path, {"a.eml": samples.plain(body="FLAG secret"), "b.eml": samples.plain()})
    assert main(["scan", "--format", "jsonl", "--jobs", "1", "--quiet", str(folder)]) == 2
    out, err = capsys.readouterr()
    assert "a.eml: unreadable: could not be analyzed (RuntimeError)" in err
    assert "secret" not in err + out
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize(("channel", "passed"), [("email", "email"), ("sms", "sms"), ("post", None), (None, None)])
def test_jsonl_records_pass_only_channels_the_detector_knows(monkeypatch, tmp_path, channel, passed):
    seen = []

    def recording(text, **fields):
        seen.append(fields["channel"])
        return stand_in(text)

    monkeypatch.setattr(examine, "analyze", recording)
    folder = samples.write(tmp_path, {"c.jsonl": json.dumps({"text": "hi", "channel": channel}).encode()})
    assert main(["scan", "--format", "jsonl", "--jobs", "1", "--quiet", str(folder)]) == 0
    assert seen == [passed]


def test_check_renders_verdict_evidence_advice_and_where_to_report(fake_detector, capsys):
    assert main(["check", "--lang", "en", "please FLAG now"]) == 1
    out = capsys.readouterr().out
    for text in (
        "Extortion",
        "high",
        "please «FLAG» now",
        "1. Do not pay",
        "e-Blagh https://www.e-blagh.ma",
        "Police 19",
    ):
        assert text in out


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "ar_MA.UTF-8"}, "ar"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "ar_MA"}, "ar"),
        ({"LANG": "ar_MA", "LC_MESSAGES": "fr_CA", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "fr"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "fr_FR@euro"}, "fr"),
        ({}, "en"),
    ],
)
def test_terminal_language(environ, lang):
    assert terminal_language(environ) == lang


def test_evidence_is_coloured_on_a_terminal_and_quoted_elsewhere():
    finding = Finding("deadline", "text", 7, 15, "48 hours", 0.2, "Deadline")
    fields = {"text": "Pay in 48 hours\nor else"}
    assert evidence_in_context(finding, fields, colour=False) == "Pay in «48 hours» or else"
    assert evidence_in_context(finding, fields, colour=True) == "Pay in \x1b[1;33m48 hours\x1b[0m or else"


def test_evidence_from_another_field_uses_that_field():
    finding = Finding("lever", "subject", 5, 10, "video", 0.2, "Lever")
    assert evidence_in_context(finding, {"text": "x", "subject": "Your video"}, colour=False) == "Your «video»"


def test_message_text_cannot_drive_the_terminal():
    assert one_line("a\x1b[2Jb\r\nc\x07") == "a [2Jb c"


def test_render_analysis_of_a_clean_message_has_no_advice():
    out = render_analysis(stand_in("hello"), {"text": "hello"}, "fr", colour=False)
    assert "Rien de détecté" in out
    assert "Que faire" not in out


def test_ordered_map_keeps_the_input_order_across_processes():
    items = list(range(-200, 200))
    assert list(ordered_map(abs, items, jobs=2)) == [abs(n) for n in items]


def test_ordered_map_reads_its_input_only_as_fast_as_it_is_consumed():
    consumed = count()

    def endless():
        for n in count():
            next(consumed)
            yield n

    results = ordered_map(abs, endless(), jobs=2)
    assert next(results) == 0
    in_flight = 2 * parallel.WINDOW_PER_JOB * parallel.BATCH_SIZE
    assert next(consumed) <= in_flight + parallel.BATCH_SIZE
    results.close()


def test_check_reads_non_utf8_standard_input(fake_detector, monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO("FLAG été".encode("cp1252")))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["check", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["excerpt"] == "FLAG"
