"""Officer accounts and their desk sessions: listing, look-up, saving, login attempts, opening,
finding and ending sessions."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, delete, select

from store.models import DeskSession, LoginAttempt, Officer


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


def by_id(session: Session, officer_id: int | None) -> Officer | None:
    """The officer with this id (None for None)."""
    return session.get(Officer, officer_id) if officer_id is not None else None


def add(session: Session, officer: Officer) -> None:
    """A new officer (written at the commit; IntegrityError there when the name is taken)."""
    session.add(officer)


def record_login(session: Session, username: str, address: str, ok: bool, now: datetime) -> None:
    """One login attempt, kept whether it succeeded or not."""
    session.add(LoginAttempt(username=username, address=address, success=ok, created_at=now))


def start_session(session: Session, row: DeskSession, now: datetime) -> None:
    """Open a desk session, note the officer's login, and drop every expired session."""
    session.add(row)
    officer = session.get(Officer, row.officer_id)
    if officer is not None:
        officer.last_login_at = now
        session.add(officer)
    session.exec(delete(DeskSession).where(col(DeskSession.expires_at) < now))


def session_of(session: Session, digest: str) -> tuple[DeskSession, Officer] | None:
    """The desk session with this token digest and its officer."""
    stmt = (
        select(DeskSession, Officer)
        .join(Officer, col(Officer.id) == col(DeskSession.officer_id))
        .where(col(DeskSession.id) == digest)
    )
    found = session.exec(stmt).first()
    return (found[0], found[1]) if found is not None else None


def end_session(session: Session, session_id: str) -> None:
    """End one desk session."""
    session.exec(delete(DeskSession).where(col(DeskSession.id) == session_id))


def active_supervisors(session: Session) -> list[Officer]:
    """Every active supervisor."""
    stmt = select(Officer).where(col(Officer.role) == "supervisor", col(Officer.active).is_(True))
    return list(session.exec(stmt))


def set_active(session: Session, officer: Officer, active: bool) -> None:
    """Enable or disable the officer's account."""
    officer.active = active
    session.add(officer)
