"""Stores made before plugins owned their migrations: the old linear chain 0001..0005, joined to the branches."""
from __future__ import annotations

import logging

from sqlalchemy import Connection, inspect, text

log = logging.getLogger("qunbot.store")

# What each revision of the old chain (all in bot/migrations/versions) had created, as the revisions of
# today's branches that create the same tables. These ids are never reused: new ones are `<branch>_NNNN`.
LINEAR_CHAIN: dict[str, tuple[str, ...]] = {
    "0001": ("core_0001",),
    "0002": ("core_0001", "welcome_0001", "posts_0001"),
    "0003": ("core_0001", "welcome_0001", "posts_0001", "faq_0001"),
    "0004": ("core_0001", "welcome_0001", "posts_0001", "faq_0001", "moderation_0001"),
    "0005": ("core_0001", "welcome_0001", "posts_0001", "faq_0001", "moderation_0001", "nudge_0001"),
}


def join_branches(conn: Connection) -> None:
    """Restamp a store on the old chain with the branch revisions it already has; no table is touched."""
    if not inspect(conn).has_table("alembic_version"):
        return
    stamped = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    old = [v for v in stamped if v in LINEAR_CHAIN]
    if not old:
        return
    heads = LINEAR_CHAIN[max(old)]
    conn.execute(text("DELETE FROM alembic_version"))
    for head in heads:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": head})
    log.info("store moved from the linear chain at %s to branches %s", max(old), ",".join(heads))
