from __future__ import annotations

import json

import pytest
from server_helpers import BENIGN, WEBCAM_THREAT, assert_error

import detector
from detector import __version__


@pytest.mark.parametrize("body", [
    {"text": BENIGN},
    {"text": WEBCAM_THREAT},
    {"text": WEBCAM_THREAT, "subject": "Your video", "sender": "x@example.com", "channel": "email"},
    {"text": WEBCAM_THREAT, "lang": "fr", "channel": "chat"},
    {"text": "", "subject": None, "sender": None, "lang": None, "channel": None},
    {"text": "ghadi nfde7k 3nd l3a2ila dyalk ila ma siftich l flous", "channel": "sms"},
])
def test_analyze_returns_exactly_the_library_analysis(client, body):
    response = client.post("/v1/analyze", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)
    arguments = {name: value for name, value in body.items() if value is not None}
    assert response.get_json() == detector.analyze(**arguments, region="MA").to_dict()


def test_analyze_flags_an_unmistakable_threat(client):
    result = client.post("/v1/analyze", json={"text": WEBCAM_THREAT}).get_json()
    assert result["verdict"] != "none"
    assert result["advice"]["report"]["url"] == "https://www.e-blagh.ma"


def test_analyze_keeps_a_lone_surrogate_from_failing(client):
    body = '{"text": "half an emoji \\ud83d here"}'
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json() == detector.analyze("half an emoji \ufffd here", region="MA").to_dict()


def test_batch_returns_each_analysis_in_order(client):
    items = [{"text": BENIGN}, {"text": WEBCAM_THREAT, "channel": "email"}, {"text": "salam"}]
    response = client.post("/v1/analyze/batch", json={"items": items})
    assert response.status_code == 200
    expected = [detector.analyze(**item, region="MA").to_dict() for item in items]
    assert response.get_json() == {"results": expected}


def test_batch_of_nothing_is_empty(client):
    assert client.post("/v1/analyze/batch", json={"items": []}).get_json() == {"results": []}


def test_batch_accepts_exactly_the_item_limit(make_client):
    response = make_client(max_batch_items=3).post("/v1/analyze/batch", json={"items": [{"text": "a"}] * 3})
    assert response.status_code == 200
    assert len(response.get_json()["results"]) == 3


def test_health(client):
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": __version__}


def test_info_describes_vocabulary_limits_and_region(make_client):
    client = make_client(region="FR", max_text_chars=500, max_body_bytes=4096, max_batch_items=7, rate_limit="9/minute")
    info = client.get("/v1/info").get_json()
    assert info["region"] == "FR"
    assert info["limits"] == {"max_body_bytes": 4096, "max_text_chars": 500, "max_batch_items": 7,
                              "rate_limit": "9/minute"}
    assert info["languages"] == list(detector.LANGUAGES)
    assert info["verdicts"] == list(detector.VERDICTS)
    assert info["signals"] == list(detector.SIGNALS)
    assert info["channels"] == ["email", "sms", "chat"]
    assert info["version"] == __version__


def test_configured_region_reaches_the_detector(make_client, monkeypatch):
    seen = {}

    def spy(text, **kwargs):
        seen.update(kwargs)
        return real_analyze(text, **kwargs)

    real_analyze = detector.analyze
    monkeypatch.setattr(detector, "analyze", spy)
    make_client(region="FR").post("/v1/analyze", json={"text": BENIGN})
    assert seen["region"] == "FR"


def _body_of(size: int) -> str:
    return json.dumps({"text": "a" * size})


@pytest.mark.parametrize(("method", "path", "request_args", "status", "code"), [
    ("post", "/v1/analyze", {"data": "{\"text\": ", "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze", {"data": b"\xff\xfe\x00{", "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze", {"data": "[" * 100_000, "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze", {"data": "9" * 5000, "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze", {"data": "", "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze", {"json": ["text"]}, 400, "bad_json"),
    ("post", "/v1/analyze", {"data": "null", "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze", {"json": {}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": 5}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": None}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "x", "subject": ["a"]}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "x", "sender": {"name": "a"}}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "x", "channel": "fax"}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "x", "channel": ["email"]}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "x", "lang": "klingon"}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "x", "body": "y"}}, 400, "invalid_field"),
    ("post", "/v1/analyze", {"json": {"text": "a" * 100_001}}, 413, "text_too_long"),
    ("post", "/v1/analyze", {"json": {"text": "x", "subject": "a" * 100_001}}, 413, "text_too_long"),
    ("post", "/v1/analyze", {"data": _body_of(300_000), "content_type": "application/json"}, 413,
     "payload_too_large"),
    ("post", "/v1/analyze", {"data": "text=hello", "content_type": "application/x-www-form-urlencoded"}, 415,
     "unsupported_media_type"),
    ("post", "/v1/analyze", {"data": "{\"text\": \"hello\"}", "content_type": "text/plain"}, 415,
     "unsupported_media_type"),
    ("post", "/v1/analyze", {"data": "{\"text\": \"hello\"}"}, 415, "unsupported_media_type"),
    ("post", "/v1/analyze/batch", {"json": {"items": {"text": "x"}}}, 400, "invalid_field"),
    ("post", "/v1/analyze/batch", {"json": {}}, 400, "invalid_field"),
    ("post", "/v1/analyze/batch", {"json": {"items": [], "extra": 1}}, 400, "invalid_field"),
    ("post", "/v1/analyze/batch", {"json": {"items": ["text"]}}, 400, "invalid_field"),
    ("post", "/v1/analyze/batch", {"json": {"items": [{"text": "x"}] * 51}}, 413, "too_many_items"),
    ("post", "/v1/analyze/batch", {"json": {"items": [{"text": "x"}, {"text": "a" * 100_001}]}}, 413,
     "text_too_long"),
    ("post", "/v1/analyze/batch", {"data": "{", "content_type": "application/json"}, 400, "bad_json"),
    ("post", "/v1/analyze/batch", {"data": "items=1", "content_type": "text/plain"}, 415, "unsupported_media_type"),
    ("get", "/v1/nothing-here", {}, 404, "not_found"),
    ("get", "/", {}, 404, "not_found"),
    ("get", "/v1/analyze", {}, 405, "method_not_allowed"),
    ("put", "/v1/analyze/batch", {"json": {"items": []}}, 405, "method_not_allowed"),
    ("post", "/v1/health", {}, 405, "method_not_allowed"),
    ("delete", "/v1/info", {}, 405, "method_not_allowed"),
])
def test_every_client_error_is_json_with_its_status(client, method, path, request_args, status, code):
    assert_error(getattr(client, method)(path, **request_args), status, code)


