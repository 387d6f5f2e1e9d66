"""Twilio Programmable Messaging: inbound webhook (form fields) and the Messages API.

Webhook: https://www.twilio.com/docs/messaging/guides/webhook-request
Signature: https://www.twilio.com/docs/usage/security#validating-requests
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from channels.base import IncomingMessage
from channels.errors import PayloadError, SignatureError
from channels.phones import to_e164

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def parse_form(
    params: dict[str, str], received_at: datetime, region: str = "ID"
) -> list[IncomingMessage]:
    """An inbound SMS from Twilio's form fields; status callbacks yield nothing."""
    sid = params.get("MessageSid") or params.get("SmsSid")
    if not sid:
        raise PayloadError("MessageSid: field required")
    if "Body" not in params:
        if "MessageStatus" in params or "SmsStatus" in params:
            return []  # a delivery status callback, not a message
        raise PayloadError("Body: field required")
    sender = params.get("From", "").strip()
    if not sender:
        raise PayloadError("From: field required")
    media = [
        params[f"MediaUrl{i}"]
        for i in range(int(params.get("NumMedia", "0") or 0))
        if f"MediaUrl{i}" in params
    ]
    if not params["Body"].strip() and not media:
        return []
    return [
        IncomingMessage(
            channel="sms",
            external_id=f"twilio:{sid}",
            sender=to_e164(sender, region) or sender,
            recipient=params.get("To"),
            text=params["Body"],
            received_at=received_at,
            meta={"gateway": "twilio", "media_urls": media} if media else {"gateway": "twilio"},
        )
    ]


def signature(url: str, params: dict[str, str], auth_token: str) -> str:
    """Twilio's signature: base64 HMAC-SHA1 of the URL followed by the sorted parameters."""
    data = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    mac = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


def verify(url: str, params: dict[str, str], given: str | None, auth_token: str) -> None:
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
