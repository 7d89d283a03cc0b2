"""``amane check``: analyze one message given on the command line or on standard input."""

from __future__ import annotations

import argparse
import json
import os
import sys

from detector import analyze
from detector.cli import exitcodes
from detector.cli.mailparse import decode_text
from detector.cli.render import render_analysis, terminal_language, use_colour


def message_text(argument: str | None) -> str:
    """The TEXT argument, or standard input for '-' or no argument (never waiting on a terminal)."""
    if argument is not None and argument != "-":
        return argument
    if sys.stdin is None or sys.stdin.isatty():
        return ""
    return decode_text(sys.stdin.buffer.read(), None)


def run_check(args: argparse.Namespace) -> int:
    text = message_text(args.text)
    if not text.strip():
        args.parser.error('no message to check: give it as TEXT or on standard input (amane check "…")')
    if args.json:
        # Programs get the library's own choice of advice language unless --lang asks for one.
        result = analyze(text, subject=args.subject, sender=args.sender, lang=args.lang)
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        lang = args.lang or terminal_language(os.environ)
        result = analyze(text, subject=args.subject, sender=args.sender, lang=lang)
        fields = {"text": text, "subject": args.subject, "sender": args.sender}
        sys.stdout.write(render_analysis(result, fields, lang, use_colour(sys.stdout)))
    return exitcodes.FLAGGED if result.flagged else exitcodes.CLEAN
