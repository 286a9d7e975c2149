"""A sign-up keeps the places it takes for those coming along (party, companions). Before, each companion was a
made-up contact (`wxid#2`, named "大军的老伴") that reminders mentioned and the members plugin counted: those rows
are folded into their member's sign-up here (and written back the old way on downgrade)."""
import re
from collections import defaultdict

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'activities_0003'
down_revision = 'activities_0002'
branch_labels = None
depends_on = None

SIGNUPS = sa.table('activities_signups', sa.column('activity_id', sa.Integer()), sa.column('contact_id', sa.String()),
                   sa.column('room_id', sa.String()), sa.column('name', sa.String()),
                   sa.column('signed_at', sqlmodel.sql.sqltypes.UTCDateTime()),
                   sa.column('cancelled_at', sqlmodel.sql.sqltypes.UTCDateTime()),
                   sa.column('attended', sa.Boolean()), sa.column('party', sa.Integer()),
                   sa.column('companions', sa.String()))
ALONG = re.compile(r"^(?P<member>.+)#(?P<k>\d+)$")  # `wxid#2`: no WeChat id has a '#'


def _who(name: str, member_name: str) -> str:
    """老伴 from 大军的老伴 (大军的同伴1: "", the name the list gives when none was said)."""
    who = re.sub(r"\d+$", "", name.removeprefix(f"{member_name}的"))
    return "" if who == "同伴" else who


def upgrade() -> None:
    with op.batch_alter_table('activities_signups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('party', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('companions', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    conn = op.get_bind()
    rows = conn.execute(sa.select(SIGNUPS.c.activity_id, SIGNUPS.c.contact_id, SIGNUPS.c.name,
                                  SIGNUPS.c.cancelled_at).where(SIGNUPS.c.contact_id.like('%#%'))).all()
    along: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    made_up = []
    for activity_id, contact_id, name, cancelled_at in rows:
        if (m := ALONG.match(contact_id)) is None:
            continue
        made_up.append((activity_id, contact_id))
        if cancelled_at is None:
            along[(activity_id, m.group("member"))].append((int(m.group("k")), name or ""))
    for (activity_id, member), names in along.items():
        key = (SIGNUPS.c.activity_id == activity_id) & (SIGNUPS.c.contact_id == member)
        member_name = conn.execute(sa.select(SIGNUPS.c.name).where(key)).scalar()
        if member_name is None:
            continue
        conn.execute(SIGNUPS.update().where(key, SIGNUPS.c.cancelled_at.is_(None)).values(
            party=1 + len(names), companions=_who(min(names)[1], member_name)))
    for activity_id, contact_id in made_up:
        conn.execute(SIGNUPS.delete().where(SIGNUPS.c.activity_id == activity_id,
                                            SIGNUPS.c.contact_id == contact_id))


def downgrade() -> None:
    conn = op.get_bind()
    parties = conn.execute(sa.select(SIGNUPS).where(SIGNUPS.c.party > 1)).mappings().all()
    for p in parties:
        extra = p["party"] - 1
        for k in range(2, p["party"] + 1):
            name = f"{p['name']}的{p['companions'] or '同伴'}{k - 1 if extra > 1 else ''}"
            conn.execute(SIGNUPS.insert().values(
                activity_id=p["activity_id"], contact_id=f"{p['contact_id']}#{k}", room_id=p["room_id"], name=name,
                signed_at=p["signed_at"], cancelled_at=p["cancelled_at"], attended=False))
    with op.batch_alter_table('activities_signups', schema=None) as batch_op:
        batch_op.drop_column('companions')
        batch_op.drop_column('party')
