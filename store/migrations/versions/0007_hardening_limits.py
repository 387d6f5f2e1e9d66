"""dead letters counted by body hash; rate limits shared by every replica

A dead letter is one row per (channel, SHA-256 of the raw body), with how often it came and
when last (rows from before keep an empty hash and count 1); the secret headers that earlier
versions kept with dead letters (Telegram's secret token, signatures) are removed. `ratelimit`
holds the counters of login throttling, public submissions and outbound pacing, so that
replicas share them.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-06
"""

import json
import re

import sqlalchemy as sa
from alembic import op

from store.types import UTCDateTime

revision = "0007"
down_revision = "0005"
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


    _drop_secret_headers()


SECRET_HEADER = re.compile(r"authorization|cookie|signature|secret|token|api-?key|password", re.I)


def _drop_secret_headers() -> None:
    table = sa.table("deadletter", sa.column("id", sa.Integer), sa.column("headers", sa.JSON))
    conn = op.get_bind()
    for row_id, headers in conn.execute(sa.select(table.c.id, table.c.headers)).all():
        if isinstance(headers, str):  # SQLite hands JSON back as text through a bare table
            headers = json.loads(headers)
        if not isinstance(headers, dict):
            continue
        kept = {k: v for k, v in headers.items() if not SECRET_HEADER.search(k)}
        if kept != headers:
            conn.execute(table.update().where(table.c.id == row_id).values(headers=kept))


def downgrade() -> None:
    op.drop_table("ratelimit")
    with op.batch_alter_table("deadletter", schema=None) as batch_op:
        batch_op.drop_constraint("uq_deadletter_channel_body_hash", type_="unique")
        batch_op.drop_column("last_seen_at")
        batch_op.drop_column("count")
        batch_op.drop_column("body_hash")
