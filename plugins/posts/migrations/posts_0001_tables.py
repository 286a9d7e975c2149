"""posts tables"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'posts_0001'
down_revision = None
branch_labels = ('posts',)
depends_on = None


def upgrade() -> None:

    op.create_table('post_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('used_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('post_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_items_schedule'), ['schedule'], unique=False)

    op.create_table('post_ledger',
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('schedule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('slot', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('room_id', 'schedule', 'slot')
    )


def downgrade() -> None:
    op.drop_table('post_ledger')
    with op.batch_alter_table('post_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_items_schedule'))

    op.drop_table('post_items')
