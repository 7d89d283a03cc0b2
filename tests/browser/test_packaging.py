"""`make extension`'s zips hold a valid manifest, every file it references, and nothing else of the tooling."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from posixpath import dirname, join, normpath

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PACKAGER = EXTENSION / "scripts" / "package.py"
NOT_SHIPPED_PREFIXES = ("node_modules/", "scripts/", "package.json", "package-lock.json")


@pytest.fixture(scope="module")
def zips(tmp_path_factory) -> dict[str, zipfile.ZipFile]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(PACKAGER), str(out)], check=True, capture_output=True, text=True)
    opened = {browser: zipfile.ZipFile(out / f"amane-{browser}.zip") for browser in ("chrome", "firefox")}
    yield opened
    for archive in opened.values():
        archive.close()


def referenced_files(manifest: dict) -> set[str]:
    """Every file of the package that the manifest names, directly or through default_locale."""
    files = set()
    background = manifest.get("background", {})
    files.update(background.get("scripts", []))
    if "service_worker" in background:
        files.add(background["service_worker"])
    for script in manifest.get("content_scripts", []):
        files.update(script.get("js", []))
        files.update(script.get("css", []))
    files.update(manifest.get("icons", {}).values())
    action = manifest.get("action", {})
    files.update(action.get("default_icon", {}).values())
    if "default_popup" in action:
        files.add(action["default_popup"])
    if "options_ui" in manifest:
        files.add(manifest["options_ui"]["page"])
    if "default_locale" in manifest:
        files.add(f"_locales/{manifest['default_locale']}/messages.json")
    return {name.lstrip("/") for name in files}


HTML_REFERENCE = re.compile(r"""(?:src|href)\s*=\s*["']([^"'#?]+)""")
# Static and dynamic ES module imports: the background and the pages are modules that import others.
JS_REFERENCE = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']""")


def _resolve(page: str, ref: str) -> str | None:
    if "://" in ref or ref.startswith("data:"):
        return None
    return ref.lstrip("/") if ref.startswith("/") else normpath(join(dirname(page), ref))


def closure(archive: zipfile.ZipFile, roots: set[str]) -> set[str]:
    """`roots` plus every file their HTML pages and JS modules load by relative path, transitively."""
    names = set(archive.namelist())
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in names:
            continue
        pattern = HTML_REFERENCE if name.endswith(".html") else JS_REFERENCE if name.endswith(".js") else None
        if pattern:
            text = archive.read(name).decode("utf-8")
            todo.extend(ref for ref in (_resolve(name, r) for r in pattern.findall(text)) if ref)
    return seen


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_zip_has_valid_manifest_and_every_referenced_file(zips, browser):
    archive = zips[browser]
    names = set(archive.namelist())
    manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
    assert manifest["manifest_version"] == 3
    needed = closure(archive, referenced_files(manifest))
    assert needed, "the manifest references no file at all"
    assert not needed - names, f"{browser} zip lacks files its manifest or pages reference: {sorted(needed - names)}"


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_zip_ships_every_locale_and_no_tooling(zips, browser):
    names = zips[browser].namelist()
    locales = sorted(p.parent.name for p in (EXTENSION / "_locales").glob("*/messages.json"))
    assert locales and all(f"_locales/{lang}/messages.json" in names for lang in locales)
    for name in names:
        assert not name.startswith(NOT_SHIPPED_PREFIXES), f"{browser} zip ships tooling: {name}"
        if name.endswith(".json"):
            json.loads(zips[browser].read(name))


def test_chrome_manifest_has_no_firefox_only_keys(zips):
    manifest = json.loads(zips["chrome"].read("manifest.json"))
    assert "browser_specific_settings" not in manifest
    assert "scripts" not in manifest["background"]
    assert manifest["background"]["service_worker"]


def test_firefox_manifest_keeps_gecko_id_and_background_scripts(zips):
    manifest = json.loads(zips["firefox"].read("manifest.json"))
    assert manifest["browser_specific_settings"]["gecko"]["id"] == "amane@amane.example"
    assert manifest["background"]["scripts"]
    assert "service_worker" not in manifest["background"]
