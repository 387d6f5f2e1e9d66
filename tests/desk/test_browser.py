"""The desk in Debian's Chromium, driven by Playwright, against the app under uvicorn.

Skipped with the reason when /usr/bin/chromium is missing; in CI (CI=true) that is a failure.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from service.app import Service, create_app
from store.db import Store
from store.models import Event
from tests.conftest import ROOT, Clock, ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import BEASISWA, LPG, PASSWORD, add_officer, complain, set_code
from tests.fakes import FakeGateway

XSS = '<script>alert("xss")</script><img src=x onerror="alert(1)"> Jalan rusak parah di desa kami'

skip_without_chromium()

from playwright.sync_api import Browser, Dialog, Page  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def server(service: Service) -> Iterator[ServerThread]:
    """The app under uvicorn on loopback."""
    with ServerThread(create_app(service)) as s:
        yield s


def login(browser: Browser, server: ServerThread, username: str, **options: object) -> Page:
    """A new browser context, signed in through the login form."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, **options)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(server.url + "/desk/aduan")
    assert "/desk/masuk" in page.url
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/desk/aduan")
    return page


def _shots(tmp_path: Path) -> Path:
    """Where screenshots go: docs/ with ADUAN_SCREENSHOTS=1 (to refresh them), else tmp."""
    return ROOT / "docs" if os.environ.get("ADUAN_SCREENSHOTS") == "1" else tmp_path


def test_officer_logs_in_sees_own_section_and_overdue_is_marked(
    browser: Browser,
    server: ServerThread,
    service: Service,
    store: Store,
    clock: Clock,
    tmp_path: Path,
) -> None:
    late_id, late_code, section = complain(service, LPG)
    clock.advance(days=8)  # perekonomian answers in 3 working days: now overdue
    fresh_id, fresh_code, _ = complain(service, "Harga cabai dan bawang di pasar naik tinggi")
    _, other_code, other = complain(service, BEASISWA)
    assert section == "perekonomian" != other
    add_officer(store, "ani", "officer", section)
    page = login(browser, server, "ani")
    cards = page.locator("a.row")
    assert cards.count() == 2
    assert page.locator(f'[data-code="{other_code}"]').count() == 0
    late = page.locator(f'[data-code="{late_code}"]')
    assert "late" in (late.get_attribute("class") or "")
    assert late.locator(".badge.late").inner_text() == "TERLAMBAT"
    fresh = page.locator(f'[data-code="{fresh_code}"]')
    assert fresh.locator(".badge.late").count() == 0
    shots = _shots(tmp_path)
    page.screenshot(path=str(shots / "desk-inbox.png"), full_page=True)
    page.click(f'[data-code="{late_code}"]')
    page.wait_for_url(f"**/desk/aduan/{late_id}")
    assert page.locator("#overdue-banner").is_visible()
    assert page.locator("#complaint-text mark").count() >= 1  # the matched terms
    page.screenshot(path=str(shots / "desk-complaint.png"), full_page=True)
    assert (shots / "desk-complaint.png").stat().st_size > 10_000
    response = page.goto(server.url + f"/desk/aduan/{fresh_id + 1}")  # the other section's
    assert response is not None and response.status == 404


