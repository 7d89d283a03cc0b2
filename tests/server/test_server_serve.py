"""The real service over a real socket: werkzeug in development, gunicorn in production."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from server_helpers import WEBCAM_THREAT

from server.config import Config
from server.serve import bind_address, gunicorn_options
from server.testing import running_service

MARKER = "qx9-socket-marker-3kd"


def _exchange(service, method: str, path: str, body: dict | None = None) -> tuple[int, dict, dict]:
    connection = service.connection()
    try:
        payload = None if body is None else json.dumps(body).encode()
        connection.request(method, path, body=payload, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), json.loads(response.read())
    finally:
        connection.close()


@pytest.mark.parametrize("production", [False, True], ids=["werkzeug", "gunicorn"])
def test_real_server_answers_over_a_socket_and_logs_no_text(production):
    with running_service(production=production, env={"AMANE_WORKERS": "1", "AMANE_LOG_LEVEL": "DEBUG"}) as service:
        status, headers, result = _exchange(service, "POST", "/v1/analyze", {"text": f"{WEBCAM_THREAT} {MARKER}"})
        assert status == 200
        assert result["verdict"] != "none"
        assert headers["Cache-Control"] == "no-store"
        status, _, error = _exchange(service, "POST", "/v1/analyze", {"text": MARKER, "channel": "fax"})
        assert (status, error["error"]["code"]) == (400, "invalid_field")
        status, _, health = _exchange(service, "GET", "/v1/health")
        assert (status, health["status"]) == (200, "ok")
        log = service.log_text_once_it_holds("POST /v1/analyze 200 ", "POST /v1/analyze 400 ", "GET /v1/health 200 ")
    assert "POST /v1/analyze 200 " in log
    assert "POST /v1/analyze 400 " in log
    assert MARKER not in log


@pytest.mark.parametrize(("settings", "bind"), [
    ({}, "127.0.0.1:8765"),
    ({"host": "0.0.0.0", "port": 80}, "0.0.0.0:80"),
    ({"host": "::1", "port": 9000}, "[::1]:9000"),
])
def test_bind_address(settings, bind):
    assert bind_address(Config(**settings)) == bind


def test_production_preloads_one_worker_per_core_without_gunicorn_access_log():
    options = gunicorn_options(Config())
    assert options["workers"] >= 1
    assert options["preload_app"] is True
    assert options["accesslog"] is None
    assert gunicorn_options(Config(workers=3))["workers"] == 3


@pytest.mark.parametrize(("env", "message"), [
    ({"AMANE_PORT": "eighty"}, "AMANE_PORT must be a whole number"),
    ({"AMANE_CORS_ORIGINS": "*"}, "AMANE_CORS_ORIGINS"),
])
def test_a_bad_setting_stops_the_service_at_startup_with_a_clear_message(env, message):
    done = subprocess.run([sys.executable, "-m", "detector.cli", "serve", "--production"], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_wsgi_entry_serves_the_configured_app():
    code = "from server.wsgi import app; r = app.test_client().get('/v1/info'); print(r.status_code, r.json['region'])"
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "AMANE_REGION": "FR"},
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["200", "FR"], done.stderr
