"""Email wiring: the IMAP poller (cursor, batches, dead letters, bounces) and the SMTP sender.

One cycle: select the folder, compare UIDVALIDITY with the cursor (a change means rescan from
UID 1; the store's unique (channel, external_id) drops what was already stored), then per batch
of UIDs: fetch (sizes first), parse, keep dead letters, apply bounces, and commit the messages
with the cursor in one transaction; only then flag or move them on the server. The server reads
the next batch while this one is parsed and committed (see channels/email/imap.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from fastapi import APIRouter

from channels.base import IncomingMessage, Sender
from channels.email.parse import ParseOptions, headers_of, message_key, parse
from channels.email.settings import EmailSettings
from channels.email.smtp import EmailSender
from channels.errors import ChannelError, PayloadError, TransientChannelError
from ingest import metrics
from ingest.channels.email_store import apply_bounces, scope_by_sender
from ingest.pipeline import Cursor
from ingest.wiring import Capabilities, Clock, Context, Job
from settings.root import Settings
from store import dead_letters, outbox, queries
from store.db import Session, Store
from store.health import record_success
from store.models import DeadLetter, Outbox

if TYPE_CHECKING:
    from channels.email.imap import Fetched, Mailbox

log = logging.getLogger(__name__)

CHANNEL = "email"
TOO_BIG = (
    'Surel Anda berjudul "{subject}" berukuran {size:.1f} MB, melebihi batas {limit:.1f} MB, '
    "sehingga tidak dapat kami proses. Mohon kirim ulang aduan Anda dengan lampiran yang lebih "
    "kecil, atau sertakan tautan untuk mengunduh berkasnya."
)


@dataclass
class Report:
    """What one poll did, for logs and `aduan channels poll email --once`."""

    mailbox: str = ""
    rescanned: bool = False
    fetched: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    dead_letters: int = 0
    bounces: int = 0
    cursor: str | None = None

    def line(self) -> str:
        """One line for a person."""
        done = ", ".join(f"{n} {k}" for k, n in sorted(self.outcomes.items())) or "nothing new"
        rescan = " (UIDVALIDITY changed: rescanned)" if self.rescanned else ""
        return (
            f"{self.mailbox}: fetched {self.fetched}{rescan}: {done}; "
            f"{self.dead_letters} dead letters, {self.bounces} bounces; cursor {self.cursor}"
        )


class EmailPoller:
    """Reads the configured mailbox into the pipeline; nothing lost, nothing doubled."""

    def __init__(
        self,
        ctx: Context,
        mailbox: Callable[[EmailSettings], Mailbox] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ctx = ctx
        self.settings = ctx.settings.channels.email
        if mailbox is None:
            # PLC0415: imapclient loads only where the email channel runs.
            from channels.email.imap import Mailbox  # noqa: PLC0415

            mailbox = Mailbox
        self.mailbox = mailbox
        self.monotonic = monotonic
        self.options = parse_options(self.settings)
        self.prefix = ctx.settings.service.tracking_prefix
        self.failures = 0
        self.stopping = threading.Event()
        self.retry_at = 0.0
        self.last_error = ""
        self.last = Report()

    def run(self) -> int:
        """The scheduled job: one cycle; where the server offers IDLE, then IDLE on the same
        connection, a cycle at every wake-up and renewal, until `stop()` or an error."""
        from channels.email.imap import IDLE_RENEW_SECONDS  # noqa: PLC0415 (as in __init__)

        started = self.monotonic()
        if started < self.retry_at:
            wait = self.retry_at - started
            raise TransientChannelError(f"backing off {wait:.0f} s: {self.last_error}")
        try:
            with self.mailbox(self.settings) as box:
                total = self.cycle(box)
                if self.settings.idle and box.can_idle:
                    self._healthy()  # this run may last for hours: say it works now
                while self.settings.idle and box.can_idle and not self.stopping.is_set():
                    box.idle_wait(IDLE_RENEW_SECONDS, self.stopping)
                    if not self.stopping.is_set():
                        total += self.cycle(box)  # IDLE only wakes us: the UID search decides
        except ChannelError as exc:
            self._failed(exc)
            raise
        self.failures, self.retry_at = 0, 0.0
        return total

    def stop(self) -> None:
        """End a running IDLE (DONE, log out) so the process can exit at once."""
        self.stopping.set()

    def _healthy(self) -> None:
        if not self.ctx.health.healthy(CHANNEL):
            with self.ctx.store.write() as session:
                record_success(session, CHANNEL)
            self.ctx.health.succeeded(CHANNEL)
        metrics.CHANNEL_HEALTHY.labels(CHANNEL).set(1)

    def poll_once(self) -> Report:
        """One cycle on a fresh connection (the CLI), without IDLE."""
        with self.mailbox(self.settings) as box:
            self.cycle(box)
        return self.last

    def cycle(self, box: Mailbox) -> int:
        """Read everything after the cursor, batch by batch; the number of messages stored."""
        key = self.settings.mailbox_key
        report = self.last = Report(mailbox=key)
        with self.ctx.store.read() as session:
            saved = queries.get_cursor(session, CHANNEL, key)
        validity, last = _split(saved)
        if validity != box.uidvalidity:
            report.rescanned = saved is not None
            if saved is not None:
                log.warning(
                    "email %s: UIDVALIDITY %s -> %s, rescanning", key, validity, box.uidvalidity
                )
            last = 0
        box.done(box.leftovers(last))  # committed before a crash, never flagged or moved
        uids = box.uids_after(last)
        for batch in box.batches(uids, self.settings.batch_size, self.settings.max_message_bytes):
            if batch:
                self._commit(batch, box.uidvalidity, report)
                box.done([f.uid for f in batch])
        if not uids and saved != f"{box.uidvalidity}:{last}":
            self._save_cursor(key, f"{box.uidvalidity}:{last}")  # first run, or a rescan
        report.cursor = f"{box.uidvalidity}:{uids[-1] if uids else last}"
        return sum(n for k, n in report.outcomes.items() if k != "duplicate")

    def _commit(self, batch: list[Fetched], validity: int, report: Report) -> None:
        msgs: list[IncomingMessage] = []
        for item in batch:
            if item.raw is None:
                limit = self.settings.max_message_bytes
                reason = f"message of {item.size} bytes is over max_message_bytes ({limit})"
                self._dead_letter(item, reason, validity, report, oversized=True)
                continue
            try:
                msgs.extend(parse(item.raw, item.internal_date or self.ctx.clock(), self.options))
            except PayloadError as exc:
                self._dead_letter(item, str(exc), validity, report)
        report.fetched += len(batch)
        if any(msg.meta.get("bounce") for msg in msgs):
            with self.ctx.store.write() as session:
                report.bounces += apply_bounces(session, msgs, self.prefix)
        msgs = scope_by_sender(self.ctx, msgs)
        cursor = Cursor(CHANNEL, self.settings.mailbox_key, f"{validity}:{batch[-1].uid}")
        results = self.ctx.pipeline.accept_batch(msgs, cursor)
        for result in results:  # attachments are stored by accept(), in the same transaction
            report.outcomes[result.outcome] = report.outcomes.get(result.outcome, 0) + 1

    def _dead_letter(
        self, item: Fetched, reason: str, validity: int, report: Report, oversized: bool = False
    ) -> None:
        raw = item.raw if item.raw is not None else item.header
        key = message_key(raw) if item.raw is not None else message_key(item.header)
        headers = headers_of(raw) | {"key": key, "uid": str(item.uid), "uidvalidity": str(validity)}
        with self.ctx.store.write() as session:
            if dead_letter_exists(session, key):
                return
            dead_letters.add(session, CHANNEL, raw, reason, headers)
            if oversized:
                self._tell_too_big(session, item)
        report.dead_letters += 1
        metrics.DEAD_LETTERS.labels(CHANNEL).inc()
        log.warning("email dead letter %s (uid %s): %s", key, item.uid, reason)

    def _tell_too_big(self, session: Session, item: Fetched) -> None:
        """Tell a person (never an automaton) once that their mail was too big."""
        try:
            [head] = parse(item.header + b"\r\n", self.ctx.clock(), self.options)
        except PayloadError:
            return
        address = head.reply_to or head.sender
        if head.automated or over_caps(session, self.settings, address, self.ctx.clock()):
            return
        mb = 1024 * 1024
        text = TOO_BIG.format(
            subject=head.subject or "-",
            size=item.size / mb,
            limit=self.settings.max_message_bytes / mb,
        )
        now = self.ctx.clock()
        outbox.queue(
            session,
            Outbox(
                channel=CHANNEL, recipient=address, kind="notify",
                subject=f"Re: {head.subject or 'Aduan'}", text=text, automatic=True,
                created_at=now, next_attempt_at=now,
                meta={"in_reply_to": head.external_id, "thread_keys": list(head.thread_keys)},
            )
        )  # fmt: skip

    def _save_cursor(self, key: str, value: str) -> None:
        with self.ctx.store.write() as session:
            queries.set_cursor(session, CHANNEL, key, value)

    def _failed(self, exc: ChannelError) -> None:
        self.failures += 1
        self.last_error = str(exc)
        delay = min(
            self.settings.backoff_base_seconds * 2 ** (self.failures - 1),
            self.settings.backoff_max_seconds,
        )
        self.retry_at = self.monotonic() + delay
        log.warning(
            "email poll failed (%s in a row), next try in %.0f s: %s", self.failures, delay, exc
        )


def _split(saved: str | None) -> tuple[int, int]:
    if not saved or ":" not in saved:
        return 0, 0
    validity, _, last = saved.partition(":")
    return (int(validity), int(last)) if validity.isdigit() and last.isdigit() else (0, 0)


def dead_letter_exists(session: Session, key: str) -> bool:
    """Whether this message is already a dead letter (a rescan or a crash read it again)."""
    return dead_letters.exists_by_key(session, CHANNEL, key)


def over_caps(session: Session, settings: EmailSettings, address: str, now: datetime) -> bool:
    """Whether automatic mail to this address already reached a cap (10 minutes, one hour)."""
    return any(
        queries.automatic_sent_since(session, address, now - window) >= most
        for window, most in email_caps(settings)
    )


def email_caps(
    settings: EmailSettings, service_per_hour: int | None = None
) -> list[tuple[timedelta, int]]:
    """The caps on automatic mail to one address, however a loop arises.

    With `service_per_hour`, the service's own cap on answers to one address per hour, which
    the pipeline counts first (ingest/replies.py): the hourly email cap is left out when that
    one is as strict, since it would count the same rows again and never be the one to hold.
    """
    caps = [(timedelta(minutes=10), settings.automatic_per_10_minutes)]
    if service_per_hour is None or settings.automatic_per_hour < service_per_hour:
        caps.append((timedelta(hours=1), settings.automatic_per_hour))
    return caps


def parse_options(email: EmailSettings) -> ParseOptions:
    """What the parser needs from the email settings."""
    return ParseOptions(
        own_domain=email.own_domain,
        internal_domains=tuple(email.internal_domains),
        max_attachment_bytes=email.max_attachment_bytes,
        max_attachments=email.max_attachments,
        own_addresses=tuple(a for a in (email.from_address, email.username) if a),
    )


class EmailPlugin:
    """Wires `channels.email` into the service."""

    name = CHANNEL
    label = "Email"
    capabilities = Capabilities(
        reply_files=True
    )  # attachments come inside the mail, parsed with it

    def disabled_reason(self, settings: Settings) -> str | None:
        """Email runs when enabled and the IMAP login is configured."""
        email = settings.channels.email
        if not email.enabled:
            return "disabled in config"
        if not (email.username and email.password):
            return "no IMAP username or password (IMAP_PASSWORD)"
        return None

    def sender(self, settings: Settings, store: Store, clock: Clock) -> Sender | None:
        """SMTP, when a from address is configured."""
        email = settings.channels.email
        return None if EmailSender.missing(email) else EmailSender(email)

    def router(self, ctx: Context) -> APIRouter | None:
        """Email has no webhooks."""
        return None

    def jobs(self, ctx: Context) -> list[Job]:
        """The poller; also caps automatic mail per address for the pipeline's answers."""
        email = ctx.settings.channels.email
        per_hour = ctx.settings.service.acks_per_address_per_hour
        ctx.pipeline.replies.caps[CHANNEL] = email_caps(email, per_hour)
        poller = EmailPoller(ctx)
        return [
            Job("email-poll", CHANNEL, email.poll_seconds, poller.run, start_now=True,
                stop=poller.stop)
        ]  # fmt: skip

    def reparse(self, ctx: Context, row: DeadLetter) -> list[IncomingMessage]:
        """The raw mail again."""
        return parse(row.raw, row.created_at, parse_options(ctx.settings.channels.email))


PLUGIN = EmailPlugin()
