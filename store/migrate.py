"""Alembic migrations, driven from code: `aduan db upgrade` and the checks of `serve`.

Alembic is imported only to migrate: with Mako and Pygments it is about 120 modules and 10 MB
of a serving process, which only needs to know the schema is current. That check reads the
revision table and the revision ids of the migration files (the same answers as Alembic's,
tests/store/test_migrations.py).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect

from store.db import Store

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"


class SchemaOutdated(Exception):
    """The database schema is older than this code; run `aduan db upgrade`."""


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at our migrations and this database."""
    # PLC0415: alembic loads only to migrate (10 MB a serving process need not hold).
    from alembic.config import Config  # noqa: PLC0415

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@cache
def head_revision() -> str:
    """The newest migration this code knows: the one revision no other migration follows."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        ids = _revision_ids(path)
        if "revision" in ids:
            revisions.add(str(ids["revision"]))
            down = ids.get("down_revision")  # None, one id, or a merge's tuple of ids
            followed.update((down,) if isinstance(down, str) else down or ())
    heads = revisions - followed
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def _revision_ids(path: Path) -> dict[str, Any]:
    """`revision` and `down_revision` of one migration file, as the literals it assigns."""
    found: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value:
            found[target.id] = ast.literal_eval(value)
    return found


def current_revision(store: Store) -> str | None:
    """The migration the database is at, or None for an empty database."""
    with store.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        # S608: a constant table name.
        rows = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()  # noqa: S608
    if len(rows) > 1:
        raise RuntimeError(f"the database is at several revisions: {[r[0] for r in rows]}")
    return str(rows[0][0]) if rows else None


def upgrade(store: Store) -> None:
    """Bring the schema to the newest migration.

    On SQLite a migration that alters a table rebuilds it (copy, drop, rename): with foreign
    keys enforced, dropping `complaint` while messages point at it fails. So, as SQLite's own
    procedure for table rebuilds says, enforcement is off for the migration (the pragma only
    takes effect outside a transaction), every reference is checked before the commit, and
    enforcement is back on after.
    """
    # PLC0415: alembic loads only to migrate.
    from alembic import command  # noqa: PLC0415

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
