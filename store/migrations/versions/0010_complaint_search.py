"""complaint_fts: the desk's full-text index (FTS5 on SQLite, tsvector + GIN on PostgreSQL);
complaint indexes in the inbox's keyset order

One document of pre-normalised search terms per complaint (see store/search.py), filled here for
the complaints already stored. Stems use routing's built-in slang and stem tables; a config's own
additions apply to documents written after the upgrade.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-06
"""

from alembic import op

from store.search import backfill, normaliser

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The inbox's keyset order (due_at, id), for one's sections and for all: without these,
    # PostgreSQL sorts every open complaint to show the supervisor's first page.
    op.create_index("ix_complaint_section_due_id", "complaint", ["section", "due_at", "id"])
    op.create_index("ix_complaint_due_id", "complaint", ["due_at", "id"])
    # Capped counts of the supervisor's filters and of the deadline overview.
    op.create_index("ix_complaint_status_channel", "complaint", ["status", "channel"])
    op.create_index(
        "ix_complaint_triage_status_section", "complaint", ["needs_triage", "status", "section"]
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE complaint_fts (complaint_id INTEGER PRIMARY KEY"
            " REFERENCES complaint (id) ON DELETE CASCADE, doc TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_complaint_fts_doc ON complaint_fts USING gin (doc)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE complaint_fts USING fts5(doc, tokenize = 'unicode61')"
        )
    backfill(bind, normaliser(None, None))


def downgrade() -> None:
    op.execute("DROP TABLE complaint_fts")
    op.drop_index("ix_complaint_triage_status_section", "complaint")
    op.drop_index("ix_complaint_status_channel", "complaint")
    op.drop_index("ix_complaint_due_id", "complaint")
    op.drop_index("ix_complaint_section_due_id", "complaint")
