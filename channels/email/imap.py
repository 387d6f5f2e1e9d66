"""The IMAP side (imapclient): select, list UIDs after a cursor, fetch in batches, mark done.

Only BODY.PEEK is used, so reading never changes flags; flags or moves happen in `done()`, after
the caller has committed what it read. Sizes are fetched first, so an oversized message is never
downloaded: only its header is.
"""

from __future__ import annotations

import imaplib
import logging
import select
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from channels.email.settings import EmailSettings
from channels.errors import ChannelAuthError, TransientChannelError

log = logging.getLogger(__name__)

IDLE_RENEW_SECONDS = 9 * 60  # RFC 2177: servers may drop an IDLE after 30 min; renew well before


@dataclass(frozen=True)
class Fetched:
    """One message read from the mailbox: whole, or only its header when it is too big."""

    uid: int
    size: int
    internal_date: datetime | None
    raw: bytes | None
    header: bytes = b""


class Mailbox:
    """One IMAP connection to the configured folder."""

    def __init__(self, settings: EmailSettings) -> None:
        self.settings = settings
        self.client: IMAPClient | None = None
        self.uidvalidity = 0

    def __enter__(self) -> Mailbox:
        self.open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def open(self) -> int:
        """Connect, log in, select the folder; its UIDVALIDITY."""
        s = self.settings
        with imap_errors(s):
            tls = ssl.create_default_context()
            client = IMAPClient(
                s.imap_host, s.imap_port, ssl=s.imap_tls == "ssl", ssl_context=tls,
                timeout=s.timeout_seconds,
            )  # fmt: skip
            self.client = client
            if s.imap_tls == "starttls":
                client.starttls(tls)
            # imaplib writes a command in pieces; with Nagle's algorithm and delayed ACKs each
            # command then waits ~40 ms for nothing.
            client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            password = s.password.get_secret_value() if s.password else ""
            client.login(s.username or "", password)
            if s.processed_folder and not client.folder_exists(s.processed_folder):
                client.create_folder(s.processed_folder)
            selected = client.select_folder(s.folder)
            self.uidvalidity = int(selected[b"UIDVALIDITY"])
        return self.uidvalidity

    def close(self) -> None:
        """Log out, ignoring a connection that is already gone."""
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            client.shutdown()

    @property
    def can_idle(self) -> bool:
        """Whether the server offers IDLE (RFC 2177)."""
        return bool(self.client and self.client.has_capability("IDLE"))

    def uids_after(self, last: int) -> list[int]:
        """The UIDs above `last`, ascending (`N:*` also matches the highest UID, so filter)."""
        with imap_errors(self.settings):
            found = self._client.search(["UID", f"{last + 1}:*"])
        return sorted(int(u) for u in found if int(u) > last)

    def fetch(self, uids: list[int], max_bytes: int) -> list[Fetched]:
        """The messages with these UIDs, sizes first; oversized ones as headers only."""
        if not uids:
            return []
        with imap_errors(self.settings):
            sizes = self._client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE"])
            small = [u for u in uids if u in sizes and int(sizes[u][b"RFC822.SIZE"]) <= max_bytes]
            big = [u for u in uids if u in sizes and u not in small]
            bodies = self._client.fetch(small, ["BODY.PEEK[]"]) if small else {}
            heads = self._client.fetch(big, ["BODY.PEEK[HEADER]"]) if big else {}
        out = []
        for uid in uids:
            if uid not in sizes:
                continue  # expunged meanwhile
            size = int(sizes[uid][b"RFC822.SIZE"])
            when = _aware(sizes[uid].get(b"INTERNALDATE"))
            if uid in bodies:
                out.append(Fetched(uid, size, when, bytes(bodies[uid][b"BODY[]"])))
            elif uid in heads:
                out.append(Fetched(uid, size, when, None, bytes(heads[uid][b"BODY[HEADER]"])))
        return out

    def done(self, uids: list[int]) -> None:
        """Mark committed messages: move them to processed_folder, or flag them \\Seen."""
        if not uids:
            return
        with imap_errors(self.settings):
            target = self.settings.processed_folder
            if target and self._client.has_capability("MOVE"):
                self._client.move(uids, target)
            elif target:
                self._client.copy(uids, target)
                self._client.delete_messages(uids)
                self._client.uid_expunge(uids)
            else:
                self._client.add_flags(uids, [b"\\Seen"])

    def leftovers(self, last: int) -> list[int]:
        """Committed messages (UID <= last) a crash left unmarked: to pass to `done()`."""
        if last <= 0:
            return []
        criteria: list[str] = ["UID", f"1:{last}"]
        if not self.settings.processed_folder:
            criteria.append("UNSEEN")
        with imap_errors(self.settings):
            return sorted(int(u) for u in self._client.search(criteria) if int(u) <= last)

    def idle_wait(self, seconds: float) -> bool:
        """Wait in IDLE for up to `seconds` (renewed before 10 minutes); True if mail arrived."""
        seconds = min(seconds, IDLE_RENEW_SECONDS)
        if seconds <= 0:
            return False
        with imap_errors(self.settings):
            self._client.idle()
            self.idling()
            try:
                _wait_readable(self._client.socket(), seconds)
            finally:
                # DONE, then read every response in blocking mode: imapclient's idle_check
                # reads a non-blocking socket and fails on a line that arrives in two pieces.
                _, responses = self._client.idle_done()
        return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)

    def idling(self) -> None:
        """Called once the server is in IDLE, before the wait (a seam for tests)."""

    @property
    def _client(self) -> IMAPClient:
        if self.client is None:
            raise TransientChannelError("IMAP connection is not open")
        return self.client


def _wait_readable(sock: socket.socket, seconds: float) -> bool:
    """Wait until the server sends something (TLS may already hold it buffered)."""
    pending = getattr(sock, "pending", None)
    if pending is not None and pending():
        return True
    readable, _, _ = select.select([sock], [], [], seconds)
    return bool(readable)


@contextmanager
def imap_errors(settings: EmailSettings) -> Iterator[None]:
    """Translate imapclient and socket errors into channel errors."""
    where = f"IMAP {settings.imap_host}:{settings.imap_port}"
    try:
        yield
    except LoginError as exc:
        raise ChannelAuthError(f"{where}: login refused") from exc
    except (IMAPClientError, imaplib.IMAP4.error, imaplib.IMAP4.abort) as exc:
        raise TransientChannelError(f"{where}: {exc}") from exc
    except OSError as exc:  # includes timeouts and TLS errors
        raise TransientChannelError(f"{where}: {type(exc).__name__}: {exc}") from exc


def _aware(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
