"""Replay: recorded chat events (chat-events.md) through the whole bot on a virtual clock; actions to JSONL."""
from __future__ import annotations

import json
import logging
import os
import resource
import shutil
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from itertools import chain, islice
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
READ_AHEAD = 1000  # events read and announced to the app at once (App.expect)


class BadLine(ValueError):
    """A line of the events file that cannot be used."""


FIRST_YEAR, LAST_YEAR = 2000, 2099  # a date outside is a mistake (and year 9999 would run the clock for ever)


def _text(obj: dict, key: str, *, required: bool = False) -> str | None:
    """A string field, as written: never a number, list or object turned into text; no broken characters."""
    raw = obj.get(key)
    if raw is None or (raw == "" and not required):
        if required:
            raise BadLine(f"{key} is required")
        return None
    if not isinstance(raw, str):
        raise BadLine(f"{key} must be a string, got {type(raw).__name__}")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise BadLine(f"{key} holds a broken character (a lone surrogate or bytes that are not UTF-8)") from None
    if required and not raw:
        raise BadLine(f"{key} is required")
    return raw


def _id(obj: dict, key: str) -> str:
    raw = obj.get(key)
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    value = _text(obj, key, required=True)
    assert value is not None
    return value


_ZONES: dict[timedelta | None, tzinfo | None] = {}


def _ts(raw: Any) -> datetime:
    if not isinstance(raw, str):
        raise BadLine(f"ts must be an ISO 8601 string, got {type(raw).__name__}")
    try:
        ts = datetime.fromisoformat(raw)
    except ValueError:
        raise BadLine(f"ts is not ISO 8601: {raw[:40]!r}") from None
    if ts.utcoffset() is None:
        raise BadLine(f"ts has no UTC offset: {raw!r}")
    if not FIRST_YEAR <= ts.year <= LAST_YEAR:
        raise BadLine(f"ts is out of range (years {FIRST_YEAR}-{LAST_YEAR}): {raw!r}")
    zone = _ZONES.setdefault(ts.utcoffset(), ts.tzinfo)  # one zone object per offset: times with the same object
    return ts if ts.tzinfo is zone else ts.replace(tzinfo=zone)  # compare ~10x faster (no utcoffset calls)


def _people(raw: Any) -> tuple[Person, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(m, dict) for m in raw):
        raise BadLine("members must be a non-empty list of {id, name}")
    return tuple(Person(_id(m, "id"), _text(m, "name") or "") for m in raw)


def _mentions(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(m, str) for m in raw):
        raise BadLine("mentions must be a list of contact ids")
    return tuple(_text({"mention": m}, "mention", required=True) or "" for m in raw)


def parse_event(obj: Any) -> Event:
    """One JSON object of the events file as an event; BadLine says what is wrong (nothing is coerced)."""
    if not isinstance(obj, dict):
        raise BadLine("expected a JSON object")
    kind = obj.get("kind")
    if "id" not in obj or "ts" not in obj:
        raise BadLine("every event needs id and ts")
    event_id, ts = _id(obj, "id"), _ts(obj["ts"])
    if kind == "message":
        if not obj.get("sender"):
            raise BadLine("message needs sender")
        mtype = obj.get("type", "text")
        if mtype not in MESSAGE_TYPES:
            raise BadLine(f"unknown message type {str(mtype)[:20]!r}, expected one of {', '.join(MESSAGE_TYPES)}")
        return MessageReceived(id=event_id, ts=ts, room=_text(obj, "room"), room_topic=_text(obj, "room_topic"),
                               sender=_id(obj, "sender"), sender_name=_text(obj, "sender_name") or "",
                               type=mtype, text=_text(obj, "text") or "", url=_text(obj, "url"),
                               title=_text(obj, "title"), image=_text(obj, "image"),
                               mentions=_mentions(obj.get("mentions")), reply_to=_text(obj, "reply_to"))
    if kind in ("join", "leave"):
        room = _text(obj, "room")
        if not room:
            raise BadLine(f"{kind} needs room")
        people = _people(obj.get("members"))
        if kind == "join":
            return MemberJoined(id=event_id, ts=ts, room=room, room_topic=_text(obj, "room_topic"),
                                members=people, inviter=_text(obj, "inviter"))
        return MemberLeft(id=event_id, ts=ts, room=room, room_topic=_text(obj, "room_topic"),
                          members=people, remover=_text(obj, "remover"))
    raise BadLine(f"unknown kind {str(kind)[:20]!r}, expected message, join or leave")


def _named(event: Event, topics: dict[str, str]) -> Event:
    """The event with its room's name: its own, else the one an earlier event of the room gave."""
    if not isinstance(event, MessageReceived | MemberJoined | MemberLeft) or not event.room:
        return event
    if event.room_topic:
        topics[event.room] = event.room_topic
        return event
    return replace(event, room_topic=topics[event.room]) if event.room in topics else event


