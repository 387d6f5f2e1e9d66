"""The desk jobs' queries (desk/jobs.py): complaints that arrived, that are overdue, that were
resolved long enough ago, and a section's counts for its digest."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from store.models import Complaint
from store.queries import OPEN_STATUSES


def latest_id(session: Session) -> int:
    """The newest complaint's id (0 with none)."""
    return int(session.exec(select(func.max(Complaint.id))).one() or 0)


def arrived_after(session: Session, after_id: int, limit: int) -> list[Complaint]:
    """Complaints with an id above `after_id`, oldest first."""
    stmt = (
        select(Complaint)
        .where(col(Complaint.id) > after_id)
        .order_by(col(Complaint.id))
        .limit(limit)
    )
    return list(session.exec(stmt))


def overdue_after(session: Session, now: datetime, after_id: int, limit: int) -> list[Complaint]:
    """Open complaints past their due date with an id above `after_id`, by id."""
    stmt = (
        select(Complaint)
        .where(
            col(Complaint.status).in_(OPEN_STATUSES),
            col(Complaint.due_at) < now,
            col(Complaint.id) > after_id,
        )
        .order_by(col(Complaint.id))
        .limit(limit)
    )
    return list(session.exec(stmt))


def resolved_before(session: Session, cutoff: datetime, limit: int) -> list[Complaint]:
    """Resolved (`selesai`) complaints whose resolution is older than `cutoff`."""
    stmt = (
        select(Complaint)
        .where(col(Complaint.status) == "selesai", col(Complaint.closed_at) < cutoff)
        .limit(limit)
    )
    return list(session.exec(stmt).all())


def section_counts(
    session: Session, section: str, now: datetime, end_of_day: datetime
) -> dict[str, int]:
    """Open, overdue, due-by-`end_of_day` and last-24-hours counts of one section."""
    base = select(func.count()).select_from(Complaint).where(col(Complaint.section) == section)
    open_ = base.where(col(Complaint.status).in_(OPEN_STATUSES))
    return {
        "open": session.exec(open_).one(),
        "overdue": session.exec(open_.where(col(Complaint.due_at) < now)).one(),
        "due_today": session.exec(
            open_.where(col(Complaint.due_at) >= now, col(Complaint.due_at) <= end_of_day)
        ).one(),
        "new": session.exec(base.where(col(Complaint.created_at) >= now - timedelta(days=1))).one(),
    }
