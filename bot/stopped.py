"""Stopped lines: a member's message a plugin stopped (an ad moderation caught), kept on the message in the store.

One way to know whether a member's next line goes on with something stopped just before ("泳镜还剩三十副，私我"
after the caught pitch): the reader asks it to read the line as the rest of the ad (nobody waits for an answer to
it), and moderation asks it to keep the line in the same burst. Each member's latest stopped line per room is kept
in memory for the questions asked of every message, and read back from the store at a start, so a restart in the
middle of a burst forgets nothing.
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlmodel import col

from bot.events import MessageReceived
from bot.models import Message
from bot.statements import Statement
from bot.undo import Map
from bot.work import Work

REMEMBERED = timedelta(hours=1)  # at least any burst (moderation bounds burst_s by it) or tail asked about
_MARK = Statement(update(Message).where(col(Message.id) == bindparam("id")).values(blocked=True))
_CLEAR = Statement(update(Message).where(col(Message.room_id) == bindparam("room"), col(Message.sender) ==
                                         bindparam("sender"), col(Message.blocked).is_(True)).values(blocked=False))
_UNMARK = Statement(update(Message).where(col(Message.id) == bindparam("id")).values(blocked=False))
_LATEST = Statement(select(func.max(Message.ts)).where(  # the member's latest line still stopped in the room
    col(Message.room_id).is_not_distinct_from(bindparam("room")), col(Message.sender) == bindparam("sender"),
    col(Message.blocked).is_(True)))
_FROM = Statement(select(col(Message.id)).where(  # the member's stopped lines in the room from a line on, in order
    col(Message.room_id).is_not_distinct_from(bindparam("room")), col(Message.sender) == bindparam("sender"),
    col(Message.blocked).is_(True),
    col(Message.ts) >= select(col(Message.ts)).where(col(Message.id) == bindparam("id")).scalar_subquery(),
).order_by(col(Message.ts)))
_SINCE = Statement(select(col(Message.room_id), col(Message.sender), func.max(Message.ts)).where(
    col(Message.ts) >= bindparam("since"), col(Message.blocked).is_(True)).group_by(Message.room_id, Message.sender))

_OTHER_AFTER = Statement(select(col(Message.id)).where(  # someone else spoke in the room after the stopped line
    col(Message.room_id) == bindparam("room"), col(Message.sender) != bindparam("sender"),
    col(Message.ts) > bindparam("at")).limit(1))


class Stopped:
    """Each member's latest stopped line per room (room None: a private chat), as the store holds it.

    A line noted in a unit of work not yet committed is pending: seen at once (the next line of the same replay
    batch may be its tail), kept when the store commits, thrown away when the store rolls back (an event whose
    work failed and is tried again must not find its own ad stopped before it)."""

    def __init__(self, work: Work) -> None:
        self._last: dict[tuple[str | None, str], datetime] = {}
        # since the last commit (None: cleared); a Map, so a failed handler's clearing is undone with its writes
        self._pending: Map[tuple[str | None, str], datetime | None] = Map()
        self._spoken_over: set[tuple[str | None, str]] = set()  # read back at a start: someone else spoke after it
        work.after_commit.append(self._committed)
        work.after_rollback.append(self._pending.clear)

    def note(self, work: Work, message: MessageReceived) -> None:
        """A plugin stopped this message: marked in the store, and remembered once the store keeps it."""
        work.run(_MARK, id=message.id)
        self._pending[(message.room, message.sender)] = message.ts

    def clear(self, work: Work, room: str | None, sender: str, message: str | None = None,
              keep: Collection[str] = ()) -> None:
        """A stopped line no longer counts (a strike revoked): `message` unmarked with the lines stopped after it as
        its rest, up to the next line in `keep` (an ad still held against the member); the member's latest line still
        stopped in the room (an earlier ad of the same burst) counts from when the store keeps it. Without `message`
        (a strike that names none) every stopped line of the member in the room is unmarked."""
        if message is None:
            work.run(_CLEAR, room=room, sender=sender)
            self._pending[(room, sender)] = None
            return
        work.run(_UNMARK, id=message)
        for (line,) in work.rows(_FROM, room=room, sender=sender, id=message):
            if line in keep:
                break  # from here on the lines go with an ad that still counts
            work.run(_UNMARK, id=line)
        self._pending[(room, sender)] = work.rows(_LATEST, room=room, sender=sender)[0][0]

    def _committed(self) -> None:
        if not self._pending:
            return
        latest = None
        for key, at in self._pending.items():
            self._spoken_over.discard(key)
            if at is None:
                self._last.pop(key, None)
            else:
                self._last[key] = at
                latest = at if latest is None else max(latest, at)
        self._pending.clear()
        if latest is None:
            return
        if len(self._last) > 1000:  # many members caught within the hour is a raid; older ones are long over
            for key, at in list(self._last.items()):
                if latest - at > REMEMBERED:
                    del self._last[key]

    def last(self, room: str | None, sender: str, now: datetime) -> datetime | None:
        """When the member's latest line in this room was stopped, if within REMEMBERED of `now`, or None."""
        if self._pending and (room, sender) in self._pending:
            at = self._pending[(room, sender)]
        else:
            at = self._last.get((room, sender)) if self._last else None
        return at if at is not None and now - at <= REMEMBERED else None

    def tail_of(self, room: str | None, sender: str, now: datetime) -> datetime | None:
        """The stopped line the member's next line may go on with (the reader's `follows_blocked`): as `last`, but
        None when, read back at a start, someone else spoke in the room after it (the reader's conversation begins
        after the restart and cannot see them)."""
        return None if (room, sender) in self._spoken_over else self.last(room, sender, now)

    def recall(self, work: Work, now: datetime, rooms: Collection[str] | None = None) -> None:
        """Read back from the store the lines stopped in the last hour (at a start: every room; on taking rooms over
        from another account: those, whose lines that account stopped), and whether anyone else spoke in the room
        after each."""
        for room, sender, at in work.rows(_SINCE, since=now - REMEMBERED):
            if rooms is not None and room not in rooms:
                continue
            known = self._last.get((room, sender))
            if known is None or at > known:
                self._last[(room, sender)] = at
                if room is not None and work.rows(_OTHER_AFTER, room=room, sender=sender, at=at):
                    self._spoken_over.add((room, sender))
                else:
                    self._spoken_over.discard((room, sender))
