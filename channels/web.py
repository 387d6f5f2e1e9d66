"""The web form and JSON API channel: parse a submission into an IncomingMessage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from channels.base import IncomingMessage
from channels.errors import PayloadError

CHANNEL = "web"


class Submission(BaseModel):
    """What a citizen or an app submits."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    text: str = Field(min_length=10)
    name: str | None = Field(default=None, max_length=200)
    contact: str | None = Field(default=None, max_length=200)
    subject: str | None = Field(default=None, max_length=300)
    anonymous: bool = False
    confidential: bool = False


def parse_submission(
    data: dict[str, Any], submission_id: str, received_at: datetime, max_chars: int
) -> list[IncomingMessage]:
    """Turn a form or JSON submission into one IncomingMessage; PayloadError when invalid."""
    try:
        sub = Submission.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "body"
        raise PayloadError(f"{field}: {first['msg']}") from exc
    if len(sub.text) > max_chars:
        raise PayloadError(f"text: longer than {max_chars} characters")
    return [
        IncomingMessage(
            channel=CHANNEL,
            external_id=submission_id,
            sender=f"web:{submission_id}",
            sender_name=sub.name or None,
            text=sub.text,
            subject=sub.subject or None,
            received_at=received_at,
            meta={
                "contact": sub.contact or None,
                "anonymous": sub.anonymous,
                "confidential": sub.confidential,
            },
        )
    ]
