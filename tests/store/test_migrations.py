"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Integer, MetaData, text
from sqlmodel import SQLModel, select

import store.models  # noqa: F401  (the tables, registered on SQLModel.metadata)
from store.db import Store
from store.migrate import alembic_config, current_revision, head_revision
from store.models import DeadLetter


def test_migrated_schema_matches_the_models(store: Store) -> None:
    assert current_revision(store) == head_revision()
    assert _diff(store, SQLModel.metadata) == []


def test_revisions_read_without_alembic_are_alembics(store: Store) -> None:
    """serve checks the schema without importing Alembic (store/migrate.py): same answers."""
    scripts = ScriptDirectory.from_config(alembic_config(store.url))
    assert head_revision() == scripts.get_current_head()
    cfg = alembic_config(store.url)
    for target in ("0004", "head"):
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if target != "head" else command.upgrade)(cfg, target)
        with store.engine.connect() as conn:
            expected = MigrationContext.configure(conn).get_current_revision()
        assert current_revision(store) == expected
    assert expected == head_revision()


def test_a_column_type_the_migrations_lack_is_found(store: Store) -> None:
    """compare_type is on: a model column whose type drifted from the migrations is a diff."""
    drifted = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(drifted)
    drifted.tables["identity"].c.address.type = Integer()
    changes = [c for group in _diff(store, drifted) if isinstance(group, list) for c in group]
    assert [c[:4] for c in changes] == [("modify_type", None, "identity", "address")]


def _diff(store: Store, metadata: MetaData) -> list[Any]:
    """What Alembic's autogenerate finds between the database and `metadata`, types included."""
    with store.engine.connect() as conn:
        # complaint_fts is engine-specific (FTS5 / tsvector, see store/search.py), not a model.
        opts = {"compare_type": True, "include_name": _not_fts}
        context = MigrationContext.configure(conn, opts=opts)
        return list(compare_metadata(context, metadata))


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


def _not_fts(name: str | None, kind: str, parent: object) -> bool:
    return not (kind == "table" and (name or "").startswith("complaint_fts"))
