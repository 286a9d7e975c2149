"""What a full outbox gives up, in the order an operator would, so that the backlog stays near its limit.

1. Chat replies and the like (every plugin not in `never_give_up`): the lowest priority first, the newest first among
   equals (`Backlog.victims`).
2. Alerts to operators (an action whose ref starts with `alert:`) are folded: one recipient's waiting alerts become
   one summary (the oldest of them, rewritten), which lists what it stands for; the others are marked `dropped`,
   "folded into #id".
3. A notice in the group (a `never_give_up` plugin's say mentioning the poster) while a newer one waits for the same
   room, the oldest first: the group hears about a wave of ads once when the bot catches up.
4. Private words to the posters of ads (a `never_give_up` plugin's private message to a member), the oldest first:
   a word that comes much later than the ad means little.

Never given up: removals and what tells the group of one, a room's newest notice, removal asks, messages to owners
from the bot itself, summaries. Every action given up is marked in the action log with why, counted by plugin and
kind (`--stats`, `/outbox`) and told to the owners in one message at most every `REPORT_EVERY` while the pressure
lasts.
"""
from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, update
from sqlmodel import col

from bot.actions import Action
from bot.clock import Clock, TimerHandle, Timers
from bot.models import ActionLog
from bot.outbox_ledger import GiveUps
from bot.outbox_settings import OutboxSection
from bot.statements import Statement
from bot.templates import Scripts

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("qunbot.outbox")
FOLDABLE = "alert:"  # ref prefix: an alert to an operator that a summary may stand for
SUMMARY = "alert:summary"  # ref of an alert rewritten as a summary
SHOWN = 10  # lines a summary lists; the rest are counted
REPORT_EVERY = timedelta(minutes=10)
RETEXT = Statement(update(ActionLog).where(col(ActionLog.id) == bindparam("action_id")).values(
    text=bindparam("text"), ref=bindparam("ref")))
LOG_EVERY_S = 10.0  # under a flood, at most one backlog-full line per this many seconds (a new kind: at once)
Render = Callable[..., str]
Tell = Callable[[dict[str, int], int, int], Awaitable[None]]  # (given up by plugin/kind, folded, limit)


@dataclass
class Relief:
    """What one overflow gave up: dropped outright, folded into a summary (folded, keeper), summaries rewritten."""

    dropped: list[tuple[Action, str]] = field(default_factory=list)
    folded: list[tuple[Action, Action]] = field(default_factory=list)
    rewritten: list[Action] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.dropped) + len(self.folded)


def _first_line(action: Action) -> str:
    line = action.text.strip().split("\n", 1)[0]
    return line if len(line) <= 60 else line[:59] + "…"


def _superseded(waiting: list[Action], settings: OutboxSection) -> list[Action]:
    """Notices in the group (a `never_give_up` plugin's say that mentions the poster) with a newer one waiting in the
    same room, the oldest first: once the bot catches up, the group hears about the wave once."""
    newest: dict[str, int] = {}
    notices = [a for a in waiting if a.kind == "say" and a.mentions and a.room is not None and a.plugin != "system"
               and a.plugin in settings.never_give_up]
    for action in notices:
        newest[action.room or ""] = max(newest.get(action.room or "", 0), action.id or 0)
    return sorted((a for a in notices if (a.id or 0) < newest[a.room or ""]), key=lambda a: a.id or 0)


def shipped_render(template: str, /, **values: object) -> str:
    """Render one of the shipped scripts: the summary's words when no app gives its own (an outbox alone, in tests)."""
    return _shipped().render(template, **values).text


@functools.cache
def _shipped() -> Scripts:
    return Scripts()


class Pressure:
    """The outbox's relief valve (see the module docstring); keeps what each summary stands for."""

    def __init__(self) -> None:
        self.staff: Callable[[str], bool] | None = None  # owners and operators (set by the app): not posters
        self.render: Render = shipped_render  # renders a script (the app's, with the operator's overrides)
        self._lines: dict[int, list[str]] = {}  # summary id -> first lines of the alerts it stands for (at most SHOWN)
        self._counts: dict[int, int] = {}  # summary id -> how many alerts it stands for

    def relieve(self, overflow: int, queued: Iterable[Action], first: list[Action], settings: OutboxSection,
                busy: set[int]) -> Relief:
        """Choose what to give up for `overflow` actions too many; `first`: the unprotected victims already chosen
        (step 1). Actions in `busy` (being sent) are never touched."""
        relief = Relief(dropped=[(a, "backlog full") for a in first])
        left = overflow - len(first)
        if left <= 0:
            return relief
        waiting = [a for a in queued if (a.id or 0) not in busy]
        left -= self._fold(waiting, relief)
        if left > 0:
            superseded = _superseded(waiting, settings)[:left]
            relief.dropped += [(a, "backlog full: a newer notice in this room stands for it") for a in superseded]
            left -= len(superseded)
        if left > 0 and self.staff is not None:
            words = [a for a in waiting if a.kind == "private" and a.plugin in settings.never_give_up
                     and a.plugin != "system" and not a.ref.startswith(FOLDABLE) and a.to is not None
                     and not self.staff(a.to)]
            words.sort(key=lambda a: a.id or 0)
            relief.dropped += [(a, "backlog full: private word to the poster given up") for a in words[:left]]
        return relief

    def _fold(self, waiting: list[Action], relief: Relief) -> int:
        """Fold each recipient's waiting alerts into the oldest one; how many actions that took off the queue."""
        by_whom: dict[str, list[Action]] = {}
        for action in waiting:
            if action.kind == "private" and action.to is not None and action.ref.startswith(FOLDABLE) and (
                    action.ref != SUMMARY or (action.id or 0) in self._lines):
                by_whom.setdefault(action.to, []).append(action)
        taken = 0
        for alerts in by_whom.values():
            if len(alerts) < 2:
                continue
            alerts.sort(key=lambda a: a.id or 0)
            keeper, rest = alerts[0], alerts[1:]
            key = keeper.id or 0
            if key not in self._lines:
                self._lines[key], self._counts[key] = [_first_line(keeper)], 1
            lines = self._lines[key]
            for action in rest:
                if len(lines) < SHOWN:
                    lines.append(_first_line(action))
                self._counts[key] += 1
                relief.folded.append((action, keeper))
            count = self._counts[key]
            keeper.text = self.render("system/alerts_folded.j2", count=count, lines=lines, more=count - len(lines))
            keeper.ref = SUMMARY
            relief.rewritten.append(keeper)
            taken += len(rest)
        return taken

    def forget(self, action: Action) -> None:
        """A summary left the queue."""
        self._lines.pop(action.id or 0, None)
        self._counts.pop(action.id or 0, None)


