"""The outbox backlog: a queue per room (or private contact) in (priority, id) order; what a full one gives up."""
from __future__ import annotations

import bisect
import heapq

from bot.actions import Action
from bot.outbox_ledger import protected
from bot.outbox_settings import OutboxSection


def order(action: Action) -> tuple[int, int]:
    """Lower priority numbers first, then the order they were accepted in."""
    return action.priority, action.id or 0


def lane_of(action: Action) -> str:
    """The queue an action waits in: its room, or the private contact."""
    return action.room if action.room is not None else f"private:{action.to}"


class Backlog:
    """Queues by lane with their sizes per priority, so choosing what to give up is cheap."""

    def __init__(self) -> None:
        self.lanes: dict[str, list[Action]] = {}
        self._size = 0
        self._per_priority: dict[int, int] = {}

    def __len__(self) -> int:
        return self._size

    def add(self, action: Action) -> str:
        """Queue one action in its lane; returns the lane."""
        lane = lane_of(action)
        bisect.insort(self.lanes.setdefault(lane, []), action, key=order)
        self._size += 1
        self._per_priority[action.priority] = self._per_priority.get(action.priority, 0) + 1
        return lane

    def remove(self, action: Action) -> None:
        """Take one action out of its lane."""
        self._size -= 1
        self._per_priority[action.priority] -= 1
        lane = self.lanes[lane_of(action)]
        lane.remove(action)
        if not lane:
            del self.lanes[lane_of(action)]

    @property
    def queued(self) -> list[Action]:
        """Every queued action."""
        return [a for lane in self.lanes.values() for a in lane]

    def victims(self, count: int, newest: list[Action], settings: OutboxSection,
                busy: frozenset[int] | set[int] = frozenset()) -> list[Action]:
        """The `count` lowest-priority actions, newest first among equals: what a full backlog gives up first.

        Removals and moderation's actions (`never_give_up`) are never among them (bot.outbox_pressure gives some of
        those up next), nor an action being sent (`busy`).
        """
        worst = max(p for p, n in self._per_priority.items() if n)
        mine = [a for a in newest if a.priority == worst and not protected(a, settings)]
        if count == 1 and mine:
            return [max(mine, key=lambda a: a.id or 0)]  # just accepted: nothing pending is newer
        droppable = [a for a in self.queued if not protected(a, settings) and (a.id or 0) not in busy]
        return heapq.nsmallest(count, droppable, key=lambda a: (-a.priority, -(a.id or 0)))