def test_officer_searches_by_words_code_and_phone(
    browser: Browser, server: ServerThread, service: Service, store: Store, tmp_path: Path
) -> None:
    """The search box as an officer uses it on a phone: words in another order and form than
    the citizen wrote them, highlighted; a partial code typed without dashes in lower case; a
    phone number as people write it. Another section's matching complaint never shows."""
    cid, _, section = complain(service, LPG, sender="+6281250009999")
    code = "KK-7XQ2M-9PDK4"  # a partial code is read as one when it has a digit
    set_code(service, store, cid, code)
    _, _, other = complain(service, BEASISWA + " untuk anak desa kami")
    assert other != section
    complain(service, "Harga cabai dan bawang di pasar naik tinggi")
    add_officer(store, "ani", "officer", section)
    page = login(browser, server, "ani")

    def search(typed: str) -> list[str]:
        page.fill("#q", typed)
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**/desk/aduan?*q=*")
        return [c for c in (e.get_attribute("data-code") for e in page.locator("a.row").all()) if c]

    assert search("kelangkaan elpiji") == [code]  # stemmed, any order
    marks = [m.lower() for m in page.locator(f'[data-code="{code}"] mark').all_inner_texts()]
    assert "elpiji" in marks and "langka" in marks
    assert page.input_value("#q") == "kelangkaan elpiji"  # what was typed stays in the box
    page.screenshot(path=str(_shots(tmp_path) / "desk-search.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 412
    assert search("7xq2m9p") == [code]  # a partial code, no dashes, lower case
    assert search("0812-5000-9999") == [code]
    assert search("desa") == [code]  # not the other section's complaint that says it too


def test_reply_reaches_the_sms_gateway_and_shows_delivered(
    browser: Browser, server: ServerThread, service: Service, store: Store, gateway: FakeGateway
) -> None:
    cid, _code, section = complain(service, LPG, sender="+6281250009999")
    service.dispatcher.drain()  # the acknowledgement
    before = len(gateway.requests)
    add_officer(store, "ani", "officer", section)
    page = login(browser, server, "ani")
    page.goto(server.url + f"/desk/aduan/{cid}")
    page.fill("#reply-text", "Stok elpiji di pangkalan akan ditambah besok pagi.")
    page.click("#form-reply button[type=submit]")
    page.wait_for_url(re.compile(rf"/desk/aduan/{cid}\?ok=balas#percakapan$"))
    reply = page.locator('.msg[data-kind="reply"] .delivery')
    assert reply.get_attribute("data-status") == "pending"
    assert service.dispatcher.drain() == 1
    (sent,) = gateway.requests[before:]
    assert sent.json()["to"] == "+6281250009999"
    assert "ditambah besok pagi" in sent.json()["text"]
    page.reload()
    assert reply.get_attribute("data-status") == "sent"
    assert reply.inner_text().startswith("terkirim")


def test_reassigned_complaint_reaches_the_other_sections_officer(
    browser: Browser, server: ServerThread, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, LPG)
    add_officer(store, "ani", "officer", section)
    add_officer(store, "budi", "officer", "hukum")
    page = login(browser, server, "ani")
    page.goto(server.url + f"/desk/aduan/{cid}")
    page.select_option("#reassign-to", "hukum")
    page.fill("#reassign-text", "Soal Perda retribusi pangkalan, bukan harga")
    page.click("#form-reassign button[type=submit]")
    page.wait_for_url("**/desk/aduan?ok=alihkan")
    assert page.locator(f'[data-code="{code}"]').count() == 0
    other = login(browser, server, "budi")
    assert other.locator(f'[data-code="{code}"]').count() == 1
    with store.read() as s:
        event = s.exec(select(Event).where(col(Event.action) == "reassign")).one()
    assert event.detail == {
        "from": section, "to": "hukum", "reason": "Soal Perda retribusi pangkalan, bukan harga",
    }  # fmt: skip
    assert event.actor == "ani"


def test_xss_payload_renders_inert(
    browser: Browser, server: ServerThread, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, XSS)
    add_officer(store, "ani", "officer", section)
    page = login(browser, server, "ani")
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.reload()  # the inbox shows the excerpt
    page.goto(server.url + f"/desk/aduan/{cid}")
    page.wait_for_load_state("load")
    assert dialogs == []
    text = page.locator("#complaint-text")
    assert '<script>alert("xss")</script>' in text.inner_text()
    assert text.locator("script, img").count() == 0
    assert page.locator("body script").count() == 0


def test_form_without_its_csrf_token_is_refused(
    browser: Browser, server: ServerThread, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    add_officer(store, "ani", "officer", section)
    page = login(browser, server, "ani", bypass_csp=True)
    page.goto(server.url + f"/desk/aduan/{cid}")
    page.locator("#form-note input[name=csrf]").evaluate("e => e.remove()")
    page.fill("#note-text", "catatan tanpa token")
    with page.expect_response(f"**/desk/aduan/{cid}/catatan") as info:
        page.click("#form-note button[type=submit]")
    assert info.value.status == 403
    assert "Formulir sudah kedaluwarsa" in page.content()
    assert page.input_value("#note-text") == "catatan tanpa token"  # the text is kept
    with store.read() as s:
        assert s.exec(select(Event).where(col(Event.action) == "note")).first() is None