class PressureReports:
    """What a full backlog gave up, said twice: in the log (a line when a kind is first given up or the backlog
    first goes over, else one per LOG_EVERY_S, each with the totals so far) and to the owners (`tell`, one message
    at most every REPORT_EVERY while the pressure lasts)."""

    def __init__(self, clock: Clock, timers: Timers, limit: Callable[[], int]) -> None:
        self.clock, self.timers, self.limit = clock, timers, limit  # limit: the backlog's, as configured now
        self.tell: Tell | None = None  # set by the app (`wire`)
        self._said_at = -LOG_EVERY_S  # when a backlog-full line was last logged (monotonic)
        self._said_kinds: set[str] = set()  # plugin/kind given up that a logged line named
        self._given: Counter[str] = Counter()  # given up for a full backlog since the last report
        self._folded = 0  # alerts folded into summaries since the last report
        self._timer: TimerHandle | None = None

    def relieved(self, relief: Relief, overflow: int, given_up: GiveUps) -> None:
        """Count and log what one overflow gave up (`given_up`: the outbox's totals, this relief counted in)."""
        for action, _ in relief.dropped:
            self._given[f"{action.plugin}/{action.kind}"] += 1
        self._folded += len(relief.folded)
        dropped = given_up.by("dropped")
        if time.monotonic() - self._said_at >= LOG_EVERY_S or dropped.keys() - self._said_kinds:
            self._said_at = time.monotonic()
            self._said_kinds |= dropped.keys()
            if relief:
                counts = ", ".join(f"{k}={n}" for k, n in dropped.items()) or "none"
                log.warning("backlog full: gave up %d actions (given up so far: %s; alerts folded into summaries: "
                            "%d)", len(relief), counts, sum(given_up.by("folded").values()))
            if len(relief) < overflow:
                log.warning("backlog over its limit by %d actions that are never given up (removals, notices in "
                            "the group, removal asks, messages to owners)", overflow - len(relief))

    def arm(self, relief: Relief) -> None:
        """Tell the owners about it within REPORT_EVERY, together with what else is given up meanwhile."""
        if relief and self._timer is None and self.tell is not None:
            self._timer = self.timers.call_at(self.clock.now() + REPORT_EVERY, self._report, "outbox-pressure")

    async def _report(self) -> None:
        self._timer = None
        given_up, folded = dict(sorted(self._given.items())), self._folded
        self._given, self._folded = Counter(), 0
        if (given_up or folded) and self.tell is not None:
            await self.tell(given_up, folded, self.limit())


WHAT = {  # what an operator calls each plugin's kind of message
    "faq/say": "群里的自动答疑", "faq/private": "私聊的自动答疑",
    "welcome/say": "群里的新人欢迎", "welcome/private": "给新人的私信欢迎",
    "nudge/say": "成员等回复时的暖场回应", "nudge/private": "提醒运营回复成员（含投诉）",
    "moderation/private": "给发广告的人的私信", "moderation/say": "同一个群里重复的广告提醒",
    "commands/say": "群里指令的回复", "commands/private": "私聊指令的回复",
    "posts/say": "定时内容", "posts/private": "给群主的提醒",
    "members/private": "成员动态提醒和问候", "activities/say": "活动消息", "activities/private": "活动的私聊回复"}


def named(counts: dict[str, int]) -> dict[str, int]:
    """Counts by "plugin/kind" in the words an operator reads (the key itself for one not named here)."""
    out: dict[str, int] = {}
    for key, n in counts.items():
        out[WHAT.get(key, key)] = out.get(WHAT.get(key, key), 0) + n
    return out


def wire(app: App) -> None:
    """Let the app's outbox tell staff from posters, render summaries and tell the owners what it gave up."""
    outbox = app.outbox
    outbox.pressure.staff = lambda contact: app.role_of(contact) != "member"
    outbox.pressure.render = lambda template, **values: app.scripts.render(
        template, bot_name=app.config.bot.name, **values).text

    async def tell(given_up: dict[str, int], folded: int, limit: int) -> None:
        await app.tell_owners("system/outbox_pressure.j2", given_up=named(given_up), folded=folded, limit=limit)
    outbox.pressure_reports.tell = tell

