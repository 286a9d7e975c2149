"""nudge: when the bot covered a wait that stays open for a person"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'nudge_0002'
down_revision = 'nudge_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('nudge_pending', schema=None) as batch_op:
        batch_op.add_column(sa.Column('covered_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('nudge_pending', schema=None) as batch_op:
        batch_op.drop_column('covered_at')
