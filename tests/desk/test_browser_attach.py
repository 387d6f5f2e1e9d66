"""An officer replies with a photo in Chromium (412 px, no JavaScript on the page), and the
citizen downloads it from the tracking page. Screenshot docs/desk-attach.png with
ADUAN_SCREENSHOTS=1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.app import Service
from store.db import Store
from tests.conftest import ServerThread
from tests.desk.conftest import skip_without_chromium
from tests.desk.helpers import LPG, add_officer, complain
from tests.desk.test_reply_files import png
from tests.fakes import FakeGateway

skip_without_chromium()

from playwright.sync_api import Browser, FilePayload  # noqa: E402

from tests.desk.browsing import PHONE, findings, shots, signed_in  # noqa: E402

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
PHOTO = png(240, 160)
ANSWER = "Jalan di depan rumah Bapak sudah kami perbaiki. Fotonya kami lampirkan."


def test_officer_replies_with_a_photo_and_the_citizen_downloads_it(
    browser: Browser,
    server: ServerThread,
    service: Service,
    store: Store,
    gateway: FakeGateway,
    tmp_path: Path,
) -> None:
    cid, code, section = complain(service, LPG, sender="+6281250007777")
    service.dispatcher.drain()  # the acknowledgement
    add_officer(store, "budi", "officer", section)
    page = signed_in(browser, server, "budi", accept_downloads=True)
    page.goto(server.url + f"/desk/aduan/{cid}")
    assert findings(page) == []
    # A file that is not a photo or a letter: refused, and what was typed is still there.
    page.fill("#reply-text", ANSWER)
    fake: FilePayload = {"name": "foto.png", "mimeType": "image/png", "buffer": b"<html>"}
    page.set_input_files("#reply-files", files=[fake])
    page.click("#form-reply button[type=submit]")
    assert "tidak dapat dikirim" in page.locator(".error[role=alert]").inner_text()
    assert page.locator("#reply-text").input_value() == ANSWER
    photo: FilePayload = {"name": "jalan-diperbaiki.png", "mimeType": "image/png", "buffer": PHOTO}
    page.set_input_files("#reply-files", files=[photo])
    page.click("#form-reply button[type=submit]")
    page.wait_for_url(re.compile(rf"/desk/aduan/{cid}\?ok=balas#percakapan$"))
    sent = page.locator('.msg[data-kind="reply"]')
    assert sent.locator(".reply-file a").inner_text() == "jalan-diperbaiki.png"
    thumb = sent.locator("img.thumb")
    assert thumb.evaluate("img => img.complete && img.naturalWidth") == 240  # the preview loads
    assert findings(page) == []
    sent.scroll_into_view_if_needed()
    page.screenshot(path=str(shots(tmp_path) / "desk-attach.png"))  # the thread, as seen
    before = len(gateway.requests)
    assert service.dispatcher.drain() == 1
    (sms,) = gateway.requests[before:]
    assert ANSWER in sms.json()["text"] and f"/lacak/{code}" in sms.json()["text"]
    # The citizen, with the code only, reads the answer and downloads the photo.
    citizen = browser.new_context(viewport=PHONE, accept_downloads=True).new_page()
    citizen.goto(server.url + f"/lacak/{code}")
    assert ANSWER in citizen.locator("#answers").inner_text()
    with citizen.expect_download() as got:
        citizen.click("#answers a:has-text('jalan-diperbaiki.png')")
    download = got.value
    assert download.suggested_filename == "jalan-diperbaiki.png"
    assert Path(download.path()).read_bytes() == PHOTO
    citizen.context.close()
    page.context.close()
