"""The inbox query: a viewer's complaints, filtered, by due date, with keyset pagination."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from desk.access import Viewer
from store.models import Complaint
from store.queries import OPEN_STATUSES

STATUSES = ("baru", "diproses", "selesai", "ditutup")
STATUS_FILTERS = ("terbuka", *STATUSES, "semua")
EXCERPT = 160


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

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> InboxFilter:
        """Read the filter from query parameters, ignoring what is not valid."""
        status = params.get("status", "terbuka")
        return cls(
            status=status if status in STATUS_FILTERS else "terbuka",
            channel=params.get("kanal", "")[:32],
            section=params.get("bagian", "")[:64],
            overdue=params.get("terlambat") == "1",
            triage=params.get("triase") == "1",
            q=" ".join(params.get("q", "").split())[:100],
            after=params.get("setelah", "")[:64],
        )

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


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(viewer: Viewer, f: InboxFilter, now: datetime, *, status: bool = True) -> list[Any]:
    """The WHERE conditions of a filter, always within the viewer's sections."""
    where: list[Any] = [viewer.scope()]
    if f.section:
        where.append(col(Complaint.section) == f.section)
    if f.channel:
        where.append(col(Complaint.channel) == f.channel)
    if f.triage:
        where.append(col(Complaint.needs_triage).is_(True))
    if f.overdue:
        where += [col(Complaint.status).in_(OPEN_STATUSES), col(Complaint.due_at) < now]
    if f.q:
        pattern = f"%{_escape_like(f.q)}%"
        where.append(
            or_(
                col(Complaint.text).ilike(pattern, escape="\\"),
                col(Complaint.subject).ilike(pattern, escape="\\"),
                col(Complaint.tracking_code) == f.q.upper(),
            )
        )
    if status and f.status == "terbuka":
        where.append(col(Complaint.status).in_(OPEN_STATUSES))
    elif status and f.status in STATUSES:
        where.append(col(Complaint.status) == f.status)
    return where


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
    where = conditions(viewer, f, now)
    nulls_first = session.connection().dialect.name == "sqlite"
    after = _after(f.after, nulls_first) if f.after else None
    if after is not None:
        where.append(after)
    stmt = (
        sa_select(
            *(
                col(c)
                for c in (
                    Complaint.id,
                    Complaint.tracking_code,
                    Complaint.section,
                    Complaint.status,
                    Complaint.channel,
                    Complaint.subject,
                )
            ),
            func.substr(col(Complaint.text), 1, EXCERPT + 1),
            col(Complaint.needs_triage),
            col(Complaint.created_at),
            col(Complaint.due_at),
        )
        .where(*where)
        .order_by(col(Complaint.due_at), col(Complaint.id))
        .limit(size + 1)
    )
    found: list[Any] = list(session.connection().execute(stmt).all())
    rows = []
    for r in found[:size]:
        assert r[0] is not None
        excerpt = " ".join(str(r[6]).split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[:EXCERPT].rstrip() + "…"
        late = r[3] in OPEN_STATUSES and r[9] is not None and r[9] < now
        rows.append(Row(r[0], r[1], r[2], r[3], r[4], r[5], excerpt, r[7], r[8], r[9], late))
    return rows, cursor_of(rows[-1]) if len(found) > size else None


def counts(session: Session, viewer: Viewer, f: InboxFilter, now: datetime) -> dict[str, int]:
    """How many complaints per status (and overdue) match the filter's other conditions."""
    where = conditions(viewer, f, now, status=False)
    late = case((col(Complaint.due_at) < now, 1), else_=0)
    stmt = (
        sa_select(col(Complaint.status), func.count(), func.sum(late))
        .where(*where)
        .group_by(col(Complaint.status))
    )
    found = {status: 0 for status in STATUSES}
    overdue = 0
    for status, n, n_late in session.connection().execute(stmt).all():
        found[status] = n
        if status in OPEN_STATUSES:
            overdue += int(n_late or 0)
    found["terlambat"] = overdue
    found["terbuka"] = sum(found[s] for s in OPEN_STATUSES)
    found["semua"] = sum(found[s] for s in STATUSES)
    return found
