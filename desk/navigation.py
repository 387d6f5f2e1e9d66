"""The counts in the desk's navigation: what is unread, and what is the officer's own."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select as sa_select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from desk.access import Viewer
from desk.inbox import capped_subquery, scope, shown
from desk.unread import CAP as UNREAD_CAP
from desk.unread import unread
from store.db import Store
from store.models import Complaint
from store.queries import OPEN_STATUSES


def nav_counts(store: Store, viewer: Viewer, now: datetime) -> dict[str, str]:
    """Open complaints unread by the viewer (up to 100+) and open complaints assigned to them
    (up to 1.000+).

    Empty for an admin without sections, and when the store cannot answer (the page itself,
    an error page perhaps, is shown without them).
    """
    if viewer.is_admin and not viewer.sections:
        return {}
    where = [scope(viewer), col(Complaint.status).in_(OPEN_STATUSES)]
    try:
        with store.read() as session:
            new, mine = (
                session.connection()
                .execute(
                    sa_select(
                        capped_subquery([*where, unread(viewer.officer_id)], UNREAD_CAP),
                        capped_subquery([*where, col(Complaint.assignee_id) == viewer.officer_id]),
                    )
                )
                .one()
            )
    except SQLAlchemyError:
        return {}
    return {"unread": shown(int(new), cap=UNREAD_CAP), "mine": shown(int(mine))}
