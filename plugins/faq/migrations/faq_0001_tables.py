"""faq tables"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'faq_0001'
down_revision = None
branch_labels = ('faq',)
depends_on = None


def upgrade() -> None:

    op.create_table('faq_added',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('keywords', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('faq_hidden',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hidden_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('faq_recent',
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entry_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answered_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('pointed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('room_id', 'entry_id')
    )
    op.create_table('faq_unanswered',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sample', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('last_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('faq_unanswered', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_faq_unanswered_last_at'), ['last_at'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('faq_unanswered', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_faq_unanswered_last_at'))

    op.drop_table('faq_unanswered')
    op.drop_table('faq_recent')
    op.drop_table('faq_hidden')
    op.drop_table('faq_added')

