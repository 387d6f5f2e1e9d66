"""Twilio Programmable Messaging: inbound webhook (form fields) and the Messages API.

Webhook: https://www.twilio.com/docs/messaging/guides/webhook-request
Signature: https://www.twilio.com/docs/usage/security#validating-requests
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from channels.base import IncomingMessage
from channels.errors import PayloadError, SignatureError
from channels.phones import to_e164
from channels.sms.events import Delivery

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_MEDIA = 10  # Twilio sends at most ten media per MMS
INBOUND = frozenset({"received", "receiving"})
"""Statuses of a message someone sent us; every other status is a callback about ours."""
OUTBOUND = frozenset(
    {"accepted", "scheduled", "canceled", "queued", "sending", "sent", "failed", "delivered",
     "undelivered", "receiving", "read", "partially_delivered"}
)  # fmt: skip
"""https://www.twilio.com/docs/messaging/api/message-resource#message-status-values"""

Form = Mapping[str, str] | Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Parsed:
    """What one Twilio request carried: a citizen's message, or a delivery status."""

    messages: list[IncomingMessage] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)


def parse_form(
    form: Form, received_at: datetime, region: str = "ID", raw: bytes = b""
) -> list[IncomingMessage]:
    """An inbound SMS or MMS from Twilio's form fields; status callbacks yield no message."""
    return read_form(form, received_at, region, raw).messages


def read_form(form: Form, received_at: datetime, region: str = "ID", raw: bytes = b"") -> Parsed:
    """A message (SMS, MMS with or without a body) or a status callback, told by its status.

    Repeated fields are kept: the first value is read, every value lands in `meta["repeated"]`.
    """
    pairs = list(form.items()) if isinstance(form, Mapping) else list(form)
    params: dict[str, str] = {}
    for key, value in pairs:
        params.setdefault(key, value)
    sid = params.get("MessageSid") or params.get("SmsSid")
    if not sid:
        raise PayloadError("MessageSid: field required")
    status = (params.get("MessageStatus") or params.get("SmsStatus") or "").strip().lower()
    if status and status not in INBOUND:
        if status not in OUTBOUND:
            raise PayloadError(f"MessageStatus: unknown status {status!r}")
        error = params.get("ErrorCode") or None
        return Parsed(deliveries=[Delivery(f"twilio:{sid}", status, error)])
    sender = params.get("From", "").strip()
    if not sender:
        raise PayloadError("From: field required")
    media = _media(params)
    if "Body" not in params and not media:
        raise PayloadError("Body: field required (a message without media)")
    if not params.get("Body", "").strip() and not media:
        return Parsed()  # an empty SMS: nothing from the person to keep
    meta: dict[str, Any] = {"gateway": "twilio"}
    if media:
        meta["media"] = media
    repeated = _repeated(pairs)
    if repeated:
        meta["repeated"] = repeated
    msg = IncomingMessage(
        channel="sms",
        external_id=f"twilio:{sid}",
        sender=to_e164(sender, region) or sender,
        recipient=params.get("To"),
        text=params.get("Body", ""),
        received_at=received_at,
        media=tuple(media),
        meta=meta,
        raw=raw,
    )
    return Parsed(messages=[msg])


def _media(params: Mapping[str, str]) -> list[dict[str, Any]]:
    """MediaUrlN / MediaContentTypeN for N below NumMedia (an int from 0 to 10)."""
    raw = params.get("NumMedia", "0").strip() or "0"
    try:
        count = int(raw)
    except ValueError as exc:
        raise PayloadError(f"NumMedia: not a whole number: {raw[:20]!r}") from exc
    if not 0 <= count <= MAX_MEDIA:
        raise PayloadError(f"NumMedia: {count} is outside 0..{MAX_MEDIA}")
    refs = []
    for i in range(count):
        url = params.get(f"MediaUrl{i}", "").strip()
        if not url:
            raise PayloadError(f"MediaUrl{i}: field required (NumMedia is {count})")
        kind = params.get(f"MediaContentType{i}", "").strip() or None
        refs.append({"gateway": "twilio", "url": url, "content_type": kind, "filename": None})
    return refs


def _repeated(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for key, value in pairs:
        values.setdefault(key, []).append(value)
    return {k: v for k, v in values.items() if len(v) > 1}


def signature(url: str, form: Form, auth_token: str) -> str:
    """Twilio's signature: base64 HMAC-SHA1 of the URL followed by the sorted parameters.

    A repeated parameter contributes each of its distinct values, sorted, as Twilio's own
    helper does (twilio-python `RequestValidator.compute_signature`).
    """
    pairs = list(form.items()) if isinstance(form, Mapping) else list(form)
    data = url + "".join(f"{k}{v}" for k, v in sorted(set(pairs)))
    mac = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


def verify(url: str, params: Form, given: str | None, auth_token: str) -> None:
    """Check X-Twilio-Signature against the URL with and without its default port."""
    if not given:
        raise SignatureError("missing X-Twilio-Signature")
    for candidate in _url_variants(url):
        expected = signature(candidate, params, auth_token)
        if hmac.compare_digest(expected.encode(), given.strip().encode()):
            return
    raise SignatureError("X-Twilio-Signature does not match")


def _url_variants(url: str) -> list[str]:
    parts = urlsplit(url)
    default = {"https": 443, "http": 80}.get(parts.scheme)
    host = parts.hostname or ""
    if parts.port is None and default:
        other = parts._replace(netloc=f"{host}:{default}")
    elif parts.port == default:
        other = parts._replace(netloc=host)
    else:
        return [url]
    return [url, urlunsplit(other)]
