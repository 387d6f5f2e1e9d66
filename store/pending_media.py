"""The media queue's queries (ingest/media.py downloads the files): claim due rows under a
lease, and the attachment a download stored."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from store.models import Attachment, PendingMedia


def claim_due(
    session: Session, now: datetime, lease_until: datetime, limit: int, *, skip_locked: bool
) -> list[PendingMedia]:
    """Pending rows due by `now`, oldest first, their next attempt moved to `lease_until` so
    another replica skips them (rows another transaction holds are skipped, with `skip_locked`)."""
    stmt = (
        select(PendingMedia)
        .where(col(PendingMedia.state) == "pending", col(PendingMedia.next_attempt_at) <= now)
        .order_by(col(PendingMedia.next_attempt_at), col(PendingMedia.id))
        .limit(limit)
    )
    if skip_locked:
        stmt = stmt.with_for_update(skip_locked=True)
    rows = list(session.exec(stmt))
    for row in rows:
        row.next_attempt_at = lease_until
        session.add(row)
    return rows


def latest_attachment_id(session: Session, message_id: int) -> int | None:
    """The newest attachment of a message."""
    found: int | None = session.exec(
        select(Attachment.id)
        .where(col(Attachment.message_id) == message_id)
        .order_by(col(Attachment.id).desc())
    ).first()
    return found
