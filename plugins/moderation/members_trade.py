"""Rooms where members selling their own goods to each other is the point: a co-op's members offering their
harvest ("俺家还有两百斤土豆 要的加我微信"), a second-hand or group-buying group. There a member's own produce or used
thing, with a way to reach them, is what the group is for; a dealer, a loan, a scheme, a cure or a rival group is
still an advert."""
from __future__ import annotations

import re

from plugins.moderation.goods import homemade, paid_or_traded, second_hand
from plugins.moderation.intent import signals

# A room named for trading among members (an operator names a group for what it is: "合作社群", "小区二手群").
# A farmers' room is also named by the crop its members grow ("枣农电商群", "茶农群", "蜂农之家") or by who they are.
_TRADING_ROOM = re.compile(r"合作社|农户|[果菜枣茶棉瓜桔橘柑橙蕉蔗粮花药椒烟莓菇杏桃梨柿蜂]农|农民|农家|渔民|牧民|"
                           r"养殖户|种植户|农产品|二手|闲置|跳蚤|集市|赶集|团购|拼单|买卖|交易")
# The household's own crop or stock, in a farmer's measure ("俺家还有两百斤土豆", "我家今年收了三十筐橘子").
_OWN_CROP = re.compile(r"(?:俺|我|咱|自)家(?:里|地里|园里)?(?:还|今年|刚)?(?:有|剩|收了?|结了?|摘了?|挖了?|出了?)"
                       r"(?:[\d一二两三四五六七八九十百千几]+|些|一些|不少|好多)?[^，。\s]{0,2}?"
                       r"(?:斤|公斤|箱|筐|袋|担|车|棵|只|头|件|篮|桶)")
# The household's own land or stock named as where it came from ("自家茶园的", "我家果园里摘的", "自己家鱼塘的").
_OWN_LAND = re.compile(r"(?:俺|我|咱|自己?)家(?:的|里)?(?:茶园|茶山|茶树|果园|果树|菜园|菜地|田里|地里|园子|鱼塘|蜂场|"
                       r"牧场|山上|树上)(?:里|上)?[\u4e00-\u9fff]{0,2}?的")
# The household's own crop come in this year ("俺家今年的小米下来了", "我家的新棉花摘完了"), or grown by the household
# ("自家种的红薯", "俺自己种的小米"): told by the harvest, not by a measure.
_OWN_HARVEST = re.compile(r"(?:俺|我|咱|自)家(?:今年|今年的|新|的|地里|地里的)?(?:新)?[\u4e00-\u9fff]{1,3}?"
                          r"(?:下来了|熟了|收了|收完了|摘完了|打完了|出来了|上来了|刨出来了)|"
                          r"(?:俺|我|咱)?(?:自家|自己|俺家|我家|咱家)(?:地里)?种的")
# The farm's own litter or stock let go ("出一窝二十头仔猪", "有十几只羊羔要出"): a breeder's own animals.
_OWN_STOCK = re.compile(r"(?:出|卖|有|下了)(?:一窝|[\d一二两三四五六七八九十百几]+(?:头|只|窝|匹))"
                        r"(?:[\d一二两三四五六七八九十百几]+(?:头|只))?[^，。\s]{0,3}?"
                        r"(?:仔猪|猪崽|猪仔|小猪|肥猪|母猪|架子猪|羊羔|山羊|绵羊|牛犊|小牛|鸡苗|鸭苗|鹅苗|兔子|猪|羊|牛|鸡|鸭|鹅)")
# What members may say of their own goods there: how to reach them, a price, selling words; nothing else.
_TRADE_TALK = frozenset({"call", "price", "sell"})
_CLEARED = frozenset({"contact", "selling", "keyword", "learned"})  # not links, cards, invites, QR codes


def trading_room(setting: bool | None, topic: str | None) -> bool:
    """Whether members trade their own goods in this room: `moderation.members_trade` when set, else the room's name."""
    return setting if setting is not None else bool(topic and _TRADING_ROOM.search(topic))


def own_goods(plain: str, rule: str) -> bool:
    """A member's own harvest, homemade goods or used thing offered in a trading room, caught by `rule`: not a dealer
    (paid to stand in the middle, buying up), and no intent beyond a sale (a loan, a scheme, a lure, a rival)."""
    return rule in _CLEARED and (_OWN_CROP.search(plain) is not None or _OWN_LAND.search(plain) is not None
                                  or _OWN_HARVEST.search(plain) is not None
                                  or _OWN_STOCK.search(plain) is not None or homemade(plain) or second_hand(plain)) \
        and not paid_or_traded(plain) and set(signals(plain)) <= _TRADE_TALK
