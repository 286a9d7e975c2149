"""Follow-ups: "那周末呢？" a few minutes after "几点开门" is read together with the question before it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chinese_text import compact, simplify, strip_mentions
from bot.undo import Map
from plugins.faq.asking import KINDS
from plugins.faq.entry import Match
from plugins.faq.matcher import FaqIndex
from plugins.faq.words import FILLER, STOP_CHARS, STOP_WORDS, cut

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
    opening hours again); only when they name no entry on their own is it read as the question before with its words
    in place of the ones they stand in for ("小孩游泳票多少钱", then "那大人呢": the adults' price, not the
    children's again)."""
    own = index.best(text, floor, require_question)
    if before is None:
        return own, text
    reading = asked_instead(before, text)[-120:]  # kept for the next follow-up (kept short)
    if own is not None:
        return own, reading
    return index.best(reading, floor, require_question), reading


def asked_instead(before: str, text: str) -> str:
    """The question before, asked about the follow-up's own words instead: they take the place of the words before
    of the same kind (周一 for 周末, 上午 for 晚上) or sharing a character (国画课 for 书法课), else of the first
    word the question before is about ("小孩游泳票多少钱" and "那大人呢": "大人游泳票多少钱")."""
    said = [w for chunk in _chunks(before) for w in (*cut(chunk), " ")]
    new = [w for chunk in _chunks(text) for w in cut(chunk)
           if w not in STOP_WORDS and w.strip() and w not in said]
    if not new:
        return "".join(said).strip()
    content = [i for i, w in enumerate(said) if w.strip() and w not in STOP_WORDS]
    alike = [i for i in content if any(_alike(said[i], n) for n in new)]
    replaced = alike or content[:1]
    if not replaced:
        return "".join(new) + " " + "".join(said).strip()
    return "".join("".join(new) if i == replaced[0] else w for i, w in enumerate(said)
                   if i == replaced[0] or i not in replaced).strip()


def _chunks(text: str) -> list[str]:
    """A message as the member wrote it (simplified, mentions and preambles out), in chunks between punctuation."""
    return re.split(r"[^\w]+|_+", FILLER.sub(" ", simplify(strip_mentions(text))).lower())


def _alike(word: str, other: str) -> bool:
    """Whether a follow-up's word can stand in for a word before: values of the same kind (a day, a time of day, an
    age, a price) or two names sharing a character."""
    if any(gives.fullmatch(word) and gives.fullmatch(other) for _, gives in KINDS.values()):
        return True
    return len(word) > 1 and len(other) > 1 and bool((set(word) & set(other)) - STOP_CHARS)


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
