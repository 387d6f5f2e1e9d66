"""What a batch of messages needs from the store before it is processed, in a few statements.

accept() ran about eight statements per message, each a round trip on PostgreSQL: storing the
message (the dedupe), finding its sender's identity, finding a citizen by phone, and so on.
For a batch (group commit, a poller's batch) the first of these are done once for all: every
message is stored in one executemany (one round trip on PostgreSQL), every sender's identity
and every unknown sender's phone are looked up in one statement each. The messages are then
processed one by one, in order, as before; what a message creates (a new identity) is added
here, so that a later message of the same batch sees it as if it had been looked up then.
What each message turned out to be (its sender, kind and complaint) is written for the whole
batch at once, and before any message that could read it: a duplicate (whose answer names the
first message's complaint) or a reply (found by its thread keys). The search documents of the
complaints the batch created or continued are rebuilt last, all at once (store.search), and
new senders' first complaints are stored together, before anything could read them (Deferred).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from channels.base import IncomingMessage
from channels.phones import PHONE_CHANNELS, to_e164
from core.results import AcceptResult
from store import queries
from store.db import Session
from store.fastsql import Link
from store.models import Message


@dataclass
class Deferred:
    """A new sender's first complaint: their citizen, identity, complaint and acknowledgement,
    one chain of rows (store.fastsql.insert_chain) stored with the batch's other such chains in
    one round trip (Pipeline._store_deferred). Nothing else in the batch can read those rows
    before then: a later message of the same sender, or from the same phone number, or a
    duplicate or a reply (which flush first) stores them first; their tracking code is not yet
    told to anyone, and the new citizen has no other complaint or survey."""

    msg: IncomingMessage
    chain: list[Link]
    result: AcceptResult
    """The message's AcceptResult, whose ids are filled in when the chain is stored."""


@dataclass
class Prefetched:
    """A batch's stored message ids (None: a duplicate) and its senders as the store has them."""

    message_ids: list[int | None]
    identities: dict[tuple[str, str], tuple[int, int]]
    """(channel, address) -> (identity id, citizen id)."""
    phones: dict[str, int]
    """Phone number (E.164) -> the citizen of the first identity with it."""

    settled: list[dict[str, Any]] = field(default_factory=list)
    """Messages processed whose sender, kind and complaint are not yet written (see settle)."""

    deferred: list[Deferred] = field(default_factory=list)
    """New senders' complaints whose statement is not yet sent (see Deferred)."""
    deferred_senders: set[tuple[str, str]] = field(default_factory=set)
    deferred_phones: set[str] = field(default_factory=set)

    indexed: dict[int, None] = field(default_factory=dict)
    """Complaints whose search document is to be rebuilt at the end of the batch, in order."""

    def defer(self, deferred: Deferred) -> None:
        """Keep a new sender's complaint to be stored with the batch's others (Deferred)."""
        self.deferred.append(deferred)
        self.deferred_senders.add((deferred.msg.channel, deferred.msg.sender))
        phone = deferred.chain[1].values.get("phone")
        if phone:
            self.deferred_phones.add(phone)

    def waits_for(self, msg: IncomingMessage, phone: str | None) -> bool:
        """Whether a deferred complaint is this sender's (by address or phone number)."""
        if (msg.channel, msg.sender) in self.deferred_senders:
            return True
        return phone is not None and phone in self.deferred_phones

    def index(self, complaint_id: int) -> None:
        """Rebuild this complaint's search document at the end of the batch."""
        self.indexed[complaint_id] = None

    def settle(self, message_id: int, citizen_id: int, complaint_id: int | None, kind: str) -> None:
        """Record what a message was; written by flush(), before anything reads it."""
        self.settled.append(
            {"message_id": message_id, "citizen_id": citizen_id,
             "complaint_id": complaint_id, "kind": kind}
        )  # fmt: skip

    def flush(self, session: Session) -> None:
        """Write the settled messages (one round trip for them all)."""
        queries.settle_messages(session, self.settled)
        self.settled = []

    def met(
        self, msg: IncomingMessage, identity_id: int, citizen_id: int, phone: str | None
    ) -> None:
        """Record a sender's identity created by an earlier message of this batch."""
        self.identities[(msg.channel, msg.sender)] = (identity_id, citizen_id)
        if phone:
            self.phones.setdefault(phone, citizen_id)


def phone_of(msg: IncomingMessage, region: str) -> str | None:
    """The sender's phone number in E.164, where the channel or the message tells it."""
    phone = to_e164(msg.sender, region) if msg.channel in PHONE_CHANNELS else None
    found = phone or msg.meta.get("phone")
    return str(found) if found else None


def message_row(msg: IncomingMessage, now: datetime) -> dict[str, Any]:
    """The message as stored, before it is known whose and what it is."""
    return {
        "direction": "in",
        "kind": "pending",
        "channel": msg.channel,
        "external_id": msg.external_id,
        "sender": msg.sender,
        "recipient": msg.recipient,
        "subject": msg.subject,
        "text": msg.text,
        "automated": msg.automated,
        "meta": msg.meta,
        "raw": msg.raw or None,
        "received_at": msg.received_at,
        "created_at": now,
    }


def prefetch(
    session: Session, msgs: Sequence[IncomingMessage], now: datetime, region: str
) -> Prefetched:
    """Store the batch's messages (INSERT ... ON CONFLICT DO NOTHING) and look up its senders."""
    rows = [message_row(msg, now) for msg in msgs]
    message_ids = queries.insert_many_ignore(session, Message, rows)
    fresh = [m for m, mid in zip(msgs, message_ids, strict=True) if mid is not None]
    identities = queries.identities_of(session, [(m.channel, m.sender) for m in fresh])
    unknown = [m for m in fresh if (m.channel, m.sender) not in identities]
    phones = [p for p in (phone_of(m, region) for m in unknown) if p]
    return Prefetched(message_ids, identities, queries.citizens_by_phone(session, phones))
