"""removal asks kept in the store"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'moderation_0002'
down_revision = 'moderation_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('moderation_removal_asks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ts', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asked', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('moderation_removal_asks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moderation_removal_asks_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_moderation_removal_asks_ts'), ['ts'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('moderation_removal_asks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_moderation_removal_asks_ts'))
        batch_op.drop_index(batch_op.f('ix_moderation_removal_asks_member_id'))
    op.drop_table('moderation_removal_asks')
