"""moderation tables"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'moderation_0001'
down_revision = None
branch_labels = ('moderation',)
depends_on = None


def upgrade() -> None:

    op.create_table('moderation_incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ts', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('original', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('normalized', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('strike', sa.Integer(), nullable=False),
    sa.Column('revoked', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('moderation_incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moderation_incidents_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_moderation_incidents_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_moderation_incidents_ts'), ['ts'], unique=False)

    op.create_table('moderation_words',
    sa.Column('word', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('added_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('added_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('word')
    )



def downgrade() -> None:

    op.drop_table('moderation_words')
    with op.batch_alter_table('moderation_incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_moderation_incidents_ts'))
        batch_op.drop_index(batch_op.f('ix_moderation_incidents_room_id'))
        batch_op.drop_index(batch_op.f('ix_moderation_incidents_member_id'))

    op.drop_table('moderation_incidents')

