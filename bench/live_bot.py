"""What the crash test drives: the fake puppet service keeping its journal across the bot's lives, and `qunbot run`
in a child process that is started, killed and started again."""
from __future__ import annotations

import asyncio
import json
import re
import signal
import sys
import time
from pathlib import Path

from wechaty_grpc.wechaty import puppet as pb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.fake_puppet import FakePuppet  # noqa: E402

MENTIONS = re.compile(r"^(@\S+[ \u2005])+")  # the client writes "@name " before a room message for each mention


class JournalPuppet(FakePuppet):
    """The fake service, keeping its journal across the bot's lives: logs the account in again on each new event
    stream (as the official server does) and stamps members' messages with the bot's fast time."""

    def __init__(self, fast_now) -> None:
        super().__init__()
        self.fast_now = fast_now
        self.logged = True  # the bot's account is logged in on the service from the start
        self.said: list[str] = []  # ids of members' messages emitted
        self.generation = 0  # event streams opened so far; only the newest is the live bot's
        self.opened: list[int] = []  # where in `calls` each event stream was opened
        self.sends: list[tuple[str, str, int, float]] = []  # (text, conversation, stream generation, when) per send
        self.kills: list[float] = []  # when the bot was killed (monotonic)

    def say(self, sender: str, text: str, room: str | None = None, kind: int = 7, mentions=(),
            mid: str | None = None) -> str:
        mid = super().say(sender, text, room, kind, mentions, mid)
        self.messages[mid]["ts"] = int(self.fast_now().timestamp() * 1000)
        self.said.append(mid)
        return mid

    async def _event_stream(self, stream) -> None:
        """As the fake's, but a stream whose client was killed hands the event it took back to the newest one
        (the fake keeps events for the next connection; a real service would drop what came while none was open)."""
        self._check_token(stream)
        await stream.recv_message()
        self.calls.append(("Event", None))
        self.generation += 1
        self.opened.append(len(self.calls))
        mine = self.generation
        if self.logged:  # as the official server does on a new stream: the account is logged in
            self.events._queue.appendleft(pb.EventResponse(  # type: ignore[attr-defined]
                type=pb.EventType.EVENT_TYPE_LOGIN, payload=json.dumps({"contactId": self.self_id})))
        while True:
            response = await self.events.get()
            if mine != self.generation:
                self.events._queue.appendleft(response)  # type: ignore[attr-defined]
                return
            try:
                await stream.send_message(response)
            except Exception:
                self.events._queue.appendleft(response)  # type: ignore[attr-defined]
                raise

    def _send_text(self, request):
        self.sends.append((MENTIONS.sub("", request.text), request.conversation_id, self.generation, time.monotonic()))
        return super()._send_text(request)

    def _message(self, request):
        response = super()._message(request)
        response.timestamp = self.messages[request.id].get("ts", 0)
        return response


class Bot:
    """`qunbot run` in a child process."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder, self.env = folder, env
        self.process: asyncio.subprocess.Process | None = None
        self.lives = 0
        self.logins_before = 0

    async def start(self, puppet: JournalPuppet) -> None:
        self.lives += 1
        self.logins_before = self._logins(puppet)
        log = (self.folder / f"bot-{self.lives}.log").open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(self.folder / "config.yaml"), cwd=ROOT, env=self.env,
            stdout=log, stderr=log)
        log.close()

    @staticmethod
    def _logins(puppet: JournalPuppet) -> int:
        """Logins the bot has handled: its client asks for the account's own contact on each (and on a few other
        occasions, so only the first after a new stream counts)."""
        bounds = [*puppet.opened, len(puppet.calls)]
        return sum(1 for start, end in zip(bounds, bounds[1:], strict=False)
                   if any(name == "ContactPayload" and getattr(request, "id", None) == puppet.self_id
                          for name, request in puppet.calls[start:end]))

    def logged_in(self, puppet: JournalPuppet) -> bool:
        """This life of the bot has logged in."""
        return self._logins(puppet) > self.logins_before

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> int:
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        return self.process.returncode or 0

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.folder.glob("bot-*.log")))


async def until(check, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True
