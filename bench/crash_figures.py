"""What the crash test checks after a run: the fake service's journal of sends against what the bot decided (its
action log), as figures: delivered once, lost, doubled (and why), posts due and sent, waits left open."""
from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.busy_hour import NUDGE_AFTER_S, POST_EVERY_MIN, ROOMS
from bench.live_bot import MENTIONS, JournalPuppet


@dataclass
class Figures:
    """One run's (or all runs') figures."""

    runs: int = 1
    kills: int = 0
    down_s: int = 0  # fast-clock seconds from a kill to the next life's login
    events: int = 0  # members' messages and joins sent to the bot
    events_not_recorded: int = 0  # taken off the stream by a bot that was killed before it recorded them
    decided: int = 0  # actions in the bot's action log (say, private)
    delivered_once: int = 0
    lost: int = 0  # decided, never sent
    doubled: int = 0  # sent more often than decided
    doubled_in_one_life: int = 0  # of those, sent twice by one life of the bot (not explained by a kill)
    doubled_ms_before_kill: list[int] = field(default_factory=list)  # the send of each closest to a kill, this long
    doubled_what: list[str] = field(default_factory=list)  # where, what, how often decided, which lives sent it
    unexplained: int = 0  # sent, never decided
    given_up: int = 0  # decided, then dropped or failed by the outbox (counted, never silently)
    posts_due: int = 0  # every 15 minutes in each room
    posts_decided: int = 0
    posts_skipped: int = 0  # due while the bot was down longer than the late grace: skipped by design, logged
    posts_delivered: int = 0
    waits_opened: int = 0
    waits_left_open: int = 0  # still open well after they were due a nudge: not re-armed
    problems: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name, value in asdict(other).items():
            if isinstance(value, int) and name != "runs":
                setattr(self, name, getattr(self, name) + value)
        self.doubled_ms_before_kill += other.doubled_ms_before_kill
        self.doubled_what += other.doubled_what
        self.runs += other.runs
        self.problems += other.problems


def count_in_store(folder: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{folder / 'bot.db'}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return -1


def check_journal(folder: Path, puppet: JournalPuppet, figures: Figures, up_at: datetime, stopped_at: datetime,
           downs: list[tuple[datetime, datetime]]) -> None:
    db = sqlite3.connect(f"file:{folder / 'bot.db'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT kind, room, \"to\", text, status, plugin, created_at FROM actions "
                          "WHERE kind IN ('say', 'private')").fetchall()
        recorded = {r[0] for r in db.execute("SELECT id FROM messages")}
        waits = db.execute("SELECT opened_at, state FROM nudge_pending").fetchall()
    finally:
        db.close()
    figures.events_not_recorded = sum(1 for mid in puppet.said if mid not in recorded)
    decided: Counter = Counter()
    posts: Counter = Counter()
    cutoff = stopped_at - timedelta(seconds=60)  # posts due by then have certainly run
    # every tick from the first start to the cutoff (a post goes to the rooms the bot knows: both from the start)
    first = up_at.replace(second=0, microsecond=0) + timedelta(minutes=1)
    ticks = [first + timedelta(minutes=m) for m in range(int((cutoff - first).total_seconds() // 60) + 1)]
    ticks = [t for t in ticks if t.minute % POST_EVERY_MIN == 0]
    for kind, room, to, text, status, plugin, created in rows:
        if status in ("dropped", "failed"):
            figures.given_up += 1
            continue
        key = (room if kind == "say" else to, text)
        decided[key] += 1
        if plugin == "posts" and ticks and ticks[0] <= _tick_of(created) <= ticks[-1]:
            posts[key] += 1  # a post for a tick counted as due: the same bounds on both sides of the check
    sent = Counter((r.conversation_id, MENTIONS.sub("", r.text)) for r in puppet.sent("MessageSendText"))
    figures.decided = sum(decided.values())
    for key in decided.keys() | sent.keys():
        d, s = decided[key], sent[key]
        figures.delivered_once += min(d, s)
        if d > s:
            figures.lost += d - s
        elif s > d and d:
            figures.doubled += s - d
            _explain_double(puppet, key, d, figures)
        elif s > d:
            figures.unexplained += s
    # a tick the bot was down for longer than the late grace after is skipped by design, and logged
    skipped = sum(p.read_text(errors="replace").count("job skipped id=posts:slot:") for p in folder.glob("bot-*.log"))
    figures.posts_skipped = len(ROOMS) * skipped
    figures.posts_due = len(ROOMS) * len(ticks) - figures.posts_skipped
    figures.posts_decided = sum(posts.values())
    figures.posts_delivered = sum(min(n, sent[key]) for key, n in posts.items())
    figures.down_s = round(sum((back - down).total_seconds() for down, back in downs))
    figures.waits_opened = len(waits)
    late = (stopped_at - timedelta(seconds=NUDGE_AFTER_S + 60)).astimezone(UTC).replace(tzinfo=None)
    figures.waits_left_open = sum(1 for opened, state in waits
                                  if state == "open" and datetime.fromisoformat(opened) < late)


def _tick_of(created: str) -> datetime:
    """The post tick an action recorded at `created` (UTC, as stored) was decided for: posts run at most the late
    grace (under one period) after their tick, so it is the period's start."""
    at = datetime.fromisoformat(created).replace(tzinfo=UTC)
    return at.replace(minute=at.minute - at.minute % POST_EVERY_MIN, second=0, microsecond=0)


def _explain_double(puppet: JournalPuppet, key: tuple, decided: int, figures: Figures) -> None:
    """Whether a doubled action went out twice from one life of the bot, and how long before a kill the send closest
    to one went (the one a crash caught in flight)."""
    sends = [(generation, at) for text, where, generation, at in puppet.sends if (where, text) == key]
    generations = [generation for generation, _ in sends]
    if len(set(generations)) < len(sends) - decided + 1:
        figures.doubled_in_one_life += 1
    before = [min(k for k in puppet.kills if k >= at) - at for _, at in sends if any(k >= at for k in puppet.kills)]
    if before:
        figures.doubled_ms_before_kill.append(round(min(before) * 1000))
    figures.doubled_what.append(f"{key[0]} {key[1][:20]!r} decided {decided}, sent by lives {generations}")
