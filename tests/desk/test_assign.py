"""Assignment inside a section, through the desk's routes: take, hand over, release, who may."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient
from sqlmodel import col, select

from desk.officers import set_active
from service.app import Service
from store.db import Store
from store.models import Complaint, Event, Officer, Outbox
from tests.desk.helpers import BEASISWA, LPG, add_officer, complain, csrf_of, session_cookie


def _as(client: TestClient, service: Service, officer_id: int) -> str:
    """Sign the client in as this officer; the session's CSRF token."""
    client.cookies.clear()
    client.cookies.update(session_cookie(service, officer_id))
    return csrf_of(client.get("/desk/aduan").text)


def _with_contact(store: Store, officer_id: int, email: str) -> None:
    with store.write() as s:
        officer = s.get(Officer, officer_id)
        assert officer is not None
        officer.email = email
        s.add(officer)


def _complaint(store: Store, cid: int) -> Complaint:
    with store.read() as s:
        found = s.get(Complaint, cid)
    assert found is not None
    return found


def _assign_events(store: Store, cid: int) -> list[dict[str, object]]:
    with store.read() as s:
        stmt = select(Event).where(col(Event.complaint_id) == cid, col(Event.action) == "assign")
        return [{"actor": e.actor, **e.detail} for e in s.exec(stmt.order_by(col(Event.id)))]


def _notified(store: Store) -> list[tuple[str, str]]:
    with store.read() as s:
        stmt = select(Outbox).where(col(Outbox.kind) == "notify").order_by(col(Outbox.id))
        return [(o.recipient, o.text) for o in s.exec(stmt)]


def _codes(page: str) -> list[str]:
    return re.findall(r'data-code="([^"]+)"', page)


def test_take_then_hand_to_a_colleague_who_sees_it_as_theirs(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, LPG)
    _, other_code, _ = complain(service, LPG + " di desa sebelah")
    ani = add_officer(store, "ani", "officer", section)
    budi = add_officer(store, "budi", "officer", section)
    sup = add_officer(store, "sup", "supervisor", section)
    add_officer(store, "sup-lain", "supervisor", "hukum")  # of another section: not told
    _with_contact(store, budi, "budi@kukarkab.go.id")
    _with_contact(store, sup, "sup@kukarkab.go.id")
    csrf = _as(client, service, ani)
    page = client.get(f"/desk/aduan/{cid}").text
    assert 'id="form-take"' in page and "Belum ada yang menangani" in page
    taken = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(ani), "csrf": csrf})
    assert taken.headers["location"] == f"/desk/aduan/{cid}?ok=tangani#penanganan"
    assert _complaint(store, cid).assignee_id == ani
    mine = client.get("/desk/aduan?milik=saya").text
    assert _codes(mine) == [code] and "Milik saya (1)" in mine
    assert _codes(client.get("/desk/aduan?milik=belum").text) == [other_code]
    handed = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(budi), "csrf": csrf})
    assert handed.status_code == 303
    assert _complaint(store, cid).assignee_id == budi
    assert _assign_events(store, cid) == [
        {"actor": "ani", "from": None, "to": "ani"},
        {"actor": "ani", "from": "ani", "to": "budi"},
    ]
    timeline = html.unescape(client.get(f"/desk/aduan/{cid}").text)
    assert "ani</strong> · mengambil aduan" in timeline
    assert "ani</strong> · menyerahkan aduan kepada budi (sebelumnya ditangani ani)" in timeline
    told = _notified(store)
    assert [r for r, _ in told] == ["sup@kukarkab.go.id", "budi@kukarkab.go.id",
                                    "sup@kukarkab.go.id"]  # fmt: skip
    assert all(code in text for _, text in told) and "kini ditangani budi" in told[-1][1]
    _as(client, service, budi)
    theirs = client.get("/desk/aduan?milik=saya").text
    assert _codes(theirs) == [code]
    assert 'data-unread="assigned">Diserahkan ke Anda' in theirs
    assert 'id="nav-mine">Milik saya (1)' in theirs


