"""The heartbeat of a process sharing its store with other accounts: leases renewed, groups taken over, late work.

Every `HEARTBEAT` (5 s) on a live clock: the leases this account holds are renewed and lapsed ones of
the groups it is in are taken (bot.shared_rooms); what other processes left for it to send is queued;
for a group just taken over from an account that stopped, that group's recent sends are counted
against its limits, jobs stored by the other process are armed, and the events the other never got
to are acted on now.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.leases import HEARTBEAT
from bot.outbox_ledger import recent_sends

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("qunbot.accounts")


async def run(app: App) -> None:
    """Beat until cancelled; a failed beat is logged and the next one tries again."""
    while True:
        await asyncio.sleep(HEARTBEAT.total_seconds())
        try:
            await beat(app)
        except Exception:
            log.exception("lease heartbeat failed; trying again at the next one")


async def beat(app: App) -> None:
    """One heartbeat (see the module docstring)."""
    now = app.clock.now()
    async with app.work:
        taken, late = app.shared.heartbeat(now)
        sends: list[tuple[str, datetime]] = []
        if taken:  # the other account's stopped lines there: the rest of an ad it caught is still its rest
            app.stopped.recall(app.work, now, rooms=taken)
            with app.work.session() as s:
                for room in taken:
                    sends += recent_sends(s, now - timedelta(minutes=1), room=room)
            app.scheduler.pick_up()
        app.outbox.take(app.shared.handed_over(app.outbox.holds()), sends)
    if taken:
        log.log(logging.WARNING if late else logging.INFO, "acting for groups %s now (account %s); %d events there "
                "to act on late", ",".join(taken), app.shared.account, len(late))
    for event in late:
        where = getattr(event, "room", None)
        assert where is not None, "only events in groups are watched"
        async with app.work:
            if app.shared.claim(event, where, now):
                await app.act_on(event)
