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
        # complaint_fts is engine-specific (FTS5 / tsvector, see store/search.py), not a model.
        opts = {"compare_type": False, "include_name": _not_fts}
        context = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def _not_fts(name: str | None, kind: str, parent: object) -> bool:
    return not (kind == "table" and (name or "").startswith("complaint_fts"))
