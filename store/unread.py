"""The queries of what is new for an officer (desk/unread.py decides what they mean): the
last-seen marker per officer and complaint (ComplaintSeen), the SQL condition "unread", and the
markers of one inbox page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, literal, or_
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from store.models import Complaint, ComplaintSeen, Officer


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
    """The SQL condition on Complaint: unread for this officer (as desk/unread.py's `reason`
    decides): never opened, a citizen wrote after the marker, or handed to them after it."""
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


def page_markers(session: Session, officer_id: int, ids: Sequence[int]) -> list[Any]:
    """Of the complaints `ids`: (id, last_message_at, assignee_id, assigned_at, the officer's
    seen_at or None, the assignee's username or None)."""
    if not ids:
        return []
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
    return list(session.connection().execute(stmt).all())
