"""Messages a plugin stopped (an ad caught) are marked, so a restart knows whose next lines go on with one."""
from alembic import op
import sqlalchemy as sa


revision = 'core_0006'
down_revision = 'core_0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no table copy): a store with years of messages upgrades in a moment
    op.add_column('messages', sa.Column('blocked', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('blocked')
