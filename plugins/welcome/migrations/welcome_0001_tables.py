"""welcome tables"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'welcome_0001'
down_revision = None
branch_labels = ('welcome',)
depends_on = None


def upgrade() -> None:

    op.create_table('welcome_newcomers',
    sa.Column('room_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('joined_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('welcomed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('pending', sa.Boolean(), nullable=False),
    sa.Column('first_spoke_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('room_id', 'contact_id')
    )
    with op.batch_alter_table('welcome_newcomers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welcome_newcomers_joined_at'), ['joined_at'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('welcome_newcomers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welcome_newcomers_joined_at'))

    op.drop_table('welcome_newcomers')
