"""Conversation: what was said lately in one room, as understanding needs it (who asked, who answered, when)."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

KEEP = 60  # messages remembered per room: enough for half an hour of a busy group


class Kind(StrEnum):
    """What a message does for the people reading it."""

    QUESTION = "question"  # asks for information
    REQUEST = "request"  # asks someone to do something, or for help
    COMPLAINT = "complaint"  # a complaint, or a problem with a product or a service
    THANKS = "thanks"
    GREETING = "greeting"
    SHARING = "sharing"  # an article, a video, a tip, an experience worth reading, an operator's notice
    ANSWER = "answer"  # answers someone else's question or request
    SMALLTALK = "smalltalk"
    ACK = "ack"  # 好的 / 收到 / 👍 / a 接龙 line
    MEDIA = "media"  # a photo, voice message, sticker or video with no words of its own


ASKING = frozenset({Kind.QUESTION, Kind.REQUEST, Kind.COMPLAINT})


BOT = ""  # the sender of the bot's own answers the conversation remembers (bot.understanding.Reader.answered)


@dataclass(frozen=True, slots=True)
class Said:
    """One message as the conversation remembers it."""

    id: str
    sender: str
    ts: datetime
    kind: Kind
    operator: bool = False
    addresses: str | None = None  # id of the message it responded to
    media: bool = False  # a photo, video, voice message, sticker, link or card rather than typed words
    text: str = ""  # the first words of it, for whoever reads a thought of several lines back
    by_bot: bool = False  # the bot's own answer (Reader.answered): it closes a question; an invitation skips it


class Conversation:
    """The last few dozen messages of one room, newest last."""

    def __init__(self, said: Iterable[Said] = ()) -> None:
        self.said: deque[Said] = deque(said, maxlen=KEEP)

    def add(self, said: Said) -> None:
        """Remember a message that was just read."""
        self.said.append(said)

    def revise(self, ids: Iterable[str], kind: Kind) -> None:
        """Read earlier fragments of one thought again, as the kind the whole thought turned out to be."""
        wanted = set(ids)
        if not wanted:
            return
        for n, said in enumerate(self.said):
            if said.id in wanted:
                self.said[n] = replace(said, kind=kind)

    def follows_blocked(self, sender: str, ts: datetime, gap_s: int, within_s: int, stopped: datetime | None) -> bool:
        """The sender's line a plugin stopped at `stopped` (bot.stopped), no more than `within_s` ago, is part of
        their own lines just before `ts` (nobody else between, each within `gap_s` of the next): this line goes on
        with it ("还有十袋" / "要的抓紧" after the caught pitch). When the stopped line was said before this
        conversation was remembered (a restart), the sender's lines since are all it has: nobody else spoke."""
        if stopped is None or ts < stopped or (ts - stopped).total_seconds() > within_s:
            return False  # nothing stopped, stopped too long ago, or this line came before it
        lines = self.thought(sender, ts, gap_s)
        first = lines[0].ts if lines else ts
        if first <= stopped:
            return True  # the stopped line is one of them
        remembered_from = self.said[0].ts if self.said else ts
        return (remembered_from >= first and remembered_from > stopped
                and (first - stopped).total_seconds() <= gap_s)

    def find(self, message_id: str | None) -> Said | None:
        """The remembered message with this id."""
        return next((s for s in reversed(self.said) if s.id == message_id), None)

    def last_from(self, senders: Iterable[str]) -> Said | None:
        """The latest message by any of `senders` (for a mention: what they said last)."""
        wanted = set(senders)
        return next((s for s in reversed(self.said) if s.sender in wanted), None)

    def thought(self, sender: str, ts: datetime, gap_s: int) -> list[Said]:
        """The sender's own lines just before `ts`, each within `gap_s` of the next, with nobody else between (the
        bot's own answer to one of them does not part them: 鸡蛋怎么订 / (the FAQ answers) / 我不会弄)."""
        lines: list[Said] = []
        later, gap = ts, timedelta(seconds=gap_s)
        for said in reversed(self.said):
            if said.sender == BOT:
                continue
            if said.sender != sender or later - said.ts > gap:
                break
            lines.append(said)
            later = said.ts
        return lines[::-1]

    def member_line_before(self, lines: int) -> Said | None:
        """The line someone other than the bot said before the last `lines` such lines, or None when there is none
        (read back from the end: most messages look only a line or two back)."""
        for said in reversed(self.said):
            if said.sender != BOT:
                if not lines:
                    return said
                lines -= 1
        return None

    def open_ask(self, ts: datetime, window_s: int, *, besides: str, kinds: frozenset[Kind] = ASKING,
                 by_member: bool = False) -> Said | None:
        """The latest member's question, request or complaint within `window_s` that is still open.

        The asker's thanks closes what they asked; for a member who might answer (`by_member`), so do
        the asker's acknowledgement and an operator's answer, while an operator may still follow up.
        Other members' answers close nothing (several people may answer one question). `besides` is
        the one who may be answering: never their own ask.
        """
        return next(self.open_asks(ts, window_s, besides=besides, kinds=kinds, by_member=by_member), None)

    def open_asks(self, ts: datetime, window_s: int, *, besides: str, kinds: frozenset[Kind] = ASKING,
                  by_member: bool = False) -> Iterator[Said]:
        """Every ask still open within `window_s` as `open_ask` tells it, the latest first."""
        closed: set[str] = set()
        answered: set[str | None] = set()
        since = ts - timedelta(seconds=window_s)
        for said in reversed(self.said):
            if said.ts < since:
                return
            if said.kind is Kind.THANKS or (by_member and said.kind is Kind.ACK):
                closed.add(said.sender)
            elif by_member and said.operator and said.kind is Kind.ANSWER:
                answered.add(said.addresses)
            elif (said.kind in kinds and not said.operator and said.sender != besides
                  and said.sender not in closed and said.id not in answered):
                yield said

    def last_answer_to(self, asker: str, ts: datetime, window_s: int) -> Said | None:
        """The latest answer given to `asker` within `window_s` (what their thanks is for)."""
        asked = {s.id for s in self.said if s.sender == asker}
        since = ts - timedelta(seconds=window_s)
        for said in reversed(self.said):
            if said.ts < since:
                return None
            if said.sender != asker and (said.addresses in asked or said.operator):
                return said
        return None
