"""What the desk's browser tests share (beside the `server` fixture of conftest.py): a
phone-sized signed-in page, and the check every page passes (axe's serious findings, no
sideways scrolling at 412 px).

Import it after `skip_without_chromium()`: it imports Playwright and axe.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, ViewportSize

from tests.conftest import ROOT, ServerThread
from tests.desk.helpers import PASSWORD

PHONE: ViewportSize = {"width": 412, "height": 915}
AXE = Axe()


def signed_in(browser: Browser, server: ServerThread, username: str, **options: Any) -> Page:
    """A phone-sized page signed in through the login form.

    The CSP is bypassed for axe only, which runs through the DevTools protocol: the desk's own
    pages run no script.
    """
    page = browser.new_context(viewport=PHONE, bypass_csp=True, **options).new_page()
    page.goto(server.url + "/desk/masuk")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/desk/aduan")
    return page


def findings(page: Page) -> list[str]:
    """axe's serious and critical findings on the page shown, and sideways scrolling."""
    found = [
        f"{page.url}: axe {v['id']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in AXE.run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    width = page.evaluate("document.documentElement.scrollWidth")
    return found + ([f"{page.url}: {width} px wide"] if width > PHONE["width"] else [])


def shots(tmp_path: Path) -> Path:
    """Where screenshots go: docs/ with ADUAN_SCREENSHOTS=1 (to refresh them), else tmp."""
    return ROOT / "docs" if os.environ.get("ADUAN_SCREENSHOTS") == "1" else tmp_path
