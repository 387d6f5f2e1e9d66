"""Channel health: consecutive failures make a channel unhealthy until it works again."""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import ChannelHealth
from store.types import utcnow


def record_success(session: Session, channel: str) -> None:
    """The channel worked: it is healthy again."""
    row = session.get(ChannelHealth, channel) or ChannelHealth(channel=channel)
    row.healthy = True
    row.consecutive_failures = 0
    row.alerted = False
    row.last_success_at = utcnow()
    session.add(row)


def record_failure(session: Session, channel: str, error: str, threshold: int) -> ChannelHealth:
    """The channel failed; after `threshold` failures in a row it is marked unhealthy."""
    row = session.get(ChannelHealth, channel) or ChannelHealth(channel=channel)
    row.consecutive_failures += 1
    row.last_error = error[:1000]
    row.last_error_at = utcnow()
    if row.consecutive_failures >= threshold:
        row.healthy = False
    session.add(row)
    return row


def all_health(session: Session) -> list[ChannelHealth]:
    """Every channel's recorded health."""
    return list(session.exec(select(ChannelHealth)))
