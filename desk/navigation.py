"""The counts in the desk's navigation: what is unread, and what is the officer's own."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from desk.access import Viewer
from desk.inbox import capped_count, shown
from desk.unread import unread
from store.db import Store
from store.models import Complaint
from store.queries import OPEN_STATUSES


def nav_counts(store: Store, viewer: Viewer, now: datetime) -> dict[str, str]:
    """Open complaints unread by the viewer and open complaints assigned to them (capped).

    Empty for an admin without sections, and when the store cannot answer (the page itself,
    an error page perhaps, is shown without them).
    """
    if viewer.is_admin and not viewer.sections:
        return {}
    where = [viewer.scope(), col(Complaint.status).in_(OPEN_STATUSES)]
    try:
        with store.read() as session:
            new = capped_count(session, [*where, unread(viewer.officer_id)])
            mine = capped_count(session, [*where, col(Complaint.assignee_id) == viewer.officer_id])
    except SQLAlchemyError:
        return {}
    return {"unread": shown(new), "mine": shown(mine)}
