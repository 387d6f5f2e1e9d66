"""Queries of the desk's inbox (desk/inbox.py builds its filters): counts that stop at a cap."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import false, func, true
from sqlalchemy import select as sa_select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from store.db import Store
from store.models import Complaint
from store.queries import OPEN_STATUSES
from store.unread import unread


def capped_subquery(where: Sequence[Any], cap: int) -> Any:
    """A scalar subquery: how many complaints meet `where`, counting no further than cap + 1."""
    inner = sa_select(col(Complaint.id)).where(*where).limit(cap + 1).subquery()
    return sa_select(func.count()).select_from(inner).scalar_subquery()


def section_scope(sections: Sequence[str] | None) -> Any:
    """The condition on Complaint: within these sections (None: every section). One section as
    `=`: SQLite reads `section IN (?)` as a list of any length, which its index on (section,
    due_at, id) cannot return in order, so it sorted the section's complaints for a page."""
    if sections is None:
        return true()
    if not sections:
        return false()
    if len(sections) == 1:
        return col(Complaint.section) == sections[0]
    return col(Complaint.section).in_(list(sections))


def open_unread_and_mine(
    store: Store, sections: Sequence[str] | None, officer_id: int, caps: tuple[int, int]
) -> tuple[int, int] | None:
    """Of the open complaints within `sections` (None: all): how many are unread by the officer
    and how many are assigned to them, each counted up to its cap + 1, in one statement; None
    when the store cannot answer."""
    where = [section_scope(sections), col(Complaint.status).in_(OPEN_STATUSES)]
    mine = col(Complaint.assignee_id) == officer_id
    stmt = sa_select(
        capped_subquery([*where, unread(officer_id)], caps[0]),
        capped_subquery([*where, mine], caps[1]),
    )
    try:
        with store.read() as session:
            new, assigned = session.connection().execute(stmt).one()
    except SQLAlchemyError:
        return None
    return int(new), int(assigned)
