"""`web-ext lint` (Mozilla's add-on linter, what addons.mozilla.org runs) finds no error in the extension."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
WEB_EXT = EXTENSION / "node_modules" / ".bin" / "web-ext"


def _not_shipped() -> tuple[str, ...]:
    # Lint exactly what the packages ship: the packager owns the list of tooling files to leave out.
    spec = importlib.util.spec_from_file_location("amane_package", EXTENSION / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.NOT_SHIPPED


@pytest.fixture(scope="module")
def lint_report() -> dict:
    if shutil.which("node") is None or not WEB_EXT.exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("REQUIRE_BROWSER=1 but node or extension/node_modules (make test runs npm ci) is missing")
        pytest.skip("node or extension/node_modules is missing (make test runs npm ci)")
    result = subprocess.run(
        [str(WEB_EXT), "lint", "--source-dir", str(EXTENSION), "--output", "json", "--no-config-discovery",
         "--ignore-files", *_not_shipped()],
        cwd=EXTENSION, capture_output=True, text=True, timeout=120,
    )
    # web-ext exits non-zero when it finds errors; the JSON report says which.
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"web-ext lint gave no JSON report (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")


def _describe(messages: list[dict]) -> str:
    return "\n".join(f"  {m['code']} {m.get('file', '')}: {m['message']} {m.get('description', '')}" for m in messages)


def test_web_ext_lint_has_no_errors(lint_report):
    if lint_report["warnings"]:
        print(f"web-ext lint warnings:\n{_describe(lint_report['warnings'])}")
    assert lint_report["errors"] == [], f"web-ext lint errors:\n{_describe(lint_report['errors'])}"


def test_web_ext_lint_read_this_extension(lint_report):
    # An empty or wrong directory can lint clean too; the add-on id proves our manifest was read.
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    assert lint_report["metadata"]["id"] == manifest["browser_specific_settings"]["gecko"]["id"]
