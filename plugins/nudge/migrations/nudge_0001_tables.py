"""nudge tables"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'nudge_0001'
down_revision = None
branch_labels = ('nudge',)
depends_on = None


def upgrade() -> None:

    op.create_table('nudge_pending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('message_ids', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('excerpt', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('nudged_to', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('closed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('nudge_pending', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nudge_pending_opened_at'), ['opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_nudge_pending_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nudge_pending_state'), ['state'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('nudge_pending', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nudge_pending_state'))
        batch_op.drop_index(batch_op.f('ix_nudge_pending_room_id'))
        batch_op.drop_index(batch_op.f('ix_nudge_pending_opened_at'))

    op.drop_table('nudge_pending')

