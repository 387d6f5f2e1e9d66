"""shared cases (kasus bersama): shared_case, case_member; complaints by section and arrival

Revision ID: 0013
Revises: 0014
Create Date: 2026-12-06
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision = "0013"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shared_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", store.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_shared_case_section_id", "shared_case", ["section", "id"])
    op.create_table(
        "case_member",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("added_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("added_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["shared_case.id"]),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"]),
        sa.PrimaryKeyConstraint("complaint_id"),
    )
    op.create_index("ix_case_member_case_id", "case_member", ["case_id"])
    # Candidates for a shared case: the same section within a few days (desk/cases.py).
    op.create_index("ix_complaint_section_created", "complaint", ["section", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_complaint_section_created", "complaint")
    op.drop_index("ix_case_member_case_id", "case_member")
    op.drop_table("case_member")
    op.drop_index("ix_shared_case_section_id", "shared_case")
    op.drop_table("shared_case")
