from __future__ import annotations

import pytest
from server_helpers import BENIGN, CHROME_EXTENSION, FIREFOX_EXTENSION, assert_error

WEBMAIL = "https://mail.example.org"


@pytest.mark.parametrize("origin", [CHROME_EXTENSION, FIREFOX_EXTENSION, WEBMAIL])
def test_extension_and_listed_origins_are_admitted_without_credentials(make_client, origin):
    response = make_client(cors_origins=(WEBMAIL,)).post("/v1/analyze", json={"text": BENIGN},
                                                         headers={"Origin": origin})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin
    assert "Access-Control-Allow-Credentials" not in response.headers


@pytest.mark.parametrize("origin", [
    "https://evil.example",
    "null",
    "chrome-extension://not-an-extension-id",
    "chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example",
    "moz-extension://0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d/../evil",
    "https://mail.example.org.evil.example",
    "http://mail.example.org",
])
def test_other_origins_are_refused(make_client, origin):
    response = make_client(cors_origins=(WEBMAIL,)).post("/v1/analyze", json={"text": BENIGN},
                                                         headers={"Origin": origin})
    assert_error(response, 403, "origin_not_allowed")
    assert "Access-Control-Allow-Origin" not in response.headers


def test_preflight_from_an_extension_allows_a_json_post(client):
    response = client.options("/v1/analyze", headers={
        "Origin": CHROME_EXTENSION, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == CHROME_EXTENSION
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"].lower() == "content-type"
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_preflight_from_a_web_page_is_refused(client):
    response = client.options("/v1/analyze", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert_error(response, 403, "origin_not_allowed")
    assert "Access-Control-Allow-Origin" not in response.headers


def test_clients_without_an_origin_are_served(client):
    response = client.post("/v1/analyze", json={"text": BENIGN})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers
