"""What an officer does to a shared case; every member changed gets its own audit Event.

Each function runs inside the caller's transaction and raises ActionError, with a message
for the officer, when it cannot be done. A case acts only on the members the viewer may see.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from accountability import survey
from desk import actions
from desk.access import Viewer
from desk.action_errors import ActionError
from desk.cases import case_of, members, visible_case
from desk.detail import visible_complaint
from settings.root import Settings
from store import audit, complaints
from store import cases as stored
from store.db import Session
from store.models import Complaint, SharedCase
from store.queries import OPEN_STATUSES

MAX_TITLE = 200
_NUMBER = re.compile(r"^\s*(?:kasus\s*)?#?\s*(\d{1,9})\s*$", re.IGNORECASE)


def _event(
    session: Session, viewer: Viewer, complaint_id: int | None, action: str,
    detail: dict[str, Any], now: datetime,
) -> None:  # fmt: skip
    audit.record(session, complaint_id, viewer.username, action, detail, now)


def _add(
    session: Session, viewer: Viewer, case: SharedCase, complaint: Complaint, now: datetime
) -> None:
    if complaint.section != case.section:
        raise ActionError(f"kasus #{case.id} milik bagian lain; aduan harus di bagian yang sama")
    if case.status != "terbuka":
        raise ActionError(f"kasus #{case.id} sudah ditutup")
    if complaint.status == "ditutup":
        raise ActionError(f"aduan {complaint.tracking_code} sudah ditutup")
    assert complaint.id is not None and case.id is not None
    stored.add_member(session, case.id, complaint.id, viewer.username, now)
    _event(session, viewer, complaint.id, "case_join", {"case": case.id, "title": case.title}, now)
    stored.touch(session, case, now)


def _new_case(
    session: Session, viewer: Viewer, complaint: Complaint, title: str, now: datetime
) -> SharedCase:
    name = " ".join(title.split())
    if len(name) > MAX_TITLE:
        raise ActionError(
            f"judul kasus terlalu panjang: {len(name)} huruf, paling banyak {MAX_TITLE}"
        )
    name = name or f"Kasus bersama {complaint.tracking_code}"
    case = SharedCase(section=complaint.section, title=name, created_by=viewer.username,
                      created_at=now, updated_at=now)  # fmt: skip
    return stored.create(session, case)


def join(
    session: Session,
    viewer: Viewer,
    complaint: Complaint,
    with_id: int | None,
    case_ref: str,
    title: str,
    now: datetime,
) -> SharedCase:
    """Join the complaint with another one (into whichever's case, or a new one), or into the
    case numbered `case_ref`, or into a new case of its own; the case it ends up in."""
    assert complaint.id is not None
    mine = case_of(session, complaint.id)
    if with_id is not None:
        other = visible_complaint(session, viewer, with_id)
        if other is None or other.id == complaint.id:
            raise ActionError("aduan yang akan digabung tidak ditemukan")
        assert other.id is not None
        theirs = case_of(session, other.id)
        if mine is not None and theirs is not None:
            if mine.id == theirs.id:
                raise ActionError(f"kedua aduan sudah dalam kasus #{mine.id}")
            raise ActionError("kedua aduan sudah dalam kasus yang berbeda: keluarkan salah satu")
        if mine is not None:
            _add(session, viewer, mine, other, now)
            return mine
        case = theirs or _new_case(session, viewer, complaint, title, now)
        if theirs is None:
            _add(session, viewer, case, other, now)
        _add(session, viewer, case, complaint, now)
        return case
    if mine is not None:
        raise ActionError(f"aduan ini sudah dalam kasus #{mine.id}")
    if case_ref.strip():
        number = _NUMBER.match(case_ref)
        target = visible_case(session, viewer, int(number.group(1))) if number else None
        if target is None:
            raise ActionError(f"kasus {case_ref.strip()[:40]!r} tidak ditemukan")
        _add(session, viewer, target, complaint, now)
        return target
    case = _new_case(session, viewer, complaint, title, now)
    _add(session, viewer, case, complaint, now)
    return case


def leave(
    session: Session, viewer: Viewer, case: SharedCase, complaint_id: int, now: datetime
) -> None:
    """Take a complaint out of the case (it keeps its own thread and status)."""
    row = stored.membership(session, complaint_id)
    complaint = visible_complaint(session, viewer, complaint_id)
    if row is None or row.case_id != case.id or complaint is None:
        raise ActionError("aduan itu tidak ada dalam kasus ini")
    if case.status != "terbuka":
        raise ActionError(f"kasus #{case.id} sudah ditutup")
    stored.remove_member(session, row)
    _event(session, viewer, complaint_id, "case_leave", {"case": case.id, "title": case.title}, now)
    stored.touch(session, case, now)


def answer(
    session: Session, viewer: Viewer, case: SharedCase, text: str, now: datetime
) -> tuple[int, list[str]]:
    """One answer to every member, each through its own channel and under its own code.

    Through actions.reply: one outbox row and one audit event per member. Members without a
    way to reach them are skipped and named; how many were queued, and those codes.
    """
    body = actions._text(text, "Jawaban kasus")
    if case.status != "terbuka":
        raise ActionError(f"kasus #{case.id} sudah ditutup")
    assert case.id is not None
    sent, skipped = 0, []
    for member in members(session, viewer, case.id):
        address = member.reply_address
        if not member.reply_channel or not address or address.startswith("erased:"):
            skipped.append(member.tracking_code)
            continue
        own = f"Aduan {member.tracking_code}:\n{body}"
        actions.reply(session, viewer, member, own, now, audit={"case": case.id})
        sent += 1
    if not sent and not skipped:
        raise ActionError("kasus ini tidak punya aduan yang dapat Anda jawab")
    stored.touch(session, case, now)
    return sent, skipped


def close(
    session: Session,
    settings: Settings,
    viewer: Viewer,
    case: SharedCase,
    note_text: str,
    now: datetime,
) -> int:
    """Close the case and its members: open ones are resolved with the note, then closed.

    Each step is a status event on the member (the note is its resolution, shown at /lacak) and
    each closed member gets its survey invitation, as a complaint closed by hand does.
    """
    note = actions._text(note_text, "Catatan penyelesaian")
    if case.status != "terbuka":
        raise ActionError(f"kasus #{case.id} sudah ditutup")
    assert case.id is not None
    seen = members(session, viewer, case.id)
    hidden_open = _open_elsewhere(session, case.id, {m.id for m in seen})
    if hidden_open:
        raise ActionError(
            f"kasus #{case.id} masih memuat {hidden_open} aduan terbuka di bagian lain: kasus "
            "ditutup setelah bagian itu menyelesaikannya, atau oleh supervisor"
        )
    closed = 0
    for member in seen:
        if member.status == "ditutup":
            continue
        tag = {"case": case.id}
        if member.status in OPEN_STATUSES:
            detail = {"from": member.status, "to": "selesai", "note": note, **tag}
            _event(session, viewer, member.id, "status", detail, now)
        _event(session, viewer, member.id, "status", {"from": "selesai", "to": "ditutup", **tag},
               now)  # fmt: skip
        complaints.set_status(session, member, "ditutup", now, closed=True)
        survey.invite(session, settings, member, now)
        closed += 1
    stored.close(session, case, now)
    return closed


def _open_elsewhere(session: Session, case_id: int, seen: set[int | None]) -> int:
    """How many of the case's complaints the viewer cannot see are still open: a case is closed
    only when every member is, so an officer does not close what another section still handles."""
    return sum(1 for cid in stored.open_member_ids(session, case_id) if cid not in seen)


def member_ids(session: Session, case_id: int) -> list[int]:
    """Every complaint id of the case."""
    return stored.member_ids(session, case_id)
