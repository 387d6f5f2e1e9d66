"""Pure parsing of WhatsApp Cloud API webhooks: messages and delivery statuses.

Payloads: https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
Signature: https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.phones import to_e164
from channels.signing import hmac_hex, require_equal
from channels.whatsapp import content

SIGNATURE_HEADER = "X-Hub-Signature-256"
CHANNEL = "whatsapp"


class _Msg(BaseModel):
    """The fields every message has; its content is read by type in `content.py`."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    sender: str | None = Field(default=None, alias="from", min_length=1)
    from_user_id: str | None = Field(default=None, min_length=1)
    id: str = Field(min_length=1)
    timestamp: int
    type: str = Field(min_length=1)
    context: dict[str, Any] | None = None
    referral: dict[str, Any] | None = None


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
    messages: list[dict[str, Any]] = Field(default_factory=list)
    statuses: list[dict[str, Any]] = Field(default_factory=list)


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
class Failure:
    """One item of a batch that could not be read: a dead letter of its own."""

    raw: bytes
    reason: str


@dataclass(frozen=True)
class Webhook:
    """Everything one webhook request carried."""

    messages: list[IncomingMessage]
    statuses: list[DeliveryStatus]
    failures: list[Failure] = field(default_factory=list)


def verify(body: bytes, given: str | None, app_secret: str) -> None:
    """Check X-Hub-Signature-256 (`sha256=<hex HMAC of the raw body>`)."""
    require_equal(sign(body, app_secret), given, SIGNATURE_HEADER)


def sign(body: bytes, app_secret: str) -> str:
    """The header value Meta sends with a body."""
    return "sha256=" + hmac_hex(app_secret, body)


def parse(body: bytes, received_at: datetime, region: str = "ID") -> list[IncomingMessage]:
    """The citizens' messages in one webhook request; an unreadable item fails the request."""
    hook = parse_webhook(body, region)
    if hook.failures:
        raise PayloadError(hook.failures[0].reason)
    return hook.messages


def parse_webhook(body: bytes, region: str = "ID") -> Webhook:
    """Messages, delivery statuses and unreadable items of one (possibly batched) request.

    Each message is read on its own: one that cannot be read is a `Failure` carrying a
    one-message envelope (which this function parses again), and the rest are kept.
    """
    try:
        envelope = _Envelope.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise PayloadError(f"not a WhatsApp webhook: {_first_error(exc)}") from exc
    if envelope.object != "whatsapp_business_account":
        raise PayloadError(f"object: expected whatsapp_business_account, got {envelope.object!r}")
    hook = Webhook([], [], [])
    for e, entry in enumerate(envelope.entry):
        for c, change in enumerate(entry.changes):
            if change.field != "messages":
                continue
            where = f"entry[{e}].changes[{c}].value"
            _read_change(hook, entry.id, change.value, where, region)
    return hook


def _read_change(hook: Webhook, entry_id: str, value: _Value, where: str, region: str) -> None:
    names = _names(value.contacts)
    for i, item in enumerate(value.messages):
        if str(item.get("type")) in content.NOTHING_TYPES:
            continue
        raw = _single(entry_id, value, "messages", item)
        try:
            hook.messages.append(_message(item, names, value.metadata, region, raw))
        except PayloadError as exc:
            hook.failures.append(Failure(raw, f"{where}.messages[{i}].{exc}"))
    for i, item in enumerate(value.statuses):
        try:
            hook.statuses.append(_status(_Status.model_validate(item)))
        except ValidationError as exc:
            raw = _single(entry_id, value, "statuses", item)
            hook.failures.append(Failure(raw, f"{where}.statuses[{i}].{_first_error(exc)}"))


def _single(entry_id: str, value: _Value, key: str, item: dict[str, Any]) -> bytes:
    """A webhook body holding only this item, as Meta would have sent it alone."""
    single = {"metadata": value.metadata, "contacts": value.contacts, key: [item]}
    change = {"field": "messages", "value": {"messaging_product": "whatsapp", **single}}
    envelope = {
        "object": "whatsapp_business_account",
        "entry": [{"id": entry_id, "changes": [change]}],
    }
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()


def _message(
    item: dict[str, Any], names: dict[str, str], metadata: dict[str, Any], region: str, raw: bytes
) -> IncomingMessage:
    try:
        msg = _Msg.model_validate(item)
    except ValidationError as exc:
        raise PayloadError(_first_error(exc)) from exc
    if not (msg.sender or msg.from_user_id):
        raise PayloadError("from: field required (or from_user_id)")
    thread: tuple[str, ...] = ()
    if msg.type in content.EVENT_TYPES:
        text, thread, meta = content.event(item)
    else:
        text, meta = content.content(item)
    meta.update(_who(msg, region, metadata))
    context = msg.context or {}
    quoted = str(context.get("id") or "")
    if quoted and not thread:
        thread = (quoted,)
    for flag in ("forwarded", "frequently_forwarded"):
        if context.get(flag):
            meta[flag] = True
    if msg.referral:
        meta["referral"] = msg.referral
    return IncomingMessage(
        channel=CHANNEL,
        external_id=msg.id,
        sender=meta["phone"] or msg.sender or str(msg.from_user_id),
        sender_name=names.get(msg.sender or "") or names.get(msg.from_user_id or ""),
        recipient=str(metadata["display_phone_number"])
        if metadata.get("display_phone_number")
        else None,
        text=text,
        received_at=datetime.fromtimestamp(msg.timestamp, UTC),
        thread_keys=thread,
        is_edit="event" in meta,
        meta=meta,
        raw=raw,
    )


def _who(msg: _Msg, region: str, metadata: dict[str, Any]) -> dict[str, Any]:
    """The sender's phone (E.164), WhatsApp id and business-scoped user id, as known."""
    phone = None
    if msg.sender:
        phone = to_e164(msg.sender, region) or to_e164("+" + msg.sender, region)
    who: dict[str, Any] = {"phone": phone, "wa_id": msg.sender}
    if msg.from_user_id:
        who["user_id"] = msg.from_user_id
    if metadata.get("phone_number_id"):
        who["phone_number_id"] = str(metadata["phone_number_id"])
    return who


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
    """Profile names by WhatsApp id and by business-scoped user id."""
    out = {}
    for contact in contacts:
        profile = contact.get("profile")
        name = profile.get("name") if isinstance(profile, dict) else None
        for key in ("wa_id", "user_id"):
            if contact.get(key) and name:
                out[str(contact[key])] = str(name)
    return out


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
    return f"body is not JSON: {exc}"
