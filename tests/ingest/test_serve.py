"""Starting the service: schema checks, and the demo feed through the real pipeline."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from service.app import build_service
from service.serve import feed_demo, upgrade_apart
from settings.root import Settings
from store.db import Store
from store.migrate import SchemaOutdated, current_revision, ensure_schema, head_revision
from store.models import Complaint, Outbox
from tests.conftest import drop_pg_database, make_pg_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    name, url = make_pg_database(admin)
    try:
        yield url
    finally:
        drop_pg_database(admin, name)


def test_outdated_schema_is_refused_with_the_command_to_run(empty_url: str) -> None:
    empty = Store(empty_url)
    try:
        with pytest.raises(SchemaOutdated, match="aduan db upgrade"):
            ensure_schema(empty, auto_upgrade=False)
        ensure_schema(empty, auto_upgrade=True)
        assert current_revision(empty) == head_revision()
        ensure_schema(empty, auto_upgrade=False)  # current: nothing to refuse
    finally:
        empty.dispose()


def test_serving_imports_no_migration_tooling() -> None:
    """Alembic, Mako and Pygments (10 MB) load only to migrate; rich only for the CLI's tables."""
    assert loaded_by_serving({"alembic", "mako", "pygments", "rich"}) == []


def test_a_new_sqlite_file_is_migrated_by_a_child_process(tmp_path: Path) -> None:
    """`aduan serve` on a new SQLite file: the schema is current, and the serving process
    itself never loaded the migration tooling (the upgrade ran in a child)."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    code = (
        "import sys; from service.serve import upgrade_apart; upgrade_apart(sys.argv[1]); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
    store = Store(url)
    try:
        assert current_revision(store) == head_revision()
    finally:
        store.dispose()


def test_a_failed_upgrade_stops_the_start(tmp_path: Path) -> None:
    not_a_database = tmp_path / "garbage.db"
    not_a_database.write_bytes(b"this is not a SQLite file" * 100)
    with pytest.raises(SystemExit, match="schema upgrade failed"):
        upgrade_apart(f"sqlite:///{not_a_database}")


def test_the_email_libraries_load_only_where_email_runs() -> None:
    """imapclient, nh3 and charset-normalizer (4.7 MB) are not loaded by a server without the
    email channel: they load when a poller is built or mail is read."""
    assert loaded_by_serving({"imapclient", "nh3", "charset_normalizer"}) == []


def loaded_by_serving(packages: set[str]) -> list[str]:
    """Which of these top-level packages a fresh interpreter holds after importing the server."""
    code = (
        "import sys, service.cli, service.serve, service.app; "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({sorted(packages)!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(ast.literal_eval(out.stdout.strip()))


def test_demo_feeds_forty_routed_complaints(settings: Settings, store: Store) -> None:
    service = build_service(settings, store)
    assert feed_demo(service) == 40
    with store.read() as s:
        sections = s.exec(select(Complaint.section, func.count()).group_by(Complaint.section)).all()
        triage = s.exec(
            select(func.count()).select_from(Complaint).where(col(Complaint.needs_triage))
        ).one()
        acks = s.exec(select(func.count()).select_from(Outbox)).one()
    assert sum(n for _, n in sections) == 40
    assert len(sections) >= 10  # the samples cover most of the twelve sections
    assert triage <= 4
    assert acks == 20  # the SMS samples are acknowledged; the web form answers on the page
