"""Things the desk does once (DeskNotice, unique on kind and key): a notification sent, a digest
queued, a bulk run started; recording one tells whether it was the first time."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from store import queries
from store.models import DeskNotice


def first(session: Session, kind: str, key: str, now: datetime) -> bool:
    """Record the notice; False when it had already been recorded (by this or another replica)."""
    values = {"kind": kind, "key": key, "created_at": now}
    return queries.insert_ignore(session, DeskNotice, values) is not None
