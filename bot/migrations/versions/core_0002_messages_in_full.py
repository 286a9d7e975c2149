"""Messages kept in full (mentions, the quoted message, links and card titles) and room changes (joins, leaves):
what `qunbot export` needs to write the history back as chat events that replay as they happened."""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'core_0002'
down_revision = 'core_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('room_changes',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ts', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('members', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('room_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_changes_ts'), ['ts'], unique=False)

    # plain ADD COLUMN (no table copy): a store with years of messages upgrades in a moment
    op.add_column('messages', sa.Column('mentions', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                        server_default=''))
    op.add_column('messages', sa.Column('reply_to', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('messages', sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('messages', sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('title')
        batch_op.drop_column('url')
        batch_op.drop_column('reply_to')
        batch_op.drop_column('mentions')

    with op.batch_alter_table('room_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_changes_ts'))

    op.drop_table('room_changes')
