"""Pacing: when each room's next action may go out, like a careful human would send it.

A room (or private contact) gets at most `room_per_minute` and waits `room_min_interval_s` between sends; the
account as a whole gets at most `global_per_minute`; switching rooms costs a random gap; quiet hours hold or drop
what is not exempt; a failed attempt holds its action until its retry time.
"""
from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from bot.actions import Action
from bot.hours import QuietHours
from bot.outbox_backlog import lane_of
from bot.outbox_settings import NIGHT_COMMANDS, OutboxSection

MINUTE = timedelta(minutes=1)
_UNKNOWN: Any = object()
Head = tuple[datetime, int, int, Action]  # (when it may go, priority, id, the action): min() is the one to send


class Pacing:
    """Each room's send window, the account's, the last room sent to, and the actions held until a time."""

    def __init__(self, settings: OutboxSection, quiet: QuietHours, rng: random.Random,
                 room_quiet: dict[str, QuietHours] | None = None) -> None:
        self.settings, self.quiet, self.rng = settings, quiet, rng
        self.room_quiet = room_quiet or {}  # rooms whose members keep a night of their own
        self._not_before: dict[int, datetime] = {}  # held actions by id: quiet hours, a back-off after a failure
        self._ready: dict[str, datetime | None] = {}  # per room: what its own limits allow (see heads)
        self.room_sent: dict[str, deque[datetime]] = {}  # per room, its sends of the last minute, least recent first
        self._all_sent: deque[datetime] = deque()
        self._last_lane: str | None = None
        self._last_at: datetime | None = None
        self._switch_gap = self._draw_gap()

    def configure(self, settings: OutboxSection, quiet: QuietHours,
                  room_quiet: dict[str, QuietHours] | None = None) -> None:
        self.settings, self.quiet, self.room_quiet = settings, quiet, room_quiet or {}
        self._ready.clear()

    def _draw_gap(self) -> float:
        lo, hi = self.settings.room_switch_gap_s
        return self.rng.uniform(lo, hi) if hi > lo else lo

    def changed(self, lane: str) -> None:
        """A room's head or limits changed: what its own limits allow is worked out again."""
        self._ready.pop(lane, None)

    def hold(self, action: Action, until: datetime) -> None:
        """Send `action` no earlier than `until`."""
        self._not_before[action.id or 0] = until
        self._ready.pop(lane_of(action), None)

    def release(self, action: Action) -> None:
        self._not_before.pop(action.id or 0, None)

    def held_until(self, action: Action, now: datetime) -> datetime | None:
        until = self._not_before.get(action.id or 0)
        return until if until is not None and until > now else None

    def resume(self, sends: Iterable[tuple[str, datetime]]) -> None:
        """After a restart: the last minute's sends (lane, when), oldest first, so that the limits hold across it."""
        for lane, at in sends:
            self.room_sent.setdefault(lane, deque(maxlen=self.settings.room_per_minute)).append(at)
            self._all_sent.append(at)
            self._last_lane, self._last_at = lane, at
        while len(self._all_sent) > self.settings.global_per_minute:
            self._all_sent.popleft()

    def taken_over(self, sends: Iterable[tuple[str, datetime]]) -> None:
        """Recent sends (lane, when) in rooms taken over from another account: the rooms' own limits hold."""
        for lane, at in sends:
            window = self.room_sent.setdefault(lane, deque(maxlen=self.settings.room_per_minute))
            if not window or window[-1] < at:
                window.append(at)
            self._ready.pop(lane, None)

    def sent(self, action: Action, now: datetime) -> None:
        """`action` went out at `now`."""
        self._not_before.pop(action.id or 0, None)
        lane = lane_of(action)
        sent = self.room_sent.pop(lane, None) or deque(maxlen=self.settings.room_per_minute)
        sent.append(now)
        self.room_sent[lane] = sent  # the windows stay in the order of their last send
        self._forget_quiet_lanes(now)
        self._all_sent.append(now)
        while len(self._all_sent) > self.settings.global_per_minute:
            self._all_sent.popleft()
        if self._last_lane != lane:
            self._switch_gap = self._draw_gap()
        self._last_lane, self._last_at = lane, now

    def heads(self, now: datetime, lanes: Mapping[str, list[Action]], only: Iterable[str] | None = None) -> list[Head]:
        """Each room's next action with when it may go out given every limit (may be in the past).

        Every room's, or only those named in `only`. What a room's own limits allow is kept per room
        (`_ready`) until its head, its sends or its hold change; the limits shared by all rooms
        are worked out here each time.
        """
        settings = self.settings
        everywhere = now - timedelta(days=1)
        if len(self._all_sent) >= settings.global_per_minute:
            everywhere = max(everywhere, self._all_sent[-settings.global_per_minute] + MINUTE)
        switch = self._last_at + timedelta(seconds=self._switch_gap) if self._last_at is not None else everywhere
        last, ready = self._last_lane, self._ready
        heads = []
        for lane, actions in lanes.items() if only is None else ((n, lanes[n]) for n in only):
            head = actions[0]  # a room's messages go out in their order
            t = ready.get(lane, _UNKNOWN)
            if t is _UNKNOWN:
                t = ready[lane] = self._lane_ready(lane, head)
            t = everywhere if t is None or t < everywhere else t
            if lane != last and switch > t:
                t = switch
            heads.append((t, head.priority, head.id or 0, head))
        return heads

    def _forget_quiet_lanes(self, now: datetime) -> None:
        """A room or contact not sent to for longer than its limits look back is no longer limited: its window goes
        (the bot writes to new contacts all the time; memory would grow with every one ever written to)."""
        quiet = max(MINUTE, timedelta(seconds=self.settings.room_min_interval_s))
        while self.room_sent:
            lane, sent = next(iter(self.room_sent.items()))
            if sent and now - sent[-1] <= quiet:
                return
            del self.room_sent[lane]

    def _lane_ready(self, lane: str, head: Action) -> datetime | None:
        """The earliest a room's head may go by that room's own limits (None: no limit)."""
        t = self._not_before.get(head.id or 0)
        sent = self.room_sent.get(lane)
        if sent:
            after = sent[-1] + timedelta(seconds=self.settings.room_min_interval_s)
            t = after if t is None or after > t else t
            per_room = self.settings.room_per_minute
            if len(sent) >= per_room and (minute := sent[-per_room] + MINUTE) > t:
                t = minute
        return t

    def quiet_hold(self, action: Action, now: datetime) -> str | None:
        """What quiet hours do with `action` now: "drop", "defer", or None (it may go)."""
        if action.plugin in self.settings.quiet_hours_exempt or action.to_the_awake or not self.night(
                action.room).contains(now.time()):
            return None
        return self.settings.quiet_hours_hold.get(action.plugin, "drop" if action.plugin == NIGHT_COMMANDS else "defer")

    def quiet_end(self, now: datetime, room: str | None = None) -> datetime:
        return self.night(room).next_end(now)

    def night(self, room: str | None) -> QuietHours:
        """The quiet hours of what goes to `room`: its own, else the bot's (private words: the bot's)."""
        return self.room_quiet.get(room, self.quiet) if room is not None else self.quiet
