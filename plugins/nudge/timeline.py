"""What the nudge plugin keeps in memory: who is waiting, and when each of their steps comes due.

Both are plain structures with no store or clock of their own, built from bot.undo's containers so a
failed handler's changes roll back; the store keeps `Waiting` in step with its rows, and the plugin arms one
app timer at the head of the timeline.
"""
from __future__ import annotations

from collections.abc import Container
from datetime import datetime, timedelta

from bot.undo import Heap, Journaled, Map
from plugins.nudge.store import Pending, Waiter

NUDGE_GRID_S = 5  # nudge steps fall on every fifth second
EMERGENCY = "emergency"  # the kind of wait an emergency opens (plugins.nudge.emergencies)
BESIDE = "\temergency"  # the slot of a member's ordinary ask beside their open emergency


class Waiting:
    """Members still waiting for an answer (open, nudged or from the night), by room and by id.

    Kept in memory so a message costs no query; after a restart they are loaded back.
    """

    def __init__(self, rows: list[Pending]) -> None:
        self.rooms: Map[str, Map[str, Waiter]] = Map()
        self.ids: Map[int, Waiter] = Map()
        for row in rows:
            self.add(Waiter.of(row))

    def add(self, waiter: Waiter) -> None:
        """Remember a pending response (a member's ordinary ask while their emergency is open goes beside it)."""
        members = self.rooms.setdefault(waiter.room_id, Map())
        held = members.get(waiter.member_id)
        slot = waiter.member_id + BESIDE if held is not None and held.kind == EMERGENCY else waiter.member_id
        members[slot] = waiter
        self.ids[waiter.id] = waiter

    def drop(self, waiter: Waiter) -> None:
        """Forget a settled one (an ask beside a settled emergency takes its place)."""
        members = self.rooms.get(waiter.room_id)
        if members is not None:
            beside = members.pop(waiter.member_id + BESIDE, None)
            if beside is not None and beside is not waiter:
                if members.get(waiter.member_id) is waiter:
                    members[waiter.member_id] = beside
                else:
                    members[waiter.member_id + BESIDE] = beside
            elif members.get(waiter.member_id) is waiter:
                members.pop(waiter.member_id, None)
        self.ids.pop(waiter.id, None)

    def get(self, room: str, member: str) -> Waiter | None:
        """A member's pending response in a room (their emergency, when one is open)."""
        members = self.rooms.get(room)
        return members.get(member) if members is not None else None

    def beside(self, room: str, member: str) -> Waiter | None:
        """A member's ordinary ask made while their emergency is open (a question about tomorrow after a fall)."""
        members = self.rooms.get(room)
        return members.get(member + BESIDE) if members is not None else None


class Timeline(Journaled):
    """A heap of (due, pending id, step) whose head one app timer is armed for."""

    def __init__(self) -> None:
        self.heap: Heap[tuple[datetime, int, str]] = Heap()
        self.armed_for: datetime | None = None

    def push(self, due: datetime, pending_id: int, step: str) -> None:
        """Schedule one step (`nudge` or `cover`) of a pending response, on its grid at or after `due`.

        Covers go on whole seconds, nudges on every fifth second (an operator's alert a few seconds
        later matters to nobody, and it is batched per minute anyway): steps that fall on the same
        mark share one tick.
        """
        grid = NUDGE_GRID_S if step == "nudge" else 1
        if due.microsecond or due.second % grid:
            due = due.replace(microsecond=0) + timedelta(seconds=grid - due.second % grid)
        self.heap.push((due, pending_id, step))

    def arm_at(self, waiting: Container[int]) -> datetime | None:
        """When a new app timer is needed for the head (None: the armed one comes soon enough).

        Steps of members no longer in `waiting` (answered meanwhile) are dropped first.
        """
        while self.heap and self.heap[0][1] not in waiting:
            self.heap.pop()
        if self.heap and (self.armed_for is None or self.heap[0][0] < self.armed_for):
            self.armed_for = self.heap[0][0]
            return self.armed_for
        return None

    def pop_due(self, now: datetime) -> list[tuple[datetime, int, str]]:
        """Every step due by now, in time order."""
        due = []
        while self.heap and self.heap[0][0] <= now:
            due.append(self.heap.pop())
        return due
