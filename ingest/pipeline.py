"""ingest.accept(): one inbound message, one transaction (see docs/architecture.md, The flow)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from accountability import survey_chat
from channels.base import IncomingMessage
from channels.phones import to_e164
from core.attachments import queue_media, store_attachments
from core.results import AcceptResult
from core.workdays import add_working_days
from ingest import metrics
from ingest.batcher import GroupCommitter
from ingest.intake import sanitise, secretless
from ingest.intake_flags import intake_flags
from ingest.prefetch import Deferred, Prefetched, phone_of, prefetch
from ingest.replies import Replies
from routing import Decision
from routing.text import Normaliser
from settings.root import Settings
from store import fastsql, queries, search
from store.clean import clean, clean_data
from store.db import Session, Store
from store.fastsql import Link
from store.models import Citizen, Complaint, Event, Identity, Outbox
from store.tracking import find_codes, new_code, normalise
from store.types import utcnow

log = logging.getLogger(__name__)

STATUS_COMMAND = re.compile(r"^\s*[/#]?(?:status|cek)\b[\s:#]*(?P<code>.*)$", re.I | re.S)


class RouterLike(Protocol):
    """What the pipeline needs of a router (routing.Router or ingest.reload.LiveRouter)."""

    def route(
        self, text: str, channel: str | None = None, sender: str | None = None
    ) -> Decision: ...


@dataclass(frozen=True)
class Cursor:
    """A poller's position, saved in the same transaction as what it read."""

    channel: str
    key: str
    value: str


@dataclass(frozen=True)
class Who:
    """The sender of a message: their identity and citizen, and whether we just met them."""

    identity_id: int
    citizen_id: int
    new: bool
    unstored: tuple[dict[str, Any], dict[str, Any]] | None = None
    """A sender met for the first time, on no channel, and not stored yet (their citizen and
    identity rows; the ids are 0 meanwhile): stored with their new complaint (ingest.prefetch
    .Deferred), or once any other message of theirs is dispatched (Pipeline._stored)."""


@dataclass
class NewComplaint:
    """A complaint just inserted, as the acknowledgement needs it (no ORM object)."""

    id: int | None
    tracking_code: str
    section: str
    status: str
    updated_at: datetime


