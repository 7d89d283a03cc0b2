"""The ``amane`` command: one entry point for checking text, scanning mail and serving the API."""

from __future__ import annotations

import argparse
import os
import sys

from detector import __version__
from detector.cli import exitcodes
from detector.cli.check import run_check
from detector.cli.render import TERMINAL_LANGUAGES
from detector.cli.scan import run_scan

EXIT_CODES_HELP = """exit status:
  0  nothing flagged
  1  at least one message flagged
  2  usage error, or an input was unreadable or damaged (even if something was also flagged)"""

CHECK_EPILOG = f"""examples:
  amane check "I recorded you through your webcam. Pay 500 euros in bitcoin within 48 hours."
  amane check --lang fr < message.txt
  amane check --json --subject "Your video" "Pay 500 euros or everyone sees it"

{EXIT_CODES_HELP}"""

SCAN_EPILOG = f"""Reads .eml files, mbox files (.mbox or any file starting with a "From " line, streamed),
.txt files (one message each) and .jsonl files (one {{"text", "subject"?, "sender"?, "channel"?, "id"?}}
object per line), in folders recursively. Results come in input order: a table on a terminal, else
JSON Lines with path, index (message number in an mbox, line in a JSONL file), id, subject, verdict,
risk, score and problems. Unreadable and damaged inputs are reported on standard error with their path.

examples:
  amane scan ~/Mail/Inbox.mbox
  amane scan --only-flagged --format jsonl ~/Downloads/*.eml > flagged.jsonl
  amane scan --jobs 4 --quiet exported-mail/

{EXIT_CODES_HELP}"""

SERVE_EPILOG = """configuration: AMANE_HOST (default 127.0.0.1), AMANE_PORT (default 8765) and the other
AMANE_* variables described in README.md.

examples:
  amane serve
  AMANE_PORT=8080 amane serve --production"""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _serve(args: argparse.Namespace) -> int:
    # Imported here: check and scan must not pay for loading Flask.
    from server.config import Config, ConfigError
    from server.serve import run

    try:
        config = Config.from_env()
    except ConfigError as exc:
        print(f"amane serve: {exc}", file=sys.stderr)
        return exitcodes.TROUBLE
    run(config, production=args.production)
    return exitcodes.CLEAN


def _add_check(sub) -> None:
    check = sub.add_parser(
        "check",
        help="analyze one message and explain the result",
        description="Analyze one message and print the verdict, the evidence and what to do.",
        epilog=CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("text", nargs="?", metavar="TEXT", help="the message; '-' or nothing reads standard input")
    check.add_argument("--subject", default="", help="the subject of the message, if any")
    check.add_argument("--sender", default="", help="the sender of the message, if any")
    check.add_argument(
        "--lang",
        choices=TERMINAL_LANGUAGES,
        help="language of the output (default: from LC_ALL, LC_MESSAGES or LANG; "
        "with --json: the language of the message)",
    )
    check.add_argument("--json", action="store_true", help="print the exact Analysis JSON of the library")
    check.set_defaults(func=run_check, parser=check)


def _add_scan(sub) -> None:
    scan = sub.add_parser(
        "scan",
        help="analyze every message in mail files and folders",
        description="Analyze every message in .eml, mbox, .txt and .jsonl files and folders.",
        epilog=SCAN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    scan.add_argument("paths", nargs="+", metavar="PATH", help="a file or a folder (read recursively)")
    scan.add_argument(
        "--format", choices=("table", "jsonl"), help="output format (default: table on a terminal, else jsonl)"
    )
    scan.add_argument("--only-flagged", action="store_true", help="print only the messages that are flagged")
    scan.add_argument(
        "--jobs", type=_positive_int, default=None, metavar="N", help="worker processes (default: the cores)"
    )
    scan.add_argument("--quiet", action="store_true", help="no progress bar")
    scan.set_defaults(func=run_scan)


def _add_serve(sub) -> None:
    serve = sub.add_parser(
        "serve",
        help="run the HTTP service used by the browser extension",
        description="Run the HTTP service used by the browser extension.",
        epilog=SERVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument(
        "--production", action="store_true", help="serve with gunicorn, one worker per core (AMANE_WORKERS)"
    )
    serve.set_defaults(func=_serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amane",
        description="Detect sextortion, extortion, intimidation and unsolicited sexual offers in messages.",
        epilog=f"""examples:
  amane check "Pay 500 euros in bitcoin or I send the video to your family"
  amane scan ~/Mail/Inbox.mbox
  amane serve

Run 'amane COMMAND --help' for the options and examples of each command.

{EXIT_CODES_HELP}""",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"amane {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_check(sub)
    _add_scan(sub)
    _add_serve(sub)
    return parser


def _quiet_broken_pipe() -> None:
    # The reader (e.g. `| head`) went away: further writes, including at exit, must not raise.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        _quiet_broken_pipe()
        return exitcodes.TROUBLE
    except KeyboardInterrupt:
        return 130
