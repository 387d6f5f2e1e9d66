"""The queries that ingest and the desk share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store import fastsql
from store.models import ChannelCursor, Complaint, Identity, Message
from store.types import utcnow

OPEN_STATUSES = ("baru", "diproses")


# The hot path of ingest (every webhook, every polled message) runs its SQL on the driver's
# cursor within the session's transaction: see store/fastsql.py for why and how.


def insert_ignore(session: Session, table: Any, values: dict[str, Any]) -> int | None:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id: the new id, or None when it existed."""
    return fastsql.insert(session, table, values, ignore=True)


def insert_row(session: Session, table: Any, values: dict[str, Any]) -> int:
    """A plain INSERT ... RETURNING id, without building an ORM object."""
    new_id = fastsql.insert(session, table, values, ignore=False)
    assert new_id is not None
    return new_id


def identity_of(session: Session, channel: str, address: str) -> tuple[int, int] | None:
    """(identity id, citizen id) of a channel address."""
    sql = "SELECT id, citizen_id FROM identity WHERE channel = :channel AND address = :address"
    found = fastsql.row(session, sql, {"channel": channel, "address": address})
    return (found[0], found[1]) if found else None


def citizen_by_phone(session: Session, phone: str) -> int | None:
    """The citizen who already wrote from this phone number on any channel."""
    sql = "SELECT citizen_id FROM identity WHERE phone = :phone ORDER BY id LIMIT 1"
    found: int | None = fastsql.scalar(session, sql, {"phone": phone})
    return found


def automatic_sent_since(session: Session, recipient: str, since: datetime) -> int:
    """How many automatic messages went (or wait to go) to one address since a moment."""
    sql = (
        "SELECT count(*) FROM outbox WHERE recipient = :recipient AND automatic = :yes"
        " AND created_at >= :since"
    )
    dialect = session.connection().dialect.name
    params = {"recipient": recipient, "yes": True, "since": fastsql.utc(dialect, since)}
    return int(fastsql.scalar(session, sql, params))


def settle_message(
    session: Session, message_id: int, citizen_id: int, complaint_id: int | None, kind: str
) -> None:
    """Record who sent a stored message, what it was and which complaint it belongs to."""
    sql = (
        "UPDATE message SET citizen_id = :citizen_id, complaint_id = :complaint_id, kind = :kind"
        " WHERE id = :message_id"
    )
    params = {
        "message_id": message_id,
        "citizen_id": citizen_id,
        "complaint_id": complaint_id,
        "kind": kind,
    }
    fastsql.execute(session, sql, params)


def duplicate_of(
    session: Session, channel: str, external_id: str
) -> tuple[int, int | None, str | None, str | None] | None:
    """(message id, complaint id, tracking code, section) of an already stored message."""
    sql = (
        "SELECT m.id, c.id, c.tracking_code, c.section FROM message m"
        " LEFT JOIN complaint c ON c.id = m.complaint_id"
        " WHERE m.channel = :channel AND m.external_id = :external_id"
    )
    found = fastsql.row(session, sql, {"channel": channel, "external_id": external_id})
    return (found[0], found[1], found[2], found[3]) if found else None


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
