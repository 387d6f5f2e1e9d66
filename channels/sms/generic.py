"""Any other SMS gateway: aduan's own JSON shape, signed with a shared secret.

POST /webhooks/sms/generic with `{"id", "from", "to", "text", "received_at"}` and the header
`X-Aduan-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.
"""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError
from channels.phones import to_e164
from channels.signing import hmac_hex, require_equal

SIGNATURE_HEADER = "X-Aduan-Signature"


class _Generic(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    id: str = Field(min_length=1, max_length=200)
    sender: str = Field(alias="from", min_length=1, max_length=64)
    to: str | None = None
    text: str
    received_at: datetime | None = None


def parse(body: bytes, received_at: datetime, region: str = "ID") -> list[IncomingMessage]:
    """The one message in a generic gateway request."""
    try:
        data = _Generic.model_validate(json.loads(body))
    except ValueError as exc:
        raise PayloadError(_describe(exc)) from exc
    sender = data.sender.strip()
    if not data.text.strip():
        return []
    return [
        IncomingMessage(
            channel="sms",
            external_id=f"generic:{data.id}",
            sender=to_e164(sender, region) or sender,
            recipient=data.to,
            text=data.text,
            received_at=data.received_at or received_at,
            meta={"gateway": "generic"},
        )
    ]


def sign(body: bytes, secret: str) -> str:
    """The header value a gateway sends."""
    return "sha256=" + hmac_hex(secret, body)


def verify(body: bytes, given: str | None, secret: str) -> None:
    """Check X-Aduan-Signature over the raw body."""
    require_equal(sign(body, secret), given, SIGNATURE_HEADER)


def _describe(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "body"
        return f"{field}: {err['msg']}"
    return f"body is not JSON: {exc}"
