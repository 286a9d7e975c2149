"""Intake: record every event before any plugin sees it (rooms, members, messages; duplicates dropped).

This runs for every event, so its statements are prepared once (bot.statements) and run on the
unit of work's connection: three short upserts per message.

A message is kept once: live, its INSERT runs at once and its row count says whether the id was new (atomic against
another account writing the same store). The replay reads its events ahead in batches and announces each
(`expect`): one SELECT asks which of the batch's message ids the store holds already, and each message new to the
store and to the batch is then a batched insert (one `executemany` for many messages, bot.work.defer). A unit of
work rolled back forgets the announcement (`Work.memo`): from there each message checks itself again.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.sql import Insert
from sqlmodel import col

from bot.events import Event, MemberJoined, MemberLeft, MessageReceived, RoomTopicChanged
from bot.models import Member, Message, Room, RoomChange
from bot.statements import Statement, Upsert
from bot.work import Work


def _message(make) -> Insert:
    return make(Message).values(
        id=bindparam("id"), ts=bindparam("ts"), room_id=bindparam("room"), sender=bindparam("sender"),
        sender_name=bindparam("name"), type=bindparam("type"), text=bindparam("text"),
        mentions=bindparam("mentions"), reply_to=bindparam("reply_to"), url=bindparam("url"),
        title=bindparam("title")).on_conflict_do_nothing()


def _room_change(make) -> Insert:
    return make(RoomChange).values(id=bindparam("id"), ts=bindparam("ts"), room_id=bindparam("room"),
                                   kind=bindparam("kind"), members=bindparam("members"),
                                   by=bindparam("by")).on_conflict_do_nothing()


def _room(make, topic: bool) -> Insert:
    stmt = make(Room).values(id=bindparam("room"), topic=bindparam("topic"), first_seen=bindparam("ts"),
                             last_active=bindparam("ts"))
    updates = {"last_active": stmt.excluded.last_active, **({"topic": stmt.excluded.topic} if topic else {})}
    return stmt.on_conflict_do_update(index_elements=["id"], set_=updates)


def _kept_name(stmt):
    """The new display name, unless the event came without one."""
    return func.coalesce(func.nullif(stmt.excluded.name, ""), Member.name)


def _spoke(make) -> Insert:
    stmt = make(Member).values(room_id=bindparam("room"), contact_id=bindparam("contact"), name=bindparam("name"),
                               role="member", first_seen=bindparam("ts"), last_spoke=bindparam("ts"), message_count=1)
    return stmt.on_conflict_do_update(index_elements=["room_id", "contact_id"], set_={
        "name": _kept_name(stmt), "last_spoke": stmt.excluded.last_spoke,
        "message_count": Member.message_count + 1})


def _came_or_went(make, joined: bool) -> Insert:
    stmt = make(Member).values(room_id=bindparam("room"), contact_id=bindparam("contact"), name=bindparam("name"),
                               role="member", first_seen=bindparam("ts"), message_count=0,
                               joined_at=bindparam("ts") if joined else None,
                               left_at=None if joined else bindparam("ts"))
    changes = {"joined_at": stmt.excluded.joined_at, "left_at": None} if joined else {"left_at": stmt.excluded.left_at}
    return stmt.on_conflict_do_update(index_elements=["room_id", "contact_id"],
                                      set_={"name": _kept_name(stmt), **changes})


MESSAGE = Upsert(_message)
ROOM_CHANGE = Upsert(_room_change)
ROOM = Upsert(lambda make: _room(make, topic=False))
ROOM_TOPIC = Upsert(lambda make: _room(make, topic=True))
SPOKE = Upsert(_spoke)
JOINED = Upsert(lambda make: _came_or_went(make, joined=True))
LEFT = Upsert(lambda make: _came_or_went(make, joined=False))


ROOM_EVERY = timedelta(minutes=10)
AHEAD = "intake.ahead"  # Work.memo: message id -> True while not yet recorded, for the batch announced (`expect`)
ASKED_AT_ONCE = 500  # message ids per SELECT (well under any store's limit of bound values)
STORED = Statement(select(col(Message.id)).where(
    col(Message.id).in_([bindparam(f"id{n}") for n in range(ASKED_AT_ONCE)])))


def expect(work: Work, events: Sequence[Event]) -> None:
    """Events about to be recorded one by one, in this order (the replay reads ahead): which of their messages the
    store holds already is asked here, once per `ASKED_AT_ONCE` ids, so that `record` need not ask per message.

    For a store written by this process alone (a replay's): between this SELECT and the inserts, another process
    writing the same ids would not be seen."""
    ids = list(dict.fromkeys(e.id for e in events if isinstance(e, MessageReceived)))
    stored: set[str] = set()
    for start in range(0, len(ids), ASKED_AT_ONCE):
        asked = ids[start:start + ASKED_AT_ONCE]
        values = {f"id{n}": asked[n] if n < len(asked) else None for n in range(ASKED_AT_ONCE)}  # NULL matches none
        stored.update(row[0] for row in work.rows(STORED, **values))
    work.memo[AHEAD] = {i: i not in stored for i in ids}


def _message_values(event: MessageReceived) -> dict[str, Any]:
    return dict(id=event.id, ts=event.ts, room=event.room, sender=event.sender, name=event.sender_name,
                type=event.type, text=event.text, mentions=" ".join(event.mentions), reply_to=event.reply_to,
                url=event.url, title=event.title)


def _new_message(work: Work, event: MessageReceived) -> bool:
    """Store the message unless its id is stored already; whether it was new."""
    ahead: dict[str, bool] = work.memo.get(AHEAD, {})
    new = ahead.get(event.id)
    if new is None:  # not announced: the insert's row count says
        return work.run(MESSAGE, **_message_values(event)).rowcount == 1
    if new:
        ahead[event.id] = False  # the same id later in the batch is a duplicate
        work.defer(MESSAGE, **_message_values(event))
    return new


def _touch_room(work: Work, room: str, topic: str | None, ts: datetime) -> None:
    """A room's topic and last activity: written when the topic changes, else at most every ten minutes per room."""
    written = work.memo.setdefault("intake.rooms", {})  # room -> (ts, topic) last written on this connection
    last = written.get(room)
    if last is not None and last[1] == topic and timedelta(0) <= ts - last[0] < ROOM_EVERY:
        return
    work.run(ROOM_TOPIC if topic else ROOM, room=room, topic=topic, ts=ts)
    written[room] = (ts, topic)


def record(work: Work, event: Event) -> bool:
    """Store the event; False when it is a message id seen before (and so must not be dispatched)."""
    if isinstance(event, MessageReceived):
        if not _new_message(work, event):
            return False
        if event.room is not None:
            _touch_room(work, event.room, event.room_topic, event.ts)
            work.defer(SPOKE, room=event.room, contact=event.sender, name=event.sender_name, ts=event.ts)
    elif isinstance(event, MemberJoined | MemberLeft):
        _touch_room(work, event.room, event.room_topic, event.ts)
        joined = isinstance(event, MemberJoined)
        upsert = JOINED if joined else LEFT
        for person in event.members:
            work.run(upsert, room=event.room, contact=person.id, name=person.name, ts=event.ts)
        people = json.dumps([{"id": p.id, "name": p.name} for p in event.members], ensure_ascii=False)
        work.defer(ROOM_CHANGE, id=event.id, ts=event.ts, room=event.room, kind="join" if joined else "leave",
                   members=people, by=event.inviter if isinstance(event, MemberJoined) else event.remover)
    elif isinstance(event, RoomTopicChanged):
        _touch_room(work, event.room, event.room_topic, event.ts)
    return True
