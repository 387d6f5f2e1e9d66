"""The desk's scheduled jobs: new-complaint notices, overdue alerts, auto-close, digests."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from desk import jobs as desk_jobs
from desk.jobs import close_resolved, flag_overdue, notify_new_complaints, send_digests
from service.app import Service
from settings.desk import SectionNotify, Targets
from store.db import Store
from store.models import Complaint, Event, Officer, Outbox
from tests.conftest import Clock
from tests.desk.helpers import LPG, add_officer, complain


def _notices(store: Store) -> list[Outbox]:
    with store.read() as s:
        stmt = select(Outbox).where(col(Outbox.kind) == "notify").order_by(col(Outbox.id))
        return list(s.exec(stmt))


def test_new_complaints_notify_their_section_once(service: Service, store: Store) -> None:
    service.ctx.settings.desk.notify["perekonomian"] = SectionNotify(
        new=Targets(email=["ekon@kukarkab.go.id"])
    )
    complain(service, LPG)  # before the first run: the backlog is not announced
    assert notify_new_complaints(service.ctx) == 0
    _cid, code, _section = complain(service, LPG + " di Loa Kulu")
    assert notify_new_complaints(service.ctx) == 1
    assert notify_new_complaints(service.ctx) == 0
    (notice,) = _notices(store)
    assert (notice.channel, notice.recipient) == ("email", "ekon@kukarkab.go.id")
    assert code in (notice.subject or "") and "/desk/aduan/" in notice.text


def test_overdue_told_to_supervisors_once_per_due_date(
    service: Service, store: Store, clock: Clock
) -> None:
    sup = add_officer(store, "sup", "supervisor", "perekonomian")
    add_officer(store, "sup-lain", "supervisor", "hukum")
    with store.write() as s:
        officer = s.get(Officer, sup)
        assert officer is not None
        officer.telegram_chat_id = "555"
        s.add(officer)
    cid, code, _ = complain(service, LPG)
    assert flag_overdue(service.ctx) == 0
    clock.advance(days=8)
    assert flag_overdue(service.ctx) == 1
    assert flag_overdue(service.ctx) == 0
    (notice,) = _notices(store)
    assert (notice.channel, notice.recipient) == ("telegram", "555")
    assert "TERLAMBAT" not in notice.text and code in notice.text
    with store.read() as s:
        assert s.exec(select(Event).where(col(Event.action) == "overdue")).one().complaint_id == cid


def test_resolved_complaint_closes_after_ten_working_days(
    service: Service, store: Store, clock: Clock
) -> None:
    cid, _code, _ = complain(service, LPG)
    with store.write() as s:
        c = s.get(Complaint, cid)
        assert c is not None
        c.status, c.closed_at = "selesai", clock()
        s.add(c)
    clock.advance(days=14)  # Monday 7 December: the tenth working day is not over yet
    assert close_resolved(service.ctx) == 0
    clock.advance(days=1)
    assert close_resolved(service.ctx) == 1
    with store.read() as s:
        c = s.get(Complaint, cid)
        assert c is not None and c.status == "ditutup"


def test_daily_digest_once_per_section_per_day(
    service: Service, store: Store, clock: Clock
) -> None:
    service.ctx.settings.desk.notify["perekonomian"] = SectionNotify(
        digest=Targets(email=["ekon@kukarkab.go.id"])
    )
    complain(service, LPG)
    clock.now = clock.now.replace(hour=22)  # 06:00 WITA: before digest_hour 7
    assert send_digests(service.ctx) == 0
    clock.advance(hours=1)
    assert send_digests(service.ctx) == 1
    assert send_digests(service.ctx) == 0
    (notice,) = _notices(store)
    assert "aduan terbuka: 1" in notice.text


def test_new_complaints_past_one_transaction_are_each_notified_once(
    service: Service, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The notices are queued a few complaints per transaction (NOTIFY_CHUNK), up to BATCH a
    run: none is skipped or told twice across the transactions and runs."""
    service.ctx.settings.desk.notify["perekonomian"] = SectionNotify(
        new=Targets(email=["ekon@kukarkab.go.id"])
    )
    monkeypatch.setattr(desk_jobs, "NOTIFY_CHUNK", 2)
    monkeypatch.setattr(desk_jobs, "BATCH", 4)
    assert notify_new_complaints(service.ctx) == 0
    codes = [complain(service, LPG + f" nomor {k}")[1] for k in range(5)]
    assert notify_new_complaints(service.ctx) == 4  # two transactions of two: BATCH reached
    assert notify_new_complaints(service.ctx) == 1
    assert notify_new_complaints(service.ctx) == 0
    told = [next(c for c in codes if c in (n.subject or "")) for n in _notices(store)]
    assert told == codes
