"""Applications: research (Annex 2) and public-benefit (Annex 3) applications,
teams, methods, requested items, attachments and status history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:11:26.549855
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('application',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=True),
    sa.Column('institution_id', sa.Uuid(), nullable=True),
    sa.Column('member_state_id', sa.Uuid(), nullable=True),
    sa.Column('pi_person_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('background', sa.Text(), nullable=False),
    sa.Column('expected_results', sa.Text(), nullable=False),
    sa.Column('schedule', sa.Text(), nullable=False),
    sa.Column('lab_facilities', sa.Text(), nullable=False),
    sa.Column('sample_security', sa.Text(), nullable=False),
    sa.Column('prior_work', sa.Text(), nullable=False),
    sa.Column('activity', sa.Text(), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('activity_start', sa.Date(), nullable=True),
    sa.Column('activity_end', sa.Date(), nullable=True),
    sa.Column('audience_size', sa.Integer(), nullable=True),
    sa.Column('display_arrangements', sa.Text(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('forwarded_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['release_batch.id'], ),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.ForeignKeyConstraint(['member_state_id'], ['member_state.id'], ),
    sa.ForeignKeyConstraint(['pi_person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_member_state_id'), ['member_state_id'], unique=False)
        batch_op.create_index('ix_application_status_kind', ['status', 'kind'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('owner_table', sa.String(length=64), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_owner', ['owner_table', 'owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('application_method',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('instruments', sa.Text(), nullable=False),
    sa.Column('destructive', sa.Boolean(), nullable=False),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_method', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_method_application_id'), ['application_id'], unique=False)

    op.create_table('application_status_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('officer_name', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_status_change_application_id'), ['application_id'], unique=False)

    op.create_table('requested_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sample_id', sa.Uuid(), nullable=True),
    sa.Column('mission_id', sa.Uuid(), nullable=True),
    sa.Column('preparation', sa.String(length=20), nullable=True),
    sa.Column('mass_ug', sa.BigInteger(), nullable=True),
    sa.Column('pieces', sa.Integer(), nullable=True),
    sa.Column('preferred_numbers', sa.String(length=500), nullable=False),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], ),
    sa.ForeignKeyConstraint(['sample_id'], ['sample.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('requested_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requested_item_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_requested_item_sample_id'), ['sample_id'], unique=False)

    op.create_table('team_member',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('institution_id', sa.Uuid(), nullable=True),
    sa.Column('member_state_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.ForeignKeyConstraint(['member_state_id'], ['member_state.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('application_id', 'person_id')
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_person_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_application_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('requested_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requested_item_sample_id'))
        batch_op.drop_index(batch_op.f('ix_requested_item_application_id'))

    op.drop_table('requested_item')
    with op.batch_alter_table('application_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_status_change_application_id'))

    op.drop_table('application_status_change')
    with op.batch_alter_table('application_method', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_method_application_id'))

    op.drop_table('application_method')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index('ix_attachment_owner')

    op.drop_table('attachment')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index('ix_application_status_kind')
        batch_op.drop_index(batch_op.f('ix_application_member_state_id'))
        batch_op.drop_index(batch_op.f('ix_application_institution_id'))
        batch_op.drop_index(batch_op.f('ix_application_batch_id'))

    op.drop_table('application')
