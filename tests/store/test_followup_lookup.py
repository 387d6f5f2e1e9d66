"""The open complaint a chat message continues: found by one index descent on both backends,
however many open complaints other citizens have in the follow-up window (migration 0018)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from store import fastsql, queries
from store.db import Store
from store.models import Citizen, Complaint

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
OTHERS = 2000


def complaint(n: int, citizen: int, channel: str, status: str, seen: datetime) -> dict[str, Any]:
    return {
        "tracking_code": f"T{n:06d}", "citizen_id": citizen, "channel": channel,
        "section": "umum", "status": status, "text": f"aduan {n}", "decision": {},
        "needs_triage": False, "anonymous": False, "confidential": False,
        "created_at": seen, "updated_at": seen, "last_message_at": seen,
    }  # fmt: skip


def fill(store: Store) -> tuple[int, int]:
    """OTHERS open SMS complaints of other citizens in the window, and the writer's own:
    (the writer's citizen id, the id of the complaint a new SMS of theirs continues)."""
    with store.write() as s:
        ids = fastsql.insert_many(s, Citizen, [{"created_at": NOW}] * (OTHERS + 1), ignore=False)
        writer = ids[-1]
        assert writer is not None
        rows = [complaint(n, ids[n] or 0, "sms", "baru", NOW - timedelta(minutes=n % 600))
                for n in range(OTHERS)]  # fmt: skip
        rows += [
            complaint(OTHERS + 1, writer, "sms", "diproses", NOW - timedelta(hours=3)),
            complaint(OTHERS + 2, writer, "sms", "selesai", NOW - timedelta(hours=1)),  # closed
            complaint(OTHERS + 3, writer, "telegram", "baru", NOW),  # another channel
            complaint(OTHERS + 4, writer, "sms", "baru", NOW - timedelta(days=9)),  # too old
            complaint(OTHERS + 5, writer, "sms", "baru", NOW - timedelta(hours=5)),
        ]
        new = fastsql.insert_many(s, Complaint, rows, ignore=False)
    continued = new[OTHERS]
    assert continued is not None
    return writer, continued


def test_the_newest_open_complaint_on_the_channel_in_the_window(store: Store) -> None:
    writer, continued = fill(store)
    with store.read() as s:
        found = queries.open_complaint_ref(s, writer, "sms", NOW - timedelta(hours=72))
        assert found is not None and found.id == continued and found.status == "diproses"
        assert queries.open_complaint_ref(s, writer, "whatsapp", NOW - timedelta(hours=72)) is None
        assert queries.open_complaint_ref(s, writer, "sms", NOW - timedelta(minutes=30)) is None


def test_found_by_the_citizens_index_not_by_scanning_the_window(store: Store) -> None:
    writer, _ = fill(store)
    since = NOW - timedelta(hours=72)
    sql = f"SELECT id FROM complaint {queries.OPEN_COMPLAINT_WHERE}"
    with store.write() as s:
        dialect = fastsql.dialect(s)
        params = {"citizen_id": writer, "channel": "sms", "since": fastsql.utc(dialect, since)}
        if store.is_postgres:
            fastsql.execute(s, "ANALYZE complaint", {})
            (plan,) = fastsql.row(s, f"EXPLAIN (FORMAT JSON) {sql}", params) or (None,)
            text = json.dumps(plan)
            assert "ix_complaint_citizen_channel_seen" in text, text
            assert '"Sort"' not in text, text
        else:
            rows = fastsql.execute(s, f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            text = " | ".join(str(r[-1]) for r in rows)
            assert "ix_complaint_citizen_channel_seen" in text, text
            assert "TEMP B-TREE" not in text, text
