"""A danger typed in several short lines (摔了 / 起不来 / 腿疼), or a sign of despair told twice, read as one message.

Members over sixty often type a matter a few words at a time. Each room's last speaker and their short lines of the
last `PIECES_S` are read together by the emergency reading (bot.danger.emergency); a sign of despair that is no danger
alone is read with the same member's last such line of `DESPAIR_S`. A line that alone says the danger is over or
thanks (`OVER`) is never folded into the lines before.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from bot import dialect
from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.danger import despair, emergency_model
from bot.danger.emergency import Danger, despairing, reading

PIECES_S = 60  # a member's lines this close to the first, nobody else between, are read together for a danger
DESPAIR_S = 600  # one sign of despair this close to another of the same member's (others between or not): read together
PIECE_CHARS = 20  # a fragment is short (摔了, 在厕所摔倒了); a longer line says its own matter (read alone)
# a line that alone says the danger is over or thanks (出来了 谢谢, 没事了, 找到了): never folded into the lines before
OVER = _any(r"""谢谢 谢谢你们 谢谢大家 感谢 多谢 好的 好了 嗯 哦 没事了 没事 人没事了? (我|人|已经)?(都)?出来了
救出来了 门开了 找到了 回来了 不用了 虚惊一场""")
_OVER = re.compile(rf"^(?:{OVER}|\W)+$")


class Pieces:
    """Each room's last speaker and their short lines of the last `PIECES_S`: a danger typed in several short lines
    (摔了 / 起不来 / 腿疼) is read as one message; anyone else speaking in between, or a long line, starts afresh."""

    def __init__(self) -> None:
        self._rooms: dict[str, tuple[str, list[tuple[datetime, str]]]] = {}
        self._signs: dict[tuple[str, str], tuple[datetime, str, str]] = {}  # a member's last line with one despair sign

    def danger(self, room: str, sender: str, ts: datetime, words: str) -> Danger | None:
        """Note a message (words "" for a photo or a sticker) and read the sender's lines so far as one."""
        last, lines = self._rooms.get(room, ("", []))
        window = timedelta(seconds=PIECES_S)
        lines = [(at, said) for at, said in lines if last == sender and ts - at <= window]
        short = words and len(compact(words)) <= PIECE_CHARS and not _OVER.match(simplify(words))
        lines = (lines + [(ts, words)])[-8:] if short else []
        self._rooms[room] = (sender, lines)
        if len(self._rooms) > 5000:  # private chats come and go: forget the quiet ones
            self._rooms = {key: kept for key, kept in self._rooms.items() if kept[1] and ts - kept[1][-1][0] <= window}
        if len(lines) < 2:
            return self._despair_told_before(room, sender, ts, words)
        joined = "，".join(said.strip() for _, said in lines)  # 我家狗狗，摔了: a pet's words still reach its fall
        # joined lines are never met again: not cached; despair too (我妈这几天老说 / 不想活了: hers, not the writer's)
        said = dialect.danger_in_mandarin.__wrapped__(simplify.__wrapped__(joined))
        found = reading(said, emergency_model.shipped()) or despairing(said, cached=False)
        return None if found is None else replace(found, pieces=joined)


    def _despair_told_before(self, room: str, sender: str, ts: datetime, words: str) -> Danger | None:
        """A sign of despair that is no danger alone, read with the same member's last such line of `DESPAIR_S`,
        others speaking between or not (我妈这几天老说活着没意思 … 今天把药都藏起来了)."""
        weight = despair.lone_sign(words) if words else None
        if weight is None or despair.despair(words) is not None:
            return None  # no sign, a joke or a story, or the line is heard alone
        key, window = (room, sender), timedelta(seconds=DESPAIR_S)
        before = self._signs.get(key)
        self._signs[key] = (ts, words, weight)
        if len(self._signs) > 5000:
            self._signs = {k: kept for k, kept in self._signs.items() if ts - kept[0] <= window}
        if before is None or ts - before[0] > window or "heavy" not in (before[2], weight):
            return None  # two farewells (对不起大家 … 以后就拜托大家了) are a farewell, not despair
        joined = f"{before[1].strip()}，{words.strip()}"
        found = despairing(joined, cached=False)
        return None if found is None else replace(found, pieces=joined)
