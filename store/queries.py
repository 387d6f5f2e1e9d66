"""The queries that ingest and the desk share."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store import fastsql
from store.models import ChannelCursor, Citizen, Complaint, DeadLetter, Identity, Message
from store.types import utcnow

OPEN_STATUSES = ("baru", "diproses")


# The hot path of ingest (every webhook, every polled message) runs its SQL on the driver's
# cursor within the session's transaction: see store/fastsql.py for why and how.


def insert_ignore(session: Session, table: Any, values: dict[str, Any]) -> int | None:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id: the new id, or None when it existed."""
    return fastsql.insert(session, table, values, ignore=True)


def insert_many_ignore(
    session: Session, table: Any, rows: list[dict[str, Any]]
) -> list[int | None]:
    """insert_ignore() of several rows: one round trip on PostgreSQL."""
    return fastsql.insert_many(session, table, rows, ignore=True)


def insert_chain(session: Session, chain: Sequence[fastsql.Link]) -> list[int | None]:
    """Rows each referring to the one before: their ids; one round trip on PostgreSQL."""
    return fastsql.insert_chain(session, chain)


def insert_chains(
    session: Session, chains: Sequence[Sequence[fastsql.Link]]
) -> list[list[int | None]]:
    """insert_chain() of several chains; one round trip for them all on PostgreSQL."""
    return fastsql.insert_chains(session, chains)


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


# A batch's look-ups by key. On PostgreSQL the keys go as arrays, each looked up by a lateral
# subquery or `= ANY` on its index: a plan that does not depend on statistics. An `IN (...)`
# list of keys was planned from the table's statistics, and before autovacuum's first ANALYZE
# of a new database, or in the prepared statement's generic plan, PostgreSQL read every identity
# for it (45 ms and 29 ms a batch at 24,000 identities, EXPLAIN ANALYZE). SQLite's planner
# takes the index for an `IN` list whatever it knows.
_PG_IDENTITIES = (
    "SELECT k.channel, k.address, i.id, i.citizen_id"
    " FROM unnest(CAST(:channels AS text[]), CAST(:addresses AS text[])) AS k(channel, address)"
    " CROSS JOIN LATERAL (SELECT id, citizen_id FROM identity"
    " WHERE identity.channel = k.channel AND identity.address = k.address) AS i"
)
_PG_PHONES = (
    "SELECT k.phone, (SELECT i.citizen_id FROM identity i WHERE i.phone = k.phone"
    " ORDER BY i.id LIMIT 1) FROM unnest(CAST(:phones AS text[])) AS k(phone)"
)


def identities_of(
    session: Session, addresses: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], tuple[int, int]]:
    """identity_of() for several (channel, address) pairs in one statement."""
    keys = list(dict.fromkeys(addresses))
    if not keys:
        return {}
    if fastsql.dialect(session) == "postgresql":
        params: dict[str, Any] = {
            "channels": [k[0] for k in keys],
            "addresses": [k[1] for k in keys],
        }
        rows = fastsql.execute(session, _PG_IDENTITIES, params).fetchall()
        return {(r[0], r[1]): (r[2], r[3]) for r in rows}
    by_channel: dict[str, list[str]] = {}
    for channel, address in keys:
        by_channel.setdefault(channel, []).append(address)
    params = {}
    wheres = []
    for i, (channel, found) in enumerate(by_channel.items()):
        params[f"c{i}"] = channel
        params |= {f"a{i}_{j}": address for j, address in enumerate(found)}
        names = ", ".join(f":a{i}_{j}" for j in range(len(found)))
        wheres.append(f"(channel = :c{i} AND address IN ({names}))")
    # Only placeholders are joined in; channels and addresses are parameters.
    sql = "SELECT channel, address, id, citizen_id FROM identity WHERE " + " OR ".join(wheres)  # noqa: S608
    rows = fastsql.execute(session, sql, params).fetchall()
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def citizens_by_phone(session: Session, phones: Sequence[str]) -> dict[str, int]:
    """citizen_by_phone() for several numbers in one statement (the first identity's citizen)."""
    unique = list(dict.fromkeys(phones))
    if not unique:
        return {}
    if fastsql.dialect(session) == "postgresql":
        rows = fastsql.execute(session, _PG_PHONES, {"phones": unique}).fetchall()
        return {row[0]: row[1] for row in rows if row[1] is not None}
    params = {f"p{i}": phone for i, phone in enumerate(unique)}
    names = ", ".join(f":{n}" for n in params)
    # Only placeholders are joined in; the numbers are parameters.
    sql = f"SELECT phone, citizen_id FROM identity WHERE phone IN ({names}) ORDER BY id DESC"  # noqa: S608
    # Newest first, so that the oldest identity of each number is the one the dict keeps.
    return {row[0]: row[1] for row in fastsql.execute(session, sql, params).fetchall()}


