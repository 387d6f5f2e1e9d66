"""Desk accounts: add, list, disable and enable officers (used by the CLI and the admin pages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from desk.access import ROLES
from desk.assign import release_all
from desk.auth import hash_password
from store import officers as officer_rows
from store.db import IntegrityError, Session, Store
from store.models import Officer
from store.types import utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 10


class OfficerError(ValueError):
    """An officer cannot be created or changed as asked; the message says why, in Indonesian."""


def check_new(
    username: str, password: str, role: str, sections: Sequence[str], known: Sequence[str]
) -> str:
    """The normalised username, or an OfficerError naming what is wrong."""
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise OfficerError(
            f"nama pengguna {username!r} tidak sah: 2-64 huruf kecil, angka, titik, - atau _"
        )
    if role not in ROLES:
        raise OfficerError(f"peran {role!r} tidak dikenal: pilih {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise OfficerError(f"kata sandi terlalu pendek: minimal {MIN_PASSWORD} karakter")
    unknown = [s for s in sections if s not in known]
    if unknown:
        raise OfficerError(f"bagian tidak dikenal: {', '.join(unknown)}")
    if role == "officer" and not sections:
        raise OfficerError("petugas perlu minimal satu bagian (--section)")
    return name


def add_officer(
    store: Store,
    username: str,
    password: str,
    role: str,
    sections: Sequence[str],
    known_sections: Sequence[str],
    email: str | None = None,
    telegram_chat_id: str | None = None,
    now: datetime | None = None,
) -> Officer:
    """Create an officer with an argon2 hash of the password."""
    name = check_new(username, password, role, sections, known_sections)
    officer = Officer(
        username=name,
        password_hash=hash_password(password),
        role=role,
        sections=list(dict.fromkeys(sections)),
        email=email or None,
        telegram_chat_id=telegram_chat_id or None,
        created_at=now or utcnow(),
    )
    try:
        with store.write() as session:
            officer_rows.add(session, officer)
    except IntegrityError as exc:
        raise OfficerError(f"nama pengguna {name!r} sudah dipakai") from exc
    return officer


def list_officers(store: Store) -> list[Officer]:
    """Every officer, by username."""
    with store.read() as session:
        return officer_rows.all_by_username(session)


def set_active(store: Store, username: str, active: bool) -> Officer:
    """Disable (ending every session and releasing their complaints) or enable an officer."""
    with store.write() as session:
        officer = _by_name(session, username)
        officer_rows.set_active(session, officer, active)
        if not active:
            officer_rows.end_sessions(session, officer.id)
            release_all(session, officer, utcnow())
    return officer


def _by_name(session: Session, username: str) -> Officer:
    found = officer_rows.by_username(session, username.strip().lower())
    if found is None:
        raise OfficerError(f"petugas {username!r} tidak ada")
    return found
