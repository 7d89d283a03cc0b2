"""Build the store packages: dist/amane-chrome.zip and dist/amane-firefox.zip from extension/.

Usage: python3 extension/scripts/package.py [OUT_DIR]   (default: dist/ at the repository root)

Standard library only, so `make extension` works before any install. The source tree is one
cross-browser extension; only the manifest differs between the two zips.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

EXTENSION = Path(__file__).resolve().parents[1]

# Development tooling that lives in extension/ but is not part of the extension. `web-ext lint`
# (tests/browser/test_weblint.py) ignores the same list, so lint checks exactly what ships.
NOT_SHIPPED = ("node_modules", "package.json", "package-lock.json", "scripts")

# A fixed timestamp makes the zips byte-identical from one build to the next.
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def shipped_files(source: Path = EXTENSION) -> list[Path]:
    files = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if relative.parts[0] in NOT_SHIPPED or not path.is_file():
            continue
        # Editor backups, OS litter and bytecode are not the extension either.
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        files.append(relative)
    return files


def chrome_manifest(manifest: dict) -> dict:
    """Chrome lists keys it does not know as warnings on chrome://extensions; drop what only Firefox reads."""
    manifest = json.loads(json.dumps(manifest))  # a deep copy: the other zip needs the original
    manifest.pop("browser_specific_settings", None)
    # Firefox runs background.scripts as an event page; Chrome runs only the service worker and warns.
    manifest.get("background", {}).pop("scripts", None)
    return manifest


def firefox_manifest(manifest: dict) -> dict:
    """Firefox ignores background.service_worker, and addons.mozilla.org's linter warns about it."""
    manifest = json.loads(json.dumps(manifest))
    manifest.get("background", {}).pop("service_worker", None)
    return manifest


def write_zip(target: Path, manifest: dict, files: list[Path], source: Path) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for relative in files:
            name = relative.as_posix()
            if name == "manifest.json":
                data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            else:
                data = (source / relative).read_bytes()
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)


def build(out_dir: Path, source: Path = EXTENSION) -> dict[str, Path]:
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    files = shipped_files(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    built = {}
    for browser, adapt in (("chrome", chrome_manifest), ("firefox", firefox_manifest)):
        target = out_dir / f"amane-{browser}.zip"
        write_zip(target, adapt(manifest), files, source)
        built[browser] = target
    return built


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else EXTENSION.parent / "dist"
    for path in build(out_dir).values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
