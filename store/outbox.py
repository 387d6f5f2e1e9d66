"""The outbox's queries.

For the dispatcher (ingest/outbox.py): claim due rows under a lease, record each attempt, release
the claims of a dispatcher that died, and queue new rows. The dispatcher's statements are Core
statements on the table, a SELECT per status and one UPDATE per batch: the ORM's identity map
and unit of work cost more than the rows' work, on the thread that shares the event loop's
interpreter.

For the desk: an officer's reply with its files, a notice to the citizen or to staff, and whether
a complaint has been answered. (Delivery states are store/deliveries.py's.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from sqlalchemy import bindparam, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from store.models import Message, Outbox, OutboxFile, new_outbox_key


@dataclass(frozen=True)
class Claimed:
    """An outbox row taken by a dispatcher for one delivery attempt."""

    id: int
    complaint_id: int | None
    channel: str
    recipient: str
    kind: str
    subject: str | None
    text: str
    automatic: bool
    meta: dict[str, Any]
    attempts: int
    idempotency_key: str | None = None


class Attempt(NamedTuple):
    """One attempt to record on a row: its id, its attempts after this one, the error."""

    id: int
    attempts: int
    error: str | None


def claim_due(
    session: Session, now: datetime, lease_until: datetime, owner: str, limit: int,
    *, skip_locked: bool,
) -> list[Claimed]:  # fmt: skip
    """Take up to `limit` due rows (pending, or sending with an expired lease) for `owner`
    until `lease_until`, oldest first (rows another transaction holds are skipped, with
    `skip_locked`). Rows inserted without an idempotency key get one now, committed with the
    claim, before the first attempt."""
    t = OUTBOX
    # One read per status, each in the order of ix_outbox_status_next so that it stops at
    # `limit`: with the two statuses OR-ed, SQLite read and sorted every due row before the
    # first (18-50 ms a claim, holding the writer, with a backlog of a few thousand acks).
    found = []
    for status, extra in (("pending", None), ("sending", t.c.lease_until < now)):
        stmt = (
            sa_select(*[t.c[name] for name in _CLAIMED], t.c.next_attempt_at)
            .where(t.c.status == status, t.c.next_attempt_at <= now)
            .order_by(t.c.next_attempt_at, t.c.id)
            .limit(limit)
        )
        if extra is not None:
            stmt = stmt.where(extra)
        if skip_locked:
            stmt = stmt.with_for_update(skip_locked=True)
        found += list(session.execute(stmt))
    found.sort(key=lambda r: (r.next_attempt_at, r.id))
    out = [
        Claimed(**{**{k: v for k, v in r._asdict().items() if k != "next_attempt_at"},
                   "meta": dict(r.meta or {}),
                   "idempotency_key": r.idempotency_key or new_outbox_key()})
        for r in found[:limit]
    ]  # fmt: skip
    if out:
        session.execute(
            update(t).where(t.c.id == bindparam("row_id")),
            [{"row_id": row.id, "status": "sending", "lease_until": lease_until,
              "claimed_by": owner, "idempotency_key": row.idempotency_key}
             for row in out],
        )  # fmt: skip
    return out


def release_claims(session: Session, host: str, orphaned: Callable[[str], bool]) -> int:
    """Rows being sent by a dispatcher of `host` whose claim `orphaned` says is dead are due
    again at once; the number released."""
    stmt = select(Outbox).where(
        col(Outbox.status) == "sending", col(Outbox.claimed_by).startswith(f"{host}:")
    )
    orphans = [row for row in session.exec(stmt) if orphaned(row.claimed_by or "")]
    for row in orphans:
        row.status, row.lease_until, row.claimed_by = "pending", None, None
        session.add(row)
    return len(orphans)


def record_part(session: Session, outbox_id: int, part: str, provider_id: str | None) -> None:
    """One part of a row's message went out (a retry skips it)."""
    outbox = session.get(Outbox, outbox_id)
    if outbox is None:
        return
    parts = dict(outbox.meta.get("parts") or {})
    parts[part] = provider_id
    outbox.meta = {**outbox.meta, "parts": parts}
    session.add(outbox)


def record_attempts(
    session: Session, attempts: Sequence[Attempt], now: datetime, status: str, **extra: Any
) -> None:
    """Record one attempt on each row, released from its claim, with `status` and the other
    columns in `extra`: one SELECT of the rows' logs and one UPDATE for them all."""
    t = OUTBOX
    ids = [a.id for a in attempts]
    logs = dict(session.execute(select(t.c.id, t.c.attempt_log).where(t.c.id.in_(ids))).all())
    params = [
        {"row_id": a.id, "status": status, "lease_until": None, "claimed_by": None,
         "attempts": a.attempts, "last_error": a.error,
         "attempt_log": [*(logs.get(a.id) or []),
                         {"at": now.isoformat(), "status": status, "error": a.error}],
         **extra}
        for a in attempts
    ]  # fmt: skip
    session.execute(update(t).where(t.c.id == bindparam("row_id")), params)


def queue(session: Session, row: Outbox) -> None:
    """Queue one message (written at the next flush or commit)."""
    session.add(row)


def queue_now(session: Session, row: Outbox) -> int:
    """Queue one message and write it at once; its id."""
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def newest(session: Session, limit: int) -> list[Outbox]:
    """The newest rows, newest first."""
    return list(session.exec(select(Outbox).order_by(col(Outbox.id).desc()).limit(limit)).all())


def files_of(session: Session, outbox_id: int) -> list[OutboxFile]:
    """The files of an officer's reply, in the order they were attached."""
    stmt = select(OutboxFile).where(col(OutboxFile.outbox_id) == outbox_id)
    return list(session.exec(stmt.order_by(col(OutboxFile.id))))


OUTBOX = Outbox.__table__  # type: ignore[attr-defined]
_CLAIMED = tuple(f.name for f in fields(Claimed))


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
