"""Officer accounts: listing, look-up by username, ending an officer's sessions."""

from __future__ import annotations

from sqlmodel import Session, col, delete, select

from store.models import DeskSession, Officer


def all_by_username(session: Session) -> list[Officer]:
    """Every officer, by username."""
    return list(session.exec(select(Officer).order_by(col(Officer.username))))


def by_username(session: Session, username: str) -> Officer | None:
    """The officer with this (already normalised) username."""
    return session.exec(select(Officer).where(col(Officer.username) == username)).first()


def end_sessions(session: Session, officer_id: int | None) -> None:
    """Sign the officer out everywhere."""
    session.exec(delete(DeskSession).where(col(DeskSession.officer_id) == officer_id))


def save(session: Session, officer: Officer) -> None:
    """Keep the officer's changed fields (written at the next flush or commit)."""
    session.add(officer)
