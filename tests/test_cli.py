"""The ``amane`` command as a person runs it: a real subprocess, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from detector import __version__


def amane(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "detector.cli", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_version():
    proc = amane("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"amane {__version__}"


def test_check_prints_the_analysis_as_json():
    proc = amane("check", "--json", "Hello, lunch tomorrow at noon?")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["verdict"] == "none"
    assert result["detector_version"] == __version__


def test_check_without_text_and_empty_stdin_is_a_usage_error():
    proc = amane("check", stdin="")
    assert proc.returncode == 2
    assert "usage" in proc.stderr.lower()


def test_unknown_command_is_a_usage_error():
    proc = amane("frobnicate")
    assert proc.returncode == 2
