"""The ``amane`` command: one entry point for checking text, scanning mail and serving the API."""

from __future__ import annotations

import argparse
import json
import sys

from detector import __version__, analyze


def _check(args: argparse.Namespace) -> int:
    text = args.text
    if text is None or text == "-":
        text = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.read()
    if not text.strip():
        args.parser.error("check needs a message: amane check \"TEXT\" or pipe it on standard input")
    result = analyze(text)
    json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 1 if result.flagged else 0


def _serve(args: argparse.Namespace) -> int:
    from server import create_app
    from server.config import Config

    config = Config.from_env()
    app = create_app(config)
    app.run(host=config.host, port=config.port, debug=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amane", description="Detect extortion in messages.")
    parser.add_argument("--version", action="version", version=f"amane {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = sub.add_parser("check", help="analyze one message", description='example: amane check "pay or else"')
    check.add_argument("text", nargs="?", help="the message; '-' or nothing reads standard input")
    check.add_argument("--json", action="store_true", help="print the exact Analysis JSON")
    check.set_defaults(func=_check, parser=check)
    serve = sub.add_parser("serve", help="run the HTTP service", description="example: amane serve")
    serve.set_defaults(func=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
