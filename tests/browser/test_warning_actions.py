"""The warning's buttons, and a hostile message that tries to run script through the extension."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from messages import SENDER, SEXTORTION
from webmail import WARNING, open_message, wait_for_warning

pytestmark = pytest.mark.browser


def click_in_warning(page, role: str) -> None:
    page.locator(f"{WARNING} >> [data-role={role}]").click()


def test_not_a_threat_hides_the_warning_for_good(configured, service, worker):
    subject, body = SEXTORTION["en"]
    body += " Reference 7731."  # a message of its own, so no other test finds it dismissed
    page = open_message(configured, "gmail", subject, SENDER, body)
    try:
        message_hash = wait_for_warning(page).get_attribute("data-message-hash")
        click_in_warning(page, "dismiss")
        assert page.query_selector(WARNING) is None
        before = service.analyses
        page.reload()
        page.wait_for_selector("div.a3s")
        page.wait_for_timeout(1500)
        assert page.query_selector(WARNING) is None
        assert service.analyses == before, "a dismissed message was sent again"
        stored = worker.evaluate("chrome.storage.local.get('dismissed')")
        assert message_hash in stored["dismissed"]
    finally:
        page.close()


def test_save_evidence_downloads_the_message_and_its_fingerprint(configured):
    subject, body = SEXTORTION["fr"]
    page = open_message(configured, "outlook", subject, SENDER, body)
    try:
        wait_for_warning(page)
        with page.expect_download() as download_info:
            click_in_warning(page, "save")
        download = download_info.value
        assert re.fullmatch(r"amane-evidence-[0-9T-]+Z\.json", download.suggested_filename)
        with open(download.path(), encoding="utf-8") as saved:
            evidence = json.load(saved)
        assert set(evidence) == {"text", "subject", "sender", "url", "time", "analysis", "sha256"}
        assert evidence["sha256"] == hashlib.sha256(evidence["text"].encode("utf-8")).hexdigest()
        assert evidence["text"] == body
        assert (evidence["subject"], evidence["sender"]) == (subject, SENDER)
        assert evidence["url"].startswith("https://outlook.live.com/mail/")
        assert evidence["analysis"]["verdict"] == "sextortion"
    finally:
        page.close()


def test_report_opens_the_reporting_platform(configured):
    opened = []
    def platform_page(route):
        opened.append(route.request.url)
        route.fulfill(body="e-Blagh")

    configured.route("https://www.e-blagh.ma/**", platform_page)
    subject, body = SEXTORTION["ar"]
    page = open_message(configured, "yahoo", subject, SENDER, body)
    try:
        wait_for_warning(page)
        with configured.expect_page() as new_page_info:
            click_in_warning(page, "report")
        platform = new_page_info.value
        platform.wait_for_load_state()
        assert platform.url.startswith("https://www.e-blagh.ma")
        assert opened
        platform.close()
    finally:
        configured.unroute("https://www.e-blagh.ma/**")
        page.close()


def test_markup_in_a_message_stays_text_and_never_runs(configured):
    subject, body = SEXTORTION["en"]
    hostile = (
        '<img src=x onerror="document.title=\'pwned\'"> <script>document.title = "pwned"</script> '
        + body
    )
    dialogs = []
    page = open_message(configured, "gmail", '<b onclick="x()">' + subject + "</b>", SENDER, hostile)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        wait_for_warning(page)
        assert "<script>" in page.inner_text("div.a3s")
        assert page.title() != "pwned"
        assert not dialogs
        # Nothing in the warning became markup: only the elements the extension builds.
        tags = page.eval_on_selector(WARNING, "h => [...h.shadowRoot.querySelectorAll('*')].map(e => e.tagName)")
        assert set(tags) <= {"STYLE", "SECTION", "P", "SPAN", "H2", "H3", "UL", "OL", "LI", "DIV", "BUTTON"}
        with page.expect_download() as download_info:
            click_in_warning(page, "save")
        with open(download_info.value.path(), encoding="utf-8") as saved:
            evidence = json.load(saved)
        assert evidence["text"].startswith('<img src=x onerror="document.title=\'pwned\'"> <script>')
        assert evidence["subject"] == '<b onclick="x()">' + subject + "</b>"
        assert page.title() != "pwned"
    finally:
        page.close()
