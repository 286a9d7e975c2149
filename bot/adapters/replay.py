"""Replay: recorded chat events (chat-events.md) through the whole bot on a virtual clock; actions to JSONL."""
from __future__ import annotations

import json
import logging
import os
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, TextIO

from bot.actions import Action
from bot.adapters.base import Adapter, action_record
from bot.app import App, PluginFinder, find_plugin
from bot.driver import ClockDriver
from bot.events import MESSAGE_TYPES, Event, MemberJoined, MemberLeft, MessageReceived, Person
from bot.store import THROWAWAY

log = logging.getLogger("qunbot.replay")
REPLAY_COMMIT_EVERY = 1000


class BadLine(ValueError):
    """A line of the events file that cannot be used."""


def _ts(raw: Any) -> datetime:
    try:
        ts = datetime.fromisoformat(str(raw))
    except ValueError:
        raise BadLine(f"ts is not ISO 8601: {raw!r}") from None
    if ts.utcoffset() is None:
        raise BadLine(f"ts has no UTC offset: {raw!r}")
    return ts


def _people(raw: Any) -> tuple[Person, ...]:
    if not isinstance(raw, list) or not raw:
        raise BadLine("members must be a non-empty list of {id, name}")
    try:
        return tuple(Person(str(m["id"]), str(m.get("name", ""))) for m in raw)
    except (TypeError, KeyError):
        raise BadLine("members must be a non-empty list of {id, name}") from None


def parse_event(obj: Any) -> Event:
    """One JSON object of the events file as an event; BadLine says what is wrong."""
    if not isinstance(obj, dict):
        raise BadLine("expected a JSON object")
    kind = obj.get("kind")
    if "id" not in obj or "ts" not in obj:
        raise BadLine("every event needs id and ts")
    event_id, ts = str(obj["id"]), _ts(obj["ts"])
    if kind == "message":
        if not obj.get("sender"):
            raise BadLine("message needs sender")
        mtype = obj.get("type", "text")
        if mtype not in MESSAGE_TYPES:
            raise BadLine(f"unknown message type {mtype!r}, expected one of {', '.join(MESSAGE_TYPES)}")
        return MessageReceived(id=event_id, ts=ts, room=obj.get("room"), room_topic=obj.get("room_topic"),
                               sender=str(obj["sender"]), sender_name=str(obj.get("sender_name") or ""),
                               type=mtype, text=str(obj.get("text") or ""), url=obj.get("url"),
                               title=obj.get("title"), image=obj.get("image"),
                               mentions=tuple(str(m) for m in obj.get("mentions") or ()),
                               reply_to=str(obj["reply_to"]) if obj.get("reply_to") else None)
    if kind in ("join", "leave"):
        if not obj.get("room"):
            raise BadLine(f"{kind} needs room")
        people = _people(obj.get("members"))
        if kind == "join":
            return MemberJoined(id=event_id, ts=ts, room=str(obj["room"]), room_topic=obj.get("room_topic"),
                                members=people, inviter=obj.get("inviter"))
        return MemberLeft(id=event_id, ts=ts, room=str(obj["room"]), room_topic=obj.get("room_topic"),
                          members=people, remover=obj.get("remover"))
    raise BadLine(f"unknown kind {kind!r}, expected message, join or leave")


def read_events(path: Path, errors: TextIO) -> Iterator[Event]:
    """Events of a JSONL file; a bad line is reported with its number and skipped."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield parse_event(json.loads(line))
            except (json.JSONDecodeError, BadLine) as exc:
                print(f"{path.name}:{number}: skipped: {exc}", file=errors)


class ReplayAdapter(Adapter):
    """Writes each delivered action as one JSON line, in the input's UTC offset."""

    name = "replay"

    def __init__(self, out: TextIO, tz: tzinfo, folder: Path) -> None:
        self.out, self.tz, self.folder, self.count = out, tz, folder, 0

    async def image_bytes(self, event: MessageReceived, limit: int) -> bytes | None:
        """An image named in the events file, relative to that file."""
        if not event.image:
            return None
        path = self.folder / event.image
        try:
            if path.stat().st_size > limit:
                return None
            return path.read_bytes()
        except OSError as exc:
            log.warning("image unreadable event=%s path=%s error=%s", event.id, path, exc.strerror)
            return None

    async def deliver(self, action: Action) -> None:
        """Write the action."""
        record = action_record(action)
        assert action.delivered_at is not None
        record["ts"] = action.delivered_at.astimezone(self.tz).isoformat()
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1


@dataclass
class Summary:
    """The --stats line."""

    events: int
    actions: int
    wall_s: float
    events_per_s: float
    p50_ms: float
    p99_ms: float
    peak_rss_mb: float
    dropped: dict[str, int]  # what the outbox gave up, {"plugin/kind": count}: a full backlog, quiet hours, an operator
    failed: dict[str, int]  # actions that failed every attempt


def _percentile(sorted_ms: list[float], q: float) -> float:
    if not sorted_ms:
        return 0.0
    return sorted_ms[min(len(sorted_ms) - 1, int(q * len(sorted_ms)))]


async def replay(events_path: Path, config_path: Path, out: TextIO, errors: TextIO,
                 until: datetime | None = None, find: PluginFinder = find_plugin) -> Summary:
    """Feed every event at its time, let the clock run on, and return the run's figures."""
    events = list(read_events(events_path, errors))
    first = events[0].ts if events else (until or datetime.now().astimezone())
    tz = first.tzinfo
    assert tz is not None
    adapter = ReplayAdapter(out, tz, events_path.parent)
    # a throw-away store in one process: group many units of work per commit (stop commits the rest);
    # QUNBOT_REPLAY_STORE_URL names an empty store to replay into instead (to measure replay on PostgreSQL)
    store_url = os.environ.get("QUNBOT_REPLAY_STORE_URL") or THROWAWAY
    app = App(config_path, adapter, start=first, store_url=store_url, seed=0, find=find,
              commit_every=REPLAY_COMMIT_EVERY)
    driver = ClockDriver(app)
    started = time.perf_counter()
    await app.start()
    latencies: list[float] = []
    for event in events:
        await driver.advance_to(event.ts)  # timers due before the event are not its latency
        t0 = time.perf_counter()
        await driver.feed(event)
        latencies.append((time.perf_counter() - t0) * 1000)
    end = until or ((events[-1].ts if events else first) + timedelta(minutes=10))
    await driver.advance_to(end)
    wall = time.perf_counter() - started
    await app.stop()
    latencies.sort()
    return Summary(events=len(events), actions=adapter.count, wall_s=round(wall, 3),
                   events_per_s=round(len(events) / wall, 1) if wall else 0.0,
                   p50_ms=round(_percentile(latencies, 0.50), 3), p99_ms=round(_percentile(latencies, 0.99), 3),
                   peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                   dropped=app.outbox.given_up.by("dropped"), failed=app.outbox.given_up.by("failed"))
