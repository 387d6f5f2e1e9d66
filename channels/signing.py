"""Webhook signature checks shared by channels: constant-time HMAC comparisons."""

from __future__ import annotations

import hashlib
import hmac

from channels.errors import SignatureError


def hmac_hex(key: str, data: bytes, digest: str = "sha256") -> str:
    """Hex HMAC of `data` with `key`."""
    return hmac.new(key.encode(), data, getattr(hashlib, digest)).hexdigest()


def require_equal(expected: str, given: str | None, what: str) -> None:
    """Raise SignatureError unless `given` equals `expected` (compared in constant time)."""
    if not given:
        raise SignatureError(f"missing {what}")
    if not hmac.compare_digest(expected.encode(), given.strip().encode()):
        raise SignatureError(f"{what} does not match")
