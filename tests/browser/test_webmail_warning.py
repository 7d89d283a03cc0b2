"""The warning above an opened message, in each supported webmail, in the message's language."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from conftest import EXTENSION, set_options
from messages import BENIGN, SENDER, SEXTORTION
from webmail import URLS, WARNING, fill_fixture, open_message, serve, wait_for_warning

pytestmark = pytest.mark.browser


def wait_for_analyses(service, count: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while service.analyses < count:
        assert time.monotonic() < deadline, "the extension never asked the service"
        time.sleep(0.05)


def shadow(page, selector: str):
    """Evaluates in the warning's shadow root: the text of every element matching `selector`."""
    return page.eval_on_selector(
        WARNING, "(host, selector) => [...host.shadowRoot.querySelectorAll(selector)].map((e) => e.textContent)",
        selector,
    )


@pytest.mark.parametrize(
    ("site", "language"),
    [("gmail", "en"), ("gmail", "fr"), ("gmail", "ar"), ("outlook", "fr"), ("outlook", "ar"), ("yahoo", "en")],
)
def test_sextortion_shows_a_warning_in_the_message_language(configured, artifacts, site, language):
    subject, body = SEXTORTION[language]
    page = open_message(configured, site, subject, SENDER, body)
    try:
        page.set_viewport_size({"width": 900, "height": 780})
        host = wait_for_warning(page)
        assert host.get_attribute("data-verdict") == "sextortion"
        assert host.get_attribute("data-risk") in {"medium", "high"}
        assert host.get_attribute("data-lang") == language
        assert len(host.get_attribute("data-message-hash")) == 64
        # Just before the message body, whatever the webmail.
        body_text = page.evaluate("(host) => host.nextElementSibling.textContent", host)
        assert body[:40] in " ".join(body_text.split())

        root = page.eval_on_selector(WARNING, """host => {
            const root = host.shadowRoot.querySelector('[data-role=root]');
            return {dir: root.dir, direction: getComputedStyle(root).direction, lang: root.lang};
        }""")
        expected_dir = "rtl" if language == "ar" else "ltr"
        assert root == {"dir": expected_dir, "direction": expected_dir, "lang": language}

        strings = json.loads((EXTENSION / "_locales" / language / "messages.json").read_text(encoding="utf-8"))
        assert shadow(page, "[data-role=title]") == [strings["title_sextortion"]["message"]]
        assert shadow(page, "[data-role=reasons] li"), "no reason given"
        assert shadow(page, "[data-role=steps] li"), "no advice step given"
        assert len(shadow(page, "button[data-role=report], button[data-role=save], button[data-role=dismiss]")) == 3
        if site == "gmail":
            page.screenshot(path=str(artifacts / f"warning-{language}.png"))
    finally:
        page.close()


@pytest.mark.parametrize("site", ["gmail", "outlook", "yahoo"])
def test_benign_message_shows_nothing(configured, service, site):
    before = service.analyses
    subject, body = BENIGN
    page = open_message(configured, site, subject, SENDER, body)
    try:
        wait_for_analyses(service, before + 1)
        page.wait_for_timeout(700)
        assert page.query_selector(WARNING) is None
    finally:
        page.close()


def test_a_redesigned_page_still_gets_the_warning(configured):
    """Gmail without the classes the adapter knows: the fallback finds the message text anyway."""
    subject, body = SEXTORTION["en"]
    redesigned = fill_fixture("gmail", subject, SENDER, body).replace('class="a3s aiL"', 'class="zz9 new-body"')
    serve(configured, URLS["gmail"], redesigned)
    page = configured.new_page()
    try:
        page.goto(URLS["gmail"])
        assert wait_for_warning(page).get_attribute("data-verdict") == "sextortion"
    finally:
        page.close()


def test_message_opened_without_reload_is_checked(configured, service):
    """Webmails are single-page apps: a message that appears later in the DOM is noticed."""
    serve(configured, URLS["gmail"], fill_fixture("gmail", BENIGN[0], SENDER, BENIGN[1]))
    page = configured.new_page()
    try:
        before = service.analyses
        page.goto(URLS["gmail"])
        wait_for_analyses(service, before + 1)
        subject, body = SEXTORTION["en"]
        page.evaluate("""([subject, body]) => {
            document.querySelector('h2.hP').textContent = subject;
            const paragraph = Object.assign(document.createElement('div'), {textContent: body});
            document.querySelector('div.a3s').replaceChildren(paragraph);
        }""", [subject, body])
        assert wait_for_warning(page).get_attribute("data-verdict") == "sextortion"
    finally:
        page.close()


def test_language_chosen_in_the_options(configured, extension_url, service):
    set_options(configured, extension_url, endpoint=service.url, language="fr")
    page = None
    try:
        subject, body = SEXTORTION["en"]
        page = open_message(configured, "gmail", subject, SENDER, body)
        host = wait_for_warning(page)
        assert host.get_attribute("data-lang") == "fr"
        assert shadow(page, "[data-role=dismiss]") == ["Pas une menace"]
    finally:
        if page:
            page.close()
        set_options(configured, extension_url, endpoint=service.url, language="auto")


def test_badge_counts_the_warnings_of_the_tab(configured, worker):
    subject, body = SEXTORTION["en"]
    page = open_message(configured, "gmail", subject, SENDER, body)
    try:
        wait_for_warning(page)
        badge = lambda: worker.evaluate(  # noqa: E731
            """async (url) => {
                const [tab] = await chrome.tabs.query({url});
                return chrome.action.getBadgeText({tabId: tab.id});
            }""",
            URLS["gmail"].split("#")[0] + "*",
        )
        deadline = time.monotonic() + 5
        while badge() != "1":
            assert time.monotonic() < deadline, f"badge is {badge()!r}"
            time.sleep(0.1)
    finally:
        page.close()


def test_highlights_the_evidence_where_the_service_found_it(configured, extension_url, service):
    """Offsets from the service count code points; an emoji before them shifts UTF-16 offsets by one."""
    subject, body = SEXTORTION["en"]
    body = "😡 " + body
    request = urllib.request.Request(
        f"{service.url}/v1/analyze",
        data=json.dumps({"text": body, "subject": subject, "sender": SENDER, "channel": "email"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        findings = [f for f in json.load(response)["findings"] if f["field"] == "text"]
    assert findings, "the service found no evidence in the text"
    expected = sorted({body[f["start"]:f["end"]] for f in findings})

    set_options(configured, extension_url, endpoint=service.url, highlight=True)
    page = None
    try:
        page = open_message(configured, "gmail", subject, SENDER, body)
        wait_for_warning(page)
        highlighted = page.evaluate("() => [...(CSS.highlights.get('amane-evidence') ?? [])].map((r) => r.toString())")
        assert sorted(set(highlighted)) == expected
    finally:
        if page:
            page.close()
        set_options(configured, extension_url, endpoint=service.url)