@pytest.mark.parametrize(("body", "where"), [
    ({"items": [{"text": "ok"}, {"text": 1}]}, "items[1].text"),
    ({"items": [{"text": "ok"}, {"text": "ok"}, {"text": "x", "channel": "fax"}]}, "items[2].channel"),
    ({"text": "x", "lang": 3}, "lang"),
])
def test_field_errors_say_which_field(client, body, where):
    path = "/v1/analyze/batch" if "items" in body else "/v1/analyze"
    assert where in assert_error(client.post(path, json=body), 400, "invalid_field")["message"]


def test_method_not_allowed_lists_the_allowed_methods(client):
    response = client.get("/v1/analyze")
    assert "POST" in response.headers["Allow"]


def test_smaller_configured_limits_apply(make_client):
    client = make_client(max_text_chars=10, max_body_bytes=100, max_batch_items=2)
    assert_error(client.post("/v1/analyze", json={"text": "a" * 11}), 413, "text_too_long")
    assert client.post("/v1/analyze", json={"text": "a" * 10}).status_code == 200
    assert_error(client.post("/v1/analyze", json={"text": "a" * 9, "subject": "s" * 90}), 413, "payload_too_large")
    assert_error(client.post("/v1/analyze/batch", json={"items": [{"text": "a"}] * 3}), 413, "too_many_items")


def test_rate_limit_answers_429_with_retry_after(make_client):
    client = make_client(rate_limit="2/minute", max_batch_items=2)
    statuses = [client.post("/v1/analyze", json={"text": BENIGN}).status_code for _ in range(2)]
    assert statuses == [200, 200]
    refused = client.post("/v1/analyze/batch", json={"items": [{"text": BENIGN}]})
    assert_error(refused, 429, "rate_limited")
    assert int(refused.headers["Retry-After"]) > 0
    assert client.get("/v1/health").status_code == 200, "health checks must never be rate limited"


@pytest.mark.parametrize(("batch_size", "next_single"), [(3, 429), (2, 200)])
def test_a_batch_spends_one_unit_per_message(make_client, batch_size, next_single):
    client = make_client(rate_limit="3/minute", max_batch_items=3)
    assert client.post("/v1/analyze/batch", json={"items": [{"text": BENIGN}] * batch_size}).status_code == 200
    assert client.post("/v1/analyze", json={"text": BENIGN}).status_code == next_single


def test_rate_limit_is_per_client(make_client):
    client = make_client(rate_limit="1/minute", max_batch_items=1)

    def status_for(address: str) -> int:
        return client.post("/v1/analyze", json={"text": BENIGN}, environ_base={"REMOTE_ADDR": address}).status_code

    assert [status_for("192.0.2.1"), status_for("192.0.2.1"), status_for("192.0.2.2")] == [200, 429, 200]


def test_forwarded_client_address_counts_only_behind_configured_proxies(make_client):
    def statuses(client):
        return [client.post("/v1/analyze", json={"text": BENIGN},
                            headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in (1, 2)]

    assert statuses(make_client(rate_limit="1/minute", max_batch_items=1)) == [200, 429]
    assert statuses(make_client(rate_limit="1/minute", max_batch_items=1, proxy_hops=1)) == [200, 200]


@pytest.mark.parametrize(("method", "path", "request_args"), [
    ("get", "/v1/health", {}),
    ("get", "/v1/info", {}),
    ("get", "/v1/openapi.json", {}),
    ("post", "/v1/analyze", {"json": {"text": BENIGN}}),
    ("post", "/v1/analyze/batch", {"json": {"items": [{"text": BENIGN}]}}),
    ("post", "/v1/analyze", {"json": {"text": 1}}),
    ("get", "/v1/missing", {}),
])
def test_every_response_forbids_caching_and_sniffing(client, method, path, request_args):
    response = getattr(client, method)(path, **request_args)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.mimetype == "application/json"
