"""The queries that ingest and the desk share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store.models import ChannelCursor, Complaint, Identity, Message, Outbox
from store.types import utcnow

OPEN_STATUSES = ("baru", "diproses")


def insert_ignore(session: Session, table: Any, values: dict[str, Any]) -> int | None:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id: the new id, or None when it existed."""
    dialect: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(**values).on_conflict_do_nothing().returning(table.id)
    found: int | None = session.execute(stmt).scalar_one_or_none()
    return found


def find_message(session: Session, channel: str, external_id: str) -> Message | None:
    """The stored message with this provider id."""
    stmt = select(Message).where(
        col(Message.channel) == channel, col(Message.external_id) == external_id
    )
    return session.exec(stmt).first()


def find_identity(session: Session, channel: str, address: str) -> Identity | None:
    """The identity behind a channel address."""
    stmt = select(Identity).where(
        col(Identity.channel) == channel, col(Identity.address) == address
    )
    return session.exec(stmt).first()


def citizen_by_phone(session: Session, phone: str) -> int | None:
    """The citizen who already wrote from this phone number on any channel."""
    stmt = select(Identity.citizen_id).where(col(Identity.phone) == phone)
    return session.exec(stmt.order_by(col(Identity.id)).limit(1)).first()


def complaint_by_code(session: Session, code: str) -> Complaint | None:
    """The complaint with this (normalised) tracking code."""
    return session.exec(select(Complaint).where(col(Complaint.tracking_code) == code)).first()


def complaint_by_thread(session: Session, channel: str, keys: tuple[str, ...]) -> int | None:
    """The complaint of a stored message whose provider id is one of the thread keys."""
    if not keys:
        return None
    stmt = (
        select(Message.complaint_id)
        .where(
            col(Message.channel) == channel,
            col(Message.external_id).in_(keys),
            col(Message.complaint_id).is_not(None),
        )
        .order_by(col(Message.id).desc())
        .limit(1)
    )
    return session.exec(stmt).first()


def open_complaint_of(
    session: Session, citizen_id: int, channel: str, since: datetime
) -> Complaint | None:
    """The citizen's latest open complaint on this channel with activity since `since`."""
    stmt = (
        select(Complaint)
        .where(
            col(Complaint.citizen_id) == citizen_id,
            col(Complaint.channel) == channel,
            col(Complaint.status).in_(OPEN_STATUSES),
            col(Complaint.last_message_at) >= since,
        )
        .order_by(col(Complaint.last_message_at).desc())
        .limit(1)
    )
    return session.exec(stmt).first()


def automatic_sent_since(session: Session, recipient: str, since: datetime) -> int:
    """How many automatic messages went (or wait to go) to one address since a moment."""
    stmt = (
        select(func.count())
        .select_from(Outbox)
        .where(
            col(Outbox.recipient) == recipient,
            col(Outbox.automatic).is_(True),
            col(Outbox.created_at) >= since,
        )
    )
    return int(session.exec(stmt).one())


def get_cursor(session: Session, channel: str, key: str) -> str | None:
    """Where a poller stopped reading a source."""
    row = _cursor_row(session, channel, key)
    return row.value if row else None


def set_cursor(session: Session, channel: str, key: str, value: str) -> None:
    """Move a poller's cursor, in the transaction of what it read."""
    row = _cursor_row(session, channel, key)
    if row is None:
        row = ChannelCursor(channel=channel, key=key, value=value)
    row.value = value
    row.updated_at = utcnow()
    session.add(row)


def _cursor_row(session: Session, channel: str, key: str) -> ChannelCursor | None:
    stmt = select(ChannelCursor).where(
        col(ChannelCursor.channel) == channel, col(ChannelCursor.key) == key
    )
    return session.exec(stmt).first()
