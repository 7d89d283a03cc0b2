"""Keep the layout honest: packaging ships every data file, the README's commands exist."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_SUFFIXES = {".txt", ".json"}


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", text, flags=re.MULTILINE))


def test_readme_shows_the_two_commands_first():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    assert first_block, "README has no sh code block"
    commands = re.findall(r"^make (\w+)", first_block.group(1), flags=re.MULTILINE)
    assert commands == ["run", "test"]
    assert readme.index("make run") < readme.index("## ")


def test_readme_make_commands_are_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = _make_targets()
    for name in set(re.findall(r"`make (\w+)", readme)) | {"run", "test"}:
        assert name in targets, f"README mentions 'make {name}' but the Makefile has no such target"


def test_ci_runs_make_test_with_browsers_required():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "REQUIRE_BROWSER=1 make test" in ci


def _package_data_files() -> set[str]:
    found = set()
    for package in ("detector", "server"):
        for path in (ROOT / package).rglob("*"):
            if path.suffix in DATA_SUFFIXES and "__pycache__" not in path.parts:
                found.add(path.relative_to(ROOT).as_posix())
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
    )
    (wheel_path,) = out.glob("amane-*.whl")
    return wheel_path


def test_wheel_contains_every_package_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_package_data_files() - names)
    assert not missing, f"data files not in the wheel: {missing}"


def test_wheel_declares_the_console_script(wheel):
    with zipfile.ZipFile(wheel) as zf:
        entry_points = next(n for n in zf.namelist() if n.endswith("entry_points.txt"))
        assert "amane = detector.cli:main" in zf.read(entry_points).decode()


HELD_OUT = "eval/heldout/"


def test_no_evaluation_corpus_is_committed():
    """The shared corpus is for measuring only (part of it is licensed non-commercial). The one JSONL
    folder in the tree is the project's own held-out set, whose records say so in their ids."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    jsonl = [line for line in tracked.splitlines() if line.endswith(".jsonl")]
    assert all(path.startswith(HELD_OUT) for path in jsonl), jsonl
    for path in jsonl:
        with (ROOT / path).open(encoding="utf-8") as handle:
            assert all(json.loads(line)["id"].startswith("heldout:") for line in handle if line.strip()), path
