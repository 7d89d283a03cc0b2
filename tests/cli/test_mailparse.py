"""The e-mail parser of ``amane scan``, called directly on the shapes of mail found in the wild."""

from __future__ import annotations

import cli_samples as samples
import pytest

from detector.cli.mailparse import decode_text, html_to_text, looks_binary, parse_mail

PARSE_CASES = [
    # (name, message bytes, subject, sender, body contains, body must not contain, damaged)
    ("plain", samples.plain(), "Lunch", "Amina <amina@example.org>", [samples.HARMLESS], [], False),
    (
        "html only",
        samples.html_only(),
        "Newsletter",
        "news@example.org",
        ["Dinner & drinks at eight", "Second block"],
        ["script text", "hidden title", "color: red", "<p>"],
        False,
    ),
    ("alternative", samples.alternative(), "Both", "a@example.org", ["plain version"], ["html version"], False),
    ("base64", samples.base64_body(), "b64", "b@example.org", [samples.ARABIC], [], False),
    ("quoted-printable", samples.quoted_printable_body(), "qp", "q@example.org", [samples.FRENCH], ["=C3"], False),
    ("rfc2047 arabic", samples.arabic_subject(), "تهديد", "أحمد <ahmed@example.org>", [samples.HARMLESS], [], False),
    ("windows-1256", samples.windows_1256_body(), "cp1256", "w@example.org", [samples.ARABIC], [], False),
    ("iso-8859-1", samples.latin_1_body(), "latin", "l@example.org", [samples.FRENCH], [], False),
    (
        "forwarded",
        samples.forwarded(),
        "Fwd: look at this",
        "friend@example.org",
        ["Forwarding what I received.", "inner subject", samples.THREAT],
        [],
        False,
    ),
    ("truncated", samples.truncated(), "cut", "t@example.org", ["first part"], [], True),
]


@pytest.mark.parametrize(
    ("data", "subject", "sender", "present", "absent", "damaged"),
    [case[1:] for case in PARSE_CASES],
    ids=[case[0] for case in PARSE_CASES],
)
def test_parse_mail_reads_subject_sender_and_body(data, subject, sender, present, absent, damaged):
    mail = parse_mail(data)
    assert (mail.subject, mail.sender) == (subject, sender)
    for text in present:
        assert text in mail.body
    for text in absent:
        assert text not in mail.body
    assert bool(mail.problems) is damaged


def test_parse_mail_reads_the_message_id():
    assert parse_mail(samples.plain()).message_id == "<plain@example.org>"


def test_raw_8bit_header_is_decoded_not_left_as_escapes():
    mail = parse_mail("Subject: réunion ملخص\n\nbody\n".encode())
    assert mail.subject == "réunion ملخص"


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        ("été".encode(), "utf-8", "été"),
        ("été".encode("latin-1"), "iso-8859-1", "été"),
        ("€ 5".encode("cp1252"), "iso-8859-1", "€ 5"),  # labelled Latin-1, written by Windows
        (samples.ARABIC.encode("cp1256"), "windows-1256", samples.ARABIC),
        ("été".encode(), "x-unknown-charset", "été"),  # unknown label: UTF-8
        ("été".encode(), "us-ascii", "été"),  # mislabelled UTF-8
        ("été".encode("cp1252"), None, "été"),  # no label, not UTF-8: windows-1252
        ("Réunion à 10h, merci".encode("cp1252"), "ascii", "Réunion à 10h, merci"),
        (samples.ARABIC.encode("cp1256"), None, samples.ARABIC),  # no label, Arabic letters: windows-1256
        (f"Dossier 12: {samples.ARABIC}".encode("cp1256"), "us-ascii", f"Dossier 12: {samples.ARABIC}"),
        (b"caf\xc3", "utf-8", "caf\ufffd"),  # broken UTF-8 stays readable
    ],
)
def test_decode_text_falls_back_clearly(data, charset, expected):
    assert decode_text(data, charset) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("one<br>two", "one\ntwo"),
        ("x<script>alert('no')</script>y", "xy"),
        ("<style>.a{}</style>shown", "shown"),
        ("Tom &amp; Jerry &#1605;", "Tom & Jerry م"),
        ("<div>unclosed <b>bold", "unclosed bold"),
    ],
)
def test_html_to_text_keeps_only_visible_text(html, expected):
    assert html_to_text(html) == expected


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (samples.random_bytes(), True),
        (b"%PDF-1.4\n\x00\x01\x02binary", True),
        (samples.plain(), False),
        (samples.windows_1256_body(), False),
        (samples.ARABIC.encode(), False),
        (b"", False),
    ],
)
def test_looks_binary(data, binary):
    assert looks_binary(data) is binary
