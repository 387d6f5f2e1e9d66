"""The inbox query: a viewer's complaints, filtered, by due date, with keyset pagination."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from markupsafe import Markup

from desk import search as fts
from desk.access import Viewer
from desk.search import Query
from routing.text import Normaliser
from store import inbox as queries
from store.db import Session
from store.inbox import EXCERPT, STATUSES, Reader, Wanted
from store.queries import OPEN_STATUSES

STATUS_FILTERS = ("terbuka", *STATUSES, "semua")
# Whose: the viewer's own complaints, or those nobody handles yet (desk/assign.py).
MINE = ("saya", "belum")


@dataclass(frozen=True)
class InboxFilter(Wanted):
    """What the officer asked for in the inbox's query string (`mine`: "", or one of MINE), as
    the store's queries take it (Wanted), read from and written to links here."""

    @classmethod
    def parse(
        cls, params: Mapping[str, str], norm: Normaliser | None = None, prefix: str = ""
    ) -> InboxFilter:
        """Read the filter from query parameters, ignoring what is not valid.

        With a normaliser, the search words become a full-text query (desk/search.py).
        """
        status = params.get("status", "terbuka")
        q = " ".join(params.get("q", "").split())[:100]
        found = cls(
            status=status if status in STATUS_FILTERS else "terbuka",
            channel=params.get("kanal", "")[:32],
            section=params.get("bagian", "")[:64],
            overdue=params.get("terlambat") == "1",
            triage=params.get("triase") == "1",
            q=q,
            after=params.get("setelah", "")[:64],
            mine=params.get("milik", "") if params.get("milik") in MINE else "",
            unread=params.get("dibaca") == "belum",
        )
        if q and norm is not None:
            found = replace(found, search=fts.parse(norm, q, prefix))
        return found

    def query(self, **changes: Any) -> dict[str, str]:
        """The query parameters of this filter (with changes), for links."""
        f = replace(self, **changes)
        out = {
            "status": f.status,
            "kanal": f.channel,
            "bagian": f.section,
            "terlambat": "1" if f.overdue else "",
            "triase": "1" if f.triage else "",
            "q": f.q,
            "milik": f.mine,
            "dibaca": "belum" if f.unread else "",
            "setelah": f.after,
        }
        return {k: v for k, v in out.items() if v}


@dataclass(frozen=True)
class Row:
    """One line of the inbox."""

    id: int
    tracking_code: str
    section: str
    status: str
    channel: str
    subject: str | None
    excerpt: str
    needs_triage: bool
    created_at: datetime
    due_at: datetime | None
    overdue: bool
    marked: Markup | None = None  # the excerpt around the search words, escaped, with <mark>


def reader(viewer: Viewer) -> Reader:
    """The viewer as the store's inbox queries take it."""
    return Reader(None if viewer.all_sections else viewer.sections, viewer.officer_id)


def conditions(
    viewer: Viewer, f: InboxFilter, now: datetime, *, status: bool = True, text: bool = True
) -> list[Any]:
    """The store's WHERE conditions of a filter, always within the viewer's sections (for the
    CSV export, which reads its batches through store/complaints.py)."""
    return queries.conditions(reader(viewer), f, now, status=status, text=text)


def page(
    session: Session, viewer: Viewer, f: InboxFilter, now: datetime, size: int
) -> tuple[list[Row], str | None]:
    """One page of the inbox and the cursor of the next page (None on the last)."""
    found, after = queries.page(session, reader(viewer), f, now, size)
    return [_row(r, now, f.search if f.q else None) for r in found], after


def _row(r: Any, now: datetime, query: Query | None) -> Row:
    assert r[0] is not None
    late = r[3] in OPEN_STATUSES and r[8] is not None and r[8] < now
    marked = fts.highlight(query, str(r[9]), EXCERPT) if query else None
    excerpt = " ".join(str(r[9]).split())
    if len(excerpt) > EXCERPT:
        excerpt = excerpt[:EXCERPT].rstrip() + "…"
    return Row(r[0], r[1], r[2], r[3], r[4], r[5], excerpt, r[6], r[7], r[8], late, marked)


def shown(n: int, more: bool = False, cap: int = fts.CAP) -> str:
    """A count as the tabs show it: 1.000+ when there are more than cap (or maybe more)."""
    if n > cap:
        return f"{cap:,}+".replace(",", ".")
    return f"{n:,}".replace(",", ".") + ("+" if more else "")


def counts(session: Session, viewer: Viewer, f: InboxFilter, now: datetime) -> dict[str, str]:
    """How many complaints per status (and overdue, mine, nobody's) match the filter's other
    conditions, as the tabs show them: 1.000+ past the cap, 100+ for what is unread."""
    found, cap, more = queries.counts(session, reader(viewer), f, now)
    return {tab: shown(n, more, cap) for tab, n in found.items()}
