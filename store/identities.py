"""Changes to identities beside the pipeline's look-up."""

from __future__ import annotations

from sqlmodel import Session, col, update

from store.models import Complaint


def move_complaints(session: Session, identity_id: int, citizen_id: int) -> None:
    """Every complaint sent from this identity now belongs to this citizen."""
    stmt = update(Complaint).where(col(Complaint.identity_id) == identity_id)
    session.execute(stmt.values(citizen_id=citizen_id))
