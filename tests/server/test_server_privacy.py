"""Message text, subject and sender reach no log line, at any level, on any path through the service."""

from __future__ import annotations

import logging
import re

import pytest
from server_helpers import WEBCAM_THREAT

import detector

MARKER = "zq7-private-marker-5vx"


@pytest.fixture
def debug_logs(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def _assert_marker_nowhere(caplog, capfd, *responses):
    captured = capfd.readouterr()
    assert MARKER not in captured.out + captured.err
    for record in caplog.records:
        assert MARKER not in record.getMessage()
        assert MARKER not in str(record.exc_info) + str(record.exc_text) + str(record.args)
    for response in responses:
        assert MARKER not in response.get_data(as_text=True) or response.status_code == 200


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/analyze", {"text": f"{WEBCAM_THREAT} {MARKER}", "subject": MARKER, "sender": f"{MARKER}@example.com"}),
    ("/v1/analyze/batch", {"items": [{"text": MARKER}, {"text": WEBCAM_THREAT, "subject": MARKER}]}),
    ("/v1/analyze", {"text": MARKER, "channel": "fax"}),
    ("/v1/analyze", {"text": MARKER, "subject": MARKER * 20_000}),
    ("/v1/analyze", {"text": MARKER, MARKER: MARKER}),
    ("/v1/analyze/batch", {"items": [{"text": MARKER}, {"text": 7, "sender": MARKER}]}),
])
def test_message_fields_never_reach_logs_or_error_messages(client, debug_logs, capfd, path, body):
    response = client.post(path, json=body)
    _assert_marker_nowhere(debug_logs, capfd, response)
    (access,) = [r.getMessage() for r in debug_logs.records if r.name == "amane.access"]
    assert re.fullmatch(rf"POST {path} {response.status_code} {len(response.get_data())} \d+\.\dms", access)


def test_a_detector_failure_logs_neither_the_text_nor_the_exception_message(client, debug_logs, capfd, monkeypatch):
    def leaking_failure(text, **_):
        raise ValueError(f"cannot analyze {text!r}")

    monkeypatch.setattr(detector, "analyze", leaking_failure)
    response = client.post("/v1/analyze", json={"text": MARKER})
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal"
    assert MARKER not in response.get_data(as_text=True)
    _assert_marker_nowhere(debug_logs, capfd)
    assert any("ValueError" in r.getMessage() for r in debug_logs.records), "the failure itself must be logged"


def test_access_log_escapes_the_path(client, debug_logs):
    client.get("/v1/x%0AFORGED 200")
    (line,) = [r.getMessage() for r in debug_logs.records if r.name == "amane.access"]
    assert "\n" not in line
    assert line.startswith("GET /v1/x\\nFORGED 200 404 ")
