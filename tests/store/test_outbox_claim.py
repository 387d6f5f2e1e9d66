"""store/outbox.py's claim: due rows of both kinds (new, and sending under an expired lease),
oldest due first, up to the limit; a live lease is left to its dispatcher."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import col, select

from store import outbox
from store.db import Store
from store.models import Outbox

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def _row(name: str, status: str, due_minutes_ago: int, lease: int | None = None) -> Outbox:
    return Outbox(
        channel="sms",
        recipient="+6281250001234",
        kind="ack",
        text=name,
        status=status,
        next_attempt_at=NOW - timedelta(minutes=due_minutes_ago),
        lease_until=None if lease is None else NOW + timedelta(minutes=lease),
        claimed_by=None if lease is None else "host:1:a",
        idempotency_key=None if name == "no-key" else f"key-{name}",
    )


def test_a_claim_takes_the_oldest_due_of_both_kinds_up_to_its_limit(store: Store) -> None:
    with store.write() as session:
        for row in (
            _row("new-oldest", "pending", 50),
            _row("expired-lease", "sending", 40, lease=-5),
            _row("live-lease", "sending", 45, lease=+5),  # its dispatcher is still sending
            _row("no-key", "pending", 30),
            _row("new-later", "pending", 20),
            _row("not-yet", "pending", -10),  # due in ten minutes
            _row("sent", "sent", 60),
        ):
            session.add(row)
    lease = NOW + timedelta(minutes=2)
    with store.write() as session:
        taken = outbox.claim_due(session, NOW, lease, "me", 3, skip_locked=store.is_postgres)
    assert [c.text for c in taken] == ["new-oldest", "expired-lease", "no-key"]
    assert all(c.idempotency_key for c in taken)
    with store.read() as session:
        rows = {r.text: r for r in session.exec(select(Outbox).order_by(col(Outbox.id)))}
    assert {n for n, r in rows.items() if r.claimed_by == "me"} == {c.text for c in taken}
    assert all(rows[c.text].status == "sending" for c in taken)
    assert rows["no-key"].idempotency_key == taken[2].idempotency_key
    with store.write() as session:
        rest = outbox.claim_due(session, NOW, lease, "me", 3, skip_locked=store.is_postgres)
    assert [c.text for c in rest] == ["new-later"]
