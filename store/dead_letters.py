"""Look-ups of dead letters beside the pipeline's own, and the admins' list and resolution."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store.models import DeadLetter


def exists_by_key(session: Session, channel: str, key: str) -> bool:
    """Whether a dead letter of this channel records this key in its headers."""
    headers: Any = DeadLetter.__table__.c.headers  # type: ignore[attr-defined]
    stmt = select(DeadLetter.id).where(
        col(DeadLetter.channel) == channel, headers["key"].as_string() == key
    )
    return session.exec(stmt).first() is not None


def add(session: Session, channel: str, raw: bytes, reason: str, headers: dict[str, Any]) -> None:
    """Keep input that could not be taken, in the caller's transaction."""
    session.add(DeadLetter(channel=channel, raw=raw, reason=reason, headers=headers))


def newest(session: Session, only_new: bool, limit: int) -> list[DeadLetter]:
    """The newest dead letters (only those still `new`, when asked), newest first."""
    stmt = select(DeadLetter).order_by(col(DeadLetter.id).desc()).limit(limit)
    if only_new:
        stmt = stmt.where(col(DeadLetter.status) == "new")
    return list(session.exec(stmt))


def by_id(session: Session, dead_id: int) -> DeadLetter | None:
    """The dead letter with this id."""
    return session.get(DeadLetter, dead_id)


def resolve(
    session: Session, dead_id: int, status: str, when: datetime, by: str, note: str
) -> None:
    """Mark the dead letter reprocessed or discarded, by whom, when and why."""
    row = session.get(DeadLetter, dead_id)
    assert row is not None
    row.status = status
    row.resolved_at, row.resolved_by, row.note = when, by, note
    session.add(row)
