"""Officers' actions through the HTTP forms: status, reassign, duplicate, reply on email."""

from __future__ import annotations

from datetime import datetime

from fastapi.testclient import TestClient
from sqlmodel import col, select

from core.workdays import add_working_days
from service.app import Service
from settings.desk import SectionNotify, Targets
from store.db import Store
from store.models import Complaint, Event, Outbox
from tests.desk.helpers import BEASISWA, LPG, add_officer, complain, csrf_of, session_cookie


def _signed_in(client: TestClient, service: Service, role: str, *sections: str) -> str:
    oid = add_officer(service.ctx.store, f"u-{role}-{'-'.join(sections)}", role, *sections)
    client.cookies.update(session_cookie(service, oid))
    return csrf_of(client.get("/desk/aduan").text)


def _complaint(store: Store, cid: int) -> Complaint:
    with store.read() as s:
        found = s.get(Complaint, cid)
    assert found is not None
    return found


def _events(store: Store, cid: int) -> list[Event]:
    """What was done to the complaint (its reads are audited too: see test_anonymity.py)."""
    with store.read() as s:
        stmt = select(Event).where(col(Event.complaint_id) == cid).order_by(col(Event.id))
        return [e for e in s.exec(stmt) if e.action not in ("read", "identity_view")]


def test_status_moves_forward_and_selesai_needs_a_note(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    csrf = _signed_in(client, service, "officer", section)
    url = f"/desk/aduan/{cid}/status"
    skipped = client.post(url, data={"to": "selesai", "text": "x", "csrf": csrf})
    assert skipped.status_code == 400 and "tidak bisa diubah" in skipped.text
    assert client.post(url, data={"to": "diproses", "csrf": csrf}).status_code == 303
    bare = client.post(url, data={"to": "selesai", "text": "  ", "csrf": csrf})
    assert bare.status_code == 400 and "Catatan penyelesaian" in bare.text
    done = client.post(url, data={"to": "selesai", "text": "Stok ditambah", "csrf": csrf})
    assert done.status_code == 303
    assert _complaint(store, cid).status == "selesai"
    assert client.post(url, data={"to": "ditutup", "csrf": csrf}).status_code == 303
    reopened = client.post(url, data={"to": "diproses", "text": "warga menulis", "csrf": csrf})
    assert reopened.status_code == 303
    actions = [(e.action, e.detail.get("to")) for e in _events(store, cid)]
    assert actions == [
        ("status", "diproses"), ("status", "selesai"), ("status", "ditutup"),
        ("reopen", "diproses"),
    ]  # fmt: skip
    assert _complaint(store, cid).closed_at is None


def test_reassign_records_feedback_recomputes_due_and_notifies_new_section(
    client: TestClient, service: Service, store: Store
) -> None:
    service.ctx.settings.desk.notify["hukum"] = SectionNotify(
        new=Targets(email=["hukum@kukarkab.go.id"], telegram_chat_ids=[-100123])
    )
    cid, code, section = complain(service, LPG)
    before = _complaint(store, cid)
    csrf = _signed_in(client, service, "officer", section)
    response = client.post(
        f"/desk/aduan/{cid}/alihkan", data={"to": "hukum", "text": "soal Perda", "csrf": csrf}
    )
    assert response.headers["location"] == "/desk/aduan?ok=alihkan"
    after = _complaint(store, cid)
    assert after.section == "hukum" and not after.needs_triage
    assert after.decision["router"] == before.decision
    assert after.decision["reason"] == "soal Perda"
    assert after.decision["reassigned_by"].startswith("u-officer")
    hukum = service.ctx.settings.section("hukum")
    assert hukum is not None
    assert after.due_at == add_working_days(before.created_at, hukum.response_days)
    (event,) = [e for e in _events(store, cid) if e.action == "reassign"]
    assert event.detail == {"from": section, "to": "hukum", "reason": "soal Perda"}
    with store.read() as s:
        notes = list(s.exec(select(Outbox).where(col(Outbox.kind) == "notify")))
    assert {(n.channel, n.recipient) for n in notes} == {
        ("email", "hukum@kukarkab.go.id"), ("telegram", "-100123"),
    }  # fmt: skip
    assert all(code in n.text and "soal Perda" in n.text for n in notes)
    assert client.get(f"/desk/aduan/{cid}").status_code == 404  # no longer theirs


def test_duplicate_closes_and_links_both(
    client: TestClient, service: Service, store: Store
) -> None:
    first, first_code, section = complain(service, LPG)
    second, _code2, _ = complain(service, LPG + " lagi")
    csrf = _signed_in(client, service, "officer", section)
    typed = first_code.lower().replace("-", " ")  # as typed on a phone
    response = client.post(f"/desk/aduan/{second}/duplikat", data={"code": typed, "csrf": csrf})
    assert response.status_code == 303
    assert _complaint(store, second).status == "ditutup"
    assert [e.action for e in _events(store, first)] == ["duplicate_linked"]
    assert f"Duplikat dari {first_code}" in client.get(f"/desk/aduan/{second}").text


def test_email_reply_threads_on_the_latest_inbound_message(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, code, section = complain(service, BEASISWA, sender="warga@example.id", channel="email")
    csrf = _signed_in(client, service, "supervisor")
    assert (
        client.post(
            f"/desk/aduan/{cid}/balas", data={"text": "Pendaftaran dibuka Januari", "csrf": csrf}
        ).status_code
        == 303
    )
    with store.read() as s:
        row = s.exec(select(Outbox).where(col(Outbox.kind) == "reply")).one()
    assert (row.channel, row.recipient, row.automatic) == ("email", "warga@example.id", False)
    assert row.subject == f"[{code}] Aduan"
    assert row.meta["in_reply_to"].startswith("desk-test:")
    assert row.meta["thread_keys"] == [row.meta["in_reply_to"]]
    assert [e.action for e in _events(store, cid)] == ["reply"]
    assert section == "kesra"


def test_anonymous_complaint_hides_identities(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, _section = complain(service, LPG, sender="+6281255550000", anonymous=True)
    _signed_in(client, service, "supervisor")
    page = client.get(f"/desk/aduan/{cid}").text
    assert "+6281255550000" not in page and "anonim" in page


def test_empty_reply_is_refused_and_nothing_queued(
    client: TestClient, service: Service, store: Store
) -> None:
    cid, _code, section = complain(service, LPG)
    csrf = _signed_in(client, service, "officer", section)
    response = client.post(f"/desk/aduan/{cid}/balas", data={"text": "   ", "csrf": csrf})
    assert response.status_code == 400 and "tidak boleh kosong" in response.text
    with store.read() as s:
        assert s.exec(select(Outbox).where(col(Outbox.kind) == "reply")).first() is None
    assert isinstance(_complaint(store, cid).created_at, datetime)
