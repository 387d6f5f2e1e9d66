"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, select

import store.models  # noqa: F401  (the tables, registered on SQLModel.metadata)
from store.db import Store
from store.migrate import alembic_config, current_revision, head_revision
from store.models import DeadLetter


def test_migrated_schema_matches_the_models(store: Store) -> None:
    assert current_revision(store) == head_revision()
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_0007_removes_secret_headers_kept_by_earlier_versions(store: Store) -> None:
    cfg = alembic_config(store.url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    headers = '{"x-telegram-bot-api-secret-token": "rahasia", "user-agent": "TelegramBot"}'
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO deadletter (channel, reason, raw, headers, status, created_at)"
                " VALUES ('telegram', 'uji', :raw, :headers, 'new', :now)"
            ),
            {"raw": b"{}", "headers": headers, "now": "2026-11-01 00:00:00"},
        )
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with store.read() as session:
        (row,) = session.exec(select(DeadLetter)).all()
    assert row.headers == {"user-agent": "TelegramBot"} and row.count == 1
