"""The outbox dispatcher: claims due messages, sends them, retries with backoff.

On PostgreSQL rows are claimed with FOR UPDATE SKIP LOCKED and held by a lease, so several
replicas can dispatch at once and each message is sent by exactly one of them.

Each row carries an idempotency key, fixed before its first attempt and sent with every one
(the email Message-ID, the generic SMS gateway's Idempotency-Key): a row that was being sent
when its process died is sent again under the same key. Rows claimed by a dispatcher of this
host whose process is gone are released when the next one starts, not after the lease.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from channels.base import OutgoingFile, OutgoingMessage, Sender
from channels.errors import ChannelAuthError, ChannelError, TransientChannelError
from ingest import metrics
from settings.jobs import OutboxSettings
from store import identities, outbox, queries
from store.db import Session, Store
from store.models import Message
from store.outbox import Attempt, Claimed
from store.types import utcnow

if TYPE_CHECKING:
    from ingest.outbox_files import ReplyFiles
    from ingest.send_health import SendHealth

log = logging.getLogger(__name__)
HOST = socket.gethostname()


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


class Dispatcher:
    """Delivers outbox rows through the channels' senders."""

    def __init__(
        self,
        settings: OutboxSettings,
        store: Store,
        senders: Mapping[str, Sender],
        clock: Callable[[], datetime] = utcnow,
        health: SendHealth | None = None,
        files: ReplyFiles | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.senders = senders
        self.clock = clock
        self.owner = f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._released = False
        self.health = health
        """Every attempt's outcome counts toward its channel's health (ingest/send_health.py)."""
        self.files = files
        """Where the files of officers' replies are read from (ingest/outbox_files.py)."""

    def run_once(self) -> int:
        """Claim one batch of due messages and try each once; the number tried."""
        if not self._released:
            self.release_orphans()
        claimed = self._claim()
        # Rows no transport can carry are settled together, in one transaction, so a backlog
        # of them does not hold the database's single writer once per row.
        stranded = [row for row in claimed if row.channel not in self.senders]
        if stranded:
            self._finish_all(stranded, "undeliverable", "no outbound transport configured")
        for row in claimed:
            if row.channel in self.senders:
                self._deliver(row)
        return len(claimed)

    def drain(self, max_rounds: int = 100) -> int:
        """Run until nothing is due (for tests and the CLI); the number tried."""
        total = 0
        for _ in range(max_rounds):
            done = self.run_once()
            total += done
            if not done:
                break
        return total

    def _claim(self) -> list[Claimed]:
        """Take a batch of due rows (store/outbox.py: a SELECT per status, one UPDATE)."""
        now = self.clock()
        lease = now + timedelta(seconds=self.settings.lease_seconds)
        with self.store.write() as session:
            return outbox.claim_due(session, now, lease, self.owner, self.settings.batch_size,
                                    skip_locked=self.store.is_postgres)  # fmt: skip

    def release_orphans(self) -> int:
        """Release rows claimed by dispatchers of this host whose process is gone (killed):
        they are due again at once instead of after their lease. The number released."""
        self._released = True
        with self.store.write() as session:
            released = outbox.release_claims(session, HOST, self._orphaned)
        if released:
            log.warning("outbox: released %s rows of a dispatcher that died", released)
        return released

    def _orphaned(self, owner: str) -> bool:
        _host, _, rest = owner.partition(":")
        pid, _, _instance = rest.partition(":")
        if owner == self.owner or not pid.isdigit():
            return False
        return not _alive(int(pid))

    def _deliver(self, row: Claimed) -> None:
        sender = self.senders[row.channel]
        if self._address_dead(row):
            self._finish(row, "undeliverable", f"{row.recipient} is marked undeliverable")
            return
        content = self._content(row)
        if content is None:
            return
        text, files = content
        message = OutgoingMessage(
            channel=row.channel,
            recipient=row.recipient,
            text=text,
            subject=row.subject,
            reply_to_external_id=row.meta.get("in_reply_to"),
            thread_keys=tuple(row.meta.get("thread_keys", ())),
            automatic=row.automatic,
            meta=row.meta,
            idempotency_key=row.idempotency_key,
            files=files,
            done=dict(row.meta.get("parts") or {}),
            delivered=lambda part, provider_id: self._part(row.id, part, provider_id),
        )
        try:
            result = sender.send(message)
        except TransientChannelError as exc:
            self._retry(row, str(exc), exc.retry_after)
            self._health(row.channel, exc)
        except ChannelAuthError as exc:
            self._retry(row, f"credentials refused: {exc}", None)
            self._health(row.channel, exc)
        except ChannelError as exc:
            self._finish(row, "failed", str(exc))
            self._health(row.channel, exc)
        except Exception as exc:  # a sender bug must not stop the outbox
            log.exception("outbox %s: unexpected error from %s sender", row.id, row.channel)
            self._retry(row, f"{type(exc).__name__}: {exc}", None)
            self._health(row.channel, exc)
        else:
            self._sent(row, result.provider_id)
            self._health(row.channel, None)

    def _content(self, row: Claimed) -> tuple[str, tuple[OutgoingFile, ...]] | None:
        """The text and the files to send (ingest/outbox_files.py); None when a file the row
        names is gone, and the row has failed: never a silent text-only send."""
        if self.files is None:
            return row.text, ()
        try:
            return self.files.prepare(self.store, row.id, row.channel, row.text, row.meta)
        except ChannelError as exc:
            self._finish(row, "failed", str(exc))
            return None

    def _part(self, outbox_id: int, part: str, provider_id: str | None) -> None:
        """Record at once that one part of a message went out: a retry skips it."""
        with self.store.write() as session:
            outbox.record_part(session, outbox_id, part, provider_id)

    def _health(self, channel: str, error: Exception | None) -> None:
        if self.health is None:
            return
        if error is None:
            self.health.ok(channel)
        else:
            self.health.failed(channel, error)

    def _address_dead(self, row: Claimed) -> bool:
        with self.store.read() as session:
            return identities.undeliverable(session, row.channel, row.recipient)

    def _sent(self, row: Claimed, provider_id: str | None) -> None:
        now = self.clock()
        with self.store.write() as session:
            self._log(session, [row], now, "sent", None, sent_at=now, provider_id=provider_id)
            values: dict[str, Any] = {
                "complaint_id": row.complaint_id,
                "direction": "out",
                "kind": row.kind,
                "channel": row.channel,
                "external_id": provider_id or f"outbox:{row.id}",
                "recipient": row.recipient,
                "subject": row.subject,
                "text": row.text,
                "meta": {"outbox_id": row.id},
                "received_at": now,
                "created_at": now,
            }
            if queries.insert_ignore(session, Message, values) is None:
                # The provider reused an id: the message went out all the same, so it is
                # recorded under our own id rather than failing and being sent again.
                values["external_id"] = f"outbox:{row.id}"
                values["meta"] = {"outbox_id": row.id, "provider_id": provider_id}
                queries.insert_ignore(session, Message, values)
        metrics.OUTBOX_SENT.labels(row.channel).inc()
        log.info("outbox %s sent on %s (complaint %s)", row.id, row.channel, row.complaint_id)

    def _retry(self, row: Claimed, error: str, retry_after: float | None) -> None:
        attempts = row.attempts + 1
        if attempts >= self.settings.max_attempts:
            self._finish(row, "failed", f"gave up after {attempts} attempts: {error}")
            return
        delay = min(
            self.settings.backoff_base_seconds * 2 ** (attempts - 1),
            self.settings.backoff_max_seconds,
        )
        now = self.clock()
        due = now + timedelta(seconds=max(delay, retry_after or 0))
        with self.store.write() as session:
            self._log(session, [row], now, "pending", error, next_attempt_at=due)
        metrics.OUTBOX_FAILURES.labels(row.channel, "false").inc()
        log.warning("outbox %s on %s: attempt %s failed: %s", row.id, row.channel, attempts, error)

    def _finish_all(self, rows: list[Claimed], status: str, reason: str) -> None:
        with self.store.write() as session:
            self._log(
                session, rows, self.clock(), status, lambda r: f"channel {r.channel} has {reason}"
            )
        for row in rows:
            metrics.OUTBOX_FAILURES.labels(row.channel, "true").inc()
        log.warning("outbox: %s messages %s (%s)", len(rows), status, reason)

    def _finish(self, row: Claimed, status: str, error: str) -> None:
        with self.store.write() as session:
            self._log(session, [row], self.clock(), status, error)
        metrics.OUTBOX_FAILURES.labels(row.channel, "true").inc()
        log.warning("outbox %s on %s: %s: %s", row.id, row.channel, status, error)

    def _log(
        self,
        session: Session,
        rows: list[Claimed],
        now: datetime,
        status: str,
        error: str | Callable[[Claimed], str] | None,
        **extra: Any,
    ) -> None:
        """Record one attempt on each row, released from its claim (store/outbox.py: one
        SELECT of the rows' logs and one UPDATE for them all; an attempt per row through the ORM
        cost a load and a flush each, on the thread that shares the event loop's interpreter)."""
        counted = 0 if status == "undeliverable" else 1
        attempts = [
            Attempt(row.id, row.attempts + counted, error(row) if callable(error) else error)
            for row in rows
        ]
        outbox.record_attempts(session, attempts, now, status, **extra)