def insert_citizen_identity(
    session: Session, citizen: dict[str, Any], identity: dict[str, Any]
) -> tuple[int | None, int]:
    """A new citizen and their first identity: (identity id, or None when the address was taken
    meanwhile; the citizen's id). One statement on PostgreSQL (a data-modifying CTE)."""
    citizen_id, identity_id = fastsql.insert_chain(
        session,
        [
            fastsql.Link(Citizen, citizen),
            fastsql.Link(Identity, identity, {"citizen_id": "id"}, ignore=True),
        ],
    )
    assert citizen_id is not None
    return identity_id, citizen_id


def automatic_sent_since(session: Session, recipient: str, since: datetime) -> int:
    """How many automatic messages went (or wait to go) to one address since a moment."""
    sql = (
        "SELECT count(*) FROM outbox WHERE recipient = :recipient AND automatic = :yes"
        " AND created_at >= :since"
    )
    dialect = session.connection().dialect.name
    params = {"recipient": recipient, "yes": True, "since": fastsql.utc(dialect, since)}
    return int(fastsql.scalar(session, sql, params))


def settle_messages(session: Session, settled: list[dict[str, Any]]) -> None:
    """Record who sent stored messages, what each was and which complaint it belongs to.

    Each item: message_id, citizen_id, complaint_id, kind. One statement on PostgreSQL; one
    executemany on SQLite (or for a message settled twice, in order).
    """
    if not settled:
        return
    ids = [item["message_id"] for item in settled]
    if fastsql.dialect(session) == "postgresql" and 1 < len(ids) == len(set(ids)):
        # One statement for the batch (an executemany is still a statement per row for the
        # server to bind, run and answer), its values as arrays.
        params = {
            name: [item[key] for item in settled]
            for name, key in (("ids", "message_id"), ("citizens", "citizen_id"),
                              ("complaints", "complaint_id"), ("kinds", "kind"))
        }  # fmt: skip
        fastsql.execute(session, _PG_SETTLE, params)
        return
    sql = (
        "UPDATE message SET citizen_id = :citizen_id, complaint_id = :complaint_id, kind = :kind"
        " WHERE id = :message_id"
    )
    fastsql.execute_many(session, sql, settled)


_PG_SETTLE = (
    "UPDATE message m SET citizen_id = v.citizen_id, complaint_id = v.complaint_id, kind = v.kind"
    " FROM unnest(CAST(:ids AS integer[]), CAST(:citizens AS integer[]),"
    " CAST(:complaints AS integer[]), CAST(:kinds AS text[]))"
    " AS v(id, citizen_id, complaint_id, kind)"
    # The batch's rows by primary key, whatever the planner knows of the table.
    " WHERE m.id = v.id AND m.id = ANY(CAST(:ids AS integer[]))"
)


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


@dataclass
class ComplaintRef:
    """What ingest needs of a stored complaint to join a message to it and answer (no ORM)."""

    id: int
    tracking_code: str
    section: str
    status: str
    citizen_id: int
    updated_at: datetime


_REF = "SELECT id, tracking_code, section, status, citizen_id, updated_at FROM complaint"


