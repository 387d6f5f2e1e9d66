"""The desk's reads and writes of complaints themselves: the viewer's scope, one visible
complaint, look-ups by tracking code, the triage pool, and saving an officer's change."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import false, true
from sqlmodel import Session, col, select

from store.models import Complaint, Event

# A condition on Complaint that limits a query to the complaints a desk user may see.
Scope = Any


def scope(sections: Sequence[str] | None) -> Scope:
    """The complaints of these sections (None: every section; empty: none at all)."""
    if sections is None:
        return true()
    if not sections:
        return false()
    return col(Complaint.section).in_(sections)


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


def save(session: Session, complaint: Complaint) -> None:
    """Keep the complaint's changed fields (written at the next flush or commit)."""
    session.add(complaint)


def touch(session: Session, complaint: Complaint, now: datetime) -> None:
    """The complaint changed now."""
    complaint.updated_at = now
    session.add(complaint)
