"""Chromium with the unpacked extension, and the real Amane service on a free loopback port.

One browser for the whole session keeps the runs light on a shared machine. Without Chromium the
browser tests are skipped, unless REQUIRE_BROWSER=1 (CI) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from server import create_app
from server.config import Config

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Service:
    """The real Flask service in a thread; `url` is its base address, `analyses` counts the analyze
    requests it answered (so a test knows the extension asked, even when nothing is shown)."""

    def __init__(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.analyses = 0
        app = create_app(Config(host="127.0.0.1", port=port))
        wsgi = app.wsgi_app

        def counting(environ, start_response):
            answer = wsgi(environ, start_response)
            if environ["REQUEST_METHOD"] == "POST" and environ["PATH_INFO"] == "/v1/analyze":
                self.analyses += 1
            return answer

        app.wsgi_app = counting
        self._server = make_server("127.0.0.1", port, app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@pytest.fixture(scope="session")
def service():
    running = Service()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not os.access(CHROMIUM, os.X_OK):
        message = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def playwright_driver():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser_context(playwright_driver, chromium_path):
    user_data = tempfile.mkdtemp(prefix="amane-chromium-")
    context = playwright_driver.chromium.launch_persistent_context(
        user_data_dir=user_data,
        executable_path=chromium_path,
        headless=False,
        accept_downloads=True,
        args=[
            "--headless=new",
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    )
    yield context
    context.close()
    shutil.rmtree(user_data, ignore_errors=True)


@pytest.fixture(scope="session")
def worker(browser_context):
    """The extension's service worker."""
    workers = browser_context.service_workers or [browser_context.wait_for_event("serviceworker", timeout=15_000)]
    return next(w for w in workers if w.url.startswith("chrome-extension://"))


@pytest.fixture(scope="session")
def extension_id(worker) -> str:
    return worker.url.split("/")[2]


@pytest.fixture(scope="session")
def extension_url(extension_id):
    return lambda path: f"chrome-extension://{extension_id}/{path}"


def set_options(context, extension_url, *, endpoint: str, language: str = "auto", highlight: bool = False) -> None:
    """Sets the options the way a person does: on the options page."""
    page = context.new_page()
    try:
        page.goto(extension_url("options/options.html"))
        # Selectors, not wait_for_function: the extension's CSP forbids the eval it relies on.
        page.wait_for_selector("#save:not(:empty)")
        page.fill("#endpoint", endpoint)
        page.select_option("#language", language)
        page.set_checked("#highlight", highlight)
        page.click("#save")
        page.wait_for_selector("#status:not(:empty)")
    finally:
        page.close()


@pytest.fixture(scope="session")
def configured(browser_context, extension_url, service):
    """The extension pointed at the test service, with the warnings in the message's language."""
    set_options(browser_context, extension_url, endpoint=service.url)
    return browser_context


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
