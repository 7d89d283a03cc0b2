"""Firefox smoke test: the unpacked extension in Firefox ESR warns about a sextortion mail opened in Gmail.

Driven by extension/scripts/firefox_smoke.mjs (npm puppeteer-core over WebDriver BiDi), against the real
service and detector (conftest's `service`, on a free port).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from messages import SENDER, SEXTORTION
from webmail import URLS, fill_fixture

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
SMOKE = EXTENSION / "scripts" / "firefox_smoke.mjs"
FIREFOX = "/usr/bin/firefox-esr"


def _missing() -> str | None:
    if not os.access(FIREFOX, os.X_OK):
        return f"{FIREFOX} is not installed"
    if shutil.which("node") is None:
        return "node is not installed"
    if not (EXTENSION / "node_modules" / "puppeteer-core").is_dir():
        return "extension/node_modules is missing (make test runs npm ci)"
    return None


@pytest.fixture(scope="module")
def firefox_ready():
    reason = _missing()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


def run_smoke(endpoint: str, page_html: str, url: str, tmp_path: Path) -> dict:
    page = tmp_path / "page.html"
    page.write_text(page_html, encoding="utf-8")
    result = subprocess.run(
        ["node", str(SMOKE), "--endpoint", endpoint, "--extension", str(EXTENSION), "--page", str(page),
         "--url", url, "--firefox", FIREFOX],
        cwd=EXTENSION, capture_output=True, text=True, timeout=180,
    )
    if result.returncode == 2 or not result.stdout.strip():
        pytest.fail(f"firefox_smoke.mjs failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_firefox_warns_on_gmail_sextortion(firefox_ready, service, tmp_path):
    subject, body = SEXTORTION["en"]
    analyses_before = service.analyses
    outcome = run_smoke(service.url, fill_fixture("gmail", subject, SENDER, body), URLS["gmail"], tmp_path)

    # The endpoint set on the options page took effect: this test's service did the analysis.
    assert service.analyses > analyses_before, f"the extension never called {service.url}: {outcome}"
    warning = outcome["warning"]
    assert warning is not None, f"no warning appeared in Firefox: {outcome}"
    assert warning["shadowRoot"] == "open"
    assert warning["attributes"]["data-verdict"] == "sextortion"
    assert warning["attributes"]["data-risk"] in {"medium", "high"}
    assert warning["attributes"]["data-lang"] == "en"
    assert warning["dir"] == "ltr"
    assert warning["title"]
    assert warning["steps"]
    assert {"report", "save", "dismiss"} <= set(warning["buttons"])
    # The warning sits just before the opened message's body (Gmail's div.a3s).
    assert "a3s" in warning["nextSiblingClass"].split()
    assert outcome["errors"] == []
