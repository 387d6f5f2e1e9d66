"""Pure parsing of WhatsApp Cloud API webhooks: messages and delivery statuses.

Payloads: https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
Signature: https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.phones import to_e164
from channels.signing import hmac_hex, require_equal

SIGNATURE_HEADER = "X-Hub-Signature-256"
CHANNEL = "whatsapp"
IGNORED_TYPES = frozenset({"reaction", "sticker", "unsupported", "system", "ephemeral"})
MEDIA_TYPES = ("image", "document", "audio", "video")


class _Msg(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    sender: str = Field(alias="from", min_length=1)
    id: str = Field(min_length=1)
    timestamp: int
    type: str
    text: dict[str, Any] | None = None
    image: dict[str, Any] | None = None
    document: dict[str, Any] | None = None
    audio: dict[str, Any] | None = None
    video: dict[str, Any] | None = None
    location: dict[str, Any] | None = None
    interactive: dict[str, Any] | None = None
    button: dict[str, Any] | None = None
    context: dict[str, Any] | None = None


class _Status(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    status: str
    timestamp: int
    recipient_id: str
    errors: list[dict[str, Any]] = Field(default_factory=list)


class _Value(BaseModel):
    model_config = ConfigDict(extra="ignore")

    metadata: dict[str, Any] = Field(default_factory=dict)
    contacts: list[dict[str, Any]] = Field(default_factory=list)
    messages: list[_Msg] = Field(default_factory=list)
    statuses: list[_Status] = Field(default_factory=list)


class _Change(BaseModel):
    model_config = ConfigDict(extra="ignore")

    field: str
    value: _Value


class _Entry(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    changes: list[_Change]


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore")

    object: str
    entry: list[_Entry]


@dataclass(frozen=True)
class DeliveryStatus:
    """A delivery receipt for a message we sent (sent, delivered, read, failed)."""

    provider_id: str
    status: str
    at: datetime
    recipient: str
    error: str | None = None


@dataclass(frozen=True)
class Webhook:
    """Everything one webhook request carried."""

    messages: list[IncomingMessage]
    statuses: list[DeliveryStatus]


def verify(body: bytes, given: str | None, app_secret: str) -> None:
    """Check X-Hub-Signature-256 (`sha256=<hex HMAC of the raw body>`)."""
    require_equal(sign(body, app_secret), given, SIGNATURE_HEADER)


def sign(body: bytes, app_secret: str) -> str:
    """The header value Meta sends with a body."""
    return "sha256=" + hmac_hex(app_secret, body)


def parse(body: bytes, received_at: datetime, region: str = "ID") -> list[IncomingMessage]:
    """The citizens' messages in one webhook request (statuses are left out)."""
    return parse_webhook(body, region).messages


def parse_webhook(body: bytes, region: str = "ID") -> Webhook:
    """Messages and delivery statuses of one (possibly batched) webhook request."""
    try:
        envelope = _Envelope.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise PayloadError(f"not a WhatsApp webhook: {_first_error(exc)}") from exc
    if envelope.object != "whatsapp_business_account":
        raise PayloadError(f"object: expected whatsapp_business_account, got {envelope.object!r}")
    messages: list[IncomingMessage] = []
    statuses: list[DeliveryStatus] = []
    for entry in envelope.entry:
        for change in entry.changes:
            if change.field != "messages":
                continue
            names = _names(change.value.contacts)
            for msg in change.value.messages:
                found = _message(msg, names, change.value.metadata, region, body)
                messages.extend(found)
            statuses.extend(_status(s) for s in change.value.statuses)
    return Webhook(messages, statuses)


def _message(
    msg: _Msg, names: dict[str, str], metadata: dict[str, Any], region: str, raw: bytes
) -> list[IncomingMessage]:
    if msg.type in IGNORED_TYPES:
        return []
    text, meta = _content(msg)
    phone = to_e164(msg.sender, region) or to_e164("+" + msg.sender, region)
    sender = phone or msg.sender
    meta["phone"] = phone
    meta["wa_id"] = msg.sender
    if metadata.get("phone_number_id"):
        meta["phone_number_id"] = str(metadata["phone_number_id"])
    context = msg.context or {}
    quoted = str(context.get("id") or "")
    return [
        IncomingMessage(
            channel=CHANNEL,
            external_id=msg.id,
            sender=sender,
            sender_name=names.get(msg.sender),
            recipient=metadata.get("display_phone_number"),
            text=text,
            received_at=datetime.fromtimestamp(msg.timestamp, UTC),
            thread_keys=(quoted,) if quoted else (),
            meta=meta,
            raw=raw,
        )
    ]


def _content(msg: _Msg) -> tuple[str, dict[str, Any]]:
    """The text of a message and what else it carries, by type."""
    meta: dict[str, Any] = {"type": msg.type}
    if msg.type == "text":
        return str(_need(msg.text, "text").get("body", "")), meta
    if msg.type in MEDIA_TYPES:
        media = _need(getattr(msg, msg.type), msg.type)
        if not media.get("id"):
            raise PayloadError(f"messages[].{msg.type}.id: field required")
        meta["media"] = [
            {
                "id": str(media["id"]),
                "mime_type": str(media.get("mime_type") or "application/octet-stream"),
                "filename": media.get("filename"),
            }
        ]
        return str(media.get("caption") or ""), meta
    if msg.type == "location":
        loc = _need(msg.location, "location")
        try:
            lat, lon = float(loc["latitude"]), float(loc["longitude"])
        except (KeyError, TypeError, ValueError) as exc:
            raise PayloadError("messages[].location: latitude and longitude required") from exc
        meta["location"] = {"latitude": lat, "longitude": lon}
        label = ", ".join(str(loc[k]) for k in ("name", "address") if loc.get(k))
        return f"[Lokasi] {lat:.6f},{lon:.6f}" + (f" {label}" if label else ""), meta
    if msg.type == "interactive":
        inter = _need(msg.interactive, "interactive")
        reply = inter.get(str(inter.get("type"))) or {}
        meta["reply_id"] = reply.get("id")
        return str(reply.get("title") or ""), meta
    if msg.type == "button":
        button = _need(msg.button, "button")
        meta["reply_id"] = button.get("payload")
        return str(button.get("text") or ""), meta
    # A type added by Meta after this was written: kept with a marker rather than lost.
    return f"[pesan {msg.type}]", meta


def _status(status: _Status) -> DeliveryStatus:
    error = None
    if status.errors:
        first = status.errors[0]
        error = f"{first.get('code')}: {first.get('title') or first.get('message')}"
    return DeliveryStatus(
        provider_id=status.id,
        status=status.status,
        at=datetime.fromtimestamp(status.timestamp, UTC),
        recipient=status.recipient_id,
        error=error,
    )


def _names(contacts: list[dict[str, Any]]) -> dict[str, str]:
    out = {}
    for contact in contacts:
        name = (contact.get("profile") or {}).get("name")
        if contact.get("wa_id") and name:
            out[str(contact["wa_id"])] = str(name)
    return out


def _need(part: dict[str, Any] | None, name: str) -> dict[str, Any]:
    if part is None:
        raise PayloadError(f"messages[].{name}: field required for type {name}")
    return part


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
    return f"body is not JSON: {exc}"
