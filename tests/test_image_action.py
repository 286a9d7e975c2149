"""The image action end to end: ctx.image, the outbox and the action log, and each adapter's way of sending it."""
from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from bot.actions import Action
from bot.adapters.replay import replay
from bot.adapters.sandbox import SandboxAdapter
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room
from bot.testing import BASE_CONFIG

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
picture = Plugin(name="picture", description="sends a picture on 图")


@picture.on(MessageReceived, in_room)
async def on_word(ctx: Context, event: MessageReceived) -> None:
    if event.text == "图":
        path = Path("pic.png")
        path.write_bytes(PNG)
        assert event.room is not None
        ctx.image(path.resolve(), room=event.room, ref="pic")
        ctx.image(path.resolve(), to=event.sender, ref="pic")


ON = "\nplugins:\n  picture: {}\n"


async def test_the_memory_adapter_records_images_sent_in_a_room_and_privately(make_bot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bot = make_bot(ON, picture)
    await bot.start()
    await bot.send_message("图", sender="u1")
    await bot.settle()
    images = bot.sent.images()
    assert [(i.room, i.to) for i in images] == [("r1", None), (None, "u1")]
    assert Path(images[0].text).read_bytes() == PNG
    rows = [r for r in bot.app.adapter.sent if r["plugin"] == "picture"]
    assert [(r["action"], r["text"], r["file"]) for r in rows] == [("say", "", images[0].text)] + [
        ("private", "", images[1].text)]


async def test_replay_writes_the_image_beside_the_actions_and_names_it_in_the_optional_file_field(tmp_path,
                                                                                                    monkeypatch):
    monkeypatch.chdir(tmp_path)
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps({"kind": "message", "id": "e1", "ts": "2026-11-23T09:00:00+08:00", "room": "r1",
                                  "sender": "u1", "sender_name": "张姐", "text": "图"}, ensure_ascii=False) + "\n")
    config = tmp_path / "config.yaml"
    config.write_text(BASE_CONFIG + ON, encoding="utf-8")
    out_dir = tmp_path / "out"
    out = io.StringIO()
    await replay(events, config, out, io.StringIO(), find=lambda n: picture if n == "picture" else None,
                 files=out_dir)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["action"] for line in lines] == ["say", "private"]
    assert list(lines[0])[:9] == ["ts", "action", "room", "to", "mentions", "text", "plugin", "ref", "cause"]
    for line in lines:
        kept = Path(line["file"])
        assert kept.parent == out_dir and kept.read_bytes() == PNG


def test_the_sandbox_saves_the_image_and_prints_its_path(tmp_path):
    source = tmp_path / "chart.png"
    source.write_bytes(PNG)
    out = io.StringIO()
    adapter = SandboxAdapter(out)
    action = Action(created_at=datetime.now(UTC), plugin="members", kind="image", to="小王", text=str(source),
                    delivered_at=datetime.now(UTC))
    asyncio.run(adapter.deliver(action))
    printed = out.getvalue()
    assert "私聊→小王 图片: " in printed
    saved = Path(printed.split("图片: ")[1].split("  (")[0])
    assert saved != source and saved.read_bytes() == PNG


def test_wechaty_sends_an_image_as_a_file_box(tmp_path):
    from wechaty_puppet import FileBox

    from bot.adapters.wechaty.adapter import WechatyAdapter
    source = tmp_path / "chart.png"
    source.write_bytes(PNG)
    sent: list[tuple] = []

    async def send_image(room, contact, path):
        sent.append((room, contact, FileBox.from_file(path).name))

    ready = asyncio.Event()
    ready.set()
    adapter = WechatyAdapter.__new__(WechatyAdapter)
    adapter.connection = SimpleNamespace(  # type: ignore[assignment]
        logged_in=ready, logged_out=asyncio.Event(), send_image=send_image)
    adapter.gone = set()
    action = Action(created_at=datetime.now(UTC), plugin="members", kind="image", to="wxid_1", text=str(source))
    asyncio.run(adapter.deliver(action))
    assert sent == [(None, "wxid_1", "chart.png")]
