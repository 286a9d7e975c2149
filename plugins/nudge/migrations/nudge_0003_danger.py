"""nudge: the danger read when a wait became an emergency (despair, or despair of someone close)"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'nudge_0003'
down_revision = 'nudge_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('nudge_pending', schema=None) as batch_op:
        batch_op.add_column(sa.Column('danger', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))  # waits stored before: read as any emergency


def downgrade() -> None:
    with op.batch_alter_table('nudge_pending', schema=None) as batch_op:
        batch_op.drop_column('danger')
