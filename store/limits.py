"""Counters shared by every replica (the `ratelimit` table), each counted and read in one
statement, so parallel requests cannot all read a count before any of them adds to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from store.db import Store
from store.models import RateLimit

TABLE: Any = RateLimit.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Count:
    """A key's hits in its current window (this one included), and its lockout if any."""

    hits: int
    window_start: datetime
    blocked_until: datetime | None
    strikes: int


def _upsert(dialect: str) -> Any:
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(TABLE)


def hit(session: Session, key: str, now: datetime, window: timedelta) -> Count:
    """Count one hit for `key` in a fixed window of `window` that starts at its first hit."""
    expired = TABLE.c.window_start <= now - window
    stmt = _upsert(session.get_bind().dialect.name).values(
        key=key, window_start=now, hits=1, strikes=0, blocked_until=None
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[TABLE.c.key],
        set_={
            "hits": case((expired, 1), else_=TABLE.c.hits + 1),
            "window_start": case((expired, now), else_=TABLE.c.window_start),
        },
    ).returning(TABLE.c.hits, TABLE.c.window_start, TABLE.c.blocked_until, TABLE.c.strikes)
    row = session.execute(stmt).one()
    return Count(row.hits, row.window_start, row.blocked_until, row.strikes)


def lock(session: Session, key: str, now: datetime, base: timedelta, cap: timedelta) -> datetime:
    """Lock `key` out for `base` doubled per earlier lockout (at most `cap`); until when."""
    row = session.get(RateLimit, key)
    strikes = row.strikes if row is not None else 0
    until: datetime = now + min(cap, base * (2 ** min(strikes, 20)))
    session.execute(
        update(TABLE)
        .where(TABLE.c.key == key)
        .values(blocked_until=until, strikes=TABLE.c.strikes + 1, hits=0, window_start=now)
    )
    return until


def clear(store: Store, *keys: str) -> None:
    """Forget the counts of these keys (a successful login, an admin's unlock)."""
    with store.write() as session:
        session.execute(delete(TABLE).where(TABLE.c.key.in_(keys)))


def clear_prefix(store: Store, prefix: str) -> int:
    """Forget every key that starts with `prefix`; how many there were."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with store.write() as session:
        result = session.execute(
            delete(TABLE).where(col(RateLimit.key).like(escaped + "%", escape="\\"))
        )
        return int(getattr(result, "rowcount", 0) or 0)


class SharedLimiter:
    """At most `limit` hits per `window` per key, counted in the database."""

    def __init__(self, store: Store, limit: int, window: timedelta, prefix: str) -> None:
        self.store, self.limit, self.window, self.prefix = store, limit, window, prefix

    def allow(self, key: str, now: datetime) -> bool:
        """Count a hit for `key`; False when it is over the limit."""
        with self.store.write() as session:
            found = hit(session, f"{self.prefix}:{key}"[:255], now, self.window)
        return found.hits <= self.limit


def take_slot(store: Store, key: str, now: datetime, interval: timedelta, per: int = 1) -> float:
    """Pacing: 0 when one of `per` sends per `interval` is free for `key` (and it is taken),
    else the seconds to wait."""
    with store.write() as session:
        found = hit(session, key[:255], now, interval)
    if found.hits <= per:
        return 0.0
    return max(0.0, (found.window_start + interval - now).total_seconds())


def purge(store: Store, now: datetime, idle: timedelta) -> int:
    """Forget counters idle for `idle` whose lockout (if any) is over; how many went."""
    stale = TABLE.c.window_start < now - idle
    free = TABLE.c.blocked_until.is_(None) | (TABLE.c.blocked_until < now)
    with store.write() as session:
        result = session.execute(delete(TABLE).where(stale, free))
        return int(getattr(result, "rowcount", 0) or 0)
