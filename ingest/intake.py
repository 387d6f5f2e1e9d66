"""What every inbound message passes once, before it is stored: text every backend can store
and a received time that cannot break a page or a deadline (docs/security.md).
Attachments' names are made safe where they are stored (core/attachments.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from channels.base import IncomingMessage
from store.clean import clean, clean_data, clean_text

# Header names whose values are credentials: never stored with a dead letter.
SECRET_HEADER = re.compile(r"authorization|cookie|signature|secret|token|api-?key|password", re.I)
PAST = timedelta(days=30)
FUTURE = timedelta(days=1)
_TEXT_FIELDS = ("channel", "external_id", "sender", "text")
_OPTIONAL_FIELDS = ("sender_name", "recipient", "subject", "reply_to", "automated")


def sanitise(msg: IncomingMessage, now: datetime) -> IncomingMessage:
    """The message with unstorable characters replaced and its time within reason; what was
    changed is noted in `meta` (`sanitised`: kinds replaced; `claimed_received_at`)."""
    kinds: set[str] = set()
    changes: dict[str, Any] = {}
    for name in (*_TEXT_FIELDS, *_OPTIONAL_FIELDS):
        value = getattr(msg, name)
        if value:
            out, found = clean_text(value)
            if found:
                kinds |= found
                changes[name] = out
    if any(clean_text(k)[1] for k in msg.thread_keys):
        changes["thread_keys"] = tuple(clean(k) for k in msg.thread_keys)
    meta_kinds: set[str] = set()
    meta = clean_data(msg.meta, meta_kinds) if msg.meta else msg.meta
    if not meta_kinds:
        meta = msg.meta
    kinds |= meta_kinds
    notes: dict[str, Any] = {}
    if kinds:
        notes["sanitised"] = sorted(kinds)
    received = msg.received_at
    if received.tzinfo is None or not now - PAST <= received <= now + FUTURE:
        notes["claimed_received_at"] = received.isoformat()
        changes["received_at"] = now
    if not changes and not notes:
        return msg
    return replace(msg, **changes, meta={**meta, **notes})


def secretless(headers: dict[str, Any]) -> dict[str, Any]:
    """Request headers without credentials (signatures, secret tokens, cookies, authorisation)."""
    return {k: v for k, v in headers.items() if not SECRET_HEADER.search(k)}
