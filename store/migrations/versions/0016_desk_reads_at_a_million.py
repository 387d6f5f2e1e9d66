"""complaintseen: an index that holds the last-seen comparison (the desk at a million)

ix_complaintseen_officer_complaint_seen (officer_id, complaint_id, seen_at): what is unread for
an officer (desk/unread.py) is tested per complaint against the officer's marker; with seen_at
in the index the test reads the index alone, not the marker's row (PostgreSQL probed the
complaint_id index and read each row to check the officer and the time).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_complaintseen_officer_complaint_seen",
        "complaintseen",
        ["officer_id", "complaint_id", "seen_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_complaintseen_officer_complaint_seen", "complaintseen")