class Pipeline:
    """Stores, identifies, routes and acknowledges inbound messages."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        router: RouterLike,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.settings = settings
        self.store = store
        self.router = router
        self.clock = clock
        self.replies = Replies(settings)
        self._committer: GroupCommitter | None = None
        self._norm: tuple[object, Normaliser] | None = None

    @property
    def committer(self) -> GroupCommitter:
        """Group commit for concurrent webhook requests (see ingest/batcher.py)."""
        if self._committer is None:
            self._committer = GroupCommitter(self)
        return self._committer

    def warm_up(self) -> None:
        """Load what the first message would otherwise load (holiday tables, phone metadata,
        the routing automaton), so the first citizen is not the one who waits for it."""
        now = self.clock()
        tz = self.settings.service.timezone
        add_working_days(now, 1, tz)
        add_working_days(now.replace(month=1, day=1) + timedelta(days=400), 1, tz)
        to_e164("081234567890", self.settings.channels.sms.default_region)
        self.router.route("jalan rusak", "web", "")

    def close(self) -> None:
        """Stop the group-commit thread, after what it holds is committed."""
        if self._committer is not None:
            self._committer.stop()

    def accept(self, msg: IncomingMessage) -> AcceptResult:
        """Store one message and do what it asks, in one transaction."""
        for attempt in range(3):
            try:
                with self.store.write() as session:
                    result = self._accept_all(session, [msg])[0]
                break
            except Exception as exc:
                # A tracking-code clash, or a concurrent first message from a new sender
                # on a backend that reports it late: the retry sees the committed state.
                if attempt == 2 or not fastsql.is_integrity_error(exc):
                    raise
        self._count(msg, result)
        return result

    def accept_batch(
        self, msgs: Sequence[IncomingMessage], cursor: Cursor | None = None, *, wait: bool = True
    ) -> list[AcceptResult]:
        """Store a poller's batch and move its cursor, all in one transaction.

        `wait=False`: raise store.db.WriterBusy rather than wait for the SQLite writer.
        """
        with self.store.write(wait=wait) as session:
            results = self._accept_all(session, msgs)
            if cursor is not None:
                queries.set_cursor(session, cursor.channel, cursor.key, cursor.value)
        for msg, result in zip(msgs, results, strict=True):
            self._count(msg, result)
        return results

    def dead_letter(
        self, channel: str, raw: bytes, reason: str, headers: dict[str, str] | None = None
    ) -> int:
        """Keep input that could not be parsed, with the reason, for admins.

        The same body on the same channel is one row, counted each time it comes again; secret
        headers (signatures, tokens, credentials) are never kept.
        """
        now = self.clock()
        with self.store.write() as session:
            dead_id = queries.upsert_dead_letter(
                session, channel, raw, clean(reason), clean_data(secretless(headers or {})), now
            )
        metrics.DEAD_LETTERS.labels(channel).inc()
        log.warning("dead letter %s on %s: %s", dead_id, channel, reason)
        return dead_id

    def _count(self, msg: IncomingMessage, result: AcceptResult) -> None:
        if result.outcome == "duplicate":
            metrics.DUPLICATES.labels(msg.channel).inc()
            return
        metrics.MESSAGES.labels(msg.channel).inc()
        if result.outcome == "created" and result.section:
            metrics.COMPLAINTS.labels(result.section).inc()
        log.info(
            "%s message %s -> %s complaint %s",
            msg.channel,
            msg.external_id,
            result.outcome,
            result.complaint_id,
        )

    def _accept_all(self, session: Session, msgs: Sequence[IncomingMessage]) -> list[AcceptResult]:
        """Store the messages and look up their senders at once, then process each in order."""
        now = self.clock()
        clean = [sanitise(msg, now) for msg in msgs]
        region = self.settings.channels.sms.default_region
        found = prefetch(session, clean, now, region)
        results = []
        for msg, message_id in zip(clean, found.message_ids, strict=True):
            if message_id is None or msg.thread_keys:  # reads what earlier messages were
                self._flush(session, found, now)
            results.append(self._accept(session, msg, message_id, found, now))
        self._flush(session, found, now)
        # The desk's search index, in the transaction that writes the messages, after their
        # kinds are settled (a complaint's document holds its follow-ups): three statements for
        # the whole batch, and one document per complaint however many of its messages came.
        search.refresh_many(session, self._normaliser(), found.indexed)
        return results

    def _accept(
        self,
        session: Session,
        msg: IncomingMessage,
        message_id: int | None,
        found: Prefetched,
        now: datetime,
    ) -> AcceptResult:
        if message_id is None:
            return self._duplicate(session, msg)
        if msg.attachments:
            data_dir = self.settings.service.data_dir
            store_attachments(session, data_dir, message_id, msg.attachments, now)
        if msg.media:
            queue_media(session, message_id, msg, now)  # fetched later by the media job
        who = self._identify(session, msg, now, found)
        result = self._dispatch(session, msg, who, now, found)
        result.message_id = message_id
        if found.deferred and found.deferred[-1].result is result:
            return result  # settled when its rows are stored (_store_deferred)
        citizen_id = who.citizen_id
        if who.unstored is not None:  # stored by _create, or to be stored now
            known = found.identities.get((msg.channel, msg.sender))
            citizen_id = known[1] if known else self._stored(session, msg, who, found).citizen_id
        self._settle(found, citizen_id, result)
        return result

    def _settle(self, found: Prefetched, citizen_id: int, result: AcceptResult) -> None:
        """Record what a stored message turned out to be, and index its complaint (both are
        written at the end of the batch, or before anything reads them)."""
        assert result.message_id is not None
        kind = result.outcome if result.outcome != "created" else "complaint"
        found.settle(result.message_id, citizen_id, result.complaint_id, kind)
        if result.complaint_id is not None and result.outcome in ("created", "followup"):
            found.index(result.complaint_id)

    def _flush(self, session: Session, found: Prefetched, now: datetime) -> None:
        """Store the deferred new senders' complaints, then what the messages turned out to be."""
        self._store_deferred(session, found, now)
        found.flush(session)

    def _store_deferred(self, session: Session, found: Prefetched, now: datetime) -> None:
        """The new senders' complaints kept back (see ingest.prefetch.Deferred), in one round
        trip on PostgreSQL; each message is then settled as if it had been stored at once."""
        deferred, found.deferred = found.deferred, []
        found.deferred_senders.clear()
        found.deferred_phones.clear()
        rows = queries.insert_chains(session, [d.chain for d in deferred])
        for item, (citizen_id, identity_id, complaint_id, outbox_id) in zip(
            deferred, rows, strict=True
        ):
            result = item.result
            if identity_id is None:  # the sender's first message came meanwhile: see what it is
                who = self._raced(session, item.msg, found)
                again = self._dispatch(session, item.msg, who, now, found)
                again.message_id = result.message_id
                vars(result).update(vars(again))
                self._settle(found, who.citizen_id, result)
                continue
            assert citizen_id is not None and complaint_id is not None and outbox_id is not None
            found.met(item.msg, identity_id, citizen_id, item.chain[1].values["phone"])
            result.complaint_id, result.outbox_ids = complaint_id, [outbox_id]
            self._settle(found, citizen_id, result)

    def _normaliser(self) -> Normaliser:
        """The search index's normaliser, looked up once per routing settings, not per message
        (the lookup sorts the slang table to make its key)."""
        routing = self.settings.routing
        if self._norm is None or self._norm[0] is not routing:
            self._norm = (routing, search.normaliser(routing.slang, routing.stem_overrides))
        return self._norm[1]

    def _duplicate(self, session: Session, msg: IncomingMessage) -> AcceptResult:
        found = queries.duplicate_of(session, msg.channel, msg.external_id)
        if found is None:  # unreachable: the insert just found it
            return AcceptResult("duplicate")
        message_id, complaint_id, code, section = found
        return AcceptResult("duplicate", message_id, complaint_id, code, section)

    def _dispatch(
        self,
        session: Session,
        msg: IncomingMessage,
        who: Who,
        now: datetime,
        found: Prefetched,
    ) -> AcceptResult:
        if msg.automated or msg.is_edit or msg.meta.get("unreadable"):
            return self._attached(session, msg, who, now)
        answered = survey_chat.handle(self.settings, session, msg, now)
        if answered is not None:
            return answered
        command = STATUS_COMMAND.match(msg.text)
        if command and not msg.subject:
            return self._status(session, msg, command.group("code"), now)
        complaint = self._followup_target(session, msg, who, now)
        if complaint is not None:
            return self._followup(session, msg, complaint, now)
        return self._create(session, msg, who, now, found)

    def _attached(
        self, session: Session, msg: IncomingMessage, who: Who, now: datetime
    ) -> AcceptResult:
        """What is never a complaint of its own, kept on the thread's complaint if any.

        Automatic mail and edits (an edit, revoke or reaction on an earlier message) are not
        answered; a message the channel could not read (WhatsApp `unsupported`) is answered in
        the same channel: please send text or a photo.
        """
        complaint_id = queries.complaint_by_thread(session, msg.channel, msg.thread_keys)
        if msg.automated:
            return AcceptResult("automated", complaint_id=complaint_id)
        if msg.is_edit:
            return AcceptResult("edit", complaint_id=complaint_id)
        text = self.settings.templates.unreadable
        ids = self.replies.queue(session, msg, None, "notify", text, now, first_contact=who.new)
        return AcceptResult("unreadable", complaint_id=complaint_id, outbox_ids=ids)

    def _identify(
        self, session: Session, msg: IncomingMessage, now: datetime, found: Prefetched
    ) -> Who:
        """The sender's identity and citizen; on first contact on any channel, the rows to store
        (see Who.unstored); a new identity of a citizen known by phone is stored at once."""
        region = self.settings.channels.sms.default_region
        if found.deferred and found.waits_for(msg, phone_of(msg, region)):
            self._store_deferred(session, found, now)  # their first complaint is stored first
        known = found.identities.get((msg.channel, msg.sender))
        if known is not None:
            return Who(known[0], known[1], new=False)
        phone = phone_of(msg, region)
        values = {
            "channel": msg.channel,
            "address": msg.sender,
            "phone": phone,
            "display_name": msg.sender_name,
            "undeliverable": False,
            "created_at": now,
        }
        citizen_id = found.phones.get(phone) if phone else None
        if citizen_id is None:
            citizen = {"name": msg.sender_name, "created_at": now}
            return Who(0, 0, new=True, unstored=(citizen, values))
        identity_id = queries.insert_ignore(session, Identity, {**values, "citizen_id": citizen_id})
        if identity_id is None:  # a concurrent first message from the same sender won
            return self._raced(session, msg, found)
        found.met(msg, identity_id, citizen_id, phone)
        return Who(identity_id, citizen_id, new=True)

    def _stored(self, session: Session, msg: IncomingMessage, who: Who, found: Prefetched) -> Who:
        """Store a sender met for the first time (Who.unstored): their citizen and identity."""
        assert who.unstored is not None
        citizen, identity = who.unstored
        identity_id, citizen_id = queries.insert_citizen_identity(session, citizen, identity)
        if identity_id is None:
            return self._raced(session, msg, found)
        found.met(msg, identity_id, citizen_id, identity["phone"])
        return Who(identity_id, citizen_id, new=True)

    def _raced(self, session: Session, msg: IncomingMessage, found: Prefetched) -> Who:
        """The sender whose first message a concurrent transaction stored meanwhile."""
        again = queries.identity_of(session, msg.channel, msg.sender)
        assert again is not None
        found.met(msg, again[0], again[1], None)
        return Who(again[0], again[1], new=False)

    def _status(
        self, session: Session, msg: IncomingMessage, typed: str, now: datetime
    ) -> AcceptResult:
        prefix = self.settings.service.tracking_prefix
        code = normalise(typed.strip().split("\n")[0][:40], prefix)
        complaint = queries.complaint_ref_by_code(session, code) if code else None
        text = self.replies.status(complaint, typed.strip()[:40] or "-")
        ids = self.replies.queue(session, msg, complaint, "status", text, now)
        return AcceptResult(
            "command",
            complaint_id=complaint.id if complaint else None,
            tracking_code=complaint.tracking_code if complaint else None,
            outbox_ids=ids,
        )

    def _followup_target(
        self, session: Session, msg: IncomingMessage, who: Who, now: datetime
    ) -> queries.ComplaintRef | None:
        """The complaint this message continues: thread, own tracking code, or chat window."""
        threaded = queries.complaint_by_thread(session, msg.channel, msg.thread_keys)
        if threaded is not None:
            return queries.complaint_ref(session, threaded)
        prefix = self.settings.service.tracking_prefix
        for code in find_codes(f"{msg.subject or ''} {msg.text}", prefix):
            complaint = queries.complaint_ref_by_code(session, code)
            # A code joins only the sender's own complaint: anyone can quote a code.
            if complaint is not None and complaint.citizen_id == who.citizen_id:
                return complaint
        if msg.new_thread or who.new or msg.channel in ("web", "email"):
            return None
        window = timedelta(hours=self.settings.service.followup_window_hours)
        return queries.open_complaint_ref(session, who.citizen_id, msg.channel, now - window)

    def _followup(
        self,
        session: Session,
        msg: IncomingMessage,
        complaint: queries.ComplaintRef,
        now: datetime,
    ) -> AcceptResult:
        complaint.updated_at = now
        if complaint.status == "selesai":
            complaint.status = "diproses"
            queries.insert_row(
                session,
                Event,
                {"complaint_id": complaint.id, "actor": "citizen", "action": "reopen",
                 "detail": {}, "created_at": now},
            )  # fmt: skip
        queries.touch_complaint(session, complaint, now)
        ids = self.replies.queue_followup(session, msg, complaint, now)
        return AcceptResult(
            "followup", None, complaint.id, complaint.tracking_code, complaint.section, ids
        )

    def _create(
        self, session: Session, msg: IncomingMessage, who: Who, now: datetime, found: Prefetched
    ) -> AcceptResult:
        flags = intake_flags(msg)  # ANONIM / RAHASIA, stripped from what is routed and stored
        decision = self.router.route(flags.text, msg.channel, msg.sender)
        section = self.settings.section(decision.section)
        days = section.response_days if section else 5
        reply_channel, reply_address = self.replies.target(msg)
        # 45 random bits: a clash is rare enough to be settled by the unique constraint,
        # which makes accept() retry, instead of a lookup on every complaint.
        code = new_code(self.settings.service.tracking_prefix)
        created = NewComplaint(None, code, decision.section, "baru", updated_at=now)
        values = {
            "tracking_code": created.tracking_code,
            "citizen_id": who.citizen_id,
            "identity_id": who.identity_id,
            "channel": msg.channel,
            "section": decision.section,
            "status": "baru",
            "subject": flags.subject,
            "text": flags.text,
            "decision": decision.to_dict(),
            "needs_triage": decision.fallback,
            "anonymous": flags.anonymous,
            "confidential": flags.confidential,
            "reply_channel": reply_channel,
            "reply_address": reply_address,
            "created_at": now,
            "updated_at": now,
            "last_message_at": now,
            "due_at": add_working_days(now, days, self.settings.service.timezone),
        }
        ack = self.replies.ack_row(session, msg, created, now, first_contact=who.new)
        if ack is None and who.unstored is not None:
            who = self._stored(session, msg, who, found)
            if not who.new:  # the sender's first message came meanwhile: see what this one is
                return self._dispatch(session, msg, who, now, found)
            values |= {"citizen_id": who.citizen_id, "identity_id": who.identity_id}
        if ack is None:
            created.id = queries.insert_row(session, Complaint, values)
            ids = self.replies.queue(session, msg, created, "ack", None, now, first_contact=who.new)
        elif who.unstored is not None:  # with the batch's other new senders (prefetch.Deferred)
            result = AcceptResult("created", None, None, code, decision.section, [])
            found.defer(Deferred(msg, self._new_sender_chain(who, values, ack), result))
            return result
        else:  # the complaint and its acknowledgement in one statement
            chain = [Link(Complaint, values), Link(Outbox, ack, {"complaint_id": "id"})]
            created.id, outbox_id = queries.insert_chain(session, chain)
            assert outbox_id is not None
            ids = [outbox_id]
        return AcceptResult(
            "created", None, created.id, created.tracking_code, created.section, ids
        )

    def _new_sender_chain(
        self, who: Who, values: dict[str, Any], ack: dict[str, Any]
    ) -> list[Link]:
        """A new sender's citizen, identity, complaint and acknowledgement, each row referring
        to the one before it (store.fastsql.insert_chain)."""
        assert who.unstored is not None
        citizen, identity = who.unstored
        return [
            Link(Citizen, citizen),
            Link(Identity, identity, {"citizen_id": "id"}, ignore=True),
            Link(Complaint, values, {"citizen_id": "citizen_id", "identity_id": "id"}),
            Link(Outbox, ack, {"complaint_id": "id"}),
        ]
