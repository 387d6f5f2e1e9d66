"""Look-ups of dead letters beside the pipeline's own."""

from __future__ import annotations

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
