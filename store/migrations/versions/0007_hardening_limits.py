"""dead letters counted by body hash; rate limits shared by every replica

A dead letter is one row per (channel, SHA-256 of the raw body), with how often it came and
when last (rows from before keep an empty hash and count 1). `ratelimit` holds the counters of
login throttling, public submissions and outbound pacing, so that replicas share them.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from store.types import UTCDateTime

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deadletter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("count", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("last_seen_at", UTCDateTime(), nullable=True))
        batch_op.create_unique_constraint(
            "uq_deadletter_channel_body_hash", ["channel", "body_hash"]
        )
    op.create_table(
        "ratelimit",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("window_start", UTCDateTime(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("strikes", sa.Integer(), nullable=False),
        sa.Column("blocked_until", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("ratelimit")
    with op.batch_alter_table("deadletter", schema=None) as batch_op:
        batch_op.drop_constraint("uq_deadletter_channel_body_hash", type_="unique")
        batch_op.drop_column("last_seen_at")
        batch_op.drop_column("count")
        batch_op.drop_column("body_hash")
