"""What a citizen reads on /lacak: the officers' answers, the resolution, the original of a
duplicate; never internal notes or who they are."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import col, select

from service.app import Service
from store.db import Store
from store.models import Outbox
from tests.desk.helpers import LPG, add_officer, complain, csrf_of, session_cookie


def _signed_in(client: TestClient, service: Service, section: str) -> str:
    oid = add_officer(service.ctx.store, "ani", "officer", section)
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def test_lacak_shows_answers_and_resolution_but_no_notes_or_identity(
    client: TestClient, service: Service
) -> None:
    cid, code, section = complain(service, LPG, sender="+6281250004321", channel="sms")
    csrf = _signed_in(client, service, section)
    base = f"/desk/aduan/{cid}"
    client.post(base + "/balas", data={"text": "Stok ditambah besok pagi.", "csrf": csrf})
    client.post(base + "/catatan", data={"text": "RAHASIA: pangkalan milik kerabat", "csrf": csrf})
    client.post(base + "/status", data={"to": "diproses", "csrf": csrf})
    client.post(
        base + "/status", data={"to": "selesai", "text": "Pasokan normal lagi.", "csrf": csrf}
    )
    client.cookies.clear()
    page = client.get(f"/lacak/{code}").text
    assert "Stok ditambah besok pagi." in page and "Pasokan normal lagi." in page
    assert "RAHASIA" not in page and "4321" not in page and "langka" not in page
    api = client.get(f"/api/v1/track/{code}").json()
    assert api["resolution"] == "Pasokan normal lagi."
    assert [a["text"] for a in api["answers"]] == ["Stok ditambah besok pagi."]


def test_a_duplicate_tells_the_citizen_the_original_code(
    client: TestClient, service: Service, store: Store
) -> None:
    _first, original, section = complain(service, LPG)
    dup, dup_code, _ = complain(service, LPG + " lagi", sender="+6281250008888")
    csrf = _signed_in(client, service, section)
    done = client.post(f"/desk/aduan/{dup}/duplikat", data={"code": original, "csrf": csrf})
    assert done.status_code == 303
    with store.read() as s:
        (row,) = s.exec(select(Outbox).where(col(Outbox.kind) == "duplicate")).all()
    assert row.recipient == "+6281250008888" and original in row.text and "/lacak/" in row.text
    client.cookies.clear()
    page = client.get(f"/lacak/{dup_code}").text
    assert f'href="/lacak/{original}"' in page
