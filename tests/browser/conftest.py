"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright against the built site.

The site is served on 127.0.0.1 by a small static server. Nothing here skips: without
Chromium these tests fail and say how to install it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.serve import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def site_server(built_site: Path):
    with serving(built_site) as address:
        yield address


@pytest.fixture(scope="session")
def browser():
    assert Path(CHROMIUM).exists(), "Chromium is missing: run `apt-get install -y chromium` (see .ci/run)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="sv-SE")
    yield context
    context.close()
