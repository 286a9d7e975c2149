"""Questions about somewhere else: a place, shop or service the FAQ never mentions ("明天菜市场几点开门")."""
from __future__ import annotations

import re

from plugins.faq.words import cut, normalise

# Words that name a place or an organisation by how they end; a member asking about one the FAQ
# never mentions is asking about another place, however many other words match.
PLACE_END = re.compile(
    r"(市场|菜场|超市|商场|医院|诊所|药房|药店|银行|图书馆|博物馆|体育馆|学校|小学|中学|大学|幼儿园|公园|广场|驿站|"
    r"小区|物业|社区|店|馆|公司|局|所|站|中心|酒店|宾馆|饭店|餐厅|食堂|影院|车站|机场|地铁|公交)$")
OTHER = re.compile(r"隔壁|别家|别的|其他|其它|对面|楼下|外面|附近")


class Elsewhere:
    """Knows the words of one FAQ, to tell when a message is about a place the FAQ is not about."""

    def __init__(self, asked: list[str], entries: list[str]) -> None:
        # the FAQ's own places are named in its questions and keywords; its answers also name other
        # places (an address "opposite the library") that an entry about them must not be taken for
        self._asked = "".join(normalise(t).replace(" ", "") for t in asked)
        self._entries = [normalise(t).replace(" ", "") for t in entries]

    def unknown(self, normalised: str) -> list[str]:
        """The place words of a message that none of the FAQ's questions or keywords mention."""
        found = [w for chunk in normalised.split() for w in cut(chunk)
                 if len(w) >= 2 and PLACE_END.search(w) and w not in self._asked]
        return found + [m.group() for m in OTHER.finditer(normalised) if m.group() not in self._asked]

    def places(self, normalised: str, entry: int) -> list[str]:
        """The place words of a message that neither the FAQ's questions nor entry `entry` mention."""
        return self.beyond(self.unknown(normalised), entry)

    def beyond(self, unknown: list[str], entry: int) -> list[str]:
        """Of the place words the FAQ's questions do not mention (`unknown`), those entry `entry` does not mention."""
        return [w for w in unknown if w not in self._entries[entry]]

    def mentioned(self, normalised: str, entry: int) -> bool:
        """Is the message about somewhere the FAQ (or this entry) does not cover?"""
        return bool(self.places(normalised, entry))
