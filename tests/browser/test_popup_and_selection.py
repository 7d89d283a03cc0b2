"""Checking text outside the supported webmails: the toolbar popup, and "Check with Amane" on a selection."""

from __future__ import annotations

import html

import pytest
from messages import BENIGN, SENDER, SEXTORTION
from webmail import URLS, open_message

pytestmark = pytest.mark.browser

# A chat site the extension does not read by itself. Served at an address the extension may script
# without the activeTab grant that a real context-menu click gives (tests cannot click menus).
CHAT_URL = "http://localhost:8765/chat/room-42"
CHAT_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Chat</title></head>
<body><main><p class="from">Inconnu</p><p id="message">{}</p><p>Autre chose sans rapport.</p></main></body></html>"""


def test_popup_checks_a_pasted_message(configured, extension_url):
    popup = configured.new_page()
    try:
        popup.goto(extension_url("popup/popup.html"))
        popup.wait_for_selector("#status:not(:empty)")
        assert popup.get_attribute("#status", "data-kind") == ""

        popup.fill("#text", SEXTORTION["fr"][1])
        popup.click("#check")
        verdict = popup.wait_for_selector("#result [data-verdict]:not([data-verdict=''])", state="attached")
        assert verdict.get_attribute("data-verdict") == "sextortion"
        assert popup.is_visible("#result")
        assert popup.get_attribute("#result", "lang") == "fr"
        assert popup.get_attribute("#report", "href").startswith("https://")

        popup.fill("#text", BENIGN[1])
        popup.click("#check")
        popup.wait_for_selector("#result [data-verdict=none]", state="attached")
        assert popup.is_hidden("#report")
    finally:
        popup.close()


def check_selection(worker, text: str, url: str = CHAT_URL) -> None:
    worker.evaluate(
        """async ([url, selectionText]) => {
            const [tab] = await chrome.tabs.query({url});
            await amane.checkSelection({menuItemId: 'amane-check-selection', selectionText, frameId: 0}, tab);
        }""",
        [url, text],
    )


@pytest.fixture
def chat_page(configured):
    text = SEXTORTION["fr"][1]
    page_html = CHAT_PAGE.format(html.escape(text))
    configured.route(CHAT_URL, lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=page_html))
    page = configured.new_page()
    page.goto(CHAT_URL)
    yield page
    page.close()
    configured.unroute(CHAT_URL)


def test_context_menu_checks_the_selection_on_a_plain_page(chat_page, worker):
    menu = worker.evaluate("""new Promise((resolve) => chrome.contextMenus.update(
        'amane-check-selection', {}, () => resolve(!chrome.runtime.lastError)))""")
    assert menu, "the context menu item does not exist"

    chat_page.evaluate("getSelection().selectAllChildren(document.querySelector('#message'))")
    selected = chat_page.evaluate("getSelection().toString()")
    check_selection(worker, selected)
    host = chat_page.wait_for_selector("[data-amane-warning][data-source=selection]", state="attached", timeout=15_000)
    assert host.get_attribute("data-verdict") == "sextortion"
    assert host.get_attribute("data-lang") == "fr"
    assert chat_page.evaluate("document.body.firstElementChild.hasAttribute('data-amane-warning')")

    # A second check replaces the first result; a harmless text says so calmly.
    check_selection(worker, BENIGN[1])
    chat_page.wait_for_selector("[data-amane-warning][data-source=selection][data-verdict=none]", state="attached")
    assert len(chat_page.query_selector_all("[data-amane-warning]")) == 1


def test_context_menu_in_a_webmail_page_that_already_has_the_content_scripts(configured, worker):
    """The result scripts are injected again where the content scripts already run: no clash."""
    subject, body = BENIGN
    page = open_message(configured, "gmail", subject, SENDER, body)
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    try:
        page.wait_for_selector("div.a3s")
        check_selection(worker, SEXTORTION["en"][1], URLS["gmail"].split("#")[0] + "*")
        host = page.wait_for_selector("[data-amane-warning][data-source=selection]", state="attached", timeout=15_000)
        assert host.get_attribute("data-verdict") == "sextortion"
        assert errors == []
    finally:
        page.close()
