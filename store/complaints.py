"""Reads of complaints themselves beside the pipeline's (store/queries.py)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from store.models import Complaint


def after(session: Session, last_id: int, limit: int) -> list[Complaint]:
    """Up to `limit` complaints with an id above `last_id`, in id order (a keyset batch)."""
    stmt = select(Complaint).where(col(Complaint.id) > last_id).order_by(col(Complaint.id))
    return list(session.exec(stmt.limit(limit)))
