"""complaintseen and complaint: indexes for the desk's reads at a million complaints

ix_complaintseen_officer_complaint_seen (officer_id, complaint_id, seen_at): what is unread for
an officer (desk/unread.py) is tested per complaint against the officer's marker; with seen_at
in the index the test reads the index alone, not the marker's row (PostgreSQL probed the
complaint_id index and read each row to check the officer and the time).

ix_complaint_section_assignee_status_due (section, assignee_id, status, due_at, id): the tabs
"Milik saya" and "Belum ada yang menangani" of an officer's section in the inbox's keyset order.
Before, they walked ix_complaint_assignee_status_due in order and read each complaint to test
its section: nobody's complaints of every section, most of them another section's.

ix_complaint_assignee_channel_status_due (assignee_id, channel, status, due_at): the capped tab
counts of those tabs with a channel filter for a supervisor, from the index alone (before: a
sequential scan per status until 1,001 rows, 160 ms at a million).

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
    op.create_index(
        "ix_complaint_section_assignee_status_due",
        "complaint",
        ["section", "assignee_id", "status", "due_at", "id"],
    )
    op.create_index(
        "ix_complaint_assignee_channel_status_due",
        "complaint",
        ["assignee_id", "channel", "status", "due_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_complaint_assignee_channel_status_due", "complaint")
    op.drop_index("ix_complaint_section_assignee_status_due", "complaint")
    op.drop_index("ix_complaintseen_officer_complaint_seen", "complaintseen")
