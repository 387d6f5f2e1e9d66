"""Officers' saved inbox views: listing, finding one by name, saving, removing."""

from __future__ import annotations

from sqlmodel import Session, col, delete, select

from store.models import SavedView


def of_officer(session: Session, officer_id: int) -> list[SavedView]:
    """The officer's saved views, by name."""
    stmt = select(SavedView).where(col(SavedView.officer_id) == officer_id)
    return list(session.exec(stmt.order_by(col(SavedView.name))))


def by_name(session: Session, officer_id: int, name: str) -> SavedView | None:
    """The officer's view with this name."""
    stmt = select(SavedView).where(
        col(SavedView.officer_id) == officer_id, col(SavedView.name) == name
    )
    return session.exec(stmt).first()


def save(session: Session, view: SavedView) -> None:
    """Write the view now (IntegrityError when the same name was saved at the same moment)."""
    session.add(view)
    session.flush()


def remove(session: Session, officer_id: int, view_id: int) -> bool:
    """Delete one of the officer's views; False when it is not theirs or not there."""
    stmt = delete(SavedView).where(
        col(SavedView.id) == view_id, col(SavedView.officer_id) == officer_id
    )
    return bool(session.exec(stmt).rowcount)
