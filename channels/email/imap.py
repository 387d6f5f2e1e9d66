"""The IMAP side (imapclient): select, list UIDs after a cursor, fetch in batches, mark done.

Only BODY.PEEK is used, so reading never changes flags; flags or moves happen in `done()`, after
the caller has committed what it read. Sizes are fetched first, so an oversized message is never
downloaded: only its header is.

`batches()` pipelines (RFC 3501 section 5.5): while the caller parses and commits one batch,
the server already holds the request for the next batch's bodies and the sizes of the one
after, and `done()` does not wait for its answer. Every command is a UID command, so sequence
numbers never matter, and answers are matched by UID whatever order they come in.
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

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imap_utf7 import encode as utf7
from imapclient.response_parser import parse_fetch_response

from channels.email.settings import EmailSettings
from channels.errors import ChannelAuthError, TransientChannelError

log = logging.getLogger(__name__)

STOP_CHECK_SECONDS = 0.25  # how soon a shutdown ends an IDLE
IDLE_RENEW_SECONDS = 9 * 60  # RFC 2177: servers may drop an IDLE after 30 min; renew well before
SIZES = "(RFC822.SIZE INTERNALDATE)"
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
        self._sent: dict[str, str] = {}  # commands whose answers are still to be read, by tag
        self._marks: list[str] = []  # of those, the flags and moves of `done()`
        self._got: dict[int, dict[bytes, Any]] = {}  # FETCH answers read, by UID

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
        """Log out (after the answers still due), ignoring a connection that is already gone."""
        client, self.client = self.client, None
        self._sent, self._marks, self._got = {}, [], {}
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
            self.settle()
            found = self._client.search(["UID", f"{last + 1}:*"])
        return sorted(int(u) for u in found if int(u) > last)

    def batches(self, uids: list[int], size: int, max_bytes: int) -> Iterator[list[Fetched]]:
        """The messages with these UIDs, in batches of `size`: sizes first, and only the header
        of one over `max_bytes`. The next batch is asked for before this one is handed over.

        A batch may be empty (all of it expunged meanwhile). Asking ahead never changes the
        mailbox: bodies are read with BODY.PEEK, and only once their sizes are known.
        """
        chunks = [uids[i : i + size] for i in range(0, len(uids), size)]
        if not chunks:
            return
        with imap_errors(self.settings):
            self.settle()
            self._wait(self._ask(chunks[0], SIZES))
            bodies = self._ask_bodies(chunks[0], max_bytes)
            sizes = self._ask(chunks[1], SIZES) if len(chunks) > 1 else []
        for i, chunk in enumerate(chunks):
            with imap_errors(self.settings):
                self._wait(bodies)
                batch = self._take(chunk)
                if i + 1 < len(chunks):
                    self._wait(sizes)
                    bodies = self._ask_bodies(chunks[i + 1], max_bytes)
                    sizes = self._ask(chunks[i + 2], SIZES) if i + 2 < len(chunks) else []
                self._check_marks(wait=False)
            yield batch

    def done(self, uids: list[int]) -> None:
        """Mark committed messages: move them to processed_folder, or flag them \\Seen.

        The command is sent at once, but its answer is read later: `settle()` waits for it.
        (Without MOVE, the copy is answered before the originals are deleted.)
        """
        if not uids:
            return
        target = self.settings.processed_folder
        with imap_errors(self.settings):
            which = _uid_set(uids)
            if target and self._client.has_capability("MOVE"):
                sent = [self._send("MOVE", which, _folder(target))]
            elif target:
                # Not pipelined: only what the server says it copied may be deleted.
                self._complete(self._send("COPY", which, _folder(target)))
                sent = [
                    self._send("STORE", which, "+FLAGS.SILENT", r"(\Deleted)"),
                    self._send("EXPUNGE", which),  # UID EXPUNGE (UIDPLUS): only these
                ]
            else:
                sent = [self._send("STORE", which, "+FLAGS.SILENT", r"(\Seen)")]
            self._marks.extend(sent)

    def settle(self) -> None:
        """Read every answer still due; raise if a flag or move was refused."""
        if not self._sent:
            return
        with imap_errors(self.settings):
            self._marks.clear()
            self._wait(list(self._sent))
            self._got.clear()  # asked ahead for a batch the caller stopped before

    def leftovers(self, last: int) -> list[int]:
        """Committed messages (UID <= last) a crash left unmarked: to pass to `done()`."""
        if last <= 0:
            return []
        criteria: list[str] = ["UID", f"1:{last}"]
        if not self.settings.processed_folder:
            criteria.append("UNSEEN")
        with imap_errors(self.settings):
            self.settle()
            return sorted(int(u) for u in self._client.search(criteria) if int(u) <= last)

    def idle_wait(self, seconds: float, stop: threading.Event | None = None) -> bool:
        """Wait in IDLE for up to `seconds` (renewed before 10 minutes), or until `stop` is
        set (then DONE at once); True if mail arrived."""
        seconds = min(seconds, IDLE_RENEW_SECONDS)
        if seconds <= 0:
            return False
        with imap_errors(self.settings):
            self.settle()
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

    def _ask(self, uids: list[int], items: str) -> list[str]:
        """Send a UID FETCH without waiting; the tags to `_wait()` for."""
        return [self._send("FETCH", _uid_set(uids), items)] if uids else []

    def _ask_bodies(self, uids: list[int], max_bytes: int) -> list[str]:
        """Ask for the bodies of these messages, only the headers of those over `max_bytes`."""
        sizes = {u: int(self._got[u][SIZE]) for u in uids if SIZE in self._got.get(u, {})}
        small = [u for u, n in sizes.items() if n <= max_bytes]
        big = [u for u, n in sizes.items() if n > max_bytes]
        return self._ask(small, "(BODY.PEEK[])") + self._ask(big, "(BODY.PEEK[HEADER])")

    def _wait(self, tags: list[str]) -> None:
        """Read the answers to these commands and keep what they fetched, by UID."""
        for tag in tags:
            self._complete(tag)
        _, data = self._client._imap._untagged_response("OK", [None], "FETCH")
        # Times as the server wrote them (aware), turned into UTC where they are read.
        for uid, items in parse_fetch_response(data, False, True).items():
            self._got.setdefault(uid, {}).update(items)

    def _take(self, uids: list[int]) -> list[Fetched]:
        """The fetched messages with these UIDs, forgotten once handed over."""
        out = []
        for uid in uids:
            got = self._got.pop(uid, {})
            if SIZE not in got:
                continue  # expunged meanwhile
            size, when = int(got[SIZE]), _aware(got.get(b"INTERNALDATE"))
            if BODY in got:
                out.append(Fetched(uid, size, when, bytes(got[BODY])))
            elif HEADER in got:
                out.append(Fetched(uid, size, when, None, bytes(got[HEADER])))
        return out

    def _send(self, command: str, *args: str | bytes) -> str:
        """Send `UID <command> <args>` without reading its answer; its tag."""
        tag: str = self._client._imap._command("UID", command, *args)
        self._sent[tag] = f"UID {command}"
        return tag

    def _complete(self, tag: str) -> None:
        """Read up to the answer to this command; raise if it was refused."""
        name = self._sent.pop(tag, None)
        if name is None:
            return
        typ, data = self._client._imap._command_complete(name, tag)
        if typ != "OK":
            raise TransientChannelError(f"{name} refused: {typ} {data!r}"[:300])

    def _check_marks(self, *, wait: bool) -> None:
        """Check the answers to flags and moves: those already read, or (`wait`) all."""
        answered = self._client._imap.tagged_commands
        for tag in list(self._marks):
            if wait or answered.get(tag) is not None:
                self._marks.remove(tag)
                self._complete(tag)

    @property
    def _client(self) -> IMAPClient:
        if self.client is None:
            raise TransientChannelError("IMAP connection is not open")
        return self.client


def _uid_set(uids: list[int]) -> str:
    """An IMAP sequence set of these UIDs, runs written as ranges: `3,7:9` (RFC 3501 9)."""
    runs: list[str] = []
    ordered = sorted(uids)
    start = prev = ordered[0]
    for uid in [*ordered[1:], None]:
        if uid is not None and uid == prev + 1:
            prev = uid
            continue
        runs.append(str(start) if start == prev else f"{start}:{prev}")
        if uid is not None:
            start = prev = uid
    return ",".join(runs)


def _folder(name: str) -> bytes:
    """A folder name as an IMAP quoted string, in modified UTF-7 (RFC 3501 5.1.3)."""
    encoded: bytes = utf7(name)
    return b'"' + encoded.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


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
