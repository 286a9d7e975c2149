"""Follow-ups: "那周末呢？" a few minutes after "几点开门" is read together with the question before it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chinese_text import compact, simplify, strip_mentions
from bot.undo import Map

# A follow-up leans on the question before it: it starts with 那/还有 or ends with 呢.
LEANS = re.compile(r"^(那|那么|还有|另外|然后|要是|如果)|呢$")


@dataclass
class Asked:
    """The last question each member asked in each room (or privately), and when."""

    window: timedelta = timedelta(minutes=5)
    last: Map[tuple[str, str], tuple[str, datetime]] = field(default_factory=Map)  # rolls back with its handler

    def remember(self, room: str, sender: str, text: str, at: datetime) -> None:
        """Keep a member's question to read a follow-up with."""
        self.last[(room, sender)] = (text, at)
        if len(self.last) > 5000:  # old ones go first (dicts keep insertion order)
            for key in list(self.last)[:1000]:
                del self.last[key]

    def before(self, room: str, sender: str, text: str, now: datetime) -> str | None:
        """The member's question before this one, when this one is a follow-up to it within the window."""
        found = self.last.get((room, sender))
        if found is None or now - found[1] > self.window:
            return None
        clean = compact(simplify(strip_mentions(text)))
        return found[0] if LEANS.search(clean) else None


# A yes to "您是想问…吗？是的话回个是或者1": the digit, or a short yes and nothing else.
YES = re.compile(r"^(1|１|一|是|是的|是啊|是呀|对|对的|对啊|对呀|对对|对对对|嗯|嗯嗯|要|要的|好|好的|就是|就是这个)"
                 r"[。.!！~～]*$")


@dataclass
class Offered:
    """The entry the bot asked a member about ("您是想问…吗？"), in each room (or privately), and when."""

    window: timedelta = timedelta(minutes=5)
    last: Map[tuple[str, str], tuple[str, datetime]] = field(default_factory=Map)  # rolls back with its handler

    def offer(self, room: str, sender: str, entry: str, at: datetime) -> None:
        """Remember that the member was asked whether they meant `entry`."""
        self.last[(room, sender)] = (entry, at)
        if len(self.last) > 5000:  # old ones go first (dicts keep insertion order)
            for key in list(self.last)[:1000]:
                del self.last[key]

    def taken(self, room: str, sender: str, text: str, now: datetime) -> str | None:
        """The entry offered to the member, when this message says yes to it within the window (asked once: the
        offer is gone after any answer)."""
        found = self.last.pop((room, sender), None)
        if found is None or now - found[1] > self.window:
            return None
        return found[0] if YES.match(compact(simplify(strip_mentions(text)))) else None
