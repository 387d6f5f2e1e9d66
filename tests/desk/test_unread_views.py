"""What is new per officer, saved views, and the way back to the inbox's filter."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient
from sqlmodel import func, select

from channels.base import IncomingMessage
from service.app import Service
from store.db import Store
from store.models import ComplaintSeen, SavedView
from tests.conftest import Clock
from tests.desk.helpers import LPG, add_officer, complain, csrf_of, session_cookie


def _as(client: TestClient, service: Service, officer_id: int) -> str:
    client.cookies.clear()
    client.cookies.update(session_cookie(service, officer_id))
    return csrf_of(client.get("/desk/aduan").text)


def _marks(page: str) -> dict[str, str]:
    """Tracking code -> its unread mark (or "" when read), of an inbox page."""
    rows = re.findall(r'<a class="card row[^"]*"[^>]*data-code="([^"]+)">(.*?)</a>', page, re.S)
    return {code: "".join(re.findall(r'data-unread="([a-z]+)"', body)) for code, body in rows}


def test_new_complaints_and_citizen_messages_are_unread_until_opened(
    client: TestClient, service: Service, store: Store, clock: Clock
) -> None:
    first, first_code, section = complain(service, LPG, sender="+6281250007001")
    _, second_code, _ = complain(service, LPG + " di pasar")
    ani = add_officer(store, "ani", "officer", section)
    budi = add_officer(store, "budi", "officer", section)
    _as(client, service, ani)
    page = client.get("/desk/aduan").text
    assert _marks(page) == {first_code: "new", second_code: "new"}
    assert 'id="nav-unread">Belum dibaca (2)' in page
    clock.advance(minutes=5)
    client.get(f"/desk/aduan/{first}")
    page = client.get("/desk/aduan").text
    assert _marks(page) == {first_code: "", second_code: "new"}
    assert 'id="nav-unread">Belum dibaca (1)' in page
    assert re.findall(r'data-code="([^"]+)"', client.get("/desk/aduan?dibaca=belum").text) == [
        second_code
    ]
    clock.advance(minutes=5)
    followup = IncomingMessage(
        channel="sms", external_id="desk-test:followup", sender="+6281250007001",
        text="Tambahan: stok di pangkalan kosong sejak pagi", received_at=clock(),
    )  # fmt: skip
    assert service.ctx.pipeline.accept(followup).outcome == "followup"
    page = client.get("/desk/aduan").text
    assert _marks(page) == {first_code: "message", second_code: "new"}
    assert ">Pesan baru</span>" in page
    _as(client, service, budi)  # another officer's marks are their own
    assert _marks(client.get("/desk/aduan").text) == {first_code: "new", second_code: "new"}
    with store.read() as s:  # one marker per officer and complaint opened, not per message
        assert s.exec(select(func.count()).select_from(ComplaintSeen)).one() == 1


def test_saved_views_are_kept_listed_and_deleted_per_officer(
    client: TestClient, service: Service, store: Store
) -> None:
    _, code, section = complain(service, LPG)
    ani = add_officer(store, "ani", "officer", section)
    budi = add_officer(store, "budi", "officer", section)
    csrf = _as(client, service, ani)
    saved = client.post(
        "/desk/tampilan",
        data={"nama": " Terlambat  kanal SMS ", "saringan": "kanal=sms&terlambat=1&x=<b>",
              "csrf": csrf},
    )  # fmt: skip
    assert saved.status_code == 303
    assert saved.headers["location"] == "/desk/aduan?kanal=sms&terlambat=1&ok=tampilan"
    page = client.get(saved.headers["location"]).text
    assert "Tampilan disimpan." in page
    assert '<a href="/desk/aduan?kanal=sms&amp;terlambat=1">Terlambat kanal SMS</a>' in page
    same = client.post("/desk/tampilan", data={"nama": "Terlambat kanal SMS",
                                               "saringan": "milik=saya", "csrf": csrf})  # fmt: skip
    assert same.status_code == 303
    with store.read() as s:
        (view,) = s.exec(select(SavedView)).all()
    assert (view.name, view.query) == ("Terlambat kanal SMS", "milik=saya")
    for name, why in (("   ", "tidak boleh kosong"), ("x" * 61, "terlalu panjang")):
        refused = client.post("/desk/tampilan", data={"nama": name, "saringan": "", "csrf": csrf})
        assert refused.status_code == 400 and why in refused.text
        assert f'name="nama" maxlength="60" required value="{name}"' in refused.text  # kept
        assert code in refused.text  # the inbox, with its rows
    stale = client.post("/desk/tampilan", data={"nama": "Baru", "saringan": "", "csrf": "lama"})
    assert stale.status_code == 403 and 'value="Baru"' in stale.text
    _as(client, service, budi)
    assert "Terlambat kanal SMS" not in client.get("/desk/aduan").text
    budi_csrf = csrf_of(client.get("/desk/aduan").text)
    theirs = client.post(f"/desk/tampilan/{view.id}/hapus", data={"csrf": budi_csrf})
    assert theirs.status_code == 404
    csrf = _as(client, service, ani)
    assert client.post(f"/desk/tampilan/{view.id}/hapus", data={}).status_code == 403
    gone = client.post(f"/desk/tampilan/{view.id}/hapus", data={"csrf": csrf})
    assert gone.status_code == 303 and gone.headers["location"] == "/desk/aduan?ok=tampilan-hapus"
    with store.read() as s:
        assert s.exec(select(SavedView)).all() == []


def test_back_to_the_inbox_keeps_the_filter_through_actions(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    ani = add_officer(store, "ani", "officer", section)
    csrf = _as(client, service, ani)
    inbox = client.get("/desk/aduan?status=semua&kanal=sms&q=elpiji").text
    link = html.unescape(re.search(rf'href="(/desk/aduan/{cid}\?dari=[^"]+)"', inbox).group(1))  # type: ignore[union-attr]
    assert parse_qs(urlsplit(link).query)["dari"] == ["status=semua&kanal=sms&q=elpiji"]
    page = client.get(link).text
    back = re.search(r'href="([^"]*)" id="back-to-inbox"', page)
    assert back and html.unescape(back.group(1)) == "/desk/aduan?status=semua&kanal=sms&q=elpiji"
    action = re.search(r'action="([^"]+)" id="form-note"', page)
    assert action
    noted = client.post(html.unescape(action.group(1)), data={"text": "cek", "csrf": csrf})
    target = noted.headers["location"]
    assert target.startswith(f"/desk/aduan/{cid}?ok=catatan&dari=")
    again = client.get(target).text
    assert 'href="/desk/aduan?status=semua&amp;kanal=sms&amp;q=elpiji" id="back-to-inbox"' in again
    junk = client.get(f"/desk/aduan/{cid}?dari=evil%3D1%26kanal%3D%253Cb%253E%26status%3Dx").text
    assert 'href="/desk/aduan?kanal=%3Cb%3E" id="back-to-inbox"' in junk  # only known fields
    plain = client.get(f"/desk/aduan/{cid}").text
    assert 'href="/desk/aduan" id="back-to-inbox"' in plain
