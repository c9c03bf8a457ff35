"""Exchange bookkeeping: the last exchanged state of each record (for telling
"behind" from "both changed" and merging field by field), aliases of a peer's
duplicate records, and the log of bundles written and imported.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 16:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_row',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=80), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('history', sa.JSON(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('changed_origin', sa.String(length=36), nullable=False),
    sa.Column('received_from', sa.String(length=36), nullable=False),
    sa.Column('exchanged_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id')
    )
    op.create_table('exchange_alias',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('their_id', sa.String(length=36), nullable=False),
    sa.Column('local_id', sa.String(length=36), nullable=False),
    sa.Column('peer_name', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'their_id')
    )
    with op.batch_alter_table('exchange_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_alias_local_id'), ['local_id'], unique=False)

    op.create_table('exchange_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('peer_name', sa.String(length=100), nullable=False),
    sa.Column('peer_database', sa.String(length=36), nullable=False),
    sa.Column('bundle_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('officer_name', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_log_bundle_sha256'), ['bundle_sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_log_bundle_sha256'))
        batch_op.drop_index(batch_op.f('ix_exchange_log_at'))
    op.drop_table('exchange_log')
    with op.batch_alter_table('exchange_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_alias_local_id'))
    op.drop_table('exchange_alias')
    op.drop_table('exchange_row')
