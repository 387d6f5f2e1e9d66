"""The inbox query: a viewer's complaints, filtered, by due date, with keyset pagination."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup
from sqlalchemy import and_, case, false, func, or_, true, union_all
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from desk import search as fts
from desk.access import Viewer
from desk.search import Query
from desk.unread import CAP as UNREAD_CAP
from desk.unread import unread
from routing.text import Normaliser
from store import inbox as store_inbox
from store.inbox import section_scope
from store.models import Complaint
from store.queries import OPEN_STATUSES

STATUSES = ("baru", "diproses", "selesai", "ditutup")
STATUS_FILTERS = ("terbuka", *STATUSES, "semua")
# Whose: the viewer's own complaints, or those nobody handles yet (desk/assign.py).
MINE = ("saya", "belum")
EXCERPT = 160
# A search names at most this many sections in its full-text query (see _tagged).
TAGGED_SECTIONS = 3


@dataclass(frozen=True)
class InboxFilter:
    """What the officer asked for in the inbox's query string."""

    status: str = "terbuka"
    channel: str = ""
    section: str = ""
    overdue: bool = False
    triage: bool = False
    q: str = ""
    after: str = ""
    mine: str = ""  # "", or one of MINE
    unread: bool = False
    search: Query | None = field(default=None, compare=False)

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


def conditions(
    viewer: Viewer, f: InboxFilter, now: datetime, *, status: bool = True, text: bool = True
) -> list[Any]:
    """The WHERE conditions of a filter, always within the viewer's sections."""
    where: list[Any] = [scope(viewer)]
    if f.section:
        where.append(col(Complaint.section) == f.section)
    if f.channel:
        where.append(col(Complaint.channel) == f.channel)
    if f.triage:
        where.append(col(Complaint.needs_triage).is_(True))
    if f.overdue:
        where += [col(Complaint.status).in_(OPEN_STATUSES), col(Complaint.due_at) < now]
    if f.q and text:
        where.append(fts.matching(f.search) if f.search else false())
    if f.mine == "saya":
        where.append(col(Complaint.assignee_id) == viewer.officer_id)
    elif f.mine == "belum":
        where.append(col(Complaint.assignee_id).is_(None))
    if f.unread:
        where.append(unread(viewer.officer_id))
    if status and f.status == "terbuka":
        where.append(col(Complaint.status).in_(OPEN_STATUSES))
    elif status and f.status in STATUSES:
        where.append(col(Complaint.status) == f.status)
    return where


def scope(viewer: Viewer) -> Any:
    """The viewer's sections (as Viewer.scope), one section as `=` (store/inbox.py)."""
    return section_scope(None if viewer.all_sections else viewer.sections)


_CURSOR_NUMBER = re.compile(r"[0-9]{1,18}")


def _after(cursor: str, nulls_first: bool) -> Any | None:
    """Keyset condition after a cursor `<due epoch micros or n>.<id>`.

    Rows without a due date sort where the backend puts NULLs by default (first on SQLite,
    last on PostgreSQL), so that both can walk their due-date index instead of sorting.
    """
    due_part, _, id_part = cursor.partition(".")
    if not _CURSOR_NUMBER.fullmatch(id_part):  # ASCII digits within BIGINT, or no cursor
        return None
    last_id = int(id_part)
    no_due, has_due = col(Complaint.due_at).is_(None), col(Complaint.due_at).is_not(None)
    if due_part == "n":
        after_nulls = and_(no_due, col(Complaint.id) > last_id)
        return or_(after_nulls, has_due) if nulls_first else after_nulls
    if not _CURSOR_NUMBER.fullmatch(due_part):
        return None
    try:
        due = datetime.fromtimestamp(int(due_part) / 1_000_000, UTC)
    except (OverflowError, ValueError, OSError):  # beyond the calendar: no such page
        return None
    later = or_(
        col(Complaint.due_at) > due,
        and_(col(Complaint.due_at) == due, col(Complaint.id) > last_id),
    )
    return later if nulls_first else or_(later, no_due)


def cursor_of(row: Row) -> str:
    """The cursor that continues after this row."""
    due = "n" if row.due_at is None else str(int(row.due_at.timestamp() * 1_000_000))
    return f"{due}.{row.id}"


