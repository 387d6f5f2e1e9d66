"""The triage second opinion on the complaint page: similar complaints officers resolved."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from desk.access import Viewer
from desk.cases import cached_bag
from routing.neighbours import Opinion, Past, second_opinion
from store.models import Complaint, Event

POOL = 2000  # the most recent resolved or officer-placed complaints compared against
RESOLVED = ("selesai", "ditutup")


def resolved_pool(session: Session, exclude: int) -> list[Past]:
    """Complaints whose section a person confirmed: resolved there, or moved there by hand."""
    moved = select(Event.complaint_id).where(col(Event.action) == "reassign")
    stmt = (
        select(Complaint.id, Complaint.tracking_code, Complaint.text, Complaint.section)
        .where(
            col(Complaint.id) != exclude,
            col(Complaint.needs_triage).is_(False),
            col(Complaint.status).in_(RESOLVED) | col(Complaint.id).in_(moved),
        )
        .order_by(col(Complaint.id).desc())
        .limit(POOL)
    )
    rows = session.exec(stmt).all()
    return [Past(i, code, text, section) for i, code, text, section in rows if i is not None]


def opinion_for(
    session: Session, viewer: Viewer, router: Any, complaint: Complaint
) -> list[dict[str, Any]]:
    """Up to three sections with their share; similar complaints listed only if visible."""
    if not complaint.needs_triage or complaint.id is None:
        return []
    # The pool is the same recent complaints at every page view: their stems are cached.
    found: list[Opinion] = second_opinion(
        router.normaliser, complaint.text, resolved_pool(session, complaint.id), bag_of=cached_bag
    )
    ids = [p.id for op in found for p, _ in op.similar]
    visible = set(
        session.exec(select(Complaint.id).where(col(Complaint.id).in_(ids), viewer.scope()))
    )
    return [
        {
            "section": op.section,
            "share": op.share,
            "similar": [(p.id, p.code) for p, _ in op.similar if p.id in visible][:3],
        }
        for op in found
    ]
