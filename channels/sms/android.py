"""SMS Gateway for Android (https://sms-gate.app): webhook events and the send API.

Webhook payload and signing: https://docs.sms-gate.app/features/webhooks/
The signature is hex HMAC-SHA256 of the raw body followed by the X-Timestamp value.
"""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import BaseModel, ConfigDict, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError, SignatureError
from channels.phones import to_e164
from channels.signing import hmac_hex, require_equal


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore")

    message: str
    phoneNumber: str
    receivedAt: datetime | None = None
    simNumber: int | None = None


class _Event(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    event: str
    deviceId: str | None = None
    payload: dict[str, object]


def parse(body: bytes, received_at: datetime, region: str = "ID") -> list[IncomingMessage]:
    """An `sms:received` event as a message; every other event yields nothing."""
    try:
        event = _Event.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise PayloadError(f"not an SMS Gateway event: {_first_error(exc)}") from exc
    if event.event != "sms:received":
        return []
    try:
        payload = _Payload.model_validate(event.payload)
    except ValidationError as exc:
        raise PayloadError(f"payload.{_first_error(exc)}") from exc
    sender = payload.phoneNumber.strip()
    return [
        IncomingMessage(
            channel="sms",
            external_id=f"android:{event.id}",
            sender=to_e164(sender, region) or sender,
            text=payload.message,
            received_at=payload.receivedAt or received_at,
            meta={"gateway": "android", "device": event.deviceId, "sim": payload.simNumber},
        )
    ]


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
