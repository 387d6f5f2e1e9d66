"""Passwords (argon2 via pwdlib), server-side sessions behind a signed cookie, login throttling.

The cookie carries a random token signed with the service key; the database keeps only the
token's SHA-256, with the officer, the session's CSRF token and its expiry. Logging out or
disabling an officer deletes the rows, so a copied cookie dies with them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache

from itsdangerous import BadSignature, Signer
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from desk.access import Viewer
from settings.desk import DeskSettings
from store import limits as limits_db
from store import officers
from store.clean import clean
from store.db import Store
from store.models import DeskSession

SESSION_COOKIE = "aduan_desk"
LOGIN_COOKIE = "aduan_login"
_HASHER = PasswordHash((Argon2Hasher(),))


def hash_password(password: str) -> str:
    """An argon2id hash of a password."""
    return _HASHER.hash(password)


def verify_password(password: str, hashed: str) -> bool:
    """Whether the password matches the hash."""
    return _HASHER.verify(password, hashed)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def account_key(username: str, address: str) -> str:
    """The throttle key of one account from one client address."""
    return f"login:{clean(username.strip().lower()[:64])}|{address[:64]}"


def address_key(address: str) -> str:
    """The throttle key of one client address, whatever the account."""
    return f"login-address:{address[:64]}"


def unlock(store: Store, username: str) -> int:
    """Lift every lockout of an account (from any address); how many there were."""
    return limits_db.clear_prefix(store, f"login:{username.strip().lower()}|")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Auth:
    """Logs officers in and out and turns a session cookie into a Viewer."""

    def __init__(
        self, settings: DeskSettings, store: Store, secret: str, clock: Callable[[], datetime]
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self._session_signer = Signer(secret, salt="aduan.desk.session")
        self._login_signer = Signer(secret, salt="aduan.desk.login")

    # --- login form tokens (before there is a session) ---
    def new_login_token(self) -> str:
        """A signed random token for the login form and its cookie (double submit)."""
        return self._login_signer.sign(secrets.token_urlsafe(24)).decode()

    def login_token_ok(self, form_token: str, cookie_token: str | None) -> bool:
        """The form's token is ours and the same as the cookie's."""
        if not form_token or not cookie_token:
            return False
        if not hmac.compare_digest(form_token, cookie_token):
            return False
        return self._login_signer.validate(form_token)

    # --- throttling ---
    def throttled(self, username: str, address: str) -> bool:
        """Count this attempt before the password is checked; True when it must wait.

        Counted in the database in the statement that reads the count, so parallel guesses
        cannot all pass before any is counted, and every replica sees the same counts. The
        account is locked per client address (a stranger elsewhere cannot lock an officer
        out), for a delay that doubles with each lockout; an address is also limited across
        accounts. A successful login clears its account's count.
        """
        limits = self.settings.throttle
        now, window = self.clock(), timedelta(minutes=limits.window_minutes)
        checks = ((account_key(username, address), limits.per_account),
                  (address_key(address), limits.per_address))  # fmt: skip
        refused = False
        with self.store.write() as session:
            for key, allowed in checks:
                found = limits_db.hit(session, key, now, window)
                if found.blocked_until is not None and found.blocked_until > now:
                    refused = True
                elif found.hits > allowed:
                    base = timedelta(minutes=limits.lockout_minutes)
                    cap = timedelta(minutes=limits.max_lockout_minutes)
                    limits_db.lock(session, key, now, base, cap)
                    refused = True
        return refused

    # --- sessions ---
    def login(self, username: str, password: str, address: str) -> str | None:
        """Check the password; on success a new session's signed cookie value."""
        name = clean(username.strip().lower()[:64])
        with self.store.read() as session:
            officer = officers.by_username(session, name)
        # Hash even for an unknown name, so the answer takes as long either way.
        hashed = officer.password_hash if officer else _dummy_hash()
        ok = verify_password(password, hashed) and officer is not None and officer.active
        now = self.clock()
        with self.store.write() as session:
            officers.record_login(session, name, address, ok, now)
        if not ok or officer is None or officer.id is None:
            return None
        limits_db.clear(self.store, account_key(name, address))
        return self.start_session(officer.id, address)

    def start_session(self, officer_id: int, address: str | None = None) -> str:
        """Open a session for an officer; the signed cookie value."""
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self.store.write() as session:
            row = DeskSession(
                id=_digest(token),
                officer_id=officer_id,
                csrf=secrets.token_urlsafe(32),
                address=address,
                created_at=now,
                expires_at=now + timedelta(hours=self.settings.session_hours),
            )
            officers.start_session(session, row, now)
        return self._session_signer.sign(token).decode()

    def viewer(self, cookie: str | None) -> Viewer | None:
        """The signed-in officer of a session cookie, or None (bad, expired, disabled)."""
        if not cookie:
            return None
        try:
            token = self._session_signer.unsign(cookie).decode()
        except BadSignature:
            return None
        with self.store.read() as session:
            found = officers.session_of(session, _digest(token))
        if found is None:
            return None
        row, officer = found
        if row.expires_at <= self.clock() or not officer.active or officer.id is None:
            return None
        return Viewer(
            officer.id, officer.username, officer.role, tuple(officer.sections), row.id, row.csrf
        )

    def logout(self, session_id: str) -> None:
        """End one session."""
        with self.store.write() as session:
            officers.end_session(session, session_id)


def csrf_ok(viewer: Viewer, token: str | None) -> bool:
    """The form carries this session's CSRF token."""
    return bool(token) and hmac.compare_digest(viewer.csrf, token or "")
