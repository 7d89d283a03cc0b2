"""Mail files the CLI tests write for themselves: every MIME shape and encoding the scanner must read."""

from __future__ import annotations

import base64
import quopri
import random
from pathlib import Path

THREAT = (
    "I recorded you through your webcam. Pay 500 euros in bitcoin within 48 hours "
    "or I send the video to all your contacts and your family."
)
HARMLESS = "Hello, are we still having lunch tomorrow at noon? The table is booked for four."
ARABIC = "مرحبا، هل ما زلنا على موعد الغداء غدا؟"
FRENCH = "Bonjour, voici le compte rendu de la réunion de vendredi. Été, élève, garçon."


def _utf8_b(text: str) -> str:
    return f"=?UTF-8?B?{base64.b64encode(text.encode()).decode()}?="


def plain(body: str = HARMLESS, subject: str = "Lunch", sender: str = "Amina <amina@example.org>") -> bytes:
    return (
        f"From: {sender}\nTo: you@example.org\nSubject: {subject}\nMessage-ID: <plain@example.org>\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    ).encode()


def html_only() -> bytes:
    return (
        b"From: news@example.org\nSubject: Newsletter\nContent-Type: text/html; charset=utf-8\n\n"
        b"<html><head><title>hidden title</title><style>p {color: red}</style></head>"
        b"<body><p>Dinner &amp; drinks at <b>eight</b></p><script>var secret = 'script text';</script>"
        b"<div>Second&nbsp;block</div></body></html>\n"
    )


def alternative() -> bytes:
    return (
        b"From: a@example.org\nSubject: Both\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/alternative; boundary="ALT"\n\n'
        b"--ALT\nContent-Type: text/plain; charset=utf-8\n\nplain version of the message\n"
        b"--ALT\nContent-Type: text/html; charset=utf-8\n\n<p>html version of the message</p>\n"
        b"--ALT--\n"
    )


def base64_body() -> bytes:
    encoded = base64.encodebytes(ARABIC.encode()).decode()
    return (
        f"From: b@example.org\nSubject: b64\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: base64\n\n{encoded}"
    ).encode()


def quoted_printable_body() -> bytes:
    encoded = quopri.encodestring(FRENCH.encode()).decode()
    return (
        f"From: q@example.org\nSubject: qp\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{encoded}\n"
    ).encode()


def arabic_subject() -> bytes:
    return plain(subject=_utf8_b("تهديد"), sender=f"{_utf8_b('أحمد')} <ahmed@example.org>")


def windows_1256_body() -> bytes:
    head = b"From: w@example.org\nSubject: cp1256\nContent-Type: text/plain; charset=windows-1256\n\n"
    return head + ARABIC.encode("cp1256") + b"\n"


def latin_1_body() -> bytes:
    head = b"From: l@example.org\nSubject: latin\nContent-Type: text/plain; charset=iso-8859-1\n\n"
    return head + FRENCH.encode("latin-1") + b"\n"


def forwarded() -> bytes:
    inner = plain(body=THREAT, subject="inner subject").decode()
    return (
        "From: friend@example.org\nSubject: Fwd: look at this\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="OUT"\n\n'
        "--OUT\nContent-Type: text/plain; charset=utf-8\n\nForwarding what I received.\n"
        f"--OUT\nContent-Type: message/rfc822\n\n{inner}\n--OUT--\n"
    ).encode()


def truncated() -> bytes:
    encoded = base64.b64encode(HARMLESS.encode()).decode()
    return (
        "From: t@example.org\nSubject: cut\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="CUT"\n\n'
        "--CUT\nContent-Type: text/plain; charset=utf-8\n\nfirst part\n"
        "--CUT\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{encoded[:-3]}"
    ).encode()


def random_bytes(size: int = 4096) -> bytes:
    return random.Random(7).randbytes(size)


def mbox(*messages: bytes) -> bytes:
    return b"".join(b"From sender@example.org Mon Jan  1 00:00:00 2024\n" + m.rstrip(b"\n") + b"\n\n" for m in messages)


def write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder
