"""Queries of the desk's inbox: a filter's conditions within the reader's sections, a page by
keyset (or a search's page by rank), the tab counts that stop at a cap, and the navigation's
counts. desk/inbox.py reads the filter from the query string and shows the rows."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal, or_, true, union_all
from sqlalchemy import select as sa_select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session, col

from store import fulltext
from store.complaints import scope
from store.db import Store
from store.fulltext import Query
from store.models import Complaint
from store.queries import OPEN_STATUSES
from store.unread import unread

STATUSES = ("baru", "diproses", "selesai", "ditutup")
EXCERPT = 160  # characters of a complaint's text in a row (one more is read, to know it goes on)
TAGGED_SECTIONS = 3  # a search asks the index for at most this many sections by tag
# Unread counts stop here (shown "100+"): each unread complaint is found by testing the
# complaints of the view one by one against the officer's last-seen markers, so a count of a
# thousand would read the thousands the officer has already opened as well.
UNREAD_CAP = 100
# A search's tab counts stop here too (shown "100+"): they count among its newest matches, and
# finding the newest thousand of a name that one complaint in a hundred has read a hundred
# thousand complaints (a supervisor's search at a million); a hundred read ten thousand.
SEARCH_COUNT_CAP = 100


@dataclass(frozen=True)
class Reader:
    """Whose inbox: the sections they may see (None: every section) and who they are."""

    sections: tuple[str, ...] | None
    officer_id: int


@dataclass(frozen=True)
class Wanted:
    """What the inbox filter asks, as values (desk/inbox.py's InboxFilter reads them)."""

    status: str = "terbuka"
    channel: str = ""
    section: str = ""
    overdue: bool = False
    triage: bool = False
    q: str = ""
    after: str = ""
    mine: str = ""
    unread: bool = False
    search: Query | None = field(default=None, compare=False)


def conditions(
    viewer: Reader, f: Wanted, now: datetime, *, status: bool = True, text: bool = True
) -> list[Any]:
    """The WHERE conditions of a filter, always within the viewer's sections."""
    if f.section and viewer.sections is not None and f.section not in viewer.sections:
        # Another section's tab: nothing to read. PostgreSQL did not see that two sections
        # asked of one complaint contradict each other, and read an officer's whole section
        # for the page and its counts (60 ms at a million).
        return [false()]
    where: list[Any] = [scope(viewer.sections)]
    if f.section:
        where.append(col(Complaint.section) == f.section)
    if f.channel:
        where.append(col(Complaint.channel) == f.channel)
    if f.triage:
        # `= 1` on SQLite, not `IS 1`: its planner skipped over the index's triage values for
        # the latter when the status was not asked (the tab counts of "Semua": 30 ms each).
        where.append(col(Complaint.needs_triage) == true())
    if f.overdue:
        where += [col(Complaint.status).in_(OPEN_STATUSES), col(Complaint.due_at) < now]
    if f.q and text:
        where.append(fulltext.matching(f.search) if f.search else false())
    where += _assignee(viewer, f)
    if f.unread:
        where.append(unread(viewer.officer_id))
    where += _status(f) if status else []
    return where


def _assignee(viewer: Reader, f: Wanted) -> list[Any]:
    """The "Milik saya" / "Belum ada yang menangani" condition, if the filter asks one."""
    if f.mine == "saya":
        return [_assignee_column(f) == viewer.officer_id]
    if f.mine == "belum":
        return [_assignee_column(f).is_(None)]
    return []


class _Unindexed(ColumnElement[Any]):
    """A column that SQLite's planner may not look up by an index (`+column`); plain elsewhere."""

    inherit_cache = False

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(_Unindexed)
def _plain(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_Unindexed, "sqlite")
def _plus(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


def _assignee_column(f: Wanted) -> Any:
    """complaint.assignee_id in a condition of this filter. With the triage filter, SQLite
    chose the assignee's index (every complaint nobody has taken, a third of them) and read
    each row to test the triage mark, where the triage index holds the assignee too: 300 ms
    at a million for an officer's tab counts. Its planner cannot tell a NULL assignee from an
    officer's (ANALYZE keeps an average per value), so the assignee is kept out of its choice."""
    return _Unindexed(col(Complaint.assignee_id)) if f.triage else col(Complaint.assignee_id)


def _status(f: Wanted) -> list[Any]:
    """The status tab's condition ("semua": none)."""
    if f.status == "terbuka":
        return [col(Complaint.status).in_(OPEN_STATUSES)]
    if f.status in STATUSES:
        return [col(Complaint.status) == f.status]
    return []


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


def page(
    session: Session, viewer: Reader, f: Wanted, now: datetime, size: int
) -> tuple[list[Any], str | None]:
    """One page of the inbox (rows of PAGE_COLUMNS and the text's head) and the cursor of the
    next page (None on the last)."""
    if f.q:
        return _search_page(session, viewer, f, now, size)
    nulls_first = session.connection().dialect.name == "sqlite"
    after = _after(f.after, nulls_first) if f.after else None
    columns = (*PAGE_COLUMNS, func.substr(col(Complaint.text), 1, EXCERPT + 1).label("excerpt"))
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
    return found[:size], _cursor(found[size - 1]) if len(found) > size else None


def _cursor(row: Any) -> str:
    """The cursor that continues after this row: `<due epoch micros or n>.<id>`."""
    due = "n" if row[8] is None else str(int(row[8].timestamp() * 1_000_000))
    return f"{due}.{row[0]}"


PAGE_COLUMNS = tuple(
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


def _search_page(
    session: Session, viewer: Reader, f: Wanted, now: datetime, size: int
) -> tuple[list[Any], str | None]:
    """Search results, best first (among the newest CAP matches), by keyset on (rank, id)."""
    if f.search is None:
        return [], None
    where = conditions(viewer, f, now, text=False)
    tagged = _tagged(viewer, f, status=True)
    after = _rank_cursor(f.after)
    if session.connection().dialect.name == "sqlite":
        return _search_page_ranked_here(session, f, size, where, tagged, after)
    # When the tags say all the filter asks (a status tab within the viewer's sections), the
    # hits are the index's alone, walked newest first (79 ms for an officer's common word at a
    # million, against 450 ms joined to each complaint); `where` still decides the rows shown.
    covered = _tags_cover(viewer, f)
    # The GIN probe (store/fulltext.py's _few_matches) runs while hits() is built: within the
    # walk's settings, it needs none of its own.
    with fulltext.walking(session):
        hits = fulltext.hits(
            session, f.search, [] if covered else where, tagged=tagged, tab=_tab(viewer, f)
        )
        found: list[Any] = list(session.connection().execute(_best(hits, where, after, size)))
    if len(found) <= size:
        return found, None
    return found[:size], f"r{float(found[size - 1][10])!r}.{found[size - 1][0]}"


def _best(hits: Any, where: list[Any], after: tuple[float, int] | None, size: int) -> Any:
    """The page's rows among the hits: the page's ids first, then their rows (the text of the
    other matches is never read)."""
    best = sa_select(hits.c.id, hits.c.rank)
    if after is not None:
        later = and_(hits.c.rank == after[0], hits.c.id > after[1])
        best = best.where(or_(hits.c.rank > after[0], later))
    chosen = best.order_by(hits.c.rank, hits.c.id).limit(size + 1).subquery()
    stmt = sa_select(*PAGE_COLUMNS, func.substr(col(Complaint.text), 1, 2000), chosen.c.rank)
    stmt = stmt.join_from(chosen, Complaint, col(Complaint.id) == chosen.c.id)
    return stmt.where(*where).order_by(chosen.c.rank, chosen.c.id)


def _search_page_ranked_here(
    session: Session,
    f: Wanted,
    size: int,
    where: list[Any],
    tagged: list[list[str]],
    after: tuple[float, int] | None,
) -> tuple[list[Any], str | None]:
    """The SQLite page: the hits ranked by store/fulltext.py's `ranked`, then their rows."""
    assert f.search is not None
    hits = fulltext.hits(session, f.search, where, ranked=False, tagged=tagged)
    order = fulltext.ranked(session, f.search, hits)
    if after is not None:
        order = [o for o in order if o > after]
    order = order[: size + 1]
    ids = [i for _, i in order]
    stmt = sa_select(*PAGE_COLUMNS, func.substr(col(Complaint.text), 1, 2000))
    by_id = {r[0]: r for r in session.connection().execute(stmt.where(col(Complaint.id).in_(ids)))}
    rows = [by_id[i] for i in ids[:size] if i in by_id]
    if len(order) <= size:
        return rows, None
    return rows, f"r{order[size - 1][0]!r}.{order[size - 1][1]}"


def _tags_cover(viewer: Reader, f: Wanted) -> bool:
    """Whether the search's tags (_tagged) are all its conditions ask: a status tab and
    sections the viewer may see, nothing else."""
    if f.channel or f.triage or f.overdue or f.mine or f.unread:
        return False
    if viewer.sections is None:
        return True
    if f.section:
        return f.section in viewer.sections
    return 0 < len(viewer.sections) <= TAGGED_SECTIONS


def _tab(viewer: Reader, f: Wanted) -> tuple[str, tuple[str, ...]] | None:
    """The one section and the statuses a search's matches must have, when the filter asks
    both (store/fulltext.py's hits may then walk that tab's complaints)."""
    sections = (f.section,) if f.section else viewer.sections or ()
    statuses = _tagged_statuses(f, status=True)
    if len(sections) != 1 or not statuses:
        return None
    return sections[0], statuses


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


def _tagged(viewer: Reader, f: Wanted, status: bool) -> list[list[str]]:
    """The statuses and sections a search's matches must have (store/fulltext.py's tag_terms),
    as the filter's conditions ask; a viewer's many sections are left to the conditions."""
    statuses = _tagged_statuses(f, status)
    sections = (f.section,) if f.section else viewer.sections or ()
    return fulltext.tag_terms(statuses, sections if len(sections) <= TAGGED_SECTIONS else ())


def _tagged_statuses(f: Wanted, status: bool) -> tuple[str, ...]:
    """The statuses a search's matches must have: the tab's (with `status`), the open ones for
    the overdue filter; none: any."""
    if status and f.status in STATUSES:
        return (f.status,)
    if (status and f.status == "terbuka") or f.overdue:
        return OPEN_STATUSES
    return ()


def capped_subquery(where: Sequence[Any], cap: int) -> Any:
    """A scalar subquery: how many complaints meet `where`, counting no further than cap + 1."""
    inner = sa_select(col(Complaint.id)).where(*where).limit(cap + 1).subquery()
    return sa_select(func.count()).select_from(inner).scalar_subquery()


def open_unread_and_mine(
    store: Store, sections: Sequence[str] | None, officer_id: int, caps: tuple[int, int]
) -> tuple[int, int] | None:
    """Of the open complaints within `sections` (None: all): how many are unread by the officer
    and how many are assigned to them, each counted up to its cap + 1, in one statement; None
    when the store cannot answer."""
    where = [scope(sections), col(Complaint.status).in_(OPEN_STATUSES)]
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


def counts(
    session: Session, viewer: Reader, f: Wanted, now: datetime
) -> tuple[dict[str, int], int, bool]:
    """How many complaints per status (and overdue) match the filter's other conditions.

    Counts stop at CAP (1.000+), so that no tab scans a million rows; a search counts among its
    newest SEARCH_COUNT_CAP matches (100+); the counts of what is unread stop at UNREAD_CAP
    (100+). Returns the counts of every tab, the cap they stop at, and whether a search's
    matches may go on past its cap (its counts are then lower bounds).
    """
    where = conditions(viewer, f, now, status=False)
    if f.q:
        return _search_counts(session, viewer, f, now)
    cap = UNREAD_CAP if f.unread else fulltext.CAP
    late = [col(Complaint.status).in_(OPEN_STATUSES), col(Complaint.due_at) < now]
    whose = conditions(viewer, replace(f, mine=""), now)
    if f.status == "semua":
        # The statuses the "Semua" tab shows (page() reads each): an index that starts with the
        # triage mark and the status is then read per status, where SQLite skipped through it
        # (70 ms at a million for each of these two counts of an officer's triage filter).
        whose.append(col(Complaint.status).in_(STATUSES))
    if f.unread and session.connection().dialect.name == "postgresql":
        # Both values of the triage mark, which every complaint has one of: PostgreSQL may then
        # read ix_complaint_triage_status_section_due_id_assignee value by value. Without it,
        # a count that stops at its cap after a filter (what the officer has not read) took
        # that index for one that starts with the section and read it whole from its first
        # entry (47 ms for one status of an officer's "Belum dibaca" at a million; 4 ms with).
        # Only there: in the other counts it moved some plans to worse indexes.
        both = col(Complaint.needs_triage).in_([False, True])
        where, whose = [*where, both], [*whose, both]
    mine = _assignee_column(f) == viewer.officer_id
    nobody = _assignee_column(f).is_(None)
    # Every count in one statement: one round trip, not seven.
    # The overdue filter asks for open complaints only: the other statuses' counts are 0, and
    # asked of the database they read a whole index range (153,000 entries for the closed
    # complaints over WhatsApp at a million) to find none.
    cells = [
        capped_subquery([*where, col(Complaint.status) == s], cap)
        if s in OPEN_STATUSES or not f.overdue
        else literal(0)
        for s in STATUSES
    ]
    cells += [capped_subquery([*where, *late], cap)]
    cells += [capped_subquery([*whose, mine], cap), capped_subquery([*whose, nobody], cap)]
    found = [int(v) for v in session.connection().execute(sa_select(*cells)).one()]
    n = dict(zip(STATUSES, found, strict=False))
    out = dict(n)
    out["terlambat"] = found[4]
    out["terbuka"] = sum(n[s] for s in OPEN_STATUSES)
    out["semua"] = sum(n.values())
    out["saya"], out["belum"] = found[5], found[6]
    return out, cap, False


def _search_counts(
    session: Session, viewer: Reader, f: Wanted, now: datetime
) -> tuple[dict[str, int], int, bool]:
    """The tab counts of a search, all from one read of its newest SEARCH_COUNT_CAP matches
    (whoever's).

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
        with fulltext.walking(session):  # the probe of hits() too (see _search_page)
            hits = fulltext.hits(
                session,
                f.search,
                where,
                ranked=False,
                tagged=tagged,
                columns=extra,
                cap=SEARCH_COUNT_CAP,
            )
            counted = session.connection().execute(_counted(hits, viewer, f, now)).all()
        for status, *numbers in counted:
            found[status] = [int(n or 0) for n in numbers]
    more = sum(v[4] for v in found.values()) >= SEARCH_COUNT_CAP
    n = {s: v[0] for s, v in found.items()}
    out = dict(n)
    out["terlambat"] = sum(found[s][1] for s in OPEN_STATUSES)
    out["terbuka"] = sum(n[s] for s in OPEN_STATUSES)
    out["semua"] = sum(n.values())
    tabbed = {"terbuka": OPEN_STATUSES, "semua": STATUSES}.get(f.status, (f.status,))
    out["saya"] = sum(found[s][2] for s in tabbed if s in found)
    out["belum"] = sum(found[s][3] for s in tabbed if s in found)
    return out, SEARCH_COUNT_CAP, more


def _counted(hits: Any, viewer: Reader, f: Wanted, now: datetime) -> Any:
    """Per status of the hits: the tab's matches, the tab's late ones, the viewer's, nobody's,
    everyone's."""
    mine = hits.c.assignee_id == viewer.officer_id
    nobody = hits.c.assignee_id.is_(None)
    tab = {"saya": mine, "belum": nobody}.get(f.mine, true())
    late = and_(tab, hits.c.due_at < now)
    numbers = (_number(c) for c in (tab, late, mine, nobody, true()))
    return sa_select(hits.c.status, *numbers).group_by(hits.c.status)


def _number(condition: Any) -> Any:
    """How many rows of a group meet the condition."""
    return func.sum(case((condition, 1), else_=0))
