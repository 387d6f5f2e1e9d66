"""The audit trail of complaints (Event rows)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from store.models import Event


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
