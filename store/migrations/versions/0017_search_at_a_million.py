"""complaint_fts: one GIN index over the words and the tags together; complaint: the newest
complaints of a section and status by id

ix_complaint_fts_doc_tags ((doc || tags)) replaces the separate GIN indexes of the words (0010)
and of the tags (0015). A search within a status tab and a section is then one index scan that
intersects the words' posting lists with the tab's own (GIN skips through the longer lists), and
reads only the tab's matches from the table. With two indexes PostgreSQL read both lists whole
and combined them (a section's tag has a third of all complaints: 90 ms at a million for that
list alone). Without a GIN index on `doc` or `tags` alone, a filter on them (a walk newest
first) can no longer be planned as a bitmap scan of a whole posting list.

ix_complaint_section_status_id (section, status, id): the newest complaints of an officer's
section in a status tab, read in id order (one index scan per status, merged), so that a common
word is tested against the tab's complaints only (store/fulltext.py), not against every
complaint of the table newest first.

ix_complaint_section_channel_status_due_id_assignee and
ix_complaint_triage_status_section_due_id_assignee replace ix_complaint_section_channel_status and
ix_complaint_triage_status_section (0014, 0010) with the inbox's keyset order (due_at, id) and the
assignee after their columns. An officer's tab counts with a channel or the triage filter
("Belum ada yang menangani", "Milik saya", overdue) stop at 1,000+ within the index: before,
each combined a bitmap of the section's whole index range (a third of the complaints) with
another ("Belum ada yang menangani" with the SMS filter counted in 308 ms at a million on
PostgreSQL, now 2.5 ms). And such a page is read in its order from the index: SQLite sorted
every complaint of the section and status to show the first 25 of the triage filter.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


# (the index replaced, its replacement, the replacement's columns: the old ones and two more)
WIDER = (
    (
        "ix_complaint_section_channel_status",
        "ix_complaint_section_channel_status_due_id_assignee",
        ["section", "channel", "status", "due_at", "id", "assignee_id"],
    ),
    (
        "ix_complaint_triage_status_section",
        "ix_complaint_triage_status_section_due_id_assignee",
        ["needs_triage", "status", "section", "due_at", "id", "assignee_id"],
    ),
)


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _pg():
        op.execute("SET LOCAL maintenance_work_mem = '256MB'")
        op.execute(
            "CREATE INDEX ix_complaint_fts_doc_tags ON complaint_fts USING gin ((doc || tags))"
        )
        op.execute("DROP INDEX ix_complaint_fts_doc")
        op.execute("DROP INDEX ix_complaint_fts_tags")
    op.create_index("ix_complaint_section_status_id", "complaint", ["section", "status", "id"])
    for old, new, columns in WIDER:
        op.create_index(new, "complaint", columns)
        op.drop_index(old, "complaint")


def downgrade() -> None:
    for old, new, columns in WIDER:
        op.create_index(old, "complaint", columns[:3])
        op.drop_index(new, "complaint")
    op.drop_index("ix_complaint_section_status_id", "complaint")
    if _pg():
        op.execute("CREATE INDEX ix_complaint_fts_tags ON complaint_fts USING gin (tags)")
        op.execute("CREATE INDEX ix_complaint_fts_doc ON complaint_fts USING gin (doc)")
        op.execute("DROP INDEX ix_complaint_fts_doc_tags")
