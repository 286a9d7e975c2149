"""Room leases: which WeChat account acts for a room that several accounts sit in, kept in the store.

A lease is one row per room (`room_leases`): the account holding it and until when. Taking it is
one atomic upsert that wins only when the row is new, already ours, or lapsed
(`INSERT .. ON CONFLICT (room_id) DO UPDATE .. WHERE account = me OR expires_at < now`, the same
statement on PostgreSQL and SQLite), so two processes can never both hold a room. The holder
renews its leases on a heartbeat; a holder that stops loses each room `LEASE` after its last
renewal, and another account in the room takes it at its next heartbeat or event.

Times are the bots' own clocks: processes on several machines need them in step (NTP) to well
within the lease.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlmodel import col

from bot.models import RoomLease
from bot.statements import Statement, Upsert
from bot.work import Work

LEASE = timedelta(seconds=20)  # a holder silent this long loses its rooms
HEARTBEAT = timedelta(seconds=5)  # how often leases are renewed and lapsed ones taken: a room moves within 25 s


def _take(make):
    stmt = make(RoomLease).values(room_id=bindparam("room"), account=bindparam("account"),
                                  expires_at=bindparam("until"))
    return stmt.on_conflict_do_update(
        index_elements=["room_id"], set_={"account": stmt.excluded.account, "expires_at": stmt.excluded.expires_at},
        where=(col(RoomLease.account) == stmt.excluded.account) | (col(RoomLease.expires_at) < bindparam("now")))


TAKE = Upsert(_take)
HOLDER = Statement(select(col(RoomLease.account), col(RoomLease.expires_at))
                   .where(col(RoomLease.room_id) == bindparam("room")))
RENEW = Statement(update(RoomLease).where(col(RoomLease.account) == bindparam("account"))
                  .values(expires_at=bindparam("until")))  # a lapsed lease nobody took yet is still ours
RELEASE = Statement(delete(RoomLease).where(col(RoomLease.room_id) == bindparam("room"),
                                           col(RoomLease.account) == bindparam("account")))
HELD = Statement(select(col(RoomLease.room_id), col(RoomLease.expires_at))
                 .where(col(RoomLease.account) == bindparam("account")))


class Leases:
    """This account's view of the leases: what it holds (renewed early), who else holds what (until when)."""

    def __init__(self, work: Work, account: str) -> None:
        self.work, self.account = work, account
        self.held: dict[str, datetime] = {}  # room -> until: ours
        self.others: dict[str, tuple[str, datetime]] = {}  # room -> (account, until), as last read
        self.fresh: set[str] = set()  # rooms taken since the last heartbeat (see `heartbeat`)
        work.after_rollback.append(self._forget)

    def _forget(self) -> None:
        """A unit of work was rolled back, perhaps with a lease taken in it: ask the store afresh next time."""
        self.held.clear()
        self.others.clear()

    def holder(self, room: str, now: datetime) -> str:
        """The account acting for `room` now (inside a unit of work); takes the lease when it is free or lapsed.

        No statement runs while our lease is fresh (renewed within the last half of it) or another
        account's is known to run on: the heartbeat keeps ours fresh on a live clock.
        """
        until = self.held.get(room)
        if until is not None and until - now > LEASE / 2:
            return self.account
        other = self.others.get(room)
        if other is not None and other[1] > now:
            return other[0]
        return self.take(room, now)

    def take(self, room: str, now: datetime) -> str:
        """Take or renew the lease on `room` if it is free, ours or lapsed; the account holding it afterwards."""
        until = now + LEASE
        if self.work.run(TAKE, room=room, account=self.account, until=until, now=now).rowcount == 1:
            if room not in self.held:
                self.fresh.add(room)
            self.held[room] = until
            self.others.pop(room, None)
            return self.account
        self.held.pop(room, None)
        rows = self.work.rows(HOLDER, room=room)
        account, expires = rows[0] if rows else ("", now)
        self.others[room] = (account, expires)
        return account

    def sender(self, room: str, now: datetime, inside: bool) -> str:
        """Who should send in `room`: its holder, even one whose lease lapsed (whoever takes the room over takes
        what is queued there too); with no lease yet, this account if it is `inside` the room (taking it)."""
        if room in self.held:
            return self.holder(room, now)
        other = self.others.get(room)
        if other is None or other[1] <= now:  # unknown, or lapsed and perhaps taken since: as the store says now
            rows = self.work.rows(HOLDER, room=room)
            other = rows[0] if rows else None
            if other is not None:
                self.others[room] = other
        if other is not None and other[0] != self.account:
            return other[0]
        return self.holder(room, now) if inside else self.account

    def release(self, room: str) -> None:
        """Let another account act for `room` at once (this one was removed from it)."""
        self.work.run(RELEASE, room=room, account=self.account)
        self.held.pop(room, None)

    def heartbeat(self, now: datetime, rooms: set[str]) -> list[str]:
        """Renew what we hold, take the lapsed leases of `rooms` (the rooms we are in); the rooms taken since the
        last heartbeat (here or by an event), which may hold work the previous holder left."""
        self.work.run(RENEW, account=self.account, until=now + LEASE)
        self.held = dict(self.work.rows(HELD, account=self.account))
        for room in self.held:
            self.others.pop(room, None)
        for room in sorted(rooms - self.held.keys()):
            other = self.others.get(room)
            if other is None or other[1] <= now:
                self.take(room, now)
        taken, self.fresh = self.fresh, set()
        return sorted(taken & self.held.keys())
