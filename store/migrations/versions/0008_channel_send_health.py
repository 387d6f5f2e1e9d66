"""channelhealth: the health of sending, counted apart from polling

A channel is unhealthy when its polls or its sends keep failing; the two streaks are counted
apart so a working poll does not hide a dead sender (issue 20).

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("channelhealth", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("send_failures", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("send_healthy", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("channelhealth", schema=None) as batch_op:
        batch_op.drop_column("send_healthy")
        batch_op.drop_column("send_failures")
