"""What an SMS gateway tells us about messages we sent (sent, delivered, failed)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Delivery:
    """A delivery event about a message we sent: its provider id (as `SendResult` gave it,
    `twilio:<sid>` or `android:<id>`), the new status, and the gateway's error if any."""

    provider_id: str
    status: str
    error: str | None = None
