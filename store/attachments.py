"""The rows of attachments: a stored file's row (the bytes live under the data directory,
core/attachments.py) and a media reference still to download (ingest/media.py fetches it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from store import queries
from store.models import Attachment, PendingMedia


def add(
    session: Session,
    message_id: int,
    filename: str,
    content_type: str,
    size: int,
    sha256: str,
    now: datetime,
) -> int:
    """One Attachment row of a message; its id."""
    values = {
        "message_id": message_id, "filename": filename, "content_type": content_type,
        "size": size, "sha256": sha256, "created_at": now,
    }  # fmt: skip
    return queries.insert_row(session, Attachment, values)


def queue_media(
    session: Session, message_id: int, channel: str, ref: dict[str, Any], now: datetime
) -> int:
    """One media reference of a message, pending download now; its id."""
    values = {
        "message_id": message_id, "channel": channel, "ref": ref, "state": "pending",
        "attempts": 0, "next_attempt_at": now, "created_at": now,
    }  # fmt: skip
    return queries.insert_row(session, PendingMedia, values)
