"""What the email poller writes besides messages: bounces applied to the outbox, and
Message-IDs scoped by sender (see docs/email.md, "Loops and bounces" and "Threading")."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from channels.base import IncomingMessage
from ingest.wiring import Context
from store import deliveries, messages
from store.db import Session
from store.models import Outbox
from store.tracking import find_codes

log = logging.getLogger(__name__)

CHANNEL = "email"


def scope_by_sender(ctx: Context, msgs: list[IncomingMessage]) -> list[IncomingMessage]:
    """Messages whose Message-ID another sender already used get an id scoped by their sender.

    Message-IDs are only unique per sender in practice (broken clients, bulk mailers, forged
    ids): a different message under a stored id must not be taken as a duplicate. The scoped
    id is stable, so a re-poll of the same message is still one.
    """
    ids = [m.external_id for m in msgs if not m.external_id.startswith("sha256:")]
    if not ids:
        return msgs
    with ctx.store.read() as session:
        owner = messages.senders_of(session, CHANNEL, ids)
    out = []
    for msg in msgs:
        first = owner.setdefault(msg.external_id, msg.sender)
        if first is not None and first != msg.sender:
            digest = hashlib.sha256(msg.sender.encode()).hexdigest()[:16]
            scoped = f"{msg.external_id[:480]}#from:{digest}"
            out.append(replace(msg, external_id=scoped))
        else:
            out.append(msg)
    return out


def apply_bounces(session: Session, msgs: Sequence[IncomingMessage], prefix: str = "KK") -> int:
    """A permanent bounce of our own mail: that outbox row failed, that address undeliverable.

    The row is found by the bounced Message-ID, or, when the bounce quotes none, by a failed
    recipient and the tracking code in the quoted subject (the latest row sent there).
    """
    done = 0
    for msg in msgs:
        bounce = msg.meta.get("bounce") or {}
        if not bounce.get("permanent"):
            continue
        outbox = _bounced_row(session, bounce, prefix)
        if outbox is None:
            continue  # not our mail: a bounce cannot mark strangers' addresses
        _mark_bounced(session, outbox, bounce, msg.received_at)
        addresses = [a for a in bounce.get("failed") or [] if a == outbox.recipient]
        addresses = addresses or [outbox.recipient]
        deliveries.mark_undeliverable(session, CHANNEL, addresses)
        log.info(
            "email bounce %s: outbox %s failed (%s), %s undeliverable",
            msg.external_id, outbox.id, outbox.last_error, addresses,
        )  # fmt: skip
        done += 1
    return done


def _bounced_row(session: Session, bounce: dict[str, Any], prefix: str) -> Outbox | None:
    original = bounce.get("original_message_id")
    if original:
        found = deliveries.by_provider_id(session, original, CHANNEL)
        if found is not None:
            return found
    codes = find_codes(bounce.get("original_subject") or "", prefix)
    failed = list(bounce.get("failed") or [])
    if not codes or not failed:
        return None
    return deliveries.latest_sent(session, CHANNEL, failed, codes)


def _mark_bounced(session: Session, outbox: Outbox, bounce: dict[str, Any], when: datetime) -> None:
    status = bounce.get("status") or "5.0.0"
    error = f"bounced: {status} {bounce.get('diagnostic') or ''}".strip()
    deliveries.mark_failed(session, outbox, error, when)
