"""complaint.assignee_id: assignment to an officer of the section; complaintseen: unread marks;
savedview: named inbox filters (issue 15, items 2 and 6)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

import store.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignee_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("assigned_at", store.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_foreign_key(
            "fk_complaint_assignee_id_officer", "officer", ["assignee_id"], ["id"]
        )
    # The "Milik saya" tab: one officer's complaints of a status in the inbox's order.
    op.create_index(
        "ix_complaint_assignee_status_due", "complaint", ["assignee_id", "status", "due_at", "id"]
    )
    op.create_table(
        "complaintseen",
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"]),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("officer_id", "complaint_id"),
    )
    op.create_index("ix_complaintseen_complaint_id", "complaintseen", ["complaint_id"])
    op.create_table(
        "savedview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("query", sa.String(length=1000), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("officer_id", "name", name="uq_savedview_officer_name"),
    )


def downgrade() -> None:
    op.drop_table("savedview")
    op.drop_index("ix_complaintseen_complaint_id", "complaintseen")
    op.drop_table("complaintseen")
    op.drop_index("ix_complaint_assignee_status_due", "complaint")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_constraint("fk_complaint_assignee_id_officer", type_="foreignkey")
        batch_op.drop_column("assigned_at")
        batch_op.drop_column("assignee_id")
