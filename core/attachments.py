"""Attachments: bytes stored once by sha256 under the data directory, rows in the message's
transaction. Files are written before the commit and never deleted by a rollback: a file
without a row is harmless (and reused by the retry), a row without a file cannot happen.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import datetime
from pathlib import Path

from channels.base import IncomingAttachment, IncomingMessage
from store import attachments as rows
from store.db import Session

_UNSAFE = re.compile(r"[^\w.\- ()]+")


def safe_name(name: str, fallback: str = "lampiran") -> str:
    """A file name that is safe to show and to offer for download: no path, no controls."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C")
    base = _UNSAFE.sub("_", base).strip(" ._")
    if not base:
        return fallback
    stem, dot, ext = base.rpartition(".")
    if dot and len(ext) <= 10:
        return f"{stem[: 200 - len(ext)]}.{ext}"
    return base[:200]


def path_of(data_dir: str | Path, sha256: str) -> Path:
    """Where the bytes of an attachment live."""
    return Path(data_dir) / "attachments" / sha256[:2] / sha256


def write_file(data_dir: str | Path, data: bytes) -> str:
    """Write the bytes once per content (atomically, by rename); their SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    path = path_of(data_dir, digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{digest}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return digest


def store_attachments(
    session: Session,
    data_dir: str | Path,
    message_id: int,
    attachments: tuple[IncomingAttachment, ...],
    now: datetime,
) -> int:
    """Write each file (once per content) and its Attachment row; the number stored."""
    for att in attachments:
        digest = write_file(data_dir, att.data)
        content_type = att.content_type[:128] or "application/octet-stream"
        name = safe_name(att.filename)
        rows.add(session, message_id, name, content_type, len(att.data), digest, now)
    return len(attachments)


def queue_media(session: Session, message_id: int, msg: IncomingMessage, now: datetime) -> int:
    """Record the message's media references in its transaction (ingest/media.py fetches
    them later); how many."""
    for ref in msg.media:
        rows.queue_media(session, message_id, msg.channel, dict(ref), now)
    return len(msg.media)