def test_an_officer_cannot_move_a_colleagues_complaint_but_a_supervisor_can(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    ani = add_officer(store, "ani", "officer", section)
    budi = add_officer(store, "budi", "officer", section)
    sup = add_officer(store, "sup", "supervisor")
    csrf = _as(client, service, ani)
    client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(ani), "csrf": csrf})
    csrf = _as(client, service, budi)
    page = client.get(f"/desk/aduan/{cid}").text
    assert 'id="form-take"' not in page and "Hanya ani atau supervisor" in page
    refused = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(budi), "csrf": csrf})
    assert refused.status_code == 400
    assert "sedang ditangani ani; hanya supervisor" in html.unescape(refused.text)
    assert _complaint(store, cid).assignee_id == ani
    csrf = _as(client, service, sup)
    moved = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(budi), "csrf": csrf})
    assert moved.status_code == 303 and _complaint(store, cid).assignee_id == budi
    released = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": "", "csrf": csrf})
    assert released.status_code == 303 and _complaint(store, cid).assignee_id is None
    again = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": "", "csrf": csrf})
    assert again.status_code == 400 and "memang belum ada yang menangani" in again.text
    assert [e["to"] for e in _assign_events(store, cid)] == ["ani", "budi", None]
    assert "melepas penanganan oleh budi" in client.get(f"/desk/aduan/{cid}").text


def test_who_cannot_take_assign_or_be_assignee(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    other_id, _, other = complain(service, BEASISWA)
    assert other != section
    ani = add_officer(store, "ani", "officer", section)
    outsider = add_officer(store, "citra", "officer", other)
    gone = add_officer(store, "dedi", "officer", section)
    set_active(store, "dedi", False)
    csrf = _as(client, service, outsider)
    for who in (str(outsider), str(ani)):  # another section's complaint: as if it did not exist
        response = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": who, "csrf": csrf})
        assert response.status_code == 404
    assert client.get(f"/desk/aduan/{cid}").status_code == 404
    csrf = _as(client, service, ani)
    refusals: tuple[tuple[str, str], ...] = (
        (str(outsider), "citra bukan petugas aktif"), (str(gone), "dedi bukan petugas aktif"),
        ("abc", "petugas 'abc' tidak dikenal"), ("9" * 30, "tidak dikenal"),
    )  # fmt: skip
    for petugas, why in refusals:
        response = client.post(
            f"/desk/aduan/{cid}/tangani", data={"petugas": petugas, "csrf": csrf}
        )
        assert response.status_code == 400 and why in html.unescape(response.text), petugas
    page = client.get(f"/desk/aduan/{cid}").text
    assert f'value="{gone}"' not in page and f'value="{outsider}"' not in page  # not offered
    no_token = client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(ani)})
    assert no_token.status_code == 403 and "Formulir sudah kedaluwarsa" in no_token.text
    assert _complaint(store, cid).assignee_id is None and _assign_events(store, cid) == []
    assert _complaint(store, other_id).assignee_id is None


def test_disabling_an_officer_releases_their_open_complaints(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    ani = add_officer(store, "ani", "officer", section)
    csrf = _as(client, service, ani)
    client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(ani), "csrf": csrf})
    set_active(store, "ani", False)
    assert _complaint(store, cid).assignee_id is None
    assert _assign_events(store, cid)[-1] == {
        "actor": "system", "from": "ani", "to": None, "why": "disabled",
    }  # fmt: skip


def test_reassigning_to_another_section_clears_the_assignee(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, LPG)
    ani = add_officer(store, "ani", "officer", section)
    hukum = add_officer(store, "hukum1", "officer", "hukum")
    csrf = _as(client, service, ani)
    client.post(f"/desk/aduan/{cid}/tangani", data={"petugas": str(ani), "csrf": csrf})
    moved = client.post(
        f"/desk/aduan/{cid}/alihkan", data={"to": "hukum", "text": "soal Perda", "csrf": csrf}
    )
    assert moved.status_code == 303
    after = _complaint(store, cid)
    assert after.section == "hukum" and after.assignee_id is None and after.assigned_at is None
    assert _assign_events(store, cid)[-1] == {
        "actor": "ani", "from": "ani", "to": None, "why": "reassign",
    }  # fmt: skip
    _as(client, service, hukum)
    page = client.get("/desk/aduan?milik=belum").text
    assert _codes(page) == [code] and 'data-unread="new"' in page
    timeline = html.unescape(client.get(f"/desk/aduan/{cid}").text)
    assert "melepas penanganan oleh ani karena aduan dialihkan ke bagian lain" in timeline
