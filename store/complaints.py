"""The desk's reads and writes of complaints themselves: the viewer's scope, one visible
complaint, look-ups by tracking code, the triage pool, the supervisors' per-section counts, the
CSV export's batches, and an officer's change (status, section, touch); and the export's keyset
batches of whole complaints (`aduan export`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import false, true
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from store.models import Complaint, Event

# A condition on Complaint that limits a query to the complaints a desk user may see.
Scope = Any


def scope(sections: Sequence[str] | None) -> Scope:
    """The complaints of these sections (None: every section; empty: none at all). One section
    as `=`: SQLite reads `section IN (?)` as a list of any length, which its index on (section,
    due_at, id) cannot return in order, so it sorted the section's complaints for an inbox page."""
    if sections is None:
        return true()
    if not sections:
        return false()
    if len(sections) == 1:
        return col(Complaint.section) == sections[0]
    return col(Complaint.section).in_(list(sections))


def visible(session: Session, where: Scope, complaint_id: int) -> Complaint | None:
    """The complaint, if it exists within the scope."""
    stmt = select(Complaint).where(col(Complaint.id) == complaint_id, where)
    return session.exec(stmt).first()


def visible_ids(session: Session, where: Scope, ids: Iterable[int]) -> set[int]:
    """Those of these complaint ids within the scope."""
    stmt = select(Complaint.id).where(col(Complaint.id).in_(list(ids)), where)
    return {i for i in session.exec(stmt) if i is not None}


def id_by_code(session: Session, code: str) -> int | None:
    """The id of the complaint with this (normalised) tracking code."""
    return session.exec(select(Complaint.id).where(col(Complaint.tracking_code) == code)).first()


def codes_and_sections(
    session: Session, where: Scope, ids: Iterable[int]
) -> dict[int, tuple[int, str, str]]:
    """(id, tracking code, section) of those of these complaints within the scope, by id."""
    stmt = select(Complaint.id, Complaint.tracking_code, Complaint.section).where(
        col(Complaint.id).in_(list(ids)), where
    )
    return {int(r[0]): (int(r[0]), r[1], r[2]) for r in session.exec(stmt) if r[0] is not None}


def confirmed_pool(
    session: Session, exclude: int, statuses: Sequence[str], limit: int
) -> list[tuple[int, str, str, str]]:
    """(id, code, text, section) of the newest complaints whose section a person confirmed:
    resolved there (one of `statuses`) or moved there by hand; never `exclude`."""
    moved = select(Event.complaint_id).where(col(Event.action) == "reassign")
    stmt = (
        select(Complaint.id, Complaint.tracking_code, Complaint.text, Complaint.section)
        .where(
            col(Complaint.id) != exclude,
            col(Complaint.needs_triage).is_(False),
            col(Complaint.status).in_(statuses) | col(Complaint.id).in_(moved),
        )
        .order_by(col(Complaint.id).desc())
        .limit(limit)
    )
    return [(i, code, text, s) for i, code, text, s in session.exec(stmt).all() if i is not None]


def assigned_not_closed(session: Session, officer_id: int | None) -> list[Complaint]:
    """The complaints this officer handles that are not closed."""
    stmt = select(Complaint).where(
        col(Complaint.assignee_id) == officer_id, col(Complaint.status) != "ditutup"
    )
    return list(session.exec(stmt))


def touch(session: Session, complaint: Complaint, now: datetime) -> None:
    """The complaint changed now."""
    complaint.updated_at = now
    session.add(complaint)


def section_loads(
    session: Session,
    sections: Sequence[str],
    open_statuses: Sequence[str],
    now: datetime,
    soon: datetime,
    cap: int,
) -> list[tuple[int, int, int, int]]:
    """(open, overdue, due by `soon`, needing triage) of each section's open complaints, in one
    statement; each cell an index range counted no further than `cap` + 1."""
    due = col(Complaint.due_at)
    cells = []
    for section in sections:
        open_ = [col(Complaint.section) == section, col(Complaint.status).in_(open_statuses)]
        for extra in ([], [due < now], [due >= now, due <= soon], [col(Complaint.needs_triage)]):
            inner = sa_select(col(Complaint.id)).where(*open_, *extra).limit(cap + 1).subquery()
            cells.append(sa_select(func.count()).select_from(inner).scalar_subquery())
    counts = [int(n) for n in session.connection().execute(sa_select(*cells)).one()]
    return [
        (counts[4 * i], counts[4 * i + 1], counts[4 * i + 2], counts[4 * i + 3])
        for i in range(len(sections))
    ]


EXPORTED = (Complaint.id, Complaint.tracking_code, Complaint.section, Complaint.status,
            Complaint.channel, Complaint.created_at, Complaint.due_at, Complaint.needs_triage,
            Complaint.subject, Complaint.text)  # fmt: skip


def export_batch(session: Session, where: Sequence[Any], after: int, limit: int) -> list[Any]:
    """(id, code, section, status, channel, created, due, needs triage, subject, text) of the
    next `limit` complaints after id `after` that meet `where`, never a confidential one: only
    these columns are read (never the citizen or their address)."""
    stmt = (
        sa_select(*(col(c) for c in EXPORTED))
        .where(*where, col(Complaint.confidential).is_(False), col(Complaint.id) > after)
        .order_by(col(Complaint.id))
        .limit(limit)
    )
    return list(session.connection().execute(stmt).all())


def set_status(
    session: Session, complaint: Complaint, status: str, now: datetime, closed: bool | None = None
) -> None:
    """Give the complaint this status as of now: `closed` True stamps it closed now, False
    clears its closing time, None leaves that as it is."""
    complaint.status = status
    if closed is not None:
        complaint.closed_at = now if closed else None
    touch(session, complaint, now)


def move(
    session: Session,
    complaint: Complaint,
    section: str,
    decision: dict[str, Any],
    due_at: datetime | None,
    now: datetime,
) -> None:
    """Put the complaint in another section by a person's decision (triage no longer needed),
    with that section's due date."""
    complaint.decision = decision
    complaint.section = section
    complaint.needs_triage = False
    complaint.due_at = due_at
    touch(session, complaint, now)


def after(session: Session, last_id: int, limit: int) -> list[Complaint]:
    """Up to `limit` complaints with an id above `last_id`, in id order (a keyset batch)."""
    stmt = select(Complaint).where(col(Complaint.id) > last_id).order_by(col(Complaint.id))
    return list(session.exec(stmt.limit(limit)))
