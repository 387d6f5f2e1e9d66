"""Migration 0010 fills the full-text index for the complaints stored before it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text

from store.db import Store
from store.migrate import alembic_config, upgrade
from store.models import Citizen, Complaint, Identity, Message
from tests.conftest import drop_pg_database, make_pg_database

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty database at migration 0004, before the index existed."""
    if request.param == "sqlite":
        url, name = f"sqlite:///{tmp_path / 'old.db'}", ""
    else:
        name, url = make_pg_database(request.getfixturevalue("pg_admin"))
    store = Store(url)
    cfg = alembic_config(url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    yield store
    store.dispose()
    if name:
        drop_pg_database(request.getfixturevalue("pg_admin"), name)


def test_upgrade_indexes_existing_complaints_and_their_follow_ups(old_store: Store) -> None:
    with old_store.engine.begin() as conn:
        conn.execute(insert(Citizen), [{"id": 1, "name": "Siti Aminah", "created_at": NOW}])
        conn.execute(insert(Identity), [
            {"id": 1, "citizen_id": 1, "channel": "sms", "address": "+6281234500001",
             "phone": "+6281234500001", "undeliverable": False, "created_at": NOW}
        ])  # fmt: skip
        conn.execute(insert(Complaint), [
            {"id": n, "tracking_code": code, "citizen_id": 1, "identity_id": 1, "channel": "sms",
             "section": "perekonomian", "status": "baru", "text": body, "decision": {},
             "needs_triage": False, "anonymous": False, "confidential": False,
             "created_at": NOW, "updated_at": NOW, "last_message_at": NOW}
            for n, code, body in ((1, "KK-7XQ2M-9PDK4", "Elpiji langka di desa"),
                                  (2, "KK-ABCDE-FGH12", "Jalan rusak parah"))
        ])  # fmt: skip
        conn.execute(insert(Message), [
            {"complaint_id": 2, "citizen_id": 1, "direction": "in", "kind": "followup",
             "channel": "sms", "external_id": "old:1", "text": "Kebanjiran sejak kemarin",
             "meta": {}, "received_at": NOW, "created_at": NOW}
        ])  # fmt: skip
    upgrade(old_store)
    postgres = old_store.is_postgres
    sql = (
        "SELECT complaint_id FROM complaint_fts WHERE doc @@ to_tsquery('simple', :q)"
        if postgres
        else "SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH :q"
    )

    def ids(q: str) -> list[int]:
        with old_store.engine.connect() as conn:
            return sorted(r[0] for r in conn.execute(text(sql), {"q": q}))

    assert ids("langka") == [1]
    assert ids("banjir") == [2]  # the follow-up, stemmed
    assert ids("siti") == [1, 2]
    assert ids("6281234500001") == [1, 2]
    assert ids("7xq2m9pdk4") == [1]
