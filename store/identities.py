"""Changes to identities beside the pipeline's look-up."""

from __future__ import annotations

from sqlmodel import Session, col, select, update

from store.models import Complaint, Identity


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