def page(
    session: Session, viewer: Viewer, f: InboxFilter, now: datetime, size: int
) -> tuple[list[Row], str | None]:
    """One page of the inbox and the cursor of the next page (None on the last)."""
    if f.q:
        return _search_page(session, viewer, f, now, size)
    nulls_first = session.connection().dialect.name == "sqlite"
    after = _after(f.after, nulls_first) if f.after else None
    columns = (*_COLUMNS, func.substr(col(Complaint.text), 1, EXCERPT + 1).label("excerpt"))
    order = (col(Complaint.due_at), col(Complaint.id))
    if f.status in ("terbuka", "semua"):
        # Each status read in its own keyset order (an index on status, due_at, id, or one that
        # starts with the section or the assignee and then has these) and the parts merged: a
        # plain `status IN (...)` walks every complaint by due date, the answered ones included,
        # and no status at all sorts every complaint the other conditions leave (every
        # unassigned complaint for "Belum ada yang menangani", 2 s at a million).
        where = conditions(viewer, f, now, status=False)
        if after is not None:
            where.append(after)
        parts = [
            sa_select(*columns)
            .where(*where, col(Complaint.status) == s)
            .order_by(*order)
            .limit(size + 1)
            .subquery()
            for s in (OPEN_STATUSES if f.status == "terbuka" else STATUSES)
        ]
        merged = union_all(*(sa_select(*p.c) for p in parts)).subquery()
        stmt = sa_select(*merged.c).order_by(merged.c.due_at, merged.c.id).limit(size + 1)
    else:
        where = conditions(viewer, f, now)
        if after is not None:
            where.append(after)
        stmt = sa_select(*columns).where(*where).order_by(*order).limit(size + 1)
    found: list[Any] = list(session.connection().execute(stmt).all())
    rows = [_row(r, now, None) for r in found[:size]]
    return rows, cursor_of(rows[-1]) if len(found) > size else None


_COLUMNS = tuple(
    col(c)
    for c in (
        Complaint.id,
        Complaint.tracking_code,
        Complaint.section,
        Complaint.status,
        Complaint.channel,
        Complaint.subject,
        Complaint.needs_triage,
        Complaint.created_at,
        Complaint.due_at,
    )
)


def _row(r: Any, now: datetime, query: Query | None) -> Row:
    assert r[0] is not None
    late = r[3] in OPEN_STATUSES and r[8] is not None and r[8] < now
    marked = fts.highlight(query, str(r[9]), EXCERPT) if query else None
    excerpt = " ".join(str(r[9]).split())
    if len(excerpt) > EXCERPT:
        excerpt = excerpt[:EXCERPT].rstrip() + "…"
    return Row(r[0], r[1], r[2], r[3], r[4], r[5], excerpt, r[6], r[7], r[8], late, marked)


def _search_page(
    session: Session, viewer: Viewer, f: InboxFilter, now: datetime, size: int
) -> tuple[list[Row], str | None]:
    """Search results, best first (among the newest CAP matches), by keyset on (rank, id)."""
    if f.search is None:
        return [], None
    where = conditions(viewer, f, now, text=False)
    tagged = _tagged(viewer, f, status=True)
    after = _rank_cursor(f.after)
    if session.connection().dialect.name == "sqlite":
        return _search_page_ranked_here(session, f, now, size, where, tagged, after)
    # When the tags say all the filter asks (a status tab within the viewer's sections), the
    # hits are the index's alone, walked newest first (79 ms for an officer's common word at a
    # million, against 450 ms joined to each complaint); `where` still decides the rows shown.
    covered = _tags_cover(viewer, f)
    hits = fts.hits(session, f.search, [] if covered else where, tagged=tagged)
    # The page's ids first, then their rows: the text of the other matches is never read.
    best = sa_select(hits.c.id, hits.c.rank)
    if after is not None:
        later = and_(hits.c.rank == after[0], hits.c.id > after[1])
        best = best.where(or_(hits.c.rank > after[0], later))
    chosen = best.order_by(hits.c.rank, hits.c.id).limit(size + 1).subquery()
    stmt = sa_select(*_COLUMNS, func.substr(col(Complaint.text), 1, 2000), chosen.c.rank)
    stmt = stmt.join_from(chosen, Complaint, col(Complaint.id) == chosen.c.id)
    stmt = stmt.where(*where).order_by(chosen.c.rank, chosen.c.id)
    with fts.walking(session) if not covered else nullcontext():
        found: list[Any] = list(session.connection().execute(stmt).all())
    rows = [_row(r, now, f.search) for r in found[:size]]
    if len(found) <= size:
        return rows, None
    return rows, f"r{float(found[size - 1][10])!r}.{rows[-1].id}"


