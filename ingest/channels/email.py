"""Email wiring: the IMAP poller (cursor, batches, dead letters, bounces) and the SMTP sender.

One cycle: select the folder, compare UIDVALIDITY with the cursor (a change means rescan from
UID 1; the store's unique (channel, external_id) drops what was already stored), then per batch
of UIDs: fetch (sizes first), parse, keep dead letters, apply bounces, and commit the messages
with the cursor in one transaction; only then flag or move them on the server. The server reads
the next batch while this one is parsed and committed (see channels/email/imap.py).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter
from sqlmodel import Session, col, select, update

from channels.base import IncomingMessage, Sender
from channels.email.imap import IDLE_RENEW_SECONDS, Fetched, Mailbox
from channels.email.imap_plain import PlainMailbox
from channels.email.parse import ParseOptions, headers_of, message_key, parse
from channels.email.settings import EmailSettings
from channels.email.smtp import EmailSender
from channels.errors import ChannelError, PayloadError, TransientChannelError
from ingest import metrics
from ingest.pipeline import Cursor
from ingest.settings import Settings
from ingest.wiring import Context, Job
from store import queries
from store.health import record_success
from store.models import Complaint, DeadLetter, Identity, Message, Outbox
from store.tracking import find_codes

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
        pipelined = self.settings.imap_pipelining
        self.mailbox = mailbox or (Mailbox if pipelined else PlainMailbox)
        self.monotonic = monotonic
        self.options = ParseOptions(
            own_domain=self.settings.own_domain,
            internal_domains=tuple(self.settings.internal_domains),
            max_attachment_bytes=self.settings.max_attachment_bytes,
            max_attachments=self.settings.max_attachments,
            own_addresses=tuple(
                a for a in (self.settings.from_address, self.settings.username) if a
            ),
        )
        self.prefix = ctx.settings.service.tracking_prefix
        self.failures = 0
        self.stopping = threading.Event()
        self.retry_at = 0.0
        self.last_error = ""
        self.last = Report()

    def run(self) -> int:
        """The scheduled job: one cycle; where the server offers IDLE, then IDLE on the same
        connection, a cycle at every wake-up and renewal, until `stop()` or an error."""
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
        if self.ctx.failures.get(CHANNEL, -1) != 0:
            with self.ctx.store.write() as session:
                record_success(session, CHANNEL)
            self.ctx.failures[CHANNEL] = 0
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
        # The mailbox asks for the next batch while this one is parsed and committed.
        for batch in box.batches(uids, self.settings.batch_size, self.settings.max_message_bytes):
            if batch:
                self._commit(batch, box.uidvalidity, report)
                box.done([f.uid for f in batch])
        box.settle()  # the last flags or moves answered (a refusal fails the cycle)
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
            row = DeadLetter(channel=CHANNEL, raw=raw, reason=reason, headers=headers)
            session.add(row)
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
        session.add(
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


def scope_by_sender(ctx: Context, msgs: list[IncomingMessage]) -> list[IncomingMessage]:
    """Messages whose Message-ID another sender already used get an id scoped by their sender.

    Message-IDs are only unique per sender in practice (broken clients, bulk mailers, forged
    ids): a different message under a stored id must not be taken as a duplicate. The scoped
    id is stable, so a re-poll of the same message is still one.
    """
    ids = [m.external_id for m in msgs if not m.external_id.startswith("sha256:")]
    if not ids:
        return msgs
    with ctx.store.read() as session:
        rows = session.exec(
            select(Message.external_id, Message.sender).where(
                col(Message.channel) == CHANNEL, col(Message.external_id).in_(ids)
            )
        ).all()
    owner: dict[str, str | None] = {eid: sender for eid, sender in rows}
    out = []
    for msg in msgs:
        first = owner.setdefault(msg.external_id, msg.sender)
        if first is not None and first != msg.sender:
            digest = hashlib.sha256(msg.sender.encode()).hexdigest()[:16]
            scoped = f"{msg.external_id[:480]}#from:{digest}"
            out.append(replace(msg, external_id=scoped))
        else:
            out.append(msg)
    return out


def dead_letter_exists(session: Session, key: str) -> bool:
    """Whether this message is already a dead letter (a rescan or a crash read it again)."""
    headers = DeadLetter.__table__.c.headers  # type: ignore[attr-defined]
    stmt = select(DeadLetter.id).where(
        col(DeadLetter.channel) == CHANNEL, headers["key"].as_string() == key
    )
    return session.exec(stmt).first() is not None


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


def apply_bounces(session: Session, msgs: Sequence[IncomingMessage], prefix: str = "KK") -> int:
    """A permanent bounce of our own mail: that outbox row failed, that address undeliverable.

    The row is found by the bounced Message-ID, or, when the bounce quotes none, by a failed
    recipient and the tracking code in the quoted subject (the latest row sent there).
    """
    done = 0
    for msg in msgs:
        bounce = msg.meta.get("bounce") or {}
        if not bounce.get("permanent"):
            continue
        outbox = _bounced_row(session, bounce, prefix)
        if outbox is None:
            continue  # not our mail: a bounce cannot mark strangers' addresses
        _mark_bounced(session, outbox, bounce, msg.received_at)
        addresses = [a for a in bounce.get("failed") or [] if a == outbox.recipient]
        addresses = addresses or [outbox.recipient]
        session.exec(
            update(Identity)
            .where(col(Identity.channel) == CHANNEL, col(Identity.address).in_(addresses))
            .values(undeliverable=True)
        )
        log.info(
            "email bounce %s: outbox %s failed (%s), %s undeliverable",
            msg.external_id, outbox.id, outbox.last_error, addresses,
        )  # fmt: skip
        done += 1
    return done


def _bounced_row(session: Session, bounce: dict[str, Any], prefix: str) -> Outbox | None:
    original = bounce.get("original_message_id")
    if original:
        stmt = select(Outbox).where(
            col(Outbox.channel) == CHANNEL, col(Outbox.provider_id) == original
        )
        found = session.exec(stmt).first()
        if found is not None:
            return found
    codes = find_codes(bounce.get("original_subject") or "", prefix)
    failed = list(bounce.get("failed") or [])
    if not codes or not failed:
        return None
    stmt = (
        select(Outbox)
        .join(Complaint, col(Complaint.id) == col(Outbox.complaint_id))
        .where(
            col(Outbox.channel) == CHANNEL,
            col(Outbox.recipient).in_(failed),
            col(Complaint.tracking_code).in_(codes),
            col(Outbox.status) == "sent",
        )
        .order_by(col(Outbox.sent_at).desc(), col(Outbox.id).desc())
    )
    return session.exec(stmt).first()


def _mark_bounced(session: Session, outbox: Outbox, bounce: dict[str, Any], when: datetime) -> None:
    status = bounce.get("status") or "5.0.0"
    error = f"bounced: {status} {bounce.get('diagnostic') or ''}".strip()
    if outbox.status == "failed":
        return
    outbox.status, outbox.last_error = "failed", error[:1000]
    outbox.attempt_log = [
        *outbox.attempt_log,
        {"at": when.isoformat(), "status": "failed", "error": error},
    ]
    session.add(outbox)


class EmailPlugin:
    """Wires `channels.email` into the service."""

    name = CHANNEL

    def disabled_reason(self, settings: Settings) -> str | None:
        """Email runs when enabled and the IMAP login is configured."""
        email = settings.channels.email
        if not email.enabled:
            return "disabled in config"
        if not (email.username and email.password):
            return "no IMAP username or password (IMAP_PASSWORD)"
        return None

    def sender(self, settings: Settings) -> Sender | None:
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


PLUGIN = EmailPlugin()
