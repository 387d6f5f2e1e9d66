"""Templates and bulk actions in Debian's Chromium, as an officer does them on a 412 px phone.

Screenshots docs/desk-templates.png and docs/desk-bulk.png with ADUAN_SCREENSHOTS=1.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlmodel import col, select

from desk import actions
from desk.access import Viewer
from service.app import Service
from store.db import Store
from store.models import Complaint, Event, Outbox
from tests.conftest import ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import LPG, add_officer, complain

skip_without_chromium()

from playwright.sync_api import Browser  # noqa: E402

from tests.desk.browsing import findings, shots, signed_in  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_officer_replies_with_an_edited_template(
    browser: Browser, server: ServerThread, service: Service, store: Store, tmp_path: Path
) -> None:
    cid, code, section = complain(service, LPG, sender="+6281250003333")
    add_officer(store, "ani", "officer", section)
    page = signed_in(browser, server, "ani")
    page.goto(server.url + f"/desk/aduan/{cid}")
    page.fill("#reply-text", "Terima kasih atas laporannya.")
    page.select_option("#reply-template", "diteruskan")
    page.click("#use-template")
    page.wait_for_load_state("load")
    box = page.input_value("#reply-text")
    assert box.startswith("Terima kasih atas laporannya.\n\nYth. Bapak/Ibu")
    assert code in box and "Dinas Perindustrian dan Perdagangan" in box
    assert findings(page) == []
    page.locator("#balas").scroll_into_view_if_needed()
    page.screenshot(path=str(shots(tmp_path) / "desk-templates.png"), full_page=False)
    edited = box.replace("untuk pengecekan", "untuk pengecekan hari Kamis")
    page.fill("#reply-text", edited)
    page.click("#form-reply button[type=submit]:not(#use-template)")
    page.wait_for_url(re.compile(rf"/desk/aduan/{cid}\?ok=balas#percakapan$"))
    with store.read() as s:
        (row,) = s.exec(select(Outbox).where(col(Outbox.kind) == "reply")).all()
    assert row.text.replace("\r\n", "\n") == edited.strip()  # a form sends CRLF
    assert "hari Kamis" in row.text
    assert (row.channel, row.recipient) == ("sms", "+6281250003333")


def test_officer_bulk_closes_two_complaints_after_the_confirmation(
    browser: Browser, server: ServerThread, service: Service, store: Store, tmp_path: Path
) -> None:
    found = [complain(service, LPG + f" di pangkalan {n}") for n in range(3)]
    section = found[0][2]
    officer = add_officer(store, "ani", "officer", section)
    viewer = Viewer(officer, "ani", "officer", (section,), "", "")
    with store.write() as s:  # resolved by hand earlier: ready to close
        for cid, _code, _ in found:
            c = s.get(Complaint, cid)
            assert c is not None
            actions.set_status(s, service.ctx.settings, viewer, c, "diproses", "", c.created_at)
            actions.set_status(
                s, service.ctx.settings, viewer, c, "selesai", "Stok ditambah", c.created_at
            )
    page = signed_in(browser, server, "ani")
    page.goto(server.url + "/desk/aduan?status=selesai")
    (a, code_a, _), (b, code_b, _), (third, _, _) = found
    page.check(f"#pilih-{a}")
    page.check(f"#pilih-{b}")
    page.select_option("#bulk-action", "status")
    page.click("#bulk-next")
    page.select_option("#bulk-ke", "ditutup")
    page.click("#bulk-choose button[type=submit]")
    page.wait_for_selector("#bulk-confirm")
    assert page.inner_text("#bulk-count") == "2 aduan"
    assert "mengubah status menjadi Ditutup" in page.inner_text("#bulk-sentence")
    with store.read() as s:  # the confirmation ran nothing
        assert not [e for e in s.exec(select(Event)) if "bulk" in e.detail]
        assert {x.status for x in s.exec(select(Complaint))} == {"selesai"}
    assert findings(page) == []
    page.screenshot(path=str(shots(tmp_path) / "desk-bulk.png"), full_page=True)
    page.click("#bulk-run")
    page.wait_for_selector("#bulk-done")
    assert page.inner_text("#bulk-done").startswith("2 aduan diproses")
    assert code_a in page.inner_text("#bulk-done-codes") and code_b in page.inner_text(
        "#bulk-done-codes"
    )
    assert findings(page) == []
    with store.read() as s:
        status = {x.id: x.status for x in s.exec(select(Complaint))}
        closing = s.exec(select(Event).where(col(Event.action) == "status")).all()
    assert (status[a], status[b], status[third]) == ("ditutup", "ditutup", "selesai")
    bulk = [e for e in closing if "bulk" in e.detail]
    assert sorted(e.complaint_id or 0 for e in bulk) == [a, b]
