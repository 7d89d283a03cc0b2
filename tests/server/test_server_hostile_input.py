"""Nothing a client sends makes the service fail: every answer is a 2xx or a JSON 4xx."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server import create_app
from server.config import Config

FIELDS = ("text", "subject", "sender", "lang", "channel", "items")
CONTENT_TYPES = ("application/json", "application/json; charset=utf-16", "text/plain", "application/x-json",
                 "multipart/form-data; boundary=x", "")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
message_objects = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=6), json_values, max_size=6)
batch_objects = st.fixed_dictionaries({"items": st.lists(message_objects | json_values, max_size=5)})


@pytest.fixture(scope="module")
def client():
    # Small limits, so that the size checks are reached too; a rate limit the examples never exhaust.
    return create_app(Config(max_body_bytes=2048, max_text_chars=300, max_batch_items=3,
                             rate_limit="1000000/minute")).test_client()


def _assert_clean_answer(response) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)
    body = response.get_json()
    assert isinstance(body, dict)
    if response.status_code >= 400:
        assert isinstance(body["error"]["code"], str) and isinstance(body["error"]["message"], str)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/v1/analyze", "/v1/analyze/batch"]), body=message_objects | batch_objects | json_values)
def test_any_json_body_gets_a_clean_answer(client, path, body):
    data = json.dumps(body, allow_nan=True).encode()
    _assert_clean_answer(client.post(path, data=data, content_type="application/json"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/v1/analyze", "/v1/analyze/batch", "/v1/health", "/v1/x"]),
       method=st.sampled_from(["POST", "GET", "PUT", "PATCH", "DELETE"]),
       content_type=st.sampled_from(CONTENT_TYPES), data=st.binary(max_size=3000))
def test_any_bytes_get_a_clean_answer(client, path, method, content_type, data):
    _assert_clean_answer(client.open(path, method=method, data=data, content_type=content_type))


@pytest.mark.parametrize("data", [
    b'{"text": "\\ud800\\udc00\\udfff"}',
    b'{"text": "\\u0000\\u202e\\ufeff"}',
    b'{"text": "x", "text": 5}',
    b'{"text": 1e999}',
    b'{"text": NaN}',
    b'\xef\xbb\xbf{"text": "bom"}',
    b'{"text": "' + "\u0645\u0631\u062d\u0628\u0627 ".encode() * 50 + b'"}',
    b'{"items": [' + b'{"text": "a"},' * 3 + b'{"text": "b"}]}',
    b"[" * 50_000 + b"]" * 50_000,
    b'{"text": "a"}' + b" " * 5000,
])
def test_hostile_bodies_table(client, data):
    for path in ("/v1/analyze", "/v1/analyze/batch"):
        _assert_clean_answer(client.post(path, data=data, content_type="application/json"))
