"""`qunbot export`: members, messages, incidents, FAQ and SLA as CSV, and the history as chat events that replay.

A SQLite store is read from a fresh online copy (bot.backup), so a running bot is never disturbed nor locked
out; a PostgreSQL store is read where it is. `events.jsonl` follows chat-events.md exactly: messages (with
mentions, quotes, links) and joins and leaves in time order, times in the bot's timezone, so that
`qunbot replay events.jsonl` plays the history again. Images are not kept by the bot, so an image message
comes back without its file.
"""
from __future__ import annotations

import csv
import heapq
import json
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from bot.actions import Action
from bot.adapters.base import Adapter
from bot.app import App, load_config
from bot.backup import backup
from bot.console.pages.export import EXPORTS, Table
from bot.context import Context
from bot.models import Message, Room, RoomChange
from bot.store_check import inspect_store, resolve
from bot.terminal_text import say

BATCH = 2000  # rows read at a time: a long history is streamed, never held whole


class NothingToExport(Exception):
    """The store cannot be read, or holds nothing yet; says why (in the operator's language)."""


class _Reading(Adapter):
    """An export never sends anything."""

    name = "export"

    async def deliver(self, action: Action) -> None:
        """Nothing is delivered while exporting."""
        raise AssertionError("an export sends nothing")


def _stamp(ts: datetime, tz: tzinfo) -> str:
    return ts.astimezone(tz).isoformat()


def _message_event(m: Message, topic: str | None, tz: tzinfo) -> dict[str, Any]:
    """One message as a chat-events line (optional fields only when there is something in them)."""
    line: dict[str, Any] = {"id": m.id, "ts": _stamp(m.ts, tz), "kind": "message", "room": m.room_id}
    if m.room_id is not None and topic:
        line["room_topic"] = topic
    line |= {"sender": m.sender, "sender_name": m.sender_name, "type": m.type, "text": m.text}
    if m.url:
        line["url"] = m.url
    if m.title:
        line["title"] = m.title
    if m.mentions:
        line["mentions"] = m.mentions.split()
    if m.reply_to:
        line["reply_to"] = m.reply_to
    return line


def _change_event(c: RoomChange, topic: str | None, tz: tzinfo) -> dict[str, Any]:
    """One join or leave as a chat-events line."""
    line: dict[str, Any] = {"id": c.id, "ts": _stamp(c.ts, tz), "kind": c.kind, "room": c.room_id}
    if topic:
        line["room_topic"] = topic
    line["members"] = json.loads(c.members)
    if c.by:
        line["inviter" if c.kind == "join" else "remover"] = c.by
    return line


def chat_events(db: Session, tz: tzinfo) -> Iterator[dict[str, Any]]:
    """Every recorded message, join and leave in time order (joins and leaves first within the same instant)."""
    topics = {r: t for r, t in db.exec(select(Room.id, Room.topic)).all()}
    messages = db.exec(select(Message).order_by(col(Message.ts), col(Message.id))
                       .execution_options(yield_per=BATCH))
    changes = db.exec(select(RoomChange).order_by(col(RoomChange.ts), col(RoomChange.id))
                      .execution_options(yield_per=BATCH))
    keyed = heapq.merge(((c.ts, 0, c.id, c) for c in changes), ((m.ts, 1, m.id, m) for m in messages))
    for _, _, _, row in keyed:
        if isinstance(row, RoomChange):
            yield _change_event(row, topics.get(row.room_id), tz)
        elif isinstance(row, Message):
            yield _message_event(row, topics.get(row.room_id or ""), tz)


def messages(db: Session) -> tuple[list[str], Iterator[list[Any]]]:
    """Every message as a spreadsheet row, oldest first (streamed)."""
    topics = {r: t for r, t in db.exec(select(Room.id, Room.topic)).all()}
    rows = db.exec(select(Message).order_by(col(Message.ts), col(Message.id)).execution_options(yield_per=BATCH))
    return (["时间", "群 ID", "群名", "微信 ID", "名字", "类型", "内容", "链接"],
            ([m.ts, m.room_id or "（私聊）", topics.get(m.room_id or "", "") or "", m.sender, m.sender_name, m.type,
              m.text, m.url or ""] for m in rows))


def _write_csv(path: Path, head: list[str], rows: Iterable[list[Any]], tz: tzinfo) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM: Excel then opens Chinese correctly
        writer = csv.writer(fh)
        writer.writerow(head)
        for row in rows:
            writer.writerow([v.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if isinstance(v, datetime) else v
                             for v in row])


async def export(config_path: Path, to: Path) -> list[Path]:
    """Write the CSV files and events.jsonl into `to`; the files written."""
    config = load_config(config_path)
    folder = config_path.resolve().parent
    url = resolve(config.settings.store.url, folder)
    state = inspect_store(config.settings.store.url, folder)
    if state.problem is not None:
        raise NothingToExport(f"{say(state.problem, url=config.settings.store.url, detail=state.detail)}; "
                              f"{say(state.problem + '_fix')}")
    if state.fresh:
        raise NothingToExport(say("export_fresh", url=config.settings.store.url))
    if state.behind and url.get_backend_name() != "sqlite":  # read where it is: today's columns are not there yet
        raise NothingToExport(say("export_behind", url=config.settings.store.url, config=config_path))
    to.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="qunbot-export-") as scratch:
        if url.get_backend_name() == "sqlite":
            copy = backup(url, Path(scratch), "export")
            store_url = f"sqlite:///{copy}"
        else:
            store_url = config.settings.store.url
        app = App(config_path, _Reading(), store_url=store_url)
        try:
            if url.get_backend_name() == "sqlite":
                app.store.migrate()  # a copy from an older version is read with today's tables
            tz = app.config.bot.tz
            written = []
            for name, (plugin, _, make) in EXPORTS.items():  # what the console offers as CSV, the same way
                if plugin != "commands" and plugin not in app.plugins:
                    continue

                async def read(ctx: Context, make: Any = make) -> Table:
                    return make(ctx)
                written.append(to / f"{name}.csv")
                _write_csv(written[-1], *await app.as_plugin(plugin, read), tz)
            events = to / "events.jsonl"
            with app.store.session() as db:
                written.insert(1, to / "messages.csv")
                _write_csv(written[1], *messages(db), tz)
                with events.open("w", encoding="utf-8") as fh:
                    for line in chat_events(db, tz):
                        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            written.append(events)
        finally:
            app.store.close()
    return written


def default_folder(config_path: Path, now: datetime) -> Path:
    """`exports/YYYYmmdd-HHMMSS` beside config.yaml."""
    return config_path.resolve().parent / "exports" / now.strftime("%Y%m%d-%H%M%S")
