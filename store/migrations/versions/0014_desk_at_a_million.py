"""complaint: indexes for the desk at a million complaints

- ix_complaint_created_stats (created_at, section, channel, due_at, closed_at) replaces
  ix_complaint_created_at: /statistik counts a period's complaints by section, channel, local
  day and closing day from the index alone, without reading a row (desk/stats.py).
- ix_complaint_status_due_id (status, due_at, id) and ix_complaint_triage_status_due_id
  (needs_triage, status, due_at, id): the inbox's open tab reads each open status in its keyset
  order and merges them (desk/inbox.py), for everyone and for the triage filter, instead of
  walking every complaint by due date past the answered ones.
- ix_complaint_section_channel_status (section, channel, status): an officer's tab counts with a
  channel filter stop at 1,000+ within the index.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-06
"""

from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_complaint_created_stats",
        "complaint",
        ["created_at", "section", "channel", "due_at", "closed_at"],
    )
    op.drop_index("ix_complaint_created_at", "complaint")
    op.create_index("ix_complaint_status_due_id", "complaint", ["status", "due_at", "id"])
    op.create_index(
        "ix_complaint_triage_status_due_id", "complaint", ["needs_triage", "status", "due_at", "id"]
    )
    op.create_index(
        "ix_complaint_section_channel_status", "complaint", ["section", "channel", "status"]
    )


def downgrade() -> None:
    op.drop_index("ix_complaint_section_channel_status", "complaint")
    op.drop_index("ix_complaint_triage_status_due_id", "complaint")
    op.drop_index("ix_complaint_status_due_id", "complaint")
    op.create_index("ix_complaint_created_at", "complaint", ["created_at"])
    op.drop_index("ix_complaint_created_stats", "complaint")
