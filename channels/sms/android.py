"""SMS Gateway for Android (https://sms-gate.app): webhook events and the send API.

Webhook payloads and signing: https://docs.sms-gate.app/features/webhooks/
The signature is hex HMAC-SHA256 of the raw body followed by the X-Timestamp value.
Events read: `sms:received` (with `sender`/`recipient`, or the deprecated `phoneNumber`),
`sms:data-received`, `mms:received`, `mms:downloaded`; `sms:sent`, `sms:delivered`,
`sms:failed` and `sms:cancelled` are delivery events about our messages; `system:ping` and
`app:started` carry nothing from a person. Any other event is refused (a dead letter), so a
new kind of content is seen rather than dropped.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingAttachment, IncomingMessage
from channels.errors import PayloadError, SignatureError
from channels.phones import to_e164
from channels.signing import hmac_hex, require_equal
from channels.sms.events import Delivery

RECEIVED = frozenset({"sms:received", "sms:data-received", "mms:received", "mms:downloaded"})
DELIVERY = {
    "sms:sent": "sent",
    "sms:delivered": "delivered",
    "sms:failed": "failed",
    "sms:cancelled": "canceled",
}
NOTHING = frozenset({"system:ping", "app:started"})
SKIPPED_PARTS = frozenset({"application/smil"})  # the MMS layout, not content


class _Attachment(BaseModel):
    model_config = ConfigDict(extra="ignore")

    partId: int
    contentType: str = "application/octet-stream"
    name: str | None = None
    size: int | None = None
    data: str | None = None


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore")

    messageId: str | None = None
    sender: str | None = None
    recipient: str | None = None
    phoneNumber: str | None = None
    simNumber: int | None = None
    message: str | None = None
    data: str | None = None
    body: str | None = None
    subject: str | None = None
    attachments: list[_Attachment] = Field(default_factory=list)
    transactionId: str | None = None
    size: int | None = None
    contentClass: str | None = None
    receivedAt: datetime | None = None
    reason: str | None = None


class _Event(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    event: str
    deviceId: str | None = None
    payload: dict[str, Any]


@dataclass(frozen=True)
class Parsed:
    """What one gateway event carried: a citizen's message, or a delivery event."""

    messages: list[IncomingMessage] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)


def parse(body: bytes, received_at: datetime, region: str = "ID") -> list[IncomingMessage]:
    """The citizen's message in one event; delivery and system events yield none."""
    return read_event(body, received_at, region).messages


def read_event(body: bytes, received_at: datetime, region: str = "ID") -> Parsed:
    """A message (SMS, data SMS, MMS) or a delivery event, by the event's name."""
    try:
        event = _Event.model_validate(json.loads(body))
        payload = _Payload.model_validate(event.payload)
    except (ValueError, ValidationError) as exc:
        raise PayloadError(f"not an SMS Gateway event: {_first_error(exc)}") from exc
    if event.event in NOTHING:
        return Parsed()
    if event.event in DELIVERY:
        if not payload.messageId:
            raise PayloadError(f"payload.messageId: field required for {event.event}")
        status = DELIVERY[event.event]
        return Parsed(deliveries=[Delivery(f"android:{payload.messageId}", status, payload.reason)])
    if event.event not in RECEIVED:
        raise PayloadError(f"event: unknown SMS Gateway event {event.event!r}")
    return Parsed(messages=[_message(event, payload, received_at, region, body)])


def _message(
    event: _Event, payload: _Payload, received_at: datetime, region: str, raw: bytes
) -> IncomingMessage:
    sender = (payload.sender or payload.phoneNumber or "").strip()
    if not sender:
        raise PayloadError("payload.sender: field required (or the deprecated phoneNumber)")
    text, meta, attachments = _content(event.event, payload)
    meta |= {"gateway": "android", "event": event.event, "device": event.deviceId}
    meta |= {"sim": payload.simNumber, "message_id": payload.messageId}
    thread: tuple[str, ...] = ()
    if event.event == "mms:downloaded" and payload.messageId:
        # The same MMS announced by `mms:received` first: this continues it.
        thread = (f"android:mms:{payload.messageId}",)
    return IncomingMessage(
        channel="sms",
        external_id=_external_id(event, payload),
        sender=to_e164(sender, region) or sender,
        recipient=payload.recipient,
        subject=None,
        text=text,
        received_at=_aware(payload.receivedAt) or received_at,
        thread_keys=thread,
        attachments=attachments,
        media=tuple(meta.get("media", ())),
        meta=meta,
        raw=raw,
    )


