"""The IMAP side (imapclient's public API): select, list UIDs after a cursor, fetch in batches,
mark done.

Only BODY.PEEK is used, so reading never changes flags; flags or moves happen in `done()`, after
the caller has committed what it read. Sizes are fetched first, so an oversized message is never
downloaded: only its header is. One command at a time, each answer awaited; every command is a
UID command, so sequence numbers never matter.
"""

from __future__ import annotations

import imaplib
import logging
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from imapclient import SEEN, IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from channels.email.settings import EmailSettings
from channels.errors import ChannelAuthError, TransientChannelError

log = logging.getLogger(__name__)

STOP_CHECK_SECONDS = 0.25  # how soon a shutdown ends an IDLE
IDLE_RENEW_SECONDS = 9 * 60  # RFC 2177: servers may drop an IDLE after 30 min; renew well before
SIZE, BODY, HEADER = b"RFC822.SIZE", b"BODY[]", b"BODY[HEADER]"


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
            client.normalise_times = False  # times read with their zone, turned into UTC
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
        except (IMAPClientError, imaplib.IMAP4.error, OSError):
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

    def batches(self, uids: list[int], size: int, max_bytes: int) -> Iterator[list[Fetched]]:
        """The messages with these UIDs in batches of `size`: sizes first, then bodies, only the
        header of one over `max_bytes`. A batch may be empty (all of it expunged meanwhile)."""
        for start in range(0, len(uids), size):
            chunk = uids[start : start + size]
            with imap_errors(self.settings):
                sizes = self._client.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"])
                small = [u for u in chunk if u in sizes and int(sizes[u][SIZE]) <= max_bytes]
                big = [u for u in chunk if u in sizes and int(sizes[u][SIZE]) > max_bytes]
                got: dict[int, dict[bytes, Any]] = {}
                if small:
                    got.update(self._client.fetch(small, ["BODY.PEEK[]"]))
                if big:
                    got.update(self._client.fetch(big, ["BODY.PEEK[HEADER]"]))
            # A message expunged between the two fetches has no body: it is gone, skip it.
            yield [_fetched(u, sizes[u], got[u]) for u in chunk if u in sizes and u in got]

    def done(self, uids: list[int]) -> None:
        """Move committed messages to processed_folder, or flag them \\Seen; waits for each.

        Without MOVE (RFC 6851) the copy is answered before the originals are deleted, and
        UID EXPUNGE (UIDPLUS) removes only those.
        """
        if not uids:
            return
        target = self.settings.processed_folder
        with imap_errors(self.settings):
            if target and self._client.has_capability("MOVE"):
                self._client.move(uids, target)
            elif target:
                self._client.copy(uids, target)  # raises unless copied: nothing deleted then
                self._client.delete_messages(uids, silent=True)
                self._client.uid_expunge(uids)
            else:
                self._client.add_flags(uids, [SEEN], silent=True)

    def leftovers(self, last: int) -> list[int]:
        """Committed messages (UID <= last) a crash left unmarked: to pass to `done()`."""
        if last <= 0:
            return []
        criteria: list[str] = ["UID", f"1:{last}"]
        if not self.settings.processed_folder:
            criteria.append("UNSEEN")
        with imap_errors(self.settings):
            return sorted(int(u) for u in self._client.search(criteria) if int(u) <= last)

    def idle_wait(self, seconds: float, stop: threading.Event | None = None) -> bool:
        """Wait in IDLE for up to `seconds` (renewed before 10 minutes), or until `stop` is
        set (then DONE at once); True if mail arrived."""
        seconds = min(seconds, IDLE_RENEW_SECONDS)
        if seconds <= 0:
            return False
        with imap_errors(self.settings):
            self._client.idle()
            self.idling()
            try:
                _wait_readable(self._client.socket(), seconds, stop)
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


def _fetched(uid: int, sizes: dict[bytes, Any], got: dict[bytes, Any]) -> Fetched:
    size, when = int(sizes[SIZE]), _aware(sizes.get(b"INTERNALDATE"))
    if BODY in got:
        return Fetched(uid, size, when, bytes(got[BODY]))
    return Fetched(uid, size, when, None, bytes(got[HEADER]))


def _wait_readable(sock: socket.socket, seconds: float, stop: threading.Event | None) -> bool:
    """Wait until the server sends something (TLS may already hold it buffered), the time is
    up, or `stop` is set (looked at every STOP_CHECK_SECONDS)."""
    pending = getattr(sock, "pending", None)
    if pending is not None and pending():
        return True
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0 and not (stop and stop.is_set()):
        readable, _, _ = select.select([sock], [], [], min(left, STOP_CHECK_SECONDS))
        if readable:
            return True
    return False


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
