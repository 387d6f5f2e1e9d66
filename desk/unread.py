"""What is new for an officer: one last-seen marker per officer and complaint (ComplaintSeen),
compared with the complaint's last citizen message and, for its assignee, the assignment.

Opening a complaint writes the marker; a complaint is unread when it was never opened, when a
citizen wrote after the marker, or when it was handed to the officer after it. A move to another
section drops the markers (desk/assign.py), so it is new to the section. Nothing is written per
message, so a busy complaint costs one row per officer who opened it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, literal, or_
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from store.models import Complaint, ComplaintSeen, Officer

# What an unread mark says, by reason.
MARKS = {"assigned": "Diserahkan ke Anda", "new": "Belum dibuka", "message": "Pesan baru"}
# Unread counts stop here (shown "100+"): each unread complaint is found by testing the
# complaints of the view one by one against the officer's last-seen markers, so a count of a
# thousand would read the thousands the officer has already opened as well.
CAP = 100


def mark_read(session: Session, officer_id: int, complaint_id: int, now: datetime) -> None:
    """The officer opened the complaint now (one row per officer and complaint, upserted)."""
    values = {"officer_id": officer_id, "complaint_id": complaint_id, "seen_at": now}
    dialect = session.connection().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(ComplaintSeen).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["officer_id", "complaint_id"], set_={"seen_at": stmt.excluded.seen_at}
    )
    session.connection().execute(stmt)


def unread(officer_id: int) -> Any:
    """The SQL condition on Complaint: unread for this officer (as `reason` decides)."""
    seen = ComplaintSeen
    not_handed_to_me = or_(
        col(Complaint.assignee_id).is_(None),
        col(Complaint.assignee_id) != officer_id,
        col(Complaint.assigned_at).is_(None),
        col(seen.seen_at) >= col(Complaint.assigned_at),
    )
    # OFFSET 0 keeps PostgreSQL from turning this into an anti-join, which reads every marker
    # of the officer (a hash) or walks the complaints by id (a merge): it stays a probe of the
    # marker's key per complaint, in the order of the index the view reads (the inbox's sort).
    read = exists(
        sa_select(literal(1))
        .where(
            col(seen.officer_id) == officer_id,
            col(seen.complaint_id) == col(Complaint.id),
            col(seen.seen_at) >= col(Complaint.last_message_at),
            not_handed_to_me,
        )
        .offset(0)
    )
    return ~read


def reason(
    officer_id: int,
    seen_at: datetime | None,
    last_message_at: datetime,
    assignee_id: int | None,
    assigned_at: datetime | None,
) -> str | None:
    """Why a complaint is unread for the officer (a key of MARKS), or None when it is read."""
    handed = assignee_id == officer_id and assigned_at is not None
    if handed and assigned_at is not None and (seen_at is None or seen_at < assigned_at):
        return "assigned"
    if seen_at is None:
        return "new"
    return "message" if seen_at < last_message_at else None


@dataclass(frozen=True)
class Handling:
    """Of one inbox row: who handles it, and whether it is new to the viewer."""

    assignee: str | None
    unread: str | None  # a key of MARKS


def handling(session: Session, officer_id: int, ids: Sequence[int]) -> dict[int, Handling]:
    """Assignee and unread mark of the complaints of one inbox page (a lookup by their ids)."""
    if not ids:
        return {}
    seen = ComplaintSeen
    joined = and_(col(seen.complaint_id) == col(Complaint.id), col(seen.officer_id) == officer_id)
    stmt = (
        sa_select(col(Complaint.id), col(Complaint.last_message_at), col(Complaint.assignee_id),
                  col(Complaint.assigned_at), col(seen.seen_at), col(Officer.username))
        .select_from(Complaint)
        .outerjoin(seen, joined)
        .outerjoin(Officer, col(Officer.id) == col(Complaint.assignee_id))
        .where(col(Complaint.id).in_(list(ids)))
    )  # fmt: skip
    out: dict[int, Handling] = {}
    found: list[Any] = list(session.connection().execute(stmt).all())
    for cid, last, assignee_id, assigned_at, seen_at, username in found:
        out[cid] = Handling(username, reason(officer_id, seen_at, last, assignee_id, assigned_at))
    return out
