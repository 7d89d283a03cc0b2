"""``amane check`` and the top-level command as a person runs them: a real subprocess, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cli_samples as samples
import pytest

from detector import __version__, analyze

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def amane(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "detector.cli", *args],
        input=stdin,
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        env={**base, "PYTHONUTF8": "1", **(env or {})},
    )


def test_version():
    proc = amane("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"amane {__version__}"


@pytest.mark.parametrize("text", [samples.HARMLESS, samples.THREAT, samples.ARABIC])
def test_check_json_is_the_librarys_analysis(text):
    proc = amane("check", "--json", text)
    assert json.loads(proc.stdout) == analyze(text).to_dict()
    assert proc.returncode == (1 if analyze(text).flagged else 0)


@pytest.mark.parametrize(
    ("text", "code"),
    [(samples.HARMLESS, 0), (samples.THREAT, 1)],
)
def test_check_exit_code_says_whether_the_message_is_flagged(text, code):
    assert amane("check", text).returncode == code


@pytest.mark.parametrize("args", [("check",), ("check", "-")])
def test_check_reads_standard_input(args):
    proc = amane(*args, "--json", stdin=samples.THREAT)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["verdict"] == "sextortion"


@pytest.mark.parametrize("stdin", ["", "  \n\t"])
def test_check_without_text_is_a_usage_error(stdin):
    proc = amane("check", stdin=stdin)
    assert proc.returncode == 2
    assert "usage" in proc.stderr.lower()


LANGUAGE_CASES = [
    # (arguments, environment, words of the expected language)
    ((), {"LANG": "fr_FR.UTF-8"}, ["Verdict", "Risque", "Sextorsion", "Que faire", "e-Blagh", "19"]),
    ((), {"LANG": "fr_FR.UTF-8", "LC_ALL": "ar_MA.UTF-8"}, ["الحكم", "ابتزاز جنسي", "e-Blagh"]),
    (("--lang", "en"), {"LANG": "ar_MA.UTF-8"}, ["Verdict", "Sextortion", "What to do", "https://www.e-blagh.ma"]),
    ((), {"LANG": "C"}, ["Verdict", "Risk", "Where to report"]),
]


@pytest.mark.parametrize(("args", "env", "words"), LANGUAGE_CASES)
def test_check_speaks_the_terminal_language(args, env, words):
    proc = amane("check", *args, samples.THREAT, env=env)
    assert proc.returncode == 1
    for word in words:
        assert word in proc.stdout
    assert "\x1b[" not in proc.stdout  # not a terminal: no colour
    assert "«" in proc.stdout  # evidence is still marked


def test_unknown_command_is_a_usage_error():
    assert amane("frobnicate").returncode == 2


def test_help_lists_every_command_with_examples_and_exit_codes():
    top = amane("--help").stdout
    for command in ("check", "scan", "serve"):
        assert command in top
        sub = amane(command, "--help").stdout
        assert "example" in sub
        assert f"amane {command}" in sub.split("example", 1)[1]
    assert "exit status" in top
    assert "unreadable" in amane("scan", "--help").stdout


def test_serve_with_a_bad_setting_names_the_variable_and_exits_2():
    proc = amane("serve", env={"AMANE_PORT": "not-a-port"})
    assert proc.returncode == 2
    assert "AMANE_PORT" in proc.stderr
