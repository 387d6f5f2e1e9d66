"""Alembic migrations, driven from code: `aduan db upgrade` and the checks of `serve`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from store.db import Store

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaOutdated(Exception):
    """The database schema is older than this code; run `aduan db upgrade`."""


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at our migrations and this database."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest migration this code knows."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    """The migration the database is at, or None for an empty database."""
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store) -> None:
    """Bring the schema to the newest migration.

    On SQLite a migration that alters a table rebuilds it (copy, drop, rename): with foreign
    keys enforced, dropping `complaint` while messages point at it fails. So, as SQLite's own
    procedure for table rebuilds says, enforcement is off for the migration (the pragma only
    takes effect outside a transaction), every reference is checked before the commit, and
    enforcement is back on after.
    """
    cfg = alembic_config(store.url)
    with store.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def ensure_schema(store: Store, *, auto_upgrade: bool) -> None:
    """Upgrade when allowed (a SQLite file, tests), else refuse an outdated schema."""
    if current_revision(store) == head_revision():
        return
    if auto_upgrade:
        upgrade(store)
        return
    raise SchemaOutdated(
        f"the database schema is at {current_revision(store) or 'nothing'}, this version needs "
        f"{head_revision()}: run `aduan db upgrade` first"
    )
