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


def by_id(session: Session, media_id: int) -> PendingMedia | None:
    """A queued download by its id (None once purged)."""
    return session.get(PendingMedia, media_id)


def mark_done(session: Session, row: PendingMedia, attempts: int, now: datetime) -> None:
    """The file is stored: the row points at the message's newest attachment."""
    found = latest_attachment_id(session, row.message_id)
    row.state, row.attempts, row.done_at = "done", attempts, now
    row.attachment_id, row.last_error = found, None
    session.add(row)


def retry_at(
    session: Session, media_id: int, attempts: int, error: str, next_attempt_at: datetime
) -> None:
    """An attempt failed: the row is due again at `next_attempt_at` (nothing when purged)."""
    row = session.get(PendingMedia, media_id)
    if row is None:
        return
    row.attempts, row.last_error = attempts, error
    row.next_attempt_at = next_attempt_at
    session.add(row)


def mark_failed(session: Session, row: PendingMedia, attempts: int, error: str) -> None:
    """The download is given up, with the reason."""
    row.state, row.attempts, row.last_error = "failed", attempts, error
    session.add(row)
