"""Assignment as officers do it, in Debian's Chromium at 412 px: take, hand over, "Milik saya"
with its unread mark, a saved view; axe on each page. ADUAN_SCREENSHOTS=1 refreshes
docs/desk-assign.png."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from ingest.app import Service, create_app
from store.db import Store
from store.models import Complaint, SavedView
from tests.conftest import ROOT, Clock, ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import LPG, PASSWORD, add_officer, complain

skip_without_chromium()

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import Browser, Page  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
PHONE = {"width": 412, "height": 915}


@pytest.fixture
def server(service: Service) -> Iterator[ServerThread]:
    """The app under uvicorn on loopback."""
    with ServerThread(create_app(service)) as s:
        yield s


def login(browser: Browser, server: ServerThread, username: str) -> Page:
    """A phone-sized context signed in through the login form (CSP bypassed for axe only)."""
    page = browser.new_context(viewport=PHONE, bypass_csp=True).new_page()  # type: ignore[arg-type]
    page.goto(server.url + "/desk/aduan")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/desk/aduan")
    return page


def problems(page: Page) -> list[str]:
    """Serious axe findings and sideways scrolling on the page shown."""
    found = []
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        found.append(f"{page.url}: {width} px wide")
    for v in Axe().run(page).response["violations"]:
        if v["impact"] in ("serious", "critical"):
            found.append(f"{page.url}: axe {v['id']} at {[n['target'] for n in v['nodes']][:3]}")
    return found


def test_take_hand_over_and_the_colleague_finds_it_in_milik_saya(
    browser: Browser,
    server: ServerThread,
    service: Service,
    store: Store,
    clock: Clock,
    tmp_path: Path,
) -> None:
    cid, code, section = complain(service, LPG)
    _, other_code, _ = complain(service, "Harga cabai dan bawang di pasar naik tinggi")
    add_officer(store, "ani", "officer", section)
    budi = add_officer(store, "budi", "officer", section)
    clock.advance(minutes=10)
    found: list[str] = []
    ani = login(browser, server, "ani")
    ani.click(f'[data-code="{code}"]')
    ani.wait_for_url(f"**/desk/aduan/{cid}")  # from the inbox as it opens: nothing to carry
    ani.click("#form-take button[type=submit]")
    ani.wait_for_url(f"**/desk/aduan/{cid}?ok=tangani*#penanganan")
    assert ani.inner_text("#assignee") == "ani"
    found += problems(ani)
    ani.select_option("#handover-to", str(budi))
    ani.click("#form-handover button[type=submit]")
    ani.wait_for_url(f"**/desk/aduan/{cid}?ok=tangani*")
    assert ani.inner_text("#assignee") == "budi"
    assert "menyerahkan aduan kepada budi" in ani.inner_text("#timeline")
    ani.click("#back-to-inbox")
    ani.wait_for_url("**/desk/aduan*")
    ani.context.close()

    page = login(browser, server, "budi")
    assert page.inner_text("#nav-mine") == "Milik saya (1)"
    page.click("#tab-mine")
    page.wait_for_url("**milik=saya*")
    rows = page.locator("a.row")
    assert rows.count() == 1 and page.locator(f'[data-code="{other_code}"]').count() == 0
    mark = page.locator(f'[data-code="{code}"] .badge.unread')
    assert mark.inner_text() == "Diserahkan ke Anda"
    page.fill("#view-name", "Tugas saya")
    page.click("#form-save-view button[type=submit]")
    page.wait_for_url("**ok=tampilan*")
    assert page.locator("#saved-views a", has_text="Tugas saya").count() == 1
    found += problems(page)
    shots = ROOT / "docs" if os.environ.get("ADUAN_SCREENSHOTS") == "1" else tmp_path
    page.screenshot(path=str(shots / "desk-assign.png"), full_page=True)
    assert (shots / "desk-assign.png").stat().st_size > 10_000
    clock.advance(minutes=1)
    page.click(f'[data-code="{code}"]')
    page.wait_for_url(f"**/desk/aduan/{cid}?dari=*")
    page.click("#back-to-inbox")
    page.wait_for_url("**milik=saya*")
    assert page.locator(f'[data-code="{code}"] .badge.unread').count() == 0  # read now
    page.goto(server.url + "/desk/aduan")
    page.click("#saved-views a")
    page.wait_for_url("**/desk/aduan?milik=saya")
    assert page.locator("#tab-mine").get_attribute("class") == "on"
    page.context.close()
    with store.read() as s:
        assert s.get(Complaint, cid).assignee_id == budi  # type: ignore[union-attr]
        assert [v.query for v in s.exec(select(SavedView))] == ["milik=saya"]
    assert found == []
