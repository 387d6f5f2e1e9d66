"""The statistics' queries (accountability/statistics.py computes and suppresses): completed
surveys' answers and comments, and a period's complaints counted by the database, GROUP BY
section and channel, local day, and pairs of local days (created and closed, created and first
replied)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Date,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    type_coerce,
)
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from store.models import Complaint, Outbox, Survey


def survey_answers(
    session: Session, start: datetime, end: datetime, sections: Sequence[str] | None = None
) -> dict[str, list[list[int]]]:
    """Completed surveys' answers per section, finished within [start, end)."""
    stmt = select(Survey.section, Survey.answers).where(
        col(Survey.status) == "done",
        col(Survey.finished_at) >= start,
        col(Survey.finished_at) < end,
    )
    if sections is not None:
        stmt = stmt.where(col(Survey.section).in_(sections))
    out: dict[str, list[list[int]]] = {}
    for section, answers in session.exec(stmt):
        out.setdefault(section, []).append(list(answers))
    return out


def comments(
    session: Session, sections: Sequence[str], start: datetime, end: datetime, limit: int
) -> list[tuple[datetime, str, str]]:
    """(finished, section, comment) of the sections' surveys in the period, newest first."""
    stmt = (
        select(Survey.finished_at, Survey.section, Survey.comment)
        .where(col(Survey.section).in_(sections), col(Survey.comment).is_not(None),
               col(Survey.finished_at) >= start, col(Survey.finished_at) < end)
        .order_by(col(Survey.finished_at).desc())
        .limit(limit)
    )  # fmt: skip
    return [(at, s, c) for at, s, c in session.exec(stmt) if at is not None and c]


_EPOCH, _FAR = datetime(1970, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=8)
def _offsets(tz: str) -> tuple[tuple[str, int], ...]:
    """The zone's UTC offsets in minutes, 1970-2100: (UTC moment it starts, minutes), in order.

    SQLite has no time zones: a local day there is `date(utc, '+N minutes')` per stretch.
    """
    zone = ZoneInfo(tz)

    def minutes(at: datetime) -> int:
        offset = at.astimezone(zone).utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else 0

    out = [(_EPOCH, minutes(_EPOCH))]
    day = _EPOCH
    while day < _FAR:
        following = day + timedelta(days=1)
        if minutes(following) != out[-1][1]:
            low, high = day, following  # the change lies in (low, high]: to the second
            while high - low > timedelta(seconds=1):
                mid = low + (high - low) / 2
                low, high = (mid, high) if minutes(mid) == out[-1][1] else (low, mid)
            out.append((high, minutes(high)))
        day = following
    return tuple((at.strftime("%Y-%m-%d %H:%M:%S"), m) for at, m in out)


def _local_day(column: Any, tz: str, dialect: str, window: tuple[datetime, datetime]) -> Any:
    """SQL for the calendar day of a UTC column in the service zone.

    PostgreSQL converts by zone name. SQLite adds the offset of the stretch a moment falls in,
    taking the stretches that begin within `window` (a moment after it keeps the last one's
    offset: the window reaches years past today, and Indonesia's zones have no changes at all).
    """
    if dialect == "postgresql":
        return cast(func.timezone(tz, column), Date)
    low, high = (w.strftime("%Y-%m-%d %H:%M:%S") for w in window)
    stretches = _offsets(tz)
    first = max((i for i, (start, _) in enumerate(stretches) if start <= low), default=0)
    used = [s for s in stretches[first:] if s[0] <= high]

    def day(m: int) -> Any:
        return func.date(column, literal_column(f"'{m:+d} minutes'"))

    if len(used) == 1:
        return day(used[0][1])
    # The newest stretch first: `column >= start` picks the stretch a moment falls in. The
    # moments are ours (digits, dashes, colons): written into the SQL, not bound as datetimes.
    text_column = type_coerce(column, String)
    whens = [
        (text_column >= literal_column(f"'{start}'"), day(m)) for start, m in reversed(used[1:])
    ]
    return case(*whens, else_=day(used[0][1]))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@dataclass(frozen=True)
class ComplaintCounts:
    """A period's complaints as the database counted them: memory grows with the groups."""

    by_section_channel: dict[tuple[str, str], int]
    decided: int  # closed, or past their due date
    within: int  # closed by their due date
    by_day: dict[date, int]  # by local day of arrival
    resolved: Counter[tuple[date, date]]  # (local day of arrival, of closing) -> complaints
    first_replies: Counter[tuple[date, date]]  # (local day of arrival, of first reply) -> ...


def complaint_counts(
    session: Session, start: datetime, end: datetime, now: datetime, tz: str
) -> ComplaintCounts:
    """The complaints that arrived within [start, end), counted; local days in zone `tz`."""
    conn = session.connection()
    dialect = conn.dialect.name
    created, closed, due = (
        col(Complaint.created_at),
        col(Complaint.closed_at),
        col(Complaint.due_at),
    )
    period = [created >= start, created < end]
    decided = or_(closed.is_not(None), and_(due.is_not(None), due < now))
    within = and_(closed.is_not(None), due.is_not(None), closed <= due)
    one = literal(1)
    section, channel = col(Complaint.section), col(Complaint.channel)
    cells: dict[tuple[str, str], int] = {}
    n_decided = n_within = 0
    for s, c, n, d, w in conn.execute(
        sa_select(section, channel, func.count(), func.sum(case((decided, one), else_=0)),
                  func.sum(case((within, one), else_=0)))
        .where(*period)
        .group_by(section, channel)
    ):  # fmt: skip
        cells[(s, c)] = int(n)
        n_decided, n_within = n_decided + int(d or 0), n_within + int(w or 0)
    window = (start - timedelta(days=2), max(end, now) + timedelta(days=3 * 366))
    created_day = _local_day(created, tz, dialect, window)
    by_day = {
        _day(d): int(n)
        for d, n in conn.execute(
            sa_select(created_day, func.count()).where(*period).group_by(created_day)
        )
    }
    closed_day = _local_day(closed, tz, dialect, window)
    ends: Counter[tuple[date, date]] = Counter()
    for d, e, n in conn.execute(
        sa_select(created_day, closed_day, func.count())
        .where(*period, closed.is_not(None))
        .group_by(created_day, closed_day)
    ):
        ends[(_day(d), _day(e))] += int(n)
    # The first reply of each complaint of the period (looked up per complaint of the index's
    # range), then complaints per (day, reply day).
    reply = (
        sa_select(func.min(col(Outbox.created_at)))
        .where(col(Outbox.complaint_id) == col(Complaint.id), col(Outbox.kind) == "reply")
        .scalar_subquery()
    )
    first = sa_select(created.label("created_at"), reply.label("at")).where(*period).subquery()
    first_day = _local_day(first.c.created_at, tz, dialect, window)
    reply_day = _local_day(first.c.at, tz, dialect, window)
    firsts: Counter[tuple[date, date]] = Counter()
    for d, r, n in conn.execute(
        sa_select(first_day, reply_day, func.count())
        .where(first.c.at.is_not(None))
        .group_by(first_day, reply_day)
    ):
        firsts[(_day(d), _day(r))] += int(n)
    return ComplaintCounts(cells, n_decided, n_within, by_day, ends, firsts)
