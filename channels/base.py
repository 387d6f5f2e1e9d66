"""The contract between channels and the rest of aduan: normalised messages in and out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class IncomingAttachment:
    """A file that came with a message, already in memory and within limits."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class IncomingMessage:
    """One message from a citizen, normalised from whatever the provider sent.

    `sender` is the channel address (E.164 phone, email address, chat id, X user id); the
    channel plus sender identifies the citizen. `thread_keys` are provider ids that tie a reply
    to an earlier message (email Message-IDs, X conversation ids, Telegram chat ids).
    """

    channel: str
    external_id: str
    sender: str
    text: str
    received_at: datetime
    sender_name: str | None = None
    recipient: str | None = None
    subject: str | None = None
    thread_keys: tuple[str, ...] = ()
    reply_to: str | None = None
    attachments: tuple[IncomingAttachment, ...] = ()
    media: tuple[dict[str, Any], ...] = ()
    """Provider references of files still to fetch (a Telegram file_id, a WhatsApp media id...).

    They are stored with the message, in its transaction, and a job downloads them later
    through the channel plugin's `fetch_media` (ingest/media.py): never on the request path.
    Each may carry `filename`, `content_type` and `size` hints.
    """
    automated: str | None = None
    """Why the message is automatic (auto-reply, bounce, bulk); such mail is never answered."""
    is_edit: bool = False
    new_thread: bool = False
    """The sender asked explicitly for a new complaint instead of a follow-up."""
    meta: dict[str, Any] = field(default_factory=dict)
    raw: bytes = b""


@dataclass(frozen=True)
class OutgoingMessage:
    """A message aduan sends to a citizen or an officer through one channel."""

    channel: str
    recipient: str
    text: str
    subject: str | None = None
    reply_to_external_id: str | None = None
    thread_keys: tuple[str, ...] = ()
    automatic: bool = True
    meta: dict[str, Any] = field(default_factory=dict)
    idempotency_key: str | None = None
    """The outbox row's key, the same on every attempt: senders pass it where the provider
    deduplicates on one (the email Message-ID, a gateway's Idempotency-Key header)."""


@dataclass(frozen=True)
class SendResult:
    """What the provider answered to a send: its id for the message, if any."""

    provider_id: str | None = None


class Sender(Protocol):
    """The outbound half of a channel transport."""

    channel: str

    def send(self, message: OutgoingMessage) -> SendResult:
        """Deliver one message, or raise Transient-, Permanent- or ChannelAuthError."""
        ...
