"""Who handles a complaint inside its section: the officers who may, setting or clearing the
assignee, and forgetting who has seen a complaint that moved to another section."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, delete, select

from store.models import Complaint, ComplaintSeen, Officer


def active_with_roles(session: Session, roles: Sequence[str]) -> list[Officer]:
    """The active officers with one of these roles, by username."""
    stmt = (
        select(Officer)
        .where(col(Officer.active).is_(True), col(Officer.role).in_(roles))
        .order_by(col(Officer.username))
    )
    return list(session.exec(stmt))


def set_assignee(
    session: Session, complaint: Complaint, officer_id: int | None, now: datetime
) -> None:
    """Make this officer (None: nobody) the complaint's assignee, as of now."""
    complaint.assignee_id = officer_id
    complaint.assigned_at = now if officer_id is not None else None
    complaint.updated_at = now
    session.add(complaint)


def forget_seen(session: Session, complaint_id: int | None) -> None:
    """Drop every officer's last-seen marker of the complaint: it is new to them again."""
    session.exec(delete(ComplaintSeen).where(col(ComplaintSeen.complaint_id) == complaint_id))
