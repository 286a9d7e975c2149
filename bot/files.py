"""Files operators edit while the bot runs (FAQ, keyword lists): their modification times, looked up sparingly.

Looking at a file's time costs a system call; a plugin that asks on every message asks through
`ctx.file_mtime(path)`, which looks again only when a second has passed (or, on a virtual
clock, a minute of its time), so an edit is picked up within a second live.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timedelta
from pathlib import Path

from bot.clock import Clock

WALL_S = 1.0
VIRTUAL = timedelta(minutes=1)


class FileTimes:
    """Cached modification times; -1.0 for a file that is not there."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._seen: dict[Path, tuple[float, datetime, float]] = {}  # path -> (wall, clock, mtime)

    def mtime(self, path: Path) -> float:
        """The file's modification time as last seen (at most a second old)."""
        wall, now = time.monotonic(), self.clock.now()
        seen = self._seen.get(path)
        if seen is not None and wall - seen[0] < WALL_S and now - seen[1] < VIRTUAL:
            return seen[2]
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            mtime = -1.0
        self._seen[path] = (wall, now, mtime)
        return mtime


ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")  # as saved by editors, Excel and Notepad's "ANSI" (GBK)
_log = logging.getLogger("qunbot.files")


class UnreadableText(OSError):
    """A file that is in none of the encodings operators' editors save in."""


def read_text(path: Path) -> str:
    """An operator's file as text: UTF-8 with or without BOM, else GB18030/GBK (with a warning naming it).

    Line ends are normalised. A file in none of these raises UnreadableText (an OSError) with a
    reason that names the file.
    """
    data = Path(path).read_bytes()
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030":
            _log.warning("file %s is not UTF-8; read it as GBK/GB18030 (save it as UTF-8 to be sure)", path)
        return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raise UnreadableText(0, "不是 UTF-8 或 GBK 编码，请用记事本“另存为”UTF-8 后再试 (not UTF-8 or GBK text)", str(path))
