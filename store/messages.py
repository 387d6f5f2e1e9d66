"""Look-ups of stored messages that channels need beside the pipeline's: who first used an
external id, when an address last wrote to us."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store.models import Message


def senders_of(
    session: Session, channel: str, external_ids: Sequence[str]
) -> dict[str, str | None]:
    """The sender of each stored message of this channel among these external ids."""
    rows = session.exec(
        select(Message.external_id, Message.sender).where(
            col(Message.channel) == channel, col(Message.external_id).in_(list(external_ids))
        )
    ).all()
    return dict(rows)


def last_inbound(session: Session, channel: str, sender: str) -> datetime | None:
    """When this address last wrote to us on this channel."""
    stmt = (
        select(Message.received_at)
        .where(
            col(Message.channel) == channel,
            col(Message.direction) == "in",
            col(Message.sender) == sender,
        )
        .order_by(col(Message.received_at).desc())
        .limit(1)
    )
    found: datetime | None = session.exec(stmt).first()
    return found


def by_id(session: Session, message_id: int) -> Message | None:
    """A stored message by its id."""
    return session.get(Message, message_id)


def meta_of(session: Session, message_id: int | None) -> Mapping[str, Any] | None:
    """A stored message's meta, or None when there is no such message."""
    return session.exec(select(Message.meta).where(Message.id == message_id)).first()


def last_at(session: Session, channel: str, direction: str) -> datetime | None:
    """When the channel last delivered (out) or brought (in) a message: the newest row's time.

    The newest first by primary key, so an active channel is answered from the first rows.
    """
    stmt = (
        select(Message.received_at)
        .where(col(Message.channel) == channel, col(Message.direction) == direction)
        .order_by(col(Message.id).desc())
        .limit(1)
    )
    found: datetime | None = session.exec(stmt).first()
    return found
