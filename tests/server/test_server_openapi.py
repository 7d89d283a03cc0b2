from __future__ import annotations

import jsonschema
import pytest
from openapi_spec_validator import validate
from server_helpers import BENIGN, WEBCAM_THREAT

from server import create_app
from server.config import Config


@pytest.fixture(scope="module")
def app():
    return create_app(Config(rate_limit="8/minute", max_batch_items=2))


@pytest.fixture(scope="module")
def document(app):
    return app.test_client().get("/v1/openapi.json").get_json()


def test_document_is_valid_openapi(document):
    validate(document)


def test_document_describes_exactly_the_served_routes(app, document):
    served = {(rule.rule, method.lower()) for rule in app.url_map.iter_rules() if rule.rule.startswith("/v1/")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    documented = {(path, method) for path, operations in document["paths"].items() for method in operations}
    assert documented == served


def test_document_carries_the_configured_limits(document):
    schemas = document["components"]["schemas"]
    assert schemas["AnalyzeRequest"]["properties"]["text"]["maxLength"] == 100_000
    assert schemas["BatchRequest"]["properties"]["items"]["maxItems"] == 2


def _response_schema(document: dict, path: str, method: str, status: int) -> dict:
    operation = document["paths"].get(path, {}).get(method)
    if operation is None:
        # An undocumented path or method is a 404 or 405: the document promises the Error shape for it.
        schema = {"$ref": "#/components/schemas/Error"}
    else:
        response = operation["responses"].get(str(status), operation["responses"]["default"])
        schema = response["content"]["application/json"]["schema"]
    return {**schema, "components": document["components"]}


def _request_schema(document: dict, path: str) -> dict:
    schema = document["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return {**schema, "components": document["components"]}


# In order: the analysis requests, errors included, spend the budget of 8 messages (a batch one per item, at most 2),
# so the last is refused.
EXCHANGES = [
    ("get", "/v1/health", None, {}, 200),
    ("get", "/v1/info", None, {}, 200),
    ("get", "/v1/openapi.json", None, {}, 200),
    ("get", "/v1/info", None, {"Origin": "https://evil.example"}, 403),
    ("post", "/v1/health", None, {}, 405),
    ("get", "/v1/missing", None, {}, 404),
    ("post", "/v1/analyze", {"text": 3}, {}, 400),
    ("post", "/v1/analyze", {"text": "a" * 100_001}, {}, 413),
    ("post", "/v1/analyze/batch", {"items": [{"text": "a"}] * 3}, {}, 413),
    ("post", "/v1/analyze", {"text": WEBCAM_THREAT, "subject": "video", "channel": "email"}, {}, 200),
    ("post", "/v1/analyze/batch", {"items": [{"text": BENIGN}, {"text": WEBCAM_THREAT, "lang": "ar"}]}, {}, 200),
    ("post", "/v1/analyze", {"text": BENIGN, "sender": None}, {}, 200),
    ("post", "/v1/analyze", {"text": BENIGN}, {}, 429),
]


def test_real_responses_match_their_documented_schemas(app, document):
    client = app.test_client()
    for method, path, body, headers, status in EXCHANGES:
        response = getattr(client, method)(path, json=body, headers=headers)
        assert response.status_code == status, (path, response.get_data(as_text=True))
        jsonschema.validate(response.get_json(), _response_schema(document, path, method, status))


@pytest.mark.parametrize(("path", "body", "valid"), [
    ("/v1/analyze", {"text": "x", "subject": None, "lang": "fr", "channel": "sms"}, True),
    ("/v1/analyze", {"text": "x", "channel": "fax"}, False),
    ("/v1/analyze", {"subject": "x"}, False),
    ("/v1/analyze", {"text": "x", "extra": 1}, False),
    ("/v1/analyze/batch", {"items": [{"text": "x"}]}, True),
    ("/v1/analyze/batch", {"items": [{"text": 1}]}, False),
])
def test_request_schemas_agree_with_the_server(app, document, path, body, valid):
    schema_accepts = jsonschema.Draft202012Validator(_request_schema(document, path)).is_valid(body)
    server_accepts = create_app(Config()).test_client().post(path, json=body).status_code == 200
    assert schema_accepts == server_accepts == valid
