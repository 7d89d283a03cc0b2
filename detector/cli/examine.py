"""Analyze one found message (this runs in the worker processes of ``amane scan``).

The result carries what the scan prints, never the message text.
"""

from __future__ import annotations

import codecs
import contextlib
import json
from dataclasses import dataclass

from detector import CHANNELS, analyze
from detector.cli.mailparse import decode_text, looks_binary, parse_mail
from detector.cli.sources import Item, Source, Unreadable
from detector.core import preload

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Outcome:
    path: str
    index: int | None
    id: str | None
    subject: str
    verdict: str
    risk: str
    score: float
    problems: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.verdict != "none"

    def to_record(self) -> dict:
        return {
            "path": self.path,
            "index": self.index,
            "id": self.id,
            "subject": self.subject,
            "verdict": self.verdict,
            "risk": self.risk,
            "score": self.score,
            "problems": list(self.problems),
        }


class UnusableInput(ValueError):
    """The input cannot be analyzed; the message says why, without quoting it."""


def _outcome(source: Source, analysis, *, id: str | None, subject: str, problems=()) -> Outcome:
    return Outcome(
        source.path, source.index, id, subject, analysis.verdict, analysis.risk, analysis.score, tuple(problems)
    )


def _examine_mail(source: Source) -> Outcome:
    if looks_binary(source.data):
        raise UnusableInput("binary content, not an e-mail")
    mail = parse_mail(source.data)
    analysis = analyze(mail.body, subject=mail.subject, sender=mail.sender, channel="email")
    return _outcome(source, analysis, id=mail.message_id or None, subject=mail.subject, problems=mail.problems)


def text_file_content(data: bytes) -> str:
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data):
        raise UnusableInput("binary content, not text")
    return decode_text(data.removeprefix(codecs.BOM_UTF8), None)


def _examine_text(source: Source) -> Outcome:
    return _outcome(source, analyze(text_file_content(source.data)), id=None, subject="")


def _record_fields(data: bytes) -> dict:
    try:
        record = json.loads(data)
    except ValueError as exc:
        raise UnusableInput("not valid JSON") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise UnusableInput("not a JSON object with a 'text' string")
    fields = {name: record.get(name) or "" for name in ("subject", "sender")}
    if not all(isinstance(value, str) for value in fields.values()):
        raise UnusableInput("'subject' and 'sender' must be strings")
    # Channels the detector does not know (a social "post") are analyzed as plain text, not rejected.
    channel = record.get("channel") if record.get("channel") in CHANNELS else None
    return {"text": record["text"], **fields, "channel": channel, "id": record.get("id")}


def _examine_record(source: Source) -> Outcome:
    fields = _record_fields(source.data)
    analysis = analyze(fields["text"], subject=fields["subject"], sender=fields["sender"], channel=fields["channel"])
    record_id = fields["id"] if isinstance(fields["id"], str | int) else None
    return _outcome(source, analysis, id=record_id, subject=fields["subject"])


def load_detector() -> None:
    """Load the detector's data in this process, so that forked workers share it instead of each loading it."""
    # A detector that fails here fails on every message too, and each one is reported with its path.
    with contextlib.suppress(Exception):
        preload()


_EXAMINERS = {"mail": _examine_mail, "text": _examine_text, "record": _examine_record}


def examine(item: Item) -> Outcome | Item:
    """Analyze a :class:`Source`; other items pass through so that results keep the input order."""
    if not isinstance(item, Source):
        return item
    try:
        return _EXAMINERS[item.kind](item)
    except UnusableInput as exc:
        return Unreadable(item.path, item.index, str(exc))
    except Exception as exc:
        # One pathological message must not end a scan of thousands; it is reported, not hidden.
        return Unreadable(item.path, item.index, f"could not be analyzed ({type(exc).__name__})")
