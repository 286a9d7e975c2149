"""The sandbox: play groups in the terminal (`张姐: 你好`, `张姐: [图片]`, `+李叔`, `/help`, `#群2 张姐: 你好`)."""
from __future__ import annotations

import asyncio
import itertools
import re
import sys
import tempfile
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlmodel import col, select

from bot.actions import Action
from bot.adapters.base import Adapter
from bot.adapters.replay import keep_file
from bot.app import App
from bot.driver import DRAIN_LIMIT, ClockDriver
from bot.events import MEDIA_TAGS, Event, MemberJoined, MemberLeft, MessageReceived, Person
from bot.models import Member
from bot.store import THROWAWAY
from bot.terminal_text import say

if TYPE_CHECKING:
    from bot.console.server import ConsoleServer

ROOM, TOPIC = "sandbox", "沙盒群"
LineSource = Callable[[str], Awaitable[str]]  # shows a prompt, gives the typed line with its newline ("" at the end)
SETTLE = timedelta(seconds=30)  # after each line the clock runs this far by itself
_WAIT = re.compile(r"^:wait\s+((?:\d+(?:\.\d+)?\s*[smhd]\s*)+|\d+(?:\.\d+)?)$")  # 3m, 90s, 14h30m, 2 (minutes)
_WAIT_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"s": 1, "": 60, "m": 60, "h": 3600, "d": 86400}
MEDIA = {tag: kind for kind, tag in MEDIA_TAGS.items()}  # what `张姐: [图片]` sends
_QUOTE = re.compile(r"^[>＞]\s*([^\s:：]{1,30})\s*(.*)$")  # `张姐: >李叔 三楼`: quotes 李叔's latest line
_MENTION = re.compile(r"@([^\s@\u2005]{1,30})")


class SandboxAdapter(Adapter):
    """Prints each action as it is delivered."""

    name = "sandbox"

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.closed = False  # nobody reads our output any more (e.g. `| head`)
        self.heard: deque[str] = deque(maxlen=200)  # what was printed lately: the console's sandbox page shows it
        self._images: Path | None = None
        self._saved = itertools.count(1)
        self.topics: dict[str, str] = {ROOM: TOPIC}  # room id -> the group's name, for printing

    def room_name(self, room: str) -> str:
        """The group's name as the sandbox shows it."""
        return self.topics.get(room, room)

    def write(self, text: str) -> None:
        """Print to the terminal and keep it for the console."""
        self.heard.append(text.rstrip("\n"))
        self.out.write(text)

    def images(self) -> Path:
        """The folder where images the bot sends are saved (made on first use, kept after the sandbox ends)."""
        if self._images is None:
            self._images = Path(tempfile.mkdtemp(prefix="qunbot-sandbox-images-"))
        return self._images

    def closed_by_reader(self) -> bool:
        """True once nobody reads the output."""
        return self.closed

    async def deliver(self, action: Action) -> None:
        """Print the action; when the reader has gone, stop quietly."""
        try:
            self._print(action)
        except BrokenPipeError:
            self.closed = True

    def _print(self, action: Action) -> None:
        """Print the action in a form a person reads at a glance."""
        assert action.delivered_at is not None
        stamp = action.delivered_at.strftime("%H:%M:%S")
        tag = f"  ({action.plugin}{' ' + action.ref if action.ref else ''})"
        if action.kind == "say":
            mentions = "".join(f"@{m} " for m in action.mentions.split())
            head = f"[{stamp}] 群「{self.room_name(action.room or '')}」机器人: "
            self.write(head + mentions + action.text.replace("\n", "\n" + " " * 8) + tag + "\n")
        elif action.kind == "image":
            saved = keep_file(Path(action.text), self.images(), next(self._saved))
            where = f"群「{self.room_name(action.room)}」" if action.room else f"私聊→{action.to}"
            self.write(f"[{stamp}] {where} 图片: {saved}{tag}\n")
        elif action.kind == "private":
            self.write(f"[{stamp}] 私聊→{action.to}: {action.text.replace(chr(10), chr(10) + ' ' * 8)}{tag}\n")
        else:
            self.write(f"[{stamp}] 把 {action.to} 移出了群{tag}\n")
        self.out.flush()


