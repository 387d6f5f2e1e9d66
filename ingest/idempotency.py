"""Idempotency keys of the public API, scoped as payment APIs scope them.

A key belongs to the client that sent it (its address) and to the request it came with (the
SHA-256 of the body): the same key and body again is the same complaint; the same key with
another body is 409; another client's identical key is another submission.
"""

from __future__ import annotations

import hashlib

from fastapi import HTTPException

from core.results import AcceptResult
from store import messages
from store.db import Store

META_KEY = "request_sha256"


def of(body: bytes) -> str:
    """The hash a key is bound to."""
    return hashlib.sha256(body).hexdigest()


def scope(client: str, key: str) -> str:
    """The stored form of a client's key (fixed length, whatever the key's)."""
    return hashlib.sha256(f"{client}\n{key}".encode("utf-8", "replace")).hexdigest()[:40]


def check_same(store: Store, result: AcceptResult, body: bytes) -> None:
    """409 when a key already used is sent again with a different body."""
    with store.read() as session:
        stored = messages.meta_of(session, result.message_id)
    bound = (stored or {}).get(META_KEY)
    if bound is not None and bound != of(body):
        raise HTTPException(
            409,
            "Idempotency-Key already used with a different request body; "
            "use a new key for a new complaint",
        )
