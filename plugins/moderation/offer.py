"""An offer made to the room with the poster in the middle: what private selling, poaching and testimonies are.

Each is written from what the technique is, not from phrasings seen in a group, one module a technique:
- **brokering** (`private_call`): the poster singles out whoever wants something ("要的 / 想去的 / 有需要的 / 谁要")
  and puts themself between them and it ("找我 / 跟我说 / 我带你们 / 我统一订 / 私"). Alone it is how neighbours help
  each other ("想去爬山的跟我说", `neighbours`); with anything sold (`goods`: a price, goods on offer, a loan, a job, a
  cure) it is a sale moved out of the group.
- **poaching** (`poaching`): something cheaper or better than what the group or its organiser arranged, and the poster
  takes members there, or members steered away to the poster's own shop or club.
- **testimony** (`testimony`): a before-and-after story of something used for a while, and stock of it the poster
  holds or can get. The story alone is a recommendation and passes.
- **kept private** (`kept_private`): a fixer, something kept from the group, members steered to the poster's goods.
This module puts them in the order they are asked and adds goods handed over for money the poster takes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from plugins.moderation.goods import holds_stock, homemade, in_bulk, paid_or_traded, second_hand, sold, wants_to_buy
from plugins.moderation.kept_private import kept_or_steered
from plugins.moderation.neighbours import among_neighbours, own_surplus_at_cost
from plugins.moderation.poaching import poached
from plugins.moderation.prices import named_price
from plugins.moderation.private_call import asks_privately, brokers, sellers_call
from plugins.moderation.testimony import testimony

# The poster takes the money for goods handed over or still left ("钱我帮他收", "钱转我 我让她给你拿").
_TAKES_MONEY = re.compile(r"钱(?:我(?:帮[他她])?收|(?:先)?转(?:给)?我|给我)")
_HANDS_OVER = re.compile(r"给(?:你|您)(?:拿|寄|送|带)")
_COUNTER = r"[个张盒瓶套件本支台只枚份袋斤箱把罐条双副包顶块]"
_LEFT = re.compile(rf"剩下?(?:[\d一二两三四五六七八九十几]+|十来|几){_COUNTER}")
_UNIT_PRICE = re.compile(rf"[一每]{_COUNTER}[\d一二两三四五六七八九十百]|"
                         rf"[\d一二两三四五六七八九十百]+(?:块|元)?(?:钱)?一{_COUNTER}")
_GROUP_BUY = re.compile(r"接龙|集体采购|凑够|凑齐|凑单|大家说好")  # a group buy agreed among members


@lru_cache(maxsize=4)  # asked by the rules, the free-help exception and the warnings
def offer(plain: str) -> str | None:
    """Why the message is a sale brokered by the poster (sold privately, poaching, testimony), or None."""
    broker = brokers(plain)
    if own_surplus_at_cost(plain):  # "包了好多粽 自己吃不完 五块一个 成本价 要的跟我说": no rival undercut
        return None
    if (why := poached(plain, broker)) is not None:
        return why
    left = "剩" in plain and _LEFT.search(plain) is not None
    if "钱" in plain and _TAKES_MONEY.search(plain) is not None and (left or _HANDS_OVER.search(plain)):
        return "brokered sale"  # "他不会弄手机 钱我帮他收 … 剩五个了", "钱转我 我让她给你拿"
    if left and _UNIT_PRICE.search(plain) is not None \
            and not second_hand(plain) and _GROUP_BUY.search(plain) is None:
        return "stock priced"  # "一盒二十 … 剩十来盒": goods by the piece, and how many are left to buy
    if testimony(plain, holds_stock(plain), broker):
        return "testimony"  # "用了一个月 不疼了 我这还有 要的说"
    private = broker or asks_privately(plain)
    if private or sellers_call(plain):  # each reading below needs such a call
        if (why := kept_or_steered(plain, broker, private)) is not None:
            return why
    if among_neighbours(plain):
        return None  # neighbours and friends together, not a seller in the middle
    if private and not wants_to_buy(plain) \
            and (sold(plain) or named_price(plain) or homemade(plain)) \
            and (not second_hand(plain) or in_bulk(plain) or paid_or_traded(plain)):
        return "brokered sale"
    return None
