"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import store.models  # noqa: F401  (the tables, registered on SQLModel.metadata)
from store.db import Store
from store.migrate import current_revision, head_revision


def test_migrated_schema_matches_the_models(store: Store) -> None:
    assert current_revision(store) == head_revision()
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []
