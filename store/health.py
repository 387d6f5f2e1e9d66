"""Channel health: polls or sends that keep failing make a channel unhealthy until it works.

The two streaks are counted apart (`consecutive_failures` for polls, `send_failures` for
sends), so a channel whose polls work but whose sends fail stays unhealthy, and the other
way round. `alerted` is set when the admins were told and cleared when the channel is healthy
again: one alert per outage, whichever side failed first.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from store.models import ChannelHealth
from store.types import utcnow

UNHEALTHY_AFTER = 3
"""Failures in a row (polls, or sends) after which a channel is marked unhealthy."""


def _row(session: Session, channel: str) -> ChannelHealth:
    """The channel's row, created if missing, locked for this transaction.

    Polls and sends update it from different threads and replicas: the row is inserted first
    (a no-op when it exists) and read FOR UPDATE, so no update is lost on PostgreSQL (SQLite's
    write transactions are serial already).
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    insert = pg_insert if postgres else sqlite_insert
    session.execute(insert(ChannelHealth).values(
        channel=channel, healthy=True, consecutive_failures=0, alerted=False,
        send_failures=0, send_healthy=True,
    ).on_conflict_do_nothing())  # fmt: skip
    stmt = select(ChannelHealth).where(ChannelHealth.channel == channel).with_for_update()
    return session.exec(stmt).one()


def _settle(row: ChannelHealth, threshold: int) -> None:
    row.healthy = row.send_healthy and row.consecutive_failures < threshold
    if row.healthy:
        row.alerted = False


def record_success(
    session: Session, channel: str, *, sending: bool = False, now: datetime | None = None
) -> ChannelHealth:
    """The channel's polls (or sends) worked: that side is healthy again."""
    row = _row(session, channel)
    if sending:
        row.send_failures, row.send_healthy = 0, True
    else:
        row.consecutive_failures = 0
        row.last_success_at = now or utcnow()
    _settle(row, UNHEALTHY_AFTER)
    session.add(row)
    return row


def record_failure(
    session: Session,
    channel: str,
    error: str,
    threshold: int = UNHEALTHY_AFTER,
    *,
    sending: bool = False,
    at_once: bool = False,
    now: datetime | None = None,
) -> ChannelHealth:
    """A poll (or a send) failed; after `threshold` in a row, or `at_once`, it is unhealthy."""
    row = _row(session, channel)
    if sending:
        row.send_failures += 1
        if at_once or row.send_failures >= threshold:
            row.send_healthy = False
    else:
        row.consecutive_failures += 1
    row.last_error = error[:1000]
    row.last_error_at = now or utcnow()
    _settle(row, threshold)
    session.add(row)
    return row


def needs_alert(row: ChannelHealth) -> bool:
    """The channel is down and the admins have not been told of this outage yet."""
    return not row.healthy and not row.alerted


def all_health(session: Session) -> list[ChannelHealth]:
    """Every channel's recorded health."""
    return list(session.exec(select(ChannelHealth)))


def of(session: Session, channel: str) -> ChannelHealth | None:
    """The channel's recorded health, if any."""
    return session.get(ChannelHealth, channel)


def mark_alerted(session: Session, row: ChannelHealth) -> None:
    """The admins were told of this outage."""
    row.alerted = True
    session.add(row)


def send_streak(session: Session, channel: str) -> tuple[int, bool, bool] | None:
    """(send_failures, send_healthy, healthy) of the channel, or None when nothing is recorded:
    one small read, for the usual case of a send that changes nothing."""
    stmt = select(
        ChannelHealth.send_failures, ChannelHealth.send_healthy, ChannelHealth.healthy
    ).where(col(ChannelHealth.channel) == channel)
    found = session.exec(stmt).first()
    return None if found is None else (found[0], found[1], found[2])