def _search_page_ranked_here(
    session: Session,
    f: InboxFilter,
    now: datetime,
    size: int,
    where: list[Any],
    tagged: list[list[str]],
    after: tuple[float, int] | None,
) -> tuple[list[Row], str | None]:
    """The SQLite page: the hits ranked by desk/search.py's `ranked`, then their rows."""
    assert f.search is not None
    hits = fts.hits(session, f.search, where, ranked=False, tagged=tagged)
    order = fts.ranked(session, f.search, hits)
    if after is not None:
        order = [o for o in order if o > after]
    order = order[: size + 1]
    ids = [i for _, i in order]
    stmt = sa_select(*_COLUMNS, func.substr(col(Complaint.text), 1, 2000))
    by_id = {r[0]: r for r in session.connection().execute(stmt.where(col(Complaint.id).in_(ids)))}
    rows = [_row(by_id[i], now, f.search) for i in ids[:size] if i in by_id]
    if len(order) <= size:
        return rows, None
    return rows, f"r{order[size - 1][0]!r}.{order[size - 1][1]}"


def _tags_cover(viewer: Viewer, f: InboxFilter) -> bool:
    """Whether the search's tags (_tagged) are all its conditions ask: a status tab and
    sections the viewer may see, nothing else."""
    if f.channel or f.triage or f.overdue or f.mine or f.unread:
        return False
    if f.section:
        return viewer.can_see(f.section)
    return viewer.all_sections or 0 < len(viewer.sections) <= TAGGED_SECTIONS


def _rank_cursor(cursor: str) -> tuple[float, int] | None:
    """(rank, id) of a search page's cursor `r<rank>.<id>`, or None."""
    rank_part, _, id_part = cursor.removeprefix("r").rpartition(".")
    if not (cursor.startswith("r") and _CURSOR_NUMBER.fullmatch(id_part)):
        return None
    try:
        rank = float(rank_part)
    except ValueError:
        return None
    return (rank, int(id_part)) if math.isfinite(rank) else None


def _tagged(viewer: Viewer, f: InboxFilter, status: bool) -> list[list[str]]:
    """The statuses and sections a search's matches must have (desk/search.py's tag_terms),
    as the filter's conditions ask; a viewer's many sections are left to the conditions."""
    statuses: tuple[str, ...] = ()
    if status and f.status in STATUSES:
        statuses = (f.status,)
    elif (status and f.status == "terbuka") or f.overdue:
        statuses = OPEN_STATUSES
    sections = (f.section,) if f.section else () if viewer.all_sections else viewer.sections
    return fts.tag_terms(statuses, sections if len(sections) <= TAGGED_SECTIONS else ())


def capped_count(session: Session, where: list[Any], cap: int = fts.CAP) -> int:
    """How many complaints meet `where`, counting no further than cap + 1."""
    return int(session.connection().execute(sa_select(capped_subquery(where, cap))).scalar_one())


def capped_subquery(where: list[Any], cap: int = fts.CAP) -> Any:
    """A scalar subquery: how many complaints meet `where`, counting no further than cap + 1."""
    return store_inbox.capped_subquery(where, cap)


def shown(n: int, more: bool = False, cap: int = fts.CAP) -> str:
    """A count as the tabs show it: 1.000+ when there are more than cap (or maybe more)."""
    if n > cap:
        return f"{cap:,}+".replace(",", ".")
    return f"{n:,}".replace(",", ".") + ("+" if more else "")


