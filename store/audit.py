"""The audit trail of complaints (Event rows): recording one, reading a complaint's trail, the
duplicate a complaint was marked as, and tagging the events a block of work records."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store.models import Event

READS = ("read", "identity_view")  # who looked, left out of the complaint page's timeline


def record(
    session: Session,
    complaint_id: int | None,
    actor: str,
    action: str,
    detail: dict[str, Any],
    now: datetime,
) -> None:
    """One audit Event, in the caller's transaction."""
    session.add(
        Event(complaint_id=complaint_id, actor=actor, action=action, detail=detail, created_at=now)
    )


def trail(session: Session, complaint_id: int | None, reads: bool = True) -> list[Event]:
    """The complaint's events, oldest first (without who read it unless `reads`)."""
    stmt = select(Event).where(col(Event.complaint_id) == complaint_id)
    if not reads:
        stmt = stmt.where(col(Event.action).not_in(READS))
    return list(session.exec(stmt.order_by(col(Event.created_at), col(Event.id))))


def duplicate_of(session: Session, complaint_id: int | None) -> str | None:
    """The tracking code the complaint was last marked a duplicate of, if any."""
    stmt = (
        select(Event)
        .where(col(Event.complaint_id) == complaint_id, col(Event.action) == "duplicate")
        .order_by(col(Event.id).desc())
    )
    found = session.exec(stmt).first()
    return str(found.detail.get("of")) if found else None


@contextmanager
def tagged(session: Session, complaint_id: int, tags: Mapping[str, Any]) -> Iterator[None]:
    """The complaint's events recorded inside the block carry these tags in their detail (a bulk
    run names itself on what each action wrote); nothing is tagged when the block raises."""
    with session.no_autoflush:  # the block's events stay new, to be tagged
        yield
        for obj in list(session.new):
            if isinstance(obj, Event) and obj.complaint_id == complaint_id:
                obj.detail = {**obj.detail, **tags}
