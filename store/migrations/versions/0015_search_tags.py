"""complaint_fts.tags: each complaint's status and section as search terms, kept by triggers;
complaint indexes that cover the unread comparison

A search within the inbox's status tab or an officer's sections is then one full-text query
(the words AND the status AND the section) instead of walking the word's matches newest first
and reading each complaint's row to test its status and section: at a million complaints a
common word matches hundreds of thousands. The terms (store/search.py's `tags`) sit in their own
column, so that the triggers below rewrite them when a complaint's status or section changes,
whichever code changes it. The column is filled here for the complaints already stored.

SQLite's FTS5 cannot add a column: the table is built again with the same rowids and documents.
A later migration that rebuilds `complaint` on SQLite (a batch copy) drops its triggers: it
must create `complaint_fts_tags` again (tests/desk/test_search.py finds a status changed by the
desk in the search).

ix_complaint_section_status_seen and ix_complaint_status_seen hold what desk/unread.py compares
(last_message_at, assignee_id, assigned_at) after the section and status: the counts of
"Belum dibaca" (in the navigation of every page) then read the index and the officer's
last-seen markers, not a complaint row (text and all) per complaint.

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-06
"""

from alembic import op

revision = "0015"
down_revision = "0012"
branch_labels = None
depends_on = None

# store/search.py's tags(), in SQL, of a complaint row `c`.
TAGS = "'xstatus' || {c}.status || ' xbagian' || replace({c}.section, '_', '')"
PG_FUNCTION = """
CREATE FUNCTION complaint_fts_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE complaint_fts SET tags = to_tsvector('simple', {tags}) WHERE complaint_id = NEW.id;
    RETURN NULL;
END $$
"""
PG_TRIGGER = """
CREATE TRIGGER complaint_fts_tags AFTER UPDATE OF status, section ON complaint FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.section IS DISTINCT FROM NEW.section)
EXECUTE FUNCTION complaint_fts_tags()
"""
SQLITE_TRIGGER = """
CREATE TRIGGER complaint_fts_tags AFTER UPDATE OF status, section ON complaint
WHEN OLD.status IS NOT NEW.status OR OLD.section IS NOT NEW.section
BEGIN
    UPDATE complaint_fts SET tags = {tags} WHERE rowid = NEW.id;
END
"""


SEEN = ["last_message_at", "assignee_id", "assigned_at"]


def upgrade() -> None:
    op.create_index("ix_complaint_section_status_seen", "complaint", ["section", "status", *SEEN])
    op.create_index("ix_complaint_status_seen", "complaint", ["status", *SEEN])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE complaint_fts ADD COLUMN tags TSVECTOR NOT NULL DEFAULT ''")
        op.execute(
            "UPDATE complaint_fts f SET tags = to_tsvector('simple', "
            + TAGS.format(c="c")
            + ") FROM complaint c WHERE c.id = f.complaint_id"
        )
        op.execute("CREATE INDEX ix_complaint_fts_tags ON complaint_fts USING gin (tags)")
        op.execute(PG_FUNCTION.format(tags=TAGS.format(c="NEW")))
        op.execute(PG_TRIGGER)
        return
    op.execute("ALTER TABLE complaint_fts RENAME TO complaint_fts_old")
    op.execute("CREATE VIRTUAL TABLE complaint_fts USING fts5(doc, tags, tokenize = 'unicode61')")
    op.execute(
        "INSERT INTO complaint_fts (rowid, doc, tags) SELECT f.rowid, f.doc, "
        + TAGS.format(c="c")
        + " FROM complaint_fts_old f JOIN complaint c ON c.id = f.rowid"
    )
    op.execute("DROP TABLE complaint_fts_old")
    op.execute(SQLITE_TRIGGER.format(tags=TAGS.format(c="NEW")))


def downgrade() -> None:
    op.drop_index("ix_complaint_status_seen", "complaint")
    op.drop_index("ix_complaint_section_status_seen", "complaint")
    op.execute("DROP TRIGGER complaint_fts_tags" + (" ON complaint" if _pg() else ""))
    if _pg():
        op.execute("DROP FUNCTION complaint_fts_tags()")
        op.execute("DROP INDEX ix_complaint_fts_tags")
        op.execute("ALTER TABLE complaint_fts DROP COLUMN tags")
        return
    op.execute("ALTER TABLE complaint_fts RENAME TO complaint_fts_new")
    op.execute("CREATE VIRTUAL TABLE complaint_fts USING fts5(doc, tokenize = 'unicode61')")
    op.execute("INSERT INTO complaint_fts (rowid, doc) SELECT rowid, doc FROM complaint_fts_new")
    op.execute("DROP TABLE complaint_fts_new")


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"
