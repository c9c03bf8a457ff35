"""Catalogue: missions, release batches, samples with their mass ledger; shared settings.

Seeds the two missions with fixed ids so every installation shares them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:50:47.215924
"""
from alembic import op
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mission',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('prefix', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('release_batch',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('announced_on', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('release_batch_mission',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['release_batch.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('batch_id', 'mission_id')
    )
    with op.batch_alter_table('release_batch_mission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_batch_mission_batch_id'), ['batch_id'], unique=False)

    op.create_table('sample',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('sample_number', sa.String(length=60), nullable=False),
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=True),
    sa.Column('use_class', sa.String(length=20), nullable=False),
    sa.Column('sampling_mode', sa.String(length=10), nullable=False),
    sa.Column('preparation', sa.String(length=20), nullable=False),
    sa.Column('mass_ug', sa.BigInteger(), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=True),
    sa.Column('consumed_ug', sa.BigInteger(), nullable=False),
    sa.Column('lost_ug', sa.BigInteger(), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('consumed_ug >= 0 AND lost_ug >= 0', name='ck_sample_accounted_nonneg'),
    sa.CheckConstraint('mass_ug >= 0', name='ck_sample_mass_nonneg'),
    sa.ForeignKeyConstraint(['batch_id'], ['release_batch.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], ),
    sa.ForeignKeyConstraint(['parent_id'], ['sample.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sample', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sample_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sample_mass_ug'), ['mass_ug'], unique=False)
        batch_op.create_index(batch_op.f('ix_sample_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sample_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sample_preparation'), ['preparation'], unique=False)
        batch_op.create_index(batch_op.f('ix_sample_sample_number'), ['sample_number'], unique=True)
        batch_op.create_index('ix_sample_status_mission', ['status', 'mission_id'], unique=False)
        batch_op.create_index('ix_sample_search', ['sample_number', 'notes', 'status', 'preparation', 'mass_ug', 'consumed_ug', 'lost_ug'], unique=False)

    now = datetime.now(UTC)
    missions = sa.table(
        "mission",
        sa.column("id", sa.Uuid()), sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("origin", sa.String()),
        sa.column("code", sa.String()), sa.column("name", sa.String()), sa.column("name_zh", sa.String()),
        sa.column("prefix", sa.String()), sa.column("notes", sa.String()),
    )
    op.bulk_insert(missions, [
        dict(id=uuid.UUID("01900000-0000-7000-8000-0000000000c5"), created_at=now, updated_at=now, origin="",
             code="CE-5", name="Chang'e-5", name_zh="嫦娥五号", prefix="CE5",
             notes="Returned about 1,731 g from Oceanus Procellarum, December 2020."),
        dict(id=uuid.UUID("01900000-0000-7000-8000-0000000000c6"), created_at=now, updated_at=now, origin="",
             code="CE-6", name="Chang'e-6", name_zh="嫦娥六号", prefix="CE6",
             notes="Returned about 1,935.3 g from the far side (South Pole-Aitken basin), June 2024."),
    ])



def downgrade() -> None:
    with op.batch_alter_table('sample', schema=None) as batch_op:
        batch_op.drop_index('ix_sample_search')
        batch_op.drop_index('ix_sample_status_mission')
        batch_op.drop_index(batch_op.f('ix_sample_sample_number'))
        batch_op.drop_index(batch_op.f('ix_sample_preparation'))
        batch_op.drop_index(batch_op.f('ix_sample_parent_id'))
        batch_op.drop_index(batch_op.f('ix_sample_mission_id'))
        batch_op.drop_index(batch_op.f('ix_sample_mass_ug'))
        batch_op.drop_index(batch_op.f('ix_sample_batch_id'))

    op.drop_table('sample')
    with op.batch_alter_table('release_batch_mission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_batch_mission_batch_id'))

    op.drop_table('release_batch_mission')
    op.drop_table('setting')
    op.drop_table('release_batch')
    op.drop_table('mission')
