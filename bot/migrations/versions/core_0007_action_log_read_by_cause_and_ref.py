"""The action log is read back by cause and by ref (who was told of an emergency, who was reminded, after a restart):
indexed, so a store with months of actions answers at once instead of scanning every row."""
from alembic import op


revision = 'core_0007'
down_revision = 'core_0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_actions_cause', 'actions', ['cause'], unique=False)
    op.create_index('ix_actions_ref', 'actions', ['ref'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_actions_ref', table_name='actions')
    op.drop_index('ix_actions_cause', table_name='actions')
