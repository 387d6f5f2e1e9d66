"""Changes to identities beside the pipeline's look-up: complaints moved to another citizen,
a chat tied to a phone number, an address that takes no more messages."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select, update

from store import queries
from store.models import Citizen, Complaint, Identity


def move_complaints(session: Session, identity_id: int, citizen_id: int) -> None:
    """Every complaint sent from this identity now belongs to this citizen."""
    stmt = update(Complaint).where(col(Complaint.identity_id) == identity_id)
    session.execute(stmt.values(citizen_id=citizen_id))


def undeliverable(session: Session, channel: str, address: str) -> bool:
    """Whether this address takes no more messages from us on this channel."""
    stmt = select(Identity.undeliverable).where(
        col(Identity.channel) == channel, col(Identity.address) == address
    )
    return bool(session.exec(stmt).first())


def link_phone(
    session: Session, channel: str, address: str, name: str | None, phone: str, now: datetime
) -> int:
    """Tie an address to the citizen who owns `phone` on any channel; the citizen id.

    An address seen before moves to the phone's citizen with its complaints, so SMS, WhatsApp
    and Telegram from one person are one citizen.
    """
    owner = queries.citizen_by_phone(session, phone)
    identity = queries.find_identity(session, channel, address)
    if identity is None:
        if owner is None:
            citizen = Citizen(name=name, created_at=now)
            session.add(citizen)
            session.flush()
            owner = citizen.id
        assert owner is not None
        session.add(
            Identity(citizen_id=owner, channel=channel, address=address, phone=phone,
                     display_name=name, created_at=now)
        )  # fmt: skip
        return owner
    identity.phone = phone
    session.add(identity)
    if owner is None or owner == identity.citizen_id:
        return identity.citizen_id
    assert identity.id is not None
    move_complaints(session, identity.id, owner)
    identity.citizen_id = owner
    return owner
