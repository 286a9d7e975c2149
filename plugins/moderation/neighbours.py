"""Neighbours helping each other, not sellers: a call to come along or borrow, one's own used thing let go once in the
open, friends buying together at cost, a household's crop kept for the village."""
from __future__ import annotations

import re

from plugins.moderation.goods import homemade, in_bulk, second_hand, sold
from plugins.moderation.private_call import asked_to_tell, brokers, sellers_short_call

# Whoever wants to come along, join, borrow or have something fetched: a neighbour's call ("想去爬山的跟我说",
# "想加入老乡会的跟我说", "要带菜的跟我说"), not a customer's.
_COMING_ALONG = re.compile(r"(?:想|要|打算|愿意|准备)(?:一起|跟着)?(?:去|参加|加入|借|带|拼车|搭车|同行|出游|爬|逛)"
                           r"[\u4e00-\u9fff]{0,10}的")



def neighbourly(plain: str) -> bool:
    """A call to whoever wants to come along, join, borrow or have something fetched, with nothing on sale."""
    return (_COMING_ALONG.search(plain) is not None and (brokers(plain) or asked_to_tell(plain))
            and not sold(plain) and not homemade(plain))


def passed_on(plain: str) -> bool:
    """One's own used thing let go once, in the open ("吸奶器用了两个月 … 旧的150出 有需要的说一声"): not a dealer's
    stock, and not sold as sellers do, privately ("感兴趣的私聊")."""
    return second_hand(plain) and not in_bulk(plain) and not sellers_short_call(plain)


# A few friends or households acting together, the poster one of them ("我们几个老姐妹说好了一起订羊肉 … 按斤算不赚钱",
# "几家一起卖价能高点"), or a household's own crop kept for the village ("自己种的 … 给本村的 不往外卖").
_AMONG_US = re.compile(r"几(?:个|家)[\u4e00-\u9fff]{0,4}?(?:说好了?)?一起(?:订|买|卖|团)|说好了?一起(?:订|买|卖|团)")
_AT_COST = re.compile(r"不赚钱|不挣钱|不加价|一分不赚|没差价|按进价|(?:原价|进价)给|价能高")
_VILLAGE_ONLY = re.compile(r"给本村|本村的|不往外卖|只给(?:乡亲|邻居|街坊)")


def among_neighbours(plain: str) -> bool:
    """Friends or households buying or selling together at cost, the poster one of them, or a household's own crop
    kept for the village: no seller in the middle."""
    return "一起" in plain and _AMONG_US.search(plain) is not None and _AT_COST.search(plain) is not None \
        or "村" in plain and _VILLAGE_ONLY.search(plain) is not None and homemade(plain)