def read_events(path: Path, errors: TextIO) -> Iterator[Event]:
    """Events of a JSONL file; a bad line is reported with its number and skipped, never fatal.

    room_topic is optional on each line: an event without it keeps the group's name an earlier event gave, so
    operators read "「夕阳红合唱团」", not the room's id, all through the replay.
    """
    topics: dict[str, str] = {}  # room -> the name its latest event gave
    with path.open(encoding="utf-8", errors="surrogateescape") as fh:  # bytes that are not UTF-8: that line only
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield _named(parse_event(json.loads(line)), topics)
            except (json.JSONDecodeError, BadLine) as exc:
                print(f"{path.name}:{number}: skipped: {exc}", file=errors)
            except RecursionError:
                print(f"{path.name}:{number}: skipped: nested too deeply", file=errors)
            except (ValueError, TypeError, OverflowError) as exc:  # anything else a line can hold
                print(f"{path.name}:{number}: skipped: {type(exc).__name__}: {str(exc)[:80]}", file=errors)


class ReplayAdapter(Adapter):
    """Writes each delivered action as one JSON line, in the input's UTC offset."""

    name = "replay"
    delivers_at_once = True

    def __init__(self, out: TextIO, tz: tzinfo, folder: Path, files: Path | None = None) -> None:
        self.out, self.tz, self.folder, self.count = out, tz, folder, 0
        self.files = files or folder  # images sent are written here (beside the actions file)

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
        if action.kind == "image":
            record["file"] = str(keep_file(Path(action.text), self.files, self.count + 1))
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
    folded: dict[str, int] = field(default_factory=dict)  # alerts a full backlog folded into one summary per person
    # CPU seconds of this process over the same window as wall_s (start-up's imports before it, the store's close
    # after it not counted): what a run costs on a shared machine, where wall clock is mostly the wait for a core
    cpu_s: float = 0.0


def _percentile(sorted_ms: list[float], q: float) -> float:
    if not sorted_ms:
        return 0.0
    return sorted_ms[min(len(sorted_ms) - 1, int(q * len(sorted_ms)))]


def keep_file(path: Path, folder: Path, n: int) -> Path:
    """Copy a sent file into `folder` as `action-N-NAME` and give its new path."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"action-{n}-{path.name}"
    shutil.copyfile(path, kept)
    return kept


def _batches(events: Iterator[Event], size: int) -> Iterator[list[Event]]:
    """The events in lists of `size` (the last one shorter), read as they are wanted."""
    while batch := list(islice(events, size)):
        yield batch


async def replay(events_path: Path, config_path: Path, out: TextIO, errors: TextIO,
                 until: datetime | None = None, find: PluginFinder = find_plugin, files: Path | None = None) -> Summary:
    """Feed every event at its time, let the clock run on, and return the run's figures.

    Images the bot sends are written to `files` (the actions file's folder; default the events file's).
    """
    events = read_events(events_path, errors)  # read as replayed: memory does not grow with the file
    head = next(events, None)
    first = head.ts if head is not None else (until or datetime.now().astimezone())
    tz = first.tzinfo
    assert tz is not None
    adapter = ReplayAdapter(out, tz, events_path.parent, files)
    # a throw-away store in one process: group many units of work per commit (stop commits the rest);
    # QUNBOT_REPLAY_STORE_URL names an empty store to replay into instead (to measure replay on PostgreSQL)
    store_url = os.environ.get("QUNBOT_REPLAY_STORE_URL") or THROWAWAY
    app = App(config_path, adapter, start=first, store_url=store_url, seed=0, find=find,
              commit_every=REPLAY_COMMIT_EVERY)
    driver = ClockDriver(app)
    started, cpu_started = time.perf_counter(), time.process_time()
    await app.start()
    latencies = array("d")  # ms per event, 8 bytes each
    last = first
    for batch in _batches(chain([head] if head is not None else [], events), READ_AHEAD):
        await app.expect(batch)  # the store asked once which of the batch's messages it holds (bot.intake)
        for event in batch:
            await driver.advance_to(event.ts)  # timers due before the event are not its latency
            t0 = time.perf_counter()
            await driver.feed(event)
            latencies.append((time.perf_counter() - t0) * 1000)
            last = event.ts
    end = until or (last + timedelta(minutes=10))
    await driver.advance_to(end)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    await app.stop()
    ordered = sorted(latencies)
    return Summary(events=len(ordered), actions=adapter.count, wall_s=round(wall, 3),
                   events_per_s=round(len(ordered) / wall, 1) if wall else 0.0,
                   p50_ms=round(_percentile(ordered, 0.50), 3), p99_ms=round(_percentile(ordered, 0.99), 3),
                   peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                   dropped=app.outbox.given_up.by("dropped"), failed=app.outbox.given_up.by("failed"),
                   folded=app.outbox.given_up.by("folded"), cpu_s=round(cpu, 3))
