"""follow-ups wait in the action log: an action said only once another went through (or failed) is stored with it"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'core_0005'
down_revision = 'core_0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follows', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('follows_if', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))  # actions stored before follow nothing
        batch_op.create_index(batch_op.f('ix_actions_follows'), ['follows'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_follows'))
        batch_op.drop_column('follows_if')
        batch_op.drop_column('follows')
