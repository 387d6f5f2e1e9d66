"""The contract between channels and the rest of aduan: normalised messages in and out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from channels.errors import ChannelError, PermanentChannelError, TransientChannelError


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
class OutgoingFile:
    """A file an officer attached to a reply; `key` names it among the message's parts."""

    key: str
    filename: str
    content_type: str
    data: bytes

    @property
    def is_photo(self) -> bool:
        """A JPEG or PNG, which chat channels show as a picture rather than a document."""
        return self.content_type in ("image/jpeg", "image/png")


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
    files: tuple[OutgoingFile, ...] = ()
    """Files to deliver with the text, on a channel that carries files (docs/desk.md)."""
    done: dict[str, str | None] = field(default_factory=dict)
    """Parts ("text", a file's key) an earlier attempt already delivered, with their provider
    ids: not sent again."""
    delivered: Callable[[str, str | None], None] | None = field(default=None, compare=False)
    """Called with a part and its provider id as soon as that part is delivered, so that a
    retry after a later part failed does not send it twice (the outbox records it)."""

    def part_sent(self, part: str, provider_id: str | None) -> None:
        """Record that one part went out (a sender of several requests calls it per request)."""
        if self.delivered is not None:
            self.delivered(part, provider_id)

    def send_parts(
        self,
        send_text: Callable[[], str | None],
        send_file: Callable[[OutgoingFile], str | None],
    ) -> str | None:
        """Send the text, then each file, skipping the parts an earlier attempt delivered and
        recording each part as it goes; the last part's provider id.

        A file's failure is raised as that file's error (`attachment_error`), the text's as is.
        """
        last_id = self.done.get("text")
        if "text" not in self.done:
            last_id = send_text()
            if self.files:
                self.part_sent("text", last_id)
        for file in self.files:
            if file.key in self.done:
                last_id = self.done[file.key]
                continue
            try:
                last_id = send_file(file)
            except ChannelError as exc:
                raise self.attachment_error(file, exc) from exc
            self.part_sent(file.key, last_id)
        return last_id

    def attachment_error(self, file: OutgoingFile, error: ChannelError) -> ChannelError:
        """The error of one file's part, the same kind, naming the file (desk/explain.py)."""
        text = f"attachment {file.filename}: {error}"
        if isinstance(error, TransientChannelError):
            return type(error)(text, error.retry_after)
        if isinstance(error, PermanentChannelError):
            return PermanentChannelError(text, error.kind)
        return type(error)(text)


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
