"""Webmail fixture pages for the browser tests: fill a page's placeholders and serve it at the webmail's
real URL, so the extension's content scripts run under their real match patterns.

Import from a test module in tests/browser: ``from webmail import URLS, fill_fixture, serve``.
"""

from __future__ import annotations

import html
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Where each fixture is served: an opened message, as the address bar shows it in the real webmail.
URLS = {
    "gmail": "https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMkHqVXrLbJ",
    "outlook": "https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hNTI4LTg3",
    "yahoo": "https://mail.yahoo.com/d/folders/1/messages/AKxLqJ3iQZ7x",
}


def body_html(body: str) -> str:
    """The message text as webmail renders it: HTML-escaped, a paragraph per blank-line-separated block."""
    paragraphs = [block for block in body.split("\n\n") if block.strip()]
    return "".join(
        "<div>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</div>" for block in paragraphs
    )


def fill_fixture(name: str, subject: str, sender: str, body: str) -> str:
    """The fixture page `name` ("gmail", "outlook", "yahoo") showing one opened message."""
    page = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    return (
        page.replace("{{SUBJECT}}", html.escape(subject))
        .replace("{{SENDER}}", html.escape(sender))
        .replace("{{BODY}}", body_html(body))
    )


def serve(context, url: str, page_html: str) -> None:
    """Answer every request for `url`'s page with `page_html` (replacing any earlier answer)."""
    pattern = url.split("#", 1)[0]
    context.unroute(pattern)
    context.route(
        pattern,
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=page_html),
    )


def open_message(context, site: str, subject: str, sender: str, body: str):
    """A new tab showing `body` as the opened message in the webmail `site`."""
    serve(context, URLS[site], fill_fixture(site, subject, sender, body))
    page = context.new_page()
    page.goto(URLS[site])
    return page


WARNING = "[data-amane-warning]"


def wait_for_warning(page, timeout: float = 15_000):
    """The warning's host element, once the extension has shown it."""
    return page.wait_for_selector(WARNING, state="attached", timeout=timeout)
