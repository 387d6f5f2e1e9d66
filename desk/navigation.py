"""The counts in the desk's navigation: what is unread, and what is the officer's own."""

from __future__ import annotations

from datetime import datetime

from desk.access import Viewer
from desk.inbox import shown
from desk.search import CAP
from desk.unread import CAP as UNREAD_CAP
from store.db import Store
from store.inbox import open_unread_and_mine


def nav_counts(store: Store, viewer: Viewer, now: datetime) -> dict[str, str]:
    """Open complaints unread by the viewer (up to 100+) and open complaints assigned to them
    (up to 1.000+).

    Empty for an admin without sections, and when the store cannot answer (the page itself,
    an error page perhaps, is shown without them).
    """
    if viewer.is_admin and not viewer.sections:
        return {}
    sections = None if viewer.all_sections else viewer.sections
    found = open_unread_and_mine(store, sections, viewer.officer_id, (UNREAD_CAP, CAP))
    if found is None:
        return {}
    return {"unread": shown(found[0], cap=UNREAD_CAP), "mine": shown(found[1])}
