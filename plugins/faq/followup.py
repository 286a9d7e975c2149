"""Follow-ups: "那周末呢？" a few minutes after "几点开门" is read together with the question before it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chinese_text import compact, simplify, strip_mentions
from bot.undo import Map
from plugins.faq.matcher import FaqIndex, Match

# A follow-up leans on the question before it: it starts with 那/还有 or ends with 呢.
LEANS = re.compile(r"^(那|那么|还有|另外|然后|要是|如果)|呢$")


@dataclass
class PerMember:
    """One remembered value per member per room (or privately) for `window`; past 5,000 the oldest go first."""

    window: timedelta = timedelta(minutes=5)
    last: Map[tuple[str, str], tuple[str, datetime]] = field(default_factory=Map)  # rolls back with its handler

    def keep(self, room: str, sender: str, value: str, at: datetime) -> None:
        self.last[(room, sender)] = (value, at)
        if len(self.last) > 5000:  # old ones go first (dicts keep insertion order)
            for key in list(self.last)[:1000]:
                del self.last[key]

    def within(self, found: tuple[str, datetime] | None, now: datetime) -> str | None:
        """The value of `found` while it is still within the window."""
        return found[0] if found is not None and now - found[1] <= self.window else None


class Asked(PerMember):
    """The last question each member asked in each room (or privately), and when."""

    def remember(self, room: str, sender: str, text: str, at: datetime) -> None:
        """Keep a member's question to read a follow-up with."""
        self.keep(room, sender, text, at)

    def before(self, room: str, sender: str, text: str, now: datetime) -> str | None:
        """The member's question before this one, when this one is a follow-up to it within the window."""
        question = self.within(self.last.get((room, sender)), now)
        return question if question is not None and LEANS.search(compact(simplify(strip_mentions(text)))) else None


def read(index: FaqIndex, before: str | None, text: str, floor: float,
         require_question: bool = True) -> tuple[Match | None, str]:
    """The entry a message asks about, and the reading to read its own follow-up with.

    A follow-up's own new words decide what it is about ("学校几点开门", then "那周末呢": the weekend entry, not the
    opening hours again); only when they name no entry on their own does the question before supply what they leave
    out ("药店几点开门", then "那过年呢": the opening hours, which say so)."""
    own = index.best(text, floor, require_question)
    if before is None:
        return own, text
    reading = f"{before} {text}"[-120:]  # the whole exchange, for the next follow-up (kept short)
    if own is not None:
        return own, reading
    return index.best(reading, floor, require_question), reading


# A yes to "您是想问…吗？是的话回个是或者1": the digit, or a short yes and nothing else.
YES = re.compile(r"^(1|１|一|是|是的|是啊|是呀|对|对的|对啊|对呀|对对|对对对|嗯|嗯嗯|要|要的|好|好的|就是|就是这个)"
                 r"[。.!！~～]*$")


class Offered(PerMember):
    """The entry the bot asked a member about ("您是想问…吗？"), in each room (or privately), and when."""

    def offer(self, room: str, sender: str, entry: str, at: datetime) -> None:
        """Remember that the member was asked whether they meant `entry`."""
        self.keep(room, sender, entry, at)

    def taken(self, room: str, sender: str, text: str, now: datetime) -> str | None:
        """The entry offered to the member, when this message says yes to it within the window (asked once: the
        offer is gone after any answer)."""
        entry = self.within(self.last.pop((room, sender), None), now)
        return entry if entry is not None and YES.match(compact(simplify(strip_mentions(text)))) else None
