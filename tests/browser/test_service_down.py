"""When the service cannot be reached: nothing in the page, a plain explanation in the popup."""

from __future__ import annotations

import pytest
from conftest import Service, set_options
from messages import SENDER, SEXTORTION
from webmail import URLS, fill_fixture, serve

pytestmark = pytest.mark.browser


def test_stopped_service_shows_nothing_in_the_page_and_the_popup_says_so(configured, extension_url, service):
    stopped = Service()
    set_options(configured, extension_url, endpoint=stopped.url)
    stopped.stop()
    errors = []
    page = popup = None
    try:
        subject, body = SEXTORTION["en"]
        serve(configured, URLS["gmail"], fill_fixture("gmail", subject, SENDER, body))
        page = configured.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.goto(URLS["gmail"])
        page.wait_for_selector("div.a3s")
        page.wait_for_timeout(2000)
        assert page.query_selector("[data-amane-warning]") is None
        assert errors == []

        popup = configured.new_page()
        popup.goto(extension_url("popup/popup.html"))
        status = popup.wait_for_selector("#status[data-kind=problem]")
        assert stopped.url in status.text_content()
        assert "cannot be reached" in status.text_content()

        popup.fill("#text", body)
        popup.click("#check")
        popup.wait_for_selector("#status[data-kind=problem]")
        assert popup.is_hidden("#result")
    finally:
        for opened in (page, popup):
            if opened:
                opened.close()
        set_options(configured, extension_url, endpoint=service.url)
