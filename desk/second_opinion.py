"""The triage second opinion on the complaint page: similar complaints officers resolved."""

from __future__ import annotations

from typing import Any

from desk.access import Viewer
from desk.cases import cached_bag
from routing.neighbours import Opinion, Past, second_opinion
from store import complaints
from store.db import Session
from store.models import Complaint

POOL = 2000  # the most recent resolved or officer-placed complaints compared against
RESOLVED = ("selesai", "ditutup")


def resolved_pool(session: Session, exclude: int) -> list[Past]:
    """Complaints whose section a person confirmed: resolved there, or moved there by hand."""
    rows = complaints.confirmed_pool(session, exclude, RESOLVED, POOL)
    return [Past(i, code, text, section) for i, code, text, section in rows]


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
    visible = complaints.visible_ids(session, viewer.scope(), ids)
    return [
        {
            "section": op.section,
            "share": op.share,
            "similar": [(p.id, p.code) for p, _ in op.similar if p.id in visible][:3],
        }
        for op in found
    ]