class Sandbox:
    """Turns typed lines into events on a virtual clock that starts at 09:00 today; keeps nothing between runs."""

    def __init__(self, config_path: Path, out: TextIO) -> None:
        self.out = out
        self.adapter = SandboxAdapter(out)
        self.app = App(config_path, self.adapter, start=time(9, 0), store_url=THROWAWAY)
        self.driver = ClockDriver(self.app)
        self.owner = self.app.config.bot.owners[0] if self.app.config.bot.owners else "店长"
        self.room = ROOM  # the group lines are said in (`#群2` switches)
        self._ids = itertools.count(1)
        self._latest: dict[tuple[str, str], str] = {}  # (room, person) -> id of what they said last, to quote it
        self._turn = asyncio.Lock()  # one line at a time, whether typed in the terminal or in the console

    def _event_id(self) -> str:
        return f"sb{next(self._ids)}"

    @property
    def topic(self) -> str:
        """The name of the group lines are said in now."""
        return self.adapter.room_name(self.room)

    def switch(self, name: str) -> None:
        """Make `name` (a group's name or id) the current group, opening it when new."""
        found = next((room for room, topic in self.adapter.topics.items() if name in (room, topic)), None)
        if found is None:
            found = name
            self.adapter.topics[found] = name
        self.room = found

    def parse(self, line: str) -> Event | timedelta | str | None:
        """A line as an event, a clock jump, a word for the console, or None to ignore."""
        now = self.app.clock.now()
        line = line.strip()
        if line.startswith("#") and len(line) > 1 and not line[1].isspace():  # `#群2 张姐: 你好` or just `#群2`
            name, _, line = line[1:].partition(" ")
            self.switch(name)
            line = line.strip()
            if not line:
                return say("sandbox_room_now", room=self.topic)
        if not line or line.startswith("#"):
            return None
        if line.startswith(":"):
            if line in (":quit", ":q"):
                return "quit"
            if line == ":time":
                return f"sandbox clock: {now:%Y-%m-%d %H:%M:%S %Z}"
            if line == ":rooms":
                return "\n".join(f"{'→' if room == self.room else ' '} 群「{topic}」 id: {room}"
                                 for room, topic in self.adapter.topics.items())
            if line == ":members":
                return self.members()
            if (m := _WAIT.match(line)) is not None:
                return timedelta(seconds=sum(float(n) * _UNITS[unit] for n, unit in _WAIT_PART.findall(m.group(1))))
            if line.split()[0] == ":wait":  # not done: said, so nobody reads a night that never passed
                return say("sandbox_wait_unclear", line=line)
            return self.help()
        room, topic = self.room, self.topic
        if line[0] in "+-" and len(line) > 1:
            people = tuple(Person(n, n) for n in re.split(r"[,，\s]+", line[1:].strip()) if n)
            cls = MemberJoined if line[0] == "+" else MemberLeft
            return cls(id=self._event_id(), ts=now, room=room, room_topic=topic, members=people)
        if line.startswith("/"):
            return MessageReceived(id=self._event_id(), ts=now, room=room, room_topic=topic, sender=self.owner,
                                   sender_name=self.owner, text=line)
        m = re.match(r"^(~?)([^:：]{1,30})[:：]\s*(.*)$", line)
        if m is None:
            return self.help()
        private, name, text = m.groups()
        return self.said(name, text, None if private else room)

    def said(self, name: str, text: str, room: str | None) -> MessageReceived | str:
        """What `name` said: words, a photo, voice, video or sticker, a quote of someone's line, @-mentions."""
        reply_to = None
        if (quote := _QUOTE.match(text)) is not None:
            quoted, text = quote.groups()
            reply_to = self._latest.get((room or "", quoted))
            if reply_to is None:
                return say("sandbox_quote_unknown", name=quoted)
        kind = "text"
        for tag, media in MEDIA.items():
            if text.startswith(tag):
                kind, text = media, text[len(tag):].strip()
                if text and media != "voice":
                    return say("sandbox_media_no_words")
        said = MessageReceived(id=self._event_id(), ts=self.app.clock.now(), room=room,
                               room_topic=self.topic if room else None, sender=name, sender_name=name, type=kind,
                               text=text, mentions=tuple(dict.fromkeys(_MENTION.findall(text))), reply_to=reply_to)
        self._latest[(room or "", name)] = said.id
        return said

    def help(self) -> str:
        """The sandbox's help, naming who is an operator and who the owner in this config."""
        operators = self.app.config.bot.operators
        return say("sandbox_help", operator=operators[0] if operators else "小王", owner=self.owner)

    def members(self) -> str:
        """Who is in the current group now, with how much each said (from the store)."""
        with self.app.store.session() as db:
            rows = db.exec(select(Member).where(Member.room_id == self.room, col(Member.left_at).is_(None))
                           .order_by(col(Member.message_count).desc(), col(Member.contact_id))).all()
        if not rows:
            return say("sandbox_room_empty", room=self.topic)
        return "\n".join([say("sandbox_members", room=self.topic, count=len(rows)), *(
            say("sandbox_member", name=m.name or m.contact_id, id=m.contact_id, said=m.message_count) for m in rows)])

    async def settle(self, *, window: timedelta = SETTLE) -> None:
        """Run the clock over what is due in the next `window` (a welcome's 30 s after a line said; nothing more
        after a `:wait`, so the next line is said at the time waited for), then until queued replies are out."""
        closed = self.adapter.closed_by_reader
        soon = self.driver.now() + window
        if not await self.driver.run_until(closed, soon):
            await self.driver.run_until(lambda: closed() or not self.app.outbox.queued, soon + DRAIN_LIMIT)

    async def run(self, lines: TextIO, typed: LineSource | None = None) -> int:
        """Read lines until end of input or :quit; 0 on a clean end.

        `typed`: lines from a person at a terminal (line editing and history, bot.adapters.sandbox_terminal);
        without it, lines are read plainly from `lines` (piped input).
        """
        await self.app.start()
        console = None
        if typed is not None or lines.isatty():  # a piped sandbox ends with its input: no console for it
            self.out.write(self.help() + "\n")
            console = await self._console()
        loop = asyncio.get_running_loop()
        try:
            while True:
                if typed is not None:
                    line = await typed(f"{self.topic}> ")
                else:
                    line = await loop.run_in_executor(None, lines.readline)
                if not line or self.adapter.closed or not await self.play(line):
                    break
        finally:
            if console is not None:
                await console.stop()
            await self.app.stop()
        return 0

    async def play(self, line: str) -> bool:
        """One typed line (from the terminal or the console's sandbox page), and what it makes due; False to quit."""
        async with self._turn:
            parsed = self.parse(line)
            if parsed == "quit":
                return False
            if isinstance(parsed, str):
                self.adapter.write(parsed + "\n")
            elif isinstance(parsed, timedelta):
                await self.driver.advance(parsed)
                self.adapter.write(f"(sandbox clock now {self.driver.now():%H:%M:%S})\n")
                await self.settle(window=timedelta(0))  # `:wait 30s` then a line: that line is said 30 s on
                return True
            elif parsed is not None:
                await self.driver.feed(parsed)
            await self.settle()
        return True

    async def _console(self) -> ConsoleServer | None:
        """Serve the web console beside the terminal, and say where and how to sign in."""
        if not self.app.config.settings.console.enabled:
            return None
        from bot.console.server import ConsoleServer
        console = ConsoleServer(self.app, sandbox=self)
        if not await console.start():
            self.out.write("console: not started (its port is taken; see console.port in config.yaml)\n")
            return None
        self.out.write(f"console: {console.url}/ - sign in with the link that `~{self.owner}: /console` sends, "
                       f"or open {console.sign_in_link(self.owner)}\n")
        return console


def run_sandbox(config_path: Path) -> int:
    """`qunbot run` with the sandbox adapter: a terminal gets line editing and history, piped input is read plainly."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        from bot.adapters.sandbox_terminal import at_terminal
        return asyncio.run(at_terminal(lambda out: Sandbox(config_path, out)))
    return asyncio.run(Sandbox(config_path, sys.stdout).run(sys.stdin))
