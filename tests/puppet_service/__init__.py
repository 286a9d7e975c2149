"""The official puppet service from npm (wechaty-puppet-service hosting wechaty-puppet-mock) on loopback, driven
from Python through `serve.mjs` (JSON lines on stdin/stdout). `npm ci` in this folder installs it (.ci/run does)."""
from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import signal
import socket
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALLED = (HERE / "node_modules" / "wechaty-puppet-service").is_dir() and shutil.which("node") is not None
WHY_NOT = "the official puppet service is not installed: run `npm ci` in tests/puppet_service (needs Node 18+)"


def free_port() -> int:
    """A port nothing listens on at the moment (the npm server wants one named)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OfficialService:
    """The npm puppet service with the mock puppet behind it, in a Node process this object drives."""

    def __init__(self, token: str = "test-token", self_id: str = "bot-self") -> None:
        self.token = token
        self.self_id = self_id
        self.port = free_port()
        self.calls: list[dict] = []
        self.process: asyncio.subprocess.Process | None = None
        self._answers: dict[int, asyncio.Future] = {}
        self._seq = 0
        self._ready: asyncio.Future | None = None
        self._reader: asyncio.Task | None = None

    async def serve(self) -> int:
        """Start the Node process; returns the port once the gRPC server listens."""
        env = {**os.environ, "PORT": str(self.port), "TOKEN": self.token, "SELF_ID": self.self_id,
               "WECHATY_LOG": os.environ.get("QUNBOT_TEST_WECHATY_LOG", "silent"),
               "NODE_OPTIONS": "--no-deprecation"}
        self.process = await asyncio.create_subprocess_exec(
            "node", str(HERE / "serve.mjs"), cwd=HERE, env=env, stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, limit=1 << 22,
            stderr=None if os.environ.get("QUNBOT_TEST_WECHATY_LOG") else asyncio.subprocess.DEVNULL)
        self._ready = asyncio.get_running_loop().create_future()
        self._reader = asyncio.create_task(self._read())
        await asyncio.wait_for(self._ready, 60)
        return self.port

    async def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        async for raw in self.process.stdout:
            line = json.loads(raw)
            if "ready" in line and self._ready is not None and not self._ready.done():
                self._ready.set_result(line["ready"])
            elif "call" in line:
                self.calls.append(line)
            elif "ok" in line or "error" in line:
                answer = self._answers.pop(line.get("ok", line.get("seq")), None)
                if answer is not None and not answer.done():
                    if "error" in line:
                        answer.set_exception(RuntimeError(line["error"]))
                    else:
                        answer.set_result(None)

    async def do(self, op: str, **fields: object) -> None:
        """One command to the service (see serve.mjs), answered once done."""
        assert self.process is not None and self.process.stdin is not None
        self._seq += 1
        answer = asyncio.get_running_loop().create_future()
        self._answers[self._seq] = answer
        self.process.stdin.write((json.dumps({"op": op, "seq": self._seq, **fields}) + "\n").encode())
        await self.process.stdin.drain()
        await asyncio.wait_for(answer, 30)

    # -- the world, as the tests describe it -------------------------------------------------------
    async def contact(self, cid: str, name: str, friend: bool = True) -> None:
        await self.do("contact", id=cid, name=name, friend=friend)

    async def room(self, rid: str, topic: str, members: list[str], owner: str | None = None) -> None:
        await self.do("room", id=rid, topic=topic, members=members, owner=owner or self.self_id)

    async def login(self) -> None:
        await self.do("login")

    async def say(self, sender: str, text: str, room: str | None = None, mentions: list[str] | tuple = ()) -> None:
        if room:
            await self.do("say", **{"from": sender, "text": text, "room": room, "mentions": list(mentions)})
        else:
            await self.do("say", **{"from": sender, "text": text, "to": self.self_id})

    async def image(self, sender: str, room: str, png: bytes) -> None:
        await self.do("image", **{"from": sender, "room": room, "png": base64.b64encode(png).decode()})

    async def join(self, room: str, invitees: list[str], inviter: str) -> None:
        await self.do("join", room=room, invitees=invitees, inviter=inviter)

    async def down(self) -> None:
        """The gRPC server stops: its streams are cut, nothing listens on the port."""
        await self.do("down")

    async def up(self) -> None:
        await self.do("up")

    def freeze(self) -> None:
        """The whole service stops answering while its connections stay open (SIGSTOP): a silent stream."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    # -- what the bot asked for --------------------------------------------------------------------
    def texts(self) -> list[tuple[str, str, list[str]]]:
        return [(c["conversation"], c["text"], c["mentions"]) for c in self.calls if c["call"] == "MessageSendText"]

    def removals(self) -> list[tuple[str, str]]:
        return [(c["room"], c["contact"]) for c in self.calls if c["call"] == "RoomDel"]

    def images_read(self) -> list[str]:
        return [c["message"] for c in self.calls if c["call"] == "MessageImage"]

    async def close(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.thaw()
            self.process.kill()
            await self.process.wait()
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)
