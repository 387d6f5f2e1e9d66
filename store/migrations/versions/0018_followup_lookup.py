"""complaint: a citizen's complaints by channel and latest activity

ix_complaint_citizen_channel_seen (citizen_id, channel, last_message_at) replaces
ix_complaint_citizen_id. A chat message (SMS, Telegram, WhatsApp, X) from a known sender looks
for the sender's open complaint on that channel with activity in the follow-up window, newest
first (store/queries.py, open_complaint_ref). With only the citizen's index, SQLite chose
ix_complaint_status_seen (status, last_message_at) instead and read every open complaint of the
window, of every citizen, then sorted them: 1.1 ms a message with 8,000 complaints in the
window, growing with the store. The new index answers it with one descent, and still serves
every look-up by citizen alone (its first column).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_complaint_citizen_channel_seen",
        "complaint",
        ["citizen_id", "channel", "last_message_at"],
    )
    op.drop_index("ix_complaint_citizen_id", "complaint")


def downgrade() -> None:
    op.create_index("ix_complaint_citizen_id", "complaint", ["citizen_id"])
    op.drop_index("ix_complaint_citizen_channel_seen", "complaint")
