"""Suggestions to operators are kept in the store, numbered once: after a restart `/发 1` no longer sends another
member's answer to another group."""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'faq_0002'
down_revision = 'faq_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('faq_suggested',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('room_topic', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asker', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asker_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asked', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entry_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asked_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('number')
    )


def downgrade() -> None:
    op.drop_table('faq_suggested')
