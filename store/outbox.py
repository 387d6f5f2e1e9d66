"""What the desk queues in the outbox: an officer's reply with its files, a notice to the
citizen or to staff; and whether a complaint has been answered. (Sending, retries and delivery
states are ingest/outbox.py's and store/deliveries.py's.)"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlmodel import Session, col, select

from store.models import Message, Outbox, OutboxFile


def queue(session: Session, row: Outbox) -> None:
    """Queue one message (written at the next flush or commit)."""
    session.add(row)


class StoredFile(Protocol):
    """A file already in the file store (by content hash), to go with a reply."""

    @property
    def filename(self) -> str: ...
    @property
    def content_type(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...


def queue_reply(
    session: Session, row: Outbox, complaint_id: int, files: Sequence[StoredFile], now: datetime
) -> int:
    """Queue a reply and its files now; the outbox row's id."""
    session.add(row)
    session.flush()
    assert row.id is not None
    for f in files:
        session.add(
            OutboxFile(outbox_id=row.id, complaint_id=complaint_id, filename=f.filename,
                       content_type=f.content_type, size=f.size, sha256=f.sha256, created_at=now)
        )  # fmt: skip
    return row.id


def inbound_keys(
    session: Session, complaint_id: int | None, limit: int
) -> list[tuple[str, str, Mapping[str, Any]]]:
    """(channel, external id, meta) of the complaint's newest inbound messages, newest first:
    what a reply threads onto."""
    rows = session.exec(
        select(Message.channel, Message.external_id, Message.meta)
        .where(col(Message.complaint_id) == complaint_id, col(Message.direction) == "in")
        .order_by(col(Message.received_at).desc(), col(Message.id).desc())
        .limit(limit)
    )
    return [(c, e, m) for c, e, m in rows]


def has_reply(session: Session, complaint_id: int | None) -> bool:
    """Whether an officer has answered the complaint."""
    stmt = select(Outbox.id).where(col(Outbox.complaint_id) == complaint_id, Outbox.kind == "reply")
    return session.exec(stmt).first() is not None
