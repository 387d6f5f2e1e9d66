"""store.fastsql on SQLite and PostgreSQL: a batch's rows as the ORM would store them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import select

from store import fastsql
from store.db import Store
from store.models import Message

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def message(external_id: str, text: str) -> dict[str, Any]:
    return {
        "direction": "in", "kind": "pending", "channel": "sms", "external_id": external_id,
        "sender": "+6281250001234", "text": text, "meta": {"n": text},
        "received_at": NOW, "created_at": NOW,
    }  # fmt: skip


def test_a_batch_skips_rows_stored_before_and_repeated_in_it(store: Store) -> None:
    with store.write() as s:
        (before,) = fastsql.insert_many(s, Message, [message("g:1", "first")], ignore=True)
    rows = [message("g:2", "a"), message("g:1", "again"), message("g:3", "b"),
            message("g:2", "a twice"), message("g:4", "c")]  # fmt: skip
    with store.write() as s:
        ids = fastsql.insert_many(s, Message, rows, ignore=True)
    assert ids[1] is None and ids[3] is None  # stored before; the batch's own first copy
    new = [ids[0], ids[2], ids[4]]
    assert None not in new and len(set(new)) == 3 and before not in new
    with store.read() as s:
        stored = {m.id: m for m in s.exec(select(Message)).all()}
    assert [stored[i].text for i in new] == ["a", "b", "c"]
    assert stored[ids[2]].meta == {"n": "b"}
    assert stored[ids[4]].received_at == NOW
    assert len(stored) == 4
