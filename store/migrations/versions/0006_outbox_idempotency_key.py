"""outbox: idempotency key per row and the dispatcher holding it

The key is fixed before a row's first attempt and sent with every attempt (the email
Message-ID, the generic SMS gateway's Idempotency-Key), so a resend after a crash carries the
same identity. `claimed_by` names the dispatcher (host:pid:instance) that holds a row, so the
next one on that host releases the rows of a killed process at start-up. Rows that exist get a
key made of their id.

Revision ID: 0006
Revises: 0008 (numbered 0006 when written; main had 0005, 0007 and 0008 by the merge)
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("idempotency_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=128), nullable=True))
    op.execute(
        "UPDATE outbox SET idempotency_key = 'outbox' || CAST(id AS VARCHAR(20))"
        " WHERE idempotency_key IS NULL"
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_idempotency_key", ["idempotency_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_idempotency_key")
        batch_op.drop_column("claimed_by")
        batch_op.drop_column("idempotency_key")