def counts(session: Session, viewer: Viewer, f: InboxFilter, now: datetime) -> dict[str, str]:
    """How many complaints per status (and overdue) match the filter's other conditions.

    Counts stop at CAP (1.000+), so that no tab scans a million rows; a search counts among its
    newest CAP matches; the counts of what is unread stop at desk/unread.py's CAP (100+).
    """
    where = conditions(viewer, f, now, status=False)
    if f.q:
        return _search_counts(session, viewer, f, now)
    cap = UNREAD_CAP if f.unread else fts.CAP
    late = [col(Complaint.status).in_(OPEN_STATUSES), col(Complaint.due_at) < now]
    whose = conditions(viewer, replace(f, mine=""), now)
    mine = col(Complaint.assignee_id) == viewer.officer_id
    nobody = col(Complaint.assignee_id).is_(None)
    # Every count in one statement: one round trip, not seven.
    cells = [capped_subquery([*where, col(Complaint.status) == s], cap) for s in STATUSES]
    cells += [capped_subquery([*where, *late], cap)]
    cells += [capped_subquery([*whose, mine], cap), capped_subquery([*whose, nobody], cap)]
    found = [int(v) for v in session.connection().execute(sa_select(*cells)).one()]
    n = dict(zip(STATUSES, found, strict=False))
    out = {s: shown(v, cap=cap) for s, v in n.items()}
    out["terlambat"] = shown(found[4], cap=cap)
    out["terbuka"] = shown(sum(n[s] for s in OPEN_STATUSES), cap=cap)
    out["semua"] = shown(sum(n.values()), cap=cap)
    out["saya"], out["belum"] = shown(found[5], cap=cap), shown(found[6], cap=cap)
    return out


def _search_counts(
    session: Session, viewer: Viewer, f: InboxFilter, now: datetime
) -> dict[str, str]:
    """The tab counts of a search, all from one read of its newest CAP matches (whoever's).

    One full-text query serves the status tabs and "Milik saya" / "Belum ada yang menangani":
    a common word matches hundreds of thousands of complaints, and each separate count would
    read them all again.
    """
    # Per status: the tab's matches, the tab's late ones, the viewer's, nobody's, everyone's.
    found = {status: [0, 0, 0, 0, 0] for status in STATUSES}
    if f.search is not None:
        where = conditions(viewer, replace(f, mine=""), now, status=False, text=False)
        tagged = _tagged(viewer, f, status=False)
        # The hits carry what the counts need: no second read of the complaints by id (which
        # PostgreSQL did as a hash join over the whole table).
        extra = (col(Complaint.status), col(Complaint.due_at), col(Complaint.assignee_id))
        hits = fts.hits(session, f.search, where, ranked=False, tagged=tagged, columns=extra)
        mine = hits.c.assignee_id == viewer.officer_id
        nobody = hits.c.assignee_id.is_(None)
        tab = {"saya": mine, "belum": nobody}.get(f.mine, true())
        late = and_(tab, hits.c.due_at < now)
        stmt = sa_select(
            hits.c.status, *(_number(c) for c in (tab, late, mine, nobody, true()))
        ).group_by(hits.c.status)
        with fts.walking(session):
            counted = session.connection().execute(stmt).all()
        for status, *numbers in counted:
            found[status] = [int(n or 0) for n in numbers]
    more = sum(v[4] for v in found.values()) >= fts.CAP
    n = {s: v[0] for s, v in found.items()}
    out = {s: shown(v, more) for s, v in n.items()}
    out["terlambat"] = shown(sum(found[s][1] for s in OPEN_STATUSES), more)
    out["terbuka"] = shown(sum(n[s] for s in OPEN_STATUSES), more)
    out["semua"] = shown(sum(n.values()), more)
    tabbed = {"terbuka": OPEN_STATUSES, "semua": STATUSES}.get(f.status, (f.status,))
    out["saya"] = shown(sum(found[s][2] for s in tabbed if s in found), more)
    out["belum"] = shown(sum(found[s][3] for s in tabbed if s in found), more)
    return out


def _number(condition: Any) -> Any:
    """How many rows of a group meet the condition."""
    return func.sum(case((condition, 1), else_=0))