def _ref(session: Session, where: str, params: dict[str, Any]) -> ComplaintRef | None:
    found = fastsql.row(session, f"{_REF} {where}", params)
    if found is None:
        return None
    updated = fastsql.read_utc(fastsql.dialect(session), found[5])
    assert updated is not None
    return ComplaintRef(found[0], found[1], found[2], found[3], found[4], updated)


def complaint_ref(session: Session, complaint_id: int) -> ComplaintRef | None:
    """The complaint with this id."""
    return _ref(session, "WHERE id = :id", {"id": complaint_id})


def complaint_ref_by_code(session: Session, code: str) -> ComplaintRef | None:
    """The complaint with this (normalised) tracking code."""
    return _ref(session, "WHERE tracking_code = :code", {"code": code})


def open_complaint_ref(
    session: Session, citizen_id: int, channel: str, since: datetime
) -> ComplaintRef | None:
    """The citizen's latest open complaint on this channel with activity since `since`."""
    since_value = fastsql.utc(fastsql.dialect(session), since)
    params = {"citizen_id": citizen_id, "channel": channel, "since": since_value}
    return _ref(session, OPEN_COMPLAINT_WHERE, params)


OPEN_COMPLAINT_WHERE = (
    "WHERE citizen_id = :citizen_id AND channel = :channel AND status IN ('baru', 'diproses')"
    " AND last_message_at >= :since ORDER BY last_message_at DESC, id DESC LIMIT 1"
)
"""open_complaint_ref()'s condition: one descent of ix_complaint_citizen_channel_seen (migration
0018), whatever the number of open complaints of other citizens in the window."""


def touch_complaint(session: Session, ref: ComplaintRef, now: datetime) -> None:
    """Record a new message on a complaint: its times, and its status as `ref` now says."""
    sql = (
        "UPDATE complaint SET last_message_at = :now, updated_at = :now, status = :status"
        " WHERE id = :id"
    )
    now_value = fastsql.utc(fastsql.dialect(session), now)
    fastsql.execute(session, sql, {"now": now_value, "status": ref.status, "id": ref.id})


def complaint_by_code(session: Session, code: str) -> Complaint | None:
    """The complaint with this (normalised) tracking code."""
    return session.exec(select(Complaint).where(col(Complaint.tracking_code) == code)).first()


def complaint_by_thread(session: Session, channel: str, keys: tuple[str, ...]) -> int | None:
    """The complaint of a stored message whose provider id is one of the thread keys."""
    if not keys:
        return None
    names = [f"k{i}" for i in range(len(keys))]
    sql = (
        # Only placeholders are joined in; the keys are parameters.
        "SELECT complaint_id FROM message WHERE channel = :channel AND external_id IN ("  # noqa: S608
        + ", ".join(f":{n}" for n in names)
        + ") AND complaint_id IS NOT NULL ORDER BY id DESC LIMIT 1"
    )
    params: dict[str, Any] = {"channel": channel, **dict(zip(names, keys, strict=True))}
    found: int | None = fastsql.scalar(session, sql, params)
    return found


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


def upsert_dead_letter(
    session: Session,
    channel: str,
    raw: bytes,
    reason: str,
    headers: dict[str, Any],
    now: datetime,
) -> int:
    """One dead letter per (channel, body): inserted, or counted again with the newest reason."""
    table: Any = DeadLetter.__table__  # type: ignore[attr-defined]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = insert(table).values(
        channel=channel, raw=raw, reason=reason, headers=headers, status="new",
        body_hash=hashlib.sha256(raw).hexdigest(), count=1, created_at=now, last_seen_at=now,
    )  # fmt: skip
    upsert = stmt.on_conflict_do_update(
        index_elements=[table.c.channel, table.c.body_hash],
        set_={"count": table.c.count + 1, "last_seen_at": now, "reason": reason},
    ).returning(table.c.id)
    dead_id: int = session.execute(upsert).scalar_one()
    return dead_id
