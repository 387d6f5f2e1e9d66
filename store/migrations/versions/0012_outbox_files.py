"""outbox files: files officers attach to replies (desk/reply_files.py)

Revision ID: 0012
Revises: 0013
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel
import store.types

revision = '0012'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outboxfile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], ),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outboxfile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outboxfile_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outboxfile_outbox_id'), ['outbox_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outboxfile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outboxfile_outbox_id'))
        batch_op.drop_index(batch_op.f('ix_outboxfile_complaint_id'))

    op.drop_table('outboxfile')
