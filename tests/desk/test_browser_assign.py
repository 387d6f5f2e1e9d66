"""Assignment as officers do it, in Debian's Chromium at 412 px: take, hand over, "Milik saya"
with its unread mark, a saved view; axe on each page. ADUAN_SCREENSHOTS=1 refreshes
docs/desk-assign.png."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from service.app import Service
from store.db import Store
from store.models import Complaint, SavedView
from tests.conftest import Clock, ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import LPG, add_officer, complain

skip_without_chromium()

from playwright.sync_api import Browser  # noqa: E402

from tests.desk.browsing import findings, shots, signed_in  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


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
    ani = signed_in(browser, server, "ani")
    ani.click(f'[data-code="{code}"]')
    ani.wait_for_url(f"**/desk/aduan/{cid}")  # from the inbox as it opens: nothing to carry
    ani.click("#form-take button[type=submit]")
    ani.wait_for_url(f"**/desk/aduan/{cid}?ok=tangani*#penanganan")
    assert ani.inner_text("#assignee") == "ani"
    found += findings(ani)
    ani.select_option("#handover-to", str(budi))
    ani.click("#form-handover button[type=submit]")
    ani.wait_for_url(f"**/desk/aduan/{cid}?ok=tangani*")
    assert ani.inner_text("#assignee") == "budi"
    assert "menyerahkan aduan kepada budi" in ani.inner_text("#timeline")
    ani.click("#back-to-inbox")
    ani.wait_for_url("**/desk/aduan*")
    ani.context.close()

    page = signed_in(browser, server, "budi")
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
    found += findings(page)
    shots_dir = shots(tmp_path)
    page.screenshot(path=str(shots_dir / "desk-assign.png"), full_page=True)
    assert (shots_dir / "desk-assign.png").stat().st_size > 10_000
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
