"""What providers report back about our own messages: delivery receipts and bounces onto the
outbox rows they name, and addresses that no longer take mail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session, col, select, update

from store.models import Complaint, Identity, Outbox


def by_provider_id(session: Session, provider_id: str, channel: str | None = None) -> Outbox | None:
    """The outbox row the provider knows by this id (on this channel, when given)."""
    stmt = select(Outbox).where(col(Outbox.provider_id) == provider_id)
    if channel is not None:
        stmt = stmt.where(col(Outbox.channel) == channel)
    return session.exec(stmt).first()


def record_status(
    session: Session,
    provider_id: str,
    status: str,
    at: datetime,
    *,
    rank: Mapping[str, int],
    failed: bool = False,
    error: str | None = None,
) -> bool:
    """A delivery status onto its outbox row, never moving it backwards (by `rank`); `failed`
    marks the row failed with `error`. False when the row is unknown or the status is no news."""
    row = by_provider_id(session, provider_id)
    if row is None:
        return False
    current = str(row.meta.get("delivery", ""))
    if rank.get(status, 0) <= rank.get(current, 0):
        return False
    row.meta = {**row.meta, "delivery": status, "delivery_at": at.isoformat()}
    if failed:
        row.status, row.last_error = "failed", error
    session.add(row)
    return True


def latest_sent(
    session: Session, channel: str, recipients: Sequence[str], codes: Sequence[str]
) -> Outbox | None:
    """The latest row sent to one of `recipients` about a complaint with one of `codes`."""
    stmt = (
        select(Outbox)
        .join(Complaint, col(Complaint.id) == col(Outbox.complaint_id))
        .where(
            col(Outbox.channel) == channel,
            col(Outbox.recipient).in_(list(recipients)),
            col(Complaint.tracking_code).in_(list(codes)),
            col(Outbox.status) == "sent",
        )
        .order_by(col(Outbox.sent_at).desc(), col(Outbox.id).desc())
    )
    return session.exec(stmt).first()


def mark_failed(session: Session, outbox: Outbox, error: str, when: datetime) -> None:
    """A row the provider says will never arrive (once: a failed row stays as it is)."""
    if outbox.status == "failed":
        return
    outbox.status, outbox.last_error = "failed", error[:1000]
    outbox.attempt_log = [
        *outbox.attempt_log,
        {"at": when.isoformat(), "status": "failed", "error": error},
    ]
    session.add(outbox)


def mark_undeliverable(session: Session, channel: str, addresses: Sequence[str]) -> None:
    """These addresses take no more messages from us on this channel."""
    session.exec(
        update(Identity)
        .where(col(Identity.channel) == channel, col(Identity.address).in_(list(addresses)))
        .values(undeliverable=True)
    )
