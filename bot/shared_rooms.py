"""Shared rooms: with several WeChat accounts on one store, exactly one account acts on each event in a room.

The account acting for a room is the holder of its lease (bot.leases). The core asks here before
any plugin sees an event (`acts`), so plugins never know about accounts:

- the holder claims the event in the store (`event_claims`, one atomic insert) and acts on it
  once, even when the same message reached it twice or through two accounts;
- every other account in the room has recorded the event (intake) but does not act; it keeps
  the event for a while (`watched`), so that when it takes the room over from a holder that
  stopped, the events the holder never claimed are acted on late rather than not at all;
- an action for a room (a post, a welcome from a scheduled job) is sent by the room's holder:
  it is stored for that account, whose heartbeat picks it up (`for_room`);
- on taking a room over, the new holder also takes the old holder's pending actions for it.

On a SQLite file (one process only, by its lock) the process is alone: it acts on everything
and nothing here touches the store.
"""
from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, or_, select, update
from sqlmodel import col

from bot.actions import Action
from bot.events import Event, MemberLeft
from bot.leases import LEASE, Leases
from bot.models import ActionLog, EventClaim, RoomLease
from bot.statements import Statement, Upsert
from bot.work import Work

KEEP_WATCHED = LEASE * 3  # older events a new holder no longer acts on: late by more than a minute is too late
WATCH_MAX = 500  # per room: a flood while the holder is away is bounded
CLAIMS_KEPT = timedelta(days=2)

def _claim(make):
    return make(EventClaim).values(event_id=bindparam("event"), room_id=bindparam("room"),
                                   account=bindparam("account"), at=bindparam("at")).on_conflict_do_nothing()


CLAIM = Upsert(_claim)
_PENDING = col(ActionLog.status) == "pending"
SENDER = Statement(select(col(ActionLog.account)).where(col(ActionLog.id) == bindparam("action_id")))
FORGET = Statement(delete(EventClaim).where(col(EventClaim.at) < bindparam("before")))
ADOPT = Statement(update(ActionLog).where(
    _PENDING, col(ActionLog.account) != bindparam("account"),
    or_(col(ActionLog.room) == bindparam("room"),
        col(ActionLog.cause).in_(select(col(EventClaim.event_id)).where(col(EventClaim.room_id) == bindparam("room")))))
    .values(account=bindparam("account")))
_LIVE = select(col(RoomLease.account)).where(col(RoomLease.expires_at) >= bindparam("now"))
STRANDED = Statement(update(ActionLog).where(  # left for an account that holds no room any more (stopped)
    _PENDING, col(ActionLog.account) != bindparam("account"), col(ActionLog.account).not_in(_LIVE),
    col(ActionLog.room).in_(select(col(RoomLease.room_id)).where(col(RoomLease.account) == bindparam("account"))))
    .values(account=bindparam("account")))


class SharedRooms:
    """Decides, per event, whether this account acts; routes room actions to the room's holder."""

    def __init__(self, work: Work, account: str, alone: bool) -> None:
        self.work, self.alone = work, alone
        self.leases = Leases(work, account)
        self.rooms: set[str] = set()  # rooms this account has seen an event in: those whose leases it may take
        self.watched: dict[str, deque[Event]] = {}

    @property
    def account(self) -> str:
        """This process's WeChat account (bot.account)."""
        return self.leases.account

    @account.setter
    def account(self, name: str) -> None:
        self.leases.account = name

    def acts(self, event: Event, new: bool, now: datetime) -> bool:
        """Whether this account acts on an event intake just recorded (`new`: not a message seen before)."""
        room = getattr(event, "room", None)
        if self.alone or room is None:  # a private message reached this account only
            return new
        if isinstance(event, MemberLeft) and any(p.id == self.account for p in event.members):
            self.rooms.discard(room)  # this account was removed from the group: another acts there from now on
            self.leases.release(room)
            return new
        self.rooms.add(room)
        if self.leases.holder(room, now) != self.account:
            self._watch(room, event, now)
            return False
        return self.claim(event, room, now)

    def claim(self, event: Event, room: str, now: datetime) -> bool:
        """Claim an event for this account in the store; False when some account acted on it already."""
        return self.work.run(CLAIM, event=event.id, room=room, account=self.account, at=now).rowcount == 1

    def _watch(self, room: str, event: Event, now: datetime) -> None:
        events = self.watched.setdefault(room, deque(maxlen=WATCH_MAX))
        events.append(event)
        while events and now - events[0].ts > KEEP_WATCHED:
            events.popleft()

    def account_for(self, action: Action) -> str:
        """Who sends an action: in a shared room its holder (inside a unit of work), else this account."""
        if self.alone or action.room is None:
            return self.account
        return self.leases.sender(action.room, action.created_at, inside=action.room in self.rooms)

    def still_ours(self, action: Action) -> bool:
        """Whether an action this outbox queued is still for this account to send (inside a unit of work): an
        action may have been taken over by the account acting for the room after this one stalled or restarted."""
        return self.work.rows(SENDER, action_id=action.id) == [(self.account,)]

    def heartbeat(self, now: datetime) -> tuple[list[str], list[Event]]:
        """Renew leases and take lapsed ones (inside a unit of work); the rooms taken over, and the events in them
        that this account saw while another held the room, to act on now (each still to be claimed)."""
        taken = self.leases.heartbeat(now, self.rooms)
        self.work.run(FORGET, before=now - CLAIMS_KEPT)
        self.work.run(STRANDED, account=self.account, now=now)
        late: list[Event] = []
        for room in taken:
            self.work.run(ADOPT, account=self.account, room=room)
            events = self.watched.pop(room, deque())
            late.extend(e for e in events if now - e.ts <= KEEP_WATCHED)
        return taken, late

    def handed_over(self, queued: set[int]) -> list[Action]:
        """Pending actions stored for this account that its outbox does not hold yet (made by another process)."""
        with self.work.session() as s:
            rows = s.scalars(select(ActionLog).where(_PENDING, col(ActionLog.account) == self.account)
                             .order_by(col(ActionLog.id))).all()
        return [Action.of(r) for r in rows if r.id not in queued]
