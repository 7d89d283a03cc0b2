"""The options page: what it saves, what it refuses, and its own language."""

from __future__ import annotations

import pytest
from conftest import set_options

pytestmark = pytest.mark.browser


def stored(worker) -> dict:
    return worker.evaluate("chrome.storage.local.get(['endpoint', 'uiLanguage', 'highlight'])")


def test_options_save_a_clean_address_and_refuse_a_bad_one(configured, extension_url, service, worker):
    page = configured.new_page()
    try:
        page.goto(extension_url("options/options.html"))
        page.wait_for_selector("#save:not(:empty)")
        assert page.input_value("#endpoint") == service.url

        page.fill("#endpoint", "ftp://127.0.0.1:21")
        page.click("#save")
        page.wait_for_selector("#status:not(:empty)")
        assert "http://" in page.text_content("#status")
        assert stored(worker)["endpoint"] == service.url

        page.fill("#endpoint", f"  {service.url}/  ")
        page.select_option("#language", "ar")
        page.click("#save")
        page.wait_for_function("() => document.documentElement.dir === 'rtl'")
        assert stored(worker) == {"endpoint": service.url, "uiLanguage": "ar", "highlight": False}
        assert page.text_content("#save") == "حفظ"
    finally:
        page.close()
        set_options(configured, extension_url, endpoint=service.url)