def _external_id(event: _Event, payload: _Payload) -> str:
    if event.event == "mms:received" and payload.messageId:
        return f"android:mms:{payload.messageId}"
    if event.id:
        # Event ids are the gateway's; other kinds are namespaced so that they never meet
        # an `sms:received` id (the docs' examples share one id across kinds).
        return (
            f"android:{event.id}"
            if event.event == "sms:received"
            else (f"android:{event.event}:{event.id}")
        )
    if payload.messageId:  # the README's example has no event id
        return f"android:{event.event}:{payload.messageId}"
    raise PayloadError("id: field required (or payload.messageId)")


def _content(
    kind: str, payload: _Payload
) -> tuple[str, dict[str, Any], tuple[IncomingAttachment, ...]]:
    if kind == "sms:received":
        if payload.message is None:
            raise PayloadError("payload.message: field required for sms:received")
        return payload.message, {}, ()
    if kind == "sms:data-received":
        return _data_sms(payload.data)
    if kind == "mms:received":
        mms = {"transaction_id": payload.transactionId, "size": payload.size}
        mms |= {"content_class": payload.contentClass, "subject": payload.subject}
        return payload.subject or "", {"mms": mms}, ()
    return _downloaded(payload)


def _data_sms(data: str | None) -> tuple[str, dict[str, Any], tuple[IncomingAttachment, ...]]:
    """A data SMS: its bytes as text when they are UTF-8, else kept as a file."""
    if data is None:
        raise PayloadError("payload.data: field required for sms:data-received")
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PayloadError("payload.data: not base64") from exc
    meta = {"data": data}
    try:
        return raw.decode("utf-8"), meta, ()
    except UnicodeDecodeError:
        att = IncomingAttachment("data-sms.bin", "application/octet-stream", raw)
        return "", meta, (att,)


def _downloaded(payload: _Payload) -> tuple[str, dict[str, Any], tuple[IncomingAttachment, ...]]:
    """An MMS with its body and parts: parts sent inline are kept, the rest are references."""
    attachments: list[IncomingAttachment] = []
    refs: list[dict[str, Any]] = []
    for part in payload.attachments:
        if part.contentType.lower() in SKIPPED_PARTS:
            continue
        name = part.name or f"part-{part.partId}"
        data = _base64(part.data)
        if data is not None:
            attachments.append(IncomingAttachment(name, part.contentType, data))
            continue
        if not payload.messageId:
            raise PayloadError("payload.messageId: field required to fetch MMS parts")
        url = f"inbox/{payload.messageId}/attachments/{part.partId}"
        refs.append(
            {"gateway": "android", "url": url, "content_type": part.contentType,
             "filename": name, "size": part.size}
        )  # fmt: skip
    meta: dict[str, Any] = {"media": refs} if refs else {}
    if payload.subject:
        meta["subject"] = payload.subject
    text = payload.body if payload.body is not None else payload.subject or ""
    return text, meta, tuple(attachments)


def _base64(data: str | None) -> bytes | None:
    """The part's bytes, or None when absent or not base64 (it is then fetched)."""
    if not data:
        return None
    try:
        return base64.b64decode(data, validate=True) or None
    except (binascii.Error, ValueError):
        return None


def _aware(when: datetime | None) -> datetime | None:
    if when is None or when.tzinfo is not None:
        return when
    return when.replace(tzinfo=UTC)


def verify(
    body: bytes,
    timestamp: str | None,
    given: str | None,
    signing_key: str,
    now: float,
    max_age: int,
) -> None:
    """Check X-Signature over body + X-Timestamp, refusing stale or future timestamps."""
    if not timestamp:
        raise SignatureError("missing X-Timestamp")
    try:
        sent = int(timestamp.strip())
    except ValueError as exc:
        raise SignatureError("X-Timestamp is not a Unix time") from exc
    if abs(now - sent) > max_age:
        raise SignatureError(f"X-Timestamp is more than {max_age} s away from now")
    require_equal(hmac_hex(signing_key, body + timestamp.strip().encode()), given, "X-Signature")


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
    return str(exc)
