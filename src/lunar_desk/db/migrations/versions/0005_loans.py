"""Loans: agreements, items, returns, incidents, extensions, and the official
holiday arrangement entered by officers (overrides the calendar library).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 12:56:12.400269
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day')
    )
    op.create_table('loan',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('agreement_number', sa.String(length=40), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('institution_id', sa.Uuid(), nullable=True),
    sa.Column('responsible_person_id', sa.Uuid(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('signing_deadline', sa.Date(), nullable=False),
    sa.Column('deadline_provisional', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('certificate_number', sa.String(length=40), nullable=False),
    sa.Column('certificate_date', sa.Date(), nullable=True),
    sa.Column('collected_on', sa.Date(), nullable=True),
    sa.Column('collected_by', sa.String(length=200), nullable=False),
    sa.Column('loan_months', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('released_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agreement_number')
    )
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_status'), ['status'], unique=False)

    op.create_table('incident',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('loan_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('mass_affected_ug', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reported_to_clep_on', sa.Date(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_loan_id'), ['loan_id'], unique=False)

    op.create_table('loan_extension',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('loan_id', sa.Uuid(), nullable=False),
    sa.Column('old_due_date', sa.Date(), nullable=True),
    sa.Column('new_due_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('loan_extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_extension_loan_id'), ['loan_id'], unique=False)

    op.create_table('return_record',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('loan_id', sa.Uuid(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=False),
    sa.Column('received_by', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('return_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_record_loan_id'), ['loan_id'], unique=False)

    op.create_table('loan_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('loan_id', sa.Uuid(), nullable=False),
    sa.Column('sample_id', sa.Uuid(), nullable=False),
    sa.Column('decision_id', sa.Uuid(), nullable=True),
    sa.Column('mass_ug', sa.BigInteger(), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['decision_id'], ['item_decision.id'], ),
    sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], ),
    sa.ForeignKeyConstraint(['sample_id'], ['sample.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('loan_id', 'sample_id')
    )
    with op.batch_alter_table('loan_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_item_loan_id'), ['loan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_item_sample_id'), ['sample_id'], unique=False)

    op.create_table('return_line',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('return_id', sa.Uuid(), nullable=False),
    sa.Column('loan_item_id', sa.Uuid(), nullable=False),
    sa.Column('returned_ug', sa.BigInteger(), nullable=False),
    sa.Column('returned_pieces', sa.Integer(), nullable=True),
    sa.Column('consumed_ug', sa.BigInteger(), nullable=False),
    sa.Column('lost_ug', sa.BigInteger(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['loan_item_id'], ['loan_item.id'], ),
    sa.ForeignKeyConstraint(['return_id'], ['return_record.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('return_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_line_loan_item_id'), ['loan_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_return_line_return_id'), ['return_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('return_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_line_return_id'))
        batch_op.drop_index(batch_op.f('ix_return_line_loan_item_id'))

    op.drop_table('return_line')
    with op.batch_alter_table('loan_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_item_sample_id'))
        batch_op.drop_index(batch_op.f('ix_loan_item_loan_id'))

    op.drop_table('loan_item')
    with op.batch_alter_table('return_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_record_loan_id'))

    op.drop_table('return_record')
    with op.batch_alter_table('loan_extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_extension_loan_id'))

    op.drop_table('loan_extension')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_loan_id'))

    op.drop_table('incident')
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_status'))
        batch_op.drop_index(batch_op.f('ix_loan_application_id'))

    op.drop_table('loan')
    op.drop_table('calendar_day')
