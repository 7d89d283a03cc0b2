"""Turn the bytes of one e-mail into the fields the detector reads: subject, sender and body text.

Everything here is lenient: mail in the wild is often malformed, and a damaged message must still be
analyzed for what can be read. What was damaged is reported in ``problems`` (never the text itself).
"""

from __future__ import annotations

import codecs
import email
import re
from dataclasses import dataclass
from email import errors, policy
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from functools import lru_cache
from html.parser import HTMLParser

# What "iso-8859-1" labels mean in practice (the WHATWG encoding standard maps one to the other).
_LABEL_UPGRADES = {"iso8859-1": "cp1252"}
# Unlabelled 8-bit text that is not UTF-8 comes from Windows: Arabic (windows-1256) or Latin (windows-1252).
ARABIC_WINDOWS_CHARSET, LATIN_WINDOWS_CHARSET = "cp1256", "cp1252"
_ASCII_BYTES = bytes(range(128))
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))

_DAMAGE = {
    errors.CloseBoundaryNotFoundDefect: "truncated: closing MIME boundary missing",
    errors.StartBoundaryNotFoundDefect: "broken MIME structure: start boundary not found",
    errors.MultipartInvariantViolationDefect: "broken MIME structure",
    errors.InvalidBase64PaddingDefect: "damaged base64 body",
    errors.InvalidBase64LengthDefect: "damaged base64 body",
    errors.InvalidBase64CharactersDefect: "damaged base64 body",
}
# Control bytes that text never holds; ESC stays allowed: ISO-2022-JP mail is made of escape sequences.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b\x1b") + b"\x7f"
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"}
    | {"blockquote", "pre", "section", "article", "header", "footer"}
)
_HIDDEN_TAGS = frozenset(("script", "style", "head", "template"))

_STRUCTURAL_HEADERS = frozenset({"content-type", "content-transfer-encoding"})
_HEADERS = HeaderRegistry()


@lru_cache(maxsize=1024)
def _structural_header(name: str, value: str):
    return _HEADERS(name, value)


class _MemoizingHeaderRegistry(HeaderRegistry):
    """policy.default parses a header again on every access, and the parser alone reads Content-Type four
    times per message; those values repeat across mail, so their parses are memoized. Only MIME structure
    headers: no subject, address or other message text is ever kept."""

    def __call__(self, name: str, value: str):
        if name.lower() in _STRUCTURAL_HEADERS:
            return _structural_header(name, value)
        return super().__call__(name, value)


MAIL_POLICY = policy.default.clone(header_factory=_MemoizingHeaderRegistry())


@dataclass(frozen=True)
class MailFields:
    subject: str
    sender: str
    message_id: str
    body: str
    problems: tuple[str, ...] = ()


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """True for content no mail or text file has: NUL bytes or many control bytes."""
    head = data[:sample]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip('"')).name
    except (LookupError, ValueError):
        return None
    return _LABEL_UPGRADES.get(name, name)


def decode_text(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, else UTF-8, else the declared charset (or the Windows charset the
    bytes look like) replacing what cannot be decoded: mislabelled mail is common and must still be read."""
    declared = _codec_name(charset)
    for candidate in (declared, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                continue
    # An "ascii" label on 8-bit text says nothing about its real charset.
    return data.decode(declared if declared not in (None, "ascii") else windows_charset(data), errors="replace")


def windows_charset(data: bytes) -> str:
    """Arabic words in windows-1256 are runs of bytes above 0x7F; French or English words in windows-1252
    are ASCII letters with an accented one here and there."""
    high = len(data.translate(None, _ASCII_BYTES))
    ascii_letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    return ARABIC_WINDOWS_CHARSET if high > ascii_letters else LATIN_WINDOWS_CHARSET


def _repair_raw_bytes(value: str) -> str:
    """Header values may carry raw 8-bit bytes (as surrogate escapes) instead of RFC 2047 words."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    return decode_text(value.encode("utf-8", "surrogateescape"), None)


def _raw_header(message: EmailMessage, name: str) -> str:
    return next((str(raw) for key, raw in message.raw_items() if key.lower() == name), "")


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, LookupError, IndexError, TypeError):
        # The structured parse failed: the raw value still says more than nothing.
        value = _raw_header(message, name)
    return _repair_raw_bytes(" ".join(str(value or "").split()))


def _content_type(part: EmailMessage) -> tuple[str, str | None]:
    """(type, charset) from a single parse: policy.default parses a header again on every access."""
    header = part.get("content-type")
    if header is None or not getattr(header, "content_type", None):
        return part.get_content_type(), part.get_content_charset()
    return header.content_type, header.params.get("charset")


class _TextExtractor(HTMLParser):
    """Visible text of an HTML body: no script, style or head content, blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._chunks: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth += 1
        elif tag in _BLOCK_TAGS:
            self._chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK_TAGS:
            self._chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self._chunks.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._chunks).splitlines())
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.text()


def _leaf_text(part: EmailMessage, content_type: str, charset: str | None) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    text = decode_text(payload, charset)
    return html_to_text(text) if content_type == "text/html" else text


def _alternative_text(part: EmailMessage) -> str:
    children = [(child, *_content_type(child)) for child in part.iter_parts()]
    for preferred in ("text/plain", "text/html"):
        for child, content_type, charset in children:
            if content_type == preferred and (text := _leaf_text(child, content_type, charset).strip()):
                return text
    return next((text for child, _, _ in children if (text := _part_text(child).strip())), "")


def _forwarded_text(part: EmailMessage) -> str:
    inner = part.get_payload(0) if part.is_multipart() else None
    if not isinstance(inner, EmailMessage):
        return ""
    return "\n\n".join(s for s in (_header(inner, "subject"), _part_text(inner)) if s)


def _part_text(part: EmailMessage) -> str:
    content_type, charset = _content_type(part)
    if content_type == "message/rfc822":
        return _forwarded_text(part)
    if content_type == "multipart/alternative":
        return _alternative_text(part)
    if part.is_multipart():
        return "\n\n".join(s for child in part.iter_parts() if (s := _part_text(child).strip()))
    if content_type in ("text/plain", "text/html") and not part.is_attachment():
        return _leaf_text(part, content_type, charset)
    return ""


def _problems(message: EmailMessage) -> tuple[str, ...]:
    found = (_DAMAGE.get(type(defect)) for part in message.walk() for defect in part.defects)
    return tuple(dict.fromkeys(p for p in found if p))


def parse_mail(data: bytes) -> MailFields:
    """Parse one RFC 5322 message; damage is listed in ``problems``, never raised."""
    message = email.message_from_bytes(data, policy=MAIL_POLICY)
    body = _part_text(message).strip()
    return MailFields(
        subject=_header(message, "subject"),
        sender=_header(message, "from"),
        # Message-IDs hold no encoded words: the raw value spares a costly structured parse.
        message_id=" ".join(_raw_header(message, "message-id").split()),
        body=body,
        problems=_problems(message),
    )
