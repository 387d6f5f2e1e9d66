"""The queries that ingest and the desk share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store.models import ChannelCursor, Complaint, Identity, Message, Outbox
from store.types import UTCDateTime, utcnow

OPEN_STATUSES = ("baru", "diproses")


# The hot path of ingest runs prepared statements on the session's connection: building
# and caching an ORM statement per call costs ten times more than the SQL itself.
_INSERTS: dict[tuple[str, str, bool], Any] = {}


def _insert_stmt(session: Session, table: Any, ignore: bool) -> tuple[Connection, Any]:
    conn = session.connection()
    name = conn.dialect.name
    key = (name, table.__tablename__, ignore)
    stmt = _INSERTS.get(key)
    if stmt is None:
        target = table.__table__
        if ignore:
            dialect: Any = postgresql if name == "postgresql" else sqlite
            stmt = dialect.insert(target).on_conflict_do_nothing().returning(target.c.id)
        else:
            stmt = insert(target).returning(target.c.id)
        _INSERTS[key] = stmt
    return conn, stmt


def insert_ignore(session: Session, table: Any, values: dict[str, Any]) -> int | None:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id: the new id, or None when it existed."""
    conn, stmt = _insert_stmt(session, table, ignore=True)
    found: int | None = conn.execute(stmt, values).scalar_one_or_none()
    return found


def insert_row(session: Session, table: Any, values: dict[str, Any]) -> int:
    """A plain INSERT ... RETURNING id, without building an ORM object."""
    conn, stmt = _insert_stmt(session, table, ignore=False)
    new_id: int = conn.execute(stmt, values).scalar_one()
    return new_id


_IDENTITY_OF = select(Identity.id, Identity.citizen_id).where(
    col(Identity.channel) == bindparam("channel"), col(Identity.address) == bindparam("address")
)
_CITIZEN_BY_PHONE = (
    select(Identity.citizen_id)
    .where(col(Identity.phone) == bindparam("phone"))
    .order_by(col(Identity.id))
    .limit(1)
)
_AUTOMATIC_SINCE = (
    select(func.count())
    .select_from(Outbox)
    .where(
        col(Outbox.recipient) == bindparam("recipient"),
        col(Outbox.automatic).is_(True),
        col(Outbox.created_at) >= bindparam("since", type_=UTCDateTime()),
    )
)


def identity_of(session: Session, channel: str, address: str) -> tuple[int, int] | None:
    """(identity id, citizen id) of a channel address."""
    row = session.connection().execute(_IDENTITY_OF, {"channel": channel, "address": address})
    found = row.first()
    return (found[0], found[1]) if found else None


def citizen_by_phone(session: Session, phone: str) -> int | None:
    """The citizen who already wrote from this phone number on any channel."""
    found: int | None = (
        session.connection().execute(_CITIZEN_BY_PHONE, {"phone": phone}).scalar_one_or_none()
    )
    return found


def automatic_sent_since(session: Session, recipient: str, since: datetime) -> int:
    """How many automatic messages went (or wait to go) to one address since a moment."""
    params = {"recipient": recipient, "since": since}
    return int(session.connection().execute(_AUTOMATIC_SINCE, params).scalar_one())


_SETTLE = (
    update(Message)
    .where(col(Message.id) == bindparam("message_id"))
    .values(
        citizen_id=bindparam("citizen_id"),
        complaint_id=bindparam("complaint_id"),
        kind=bindparam("kind"),
    )
)


def settle_message(
    session: Session, message_id: int, citizen_id: int, complaint_id: int | None, kind: str
) -> None:
    """Record who sent a stored message, what it was and which complaint it belongs to."""
    params = {
        "message_id": message_id,
        "citizen_id": citizen_id,
        "complaint_id": complaint_id,
        "kind": kind,
    }
    session.connection().execute(_SETTLE, params)


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
