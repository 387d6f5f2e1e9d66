"""Media downloads off the request path.

A webhook (or a poller) stores the message with the provider references of its files as
`PendingMedia` rows, in the message's transaction, and answers at once. The `media` job then
fetches each file through the channel plugin's `fetch_media(ctx, ref)`, outside any
transaction, with retries and exponential backoff, the size cap and type sniffing, and stores
it as an Attachment of the message. A file given up on stays visible: its row is `failed`
with the reason, the complaint's thread shows it to officers, the timeline records it, and
the citizen is told in their channel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from channels.base import IncomingAttachment
from channels.email.sniff import sniff
from channels.errors import PermanentChannelError, TooLarge, TransientChannelError
from core.attachments import queue_media, safe_name, store_attachments
from ingest.wiring import Context, Job
from settings.jobs import MediaSettings
from store import audit, messages, outbox, pending_media
from store.db import Session
from store.models import Message, Outbox

log = logging.getLogger(__name__)
__all__ = ["MediaFetcher", "MediaJob", "TooLarge", "media_job", "queue_media"]

MediaFetcher = Callable[[Context, dict[str, Any]], IncomingAttachment]
GIVEN_UP = (
    "Berkas {name} yang Anda kirim tidak dapat kami terima ({reason}). "
    "Silakan kirim ulang, misalnya dalam ukuran lebih kecil atau sebagai foto."
)
TOO_BIG = "lebih dari {size}"
UNREADABLE = "tidak dapat diunduh"


@dataclass(frozen=True)
class Claimed:
    """A pending download taken by this run: what the fetch needs, read before it starts."""

    id: int
    message_id: int
    channel: str
    ref: dict[str, Any]
    attempts: int


class MediaJob:
    """Downloads due files of stored messages; one run handles at most `batch_size`."""

    def __init__(self, ctx: Context, fetchers: Mapping[str, MediaFetcher]) -> None:
        self.ctx = ctx
        self.fetchers = dict(fetchers)
        self.settings: MediaSettings = ctx.settings.media

    def run_once(self) -> int:
        """Claim due rows (a lease moves their next attempt), fetch each, record the outcome."""
        claimed = self._claim()
        for item in claimed:
            self._one(item)
        return len(claimed)

    def _claim(self) -> list[Claimed]:
        now = self.ctx.clock()
        lease = now + timedelta(seconds=self.settings.lease_seconds)
        with self.ctx.store.write() as session:
            # The lease: another replica skips these rows while this one works.
            rows = pending_media.claim_due(session, now, lease, self.settings.batch_size,
                                           skip_locked=not self.ctx.store.is_sqlite)  # fmt: skip
            return [
                Claimed(r.id or 0, r.message_id, r.channel, dict(r.ref), r.attempts) for r in rows
            ]

    def _one(self, item: Claimed) -> None:
        fetch = self.fetchers.get(item.channel)
        try:
            if fetch is None:
                raise PermanentChannelError(f"channel {item.channel} cannot fetch media")
            att = self._checked(fetch(self.ctx, item.ref), item.ref)
        except TransientChannelError as exc:
            self._retry(item, str(exc), exc.retry_after)
        except PermanentChannelError as exc:
            self._give_up(item, str(exc), exc)
        except Exception as exc:  # a bug or an unexpected library error: retried, then failed
            log.exception("media %s on %s: fetch crashed", item.id, item.channel)
            self._retry(item, f"{type(exc).__name__}: {exc}", None)
        else:
            self._attach(item, att)

    def _checked(self, att: IncomingAttachment, ref: dict[str, Any]) -> IncomingAttachment:
        if len(att.data) > self.settings.max_bytes:
            limit = self.settings.max_bytes
            raise TooLarge(f"{len(att.data)} bytes, over {limit}", limit)
        declared = att.content_type or str(ref.get("content_type") or "")
        name = att.filename or str(ref.get("filename") or "lampiran")
        return IncomingAttachment(safe_name(name), sniff(att.data, declared), att.data)

    def _attach(self, item: Claimed, att: IncomingAttachment) -> None:
        now = self.ctx.clock()
        data_dir = self.ctx.settings.service.data_dir
        with self.ctx.store.write() as session:
            row = pending_media.by_id(session, item.id)
            if row is None or row.state != "pending":
                return  # purged or finished meanwhile
            store_attachments(session, data_dir, item.message_id, (att,), now)
            pending_media.mark_done(session, row, item.attempts + 1, now)
        log.info("media %s on %s: stored %s (%s bytes)", item.id, item.channel, att.filename,
                 len(att.data))  # fmt: skip

    def _retry(self, item: Claimed, error: str, retry_after: float | None) -> None:
        attempts = item.attempts + 1
        if attempts >= self.settings.max_attempts:
            self._give_up(item, f"after {attempts} attempts: {error}", None)
            return
        delay = min(
            self.settings.backoff_base_seconds * 2 ** (attempts - 1),
            self.settings.backoff_max_seconds,
        )
        now = self.ctx.clock()
        due = now + timedelta(seconds=max(delay, retry_after or 0))
        with self.ctx.store.write() as session:
            pending_media.retry_at(session, item.id, attempts, error[:1000], due)
        log.warning("media %s on %s: attempt %s failed: %s", item.id, item.channel, attempts, error)

    def _give_up(self, item: Claimed, error: str, exc: Exception | None) -> None:
        now = self.ctx.clock()
        name = str(item.ref.get("filename") or "lampiran")
        reason = TOO_BIG.format(size=_size(exc.limit)) if isinstance(exc, TooLarge) else UNREADABLE
        with self.ctx.store.write() as session:
            row = pending_media.by_id(session, item.id)
            msg = messages.by_id(session, item.message_id)
            if row is None or msg is None:
                return
            pending_media.mark_failed(session, row, item.attempts + 1, error[:1000])
            _record_failure(session, msg, name, error, now)
            _tell_citizen(session, msg, GIVEN_UP.format(name=name, reason=reason), now)
        log.error("media %s on %s: given up: %s", item.id, item.channel, error)


def _size(limit: int) -> str:
    mib = 1024 * 1024
    return f"{limit // mib} MB" if limit >= mib else f"{max(limit // 1024, 1)} KB"


def _record_failure(session: Session, msg: Message, name: str, error: str, now: datetime) -> None:
    audit.record(session, msg.complaint_id, "system", "media_failed",
                 {"message_id": msg.id, "filename": name, "error": error[:500]}, now)  # fmt: skip


def _tell_citizen(session: Session, msg: Message, text: str, now: datetime) -> None:
    if msg.sender is None or msg.automated:
        return
    reply_meta = msg.meta.get("reply_meta", {}) if isinstance(msg.meta, dict) else {}
    outbox.queue(
        session,
        Outbox(complaint_id=msg.complaint_id, channel=msg.channel, recipient=msg.sender,
               kind="notice", text=text, meta={"in_reply_to": msg.external_id, **reply_meta},
               created_at=now, next_attempt_at=now)
    )  # fmt: skip


def media_job(ctx: Context, fetchers: Mapping[str, MediaFetcher]) -> Job:
    """The scheduled download job (an internal job: no channel health of its own)."""
    job = MediaJob(ctx, fetchers)
    return Job("media", "", ctx.settings.media.poll_seconds, job.run_once)
