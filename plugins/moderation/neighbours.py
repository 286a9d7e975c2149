"""Neighbours helping each other, not sellers: a call to come along or borrow, one's own used thing let go once in the
open, friends buying together at cost, a household's crop kept for the village."""
from __future__ import annotations

import re

from plugins.moderation.goods import homemade, in_bulk, second_hand, sold
from plugins.moderation.private_call import asked_to_tell, asks_privately, brokers, sellers_short_call

# Whoever wants to come along, join, borrow or have something fetched: a neighbour's call ("想去爬山的跟我说",
# "想加入老乡会的跟我说", "要带菜的跟我说"), not a customer's.
_COMING_ALONG = re.compile(r"(?:想|要|打算|愿意|准备)(?:一起|跟着)?(?:去|参加|加入|借|带|拼车|搭车|同行|出游|爬|逛)"
                           r"[\u4e00-\u9fff]{0,10}的")



# A lift offered ("腿脚不方便的找我 周六我开车带你们去公园"): the poster drives or walks people somewhere.
_A_LIFT = re.compile(r"我(?:开车|骑车|打车)(?:接|送|带|载)(?:你们|大家|您们|你|您)")


def gives_a_lift(plain: str) -> bool:
    """The poster offers to drive whoever needs it somewhere, and asks to be told, with nothing on sale."""
    return _A_LIFT.search(plain) is not None and asked_to_tell(plain) and not sold(plain)


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


# More of one's own than the household can eat or use, let go at cost ("包了好多粽 自己吃不完 … 成本价"): a neighbour's.
_SURPLUS = re.compile(r"(?:吃|食|用|喝)(?:不|唔)(?:完|了|晒)")
_HOUSEHOLD = re.compile(r"自己|自家|家里|屋企|我们家|我家")
_AT_ITS_COST = re.compile(r"成本价|不赚钱|不挣钱|不加价|一分不赚|没差价|按进价|(?:原价|进价)给")


# The household's own, made or grown or sent from home ("我老家寄来的红枣", "我婆婆腌的萝卜干", "我家今年的百合"),
# let go at the market's own price, said so ("跟超市一样", "和菜场一个价"): nothing undercut, no custom drawn away.
_FROM_HOME = re.compile(r"(?:自家|自己|我家|俺家|咱家|老家|家里)|"
                        r"我(?:婆婆|妈|老妈|爸|老伴|爱人|奶奶|姥姥|外婆|公公|老娘)[\u4e00-\u9fff]{0,2}?(?:腌|做|晒|种|包|蒸|炸|熬|酿)的")
_MARKETS_PRICE = re.compile(r"(?:跟|和|同)(?:超市|市场|菜场|菜市场|集上|街上|外面)(?:里|上)?(?:的)?"
                            r"(?:一样|一个价|价钱一样|差不多)")


def own_surplus_at_cost(plain: str) -> bool:
    """More of one's own than the household can eat or use, let go at what it cost, or at a price said in the open
    with no private call ("自己种的藕 吃不完 三块一斤 要的说"), or the household's own at the market's price said in
    the open ("我婆婆腌的萝卜干 五块一包 跟菜场一样 要的说"): not a dealer's stock."""
    if "一样" in plain or "一个价" in plain or "差不多" in plain:
        if _MARKETS_PRICE.search(plain) is not None and _FROM_HOME.search(plain) is not None \
                and not sellers_short_call(plain) and not in_bulk(plain) and not asks_privately(plain):
            return True
    return _SURPLUS.search(plain) is not None and _HOUSEHOLD.search(plain) is not None \
        and (_AT_ITS_COST.search(plain) is not None or not sellers_short_call(plain) and not in_bulk(plain)
             and not asks_privately(plain))


def among_neighbours(plain: str) -> bool:
    """Friends or households buying or selling together at cost, the poster one of them, or a household's own crop
    kept for the village: no seller in the middle."""
    return "一起" in plain and _AMONG_US.search(plain) is not None and _AT_COST.search(plain) is not None \
        or "村" in plain and _VILLAGE_ONLY.search(plain) is not None and homemade(plain)


# The club's own order, gathered by a member ("队里统一订的队服 … 跟我报尺码就行", "群里统一做的文化衫 名字报给我"):
# the group buys together, the poster collects names or sizes; nobody sells to the group.
_CLUB_ORDER = re.compile(r"(?:队里|队上|团里|社里|会里|班里|群里|协会|老乡会|合唱团|舞蹈队|我们队|咱们?队|咱们?群|"
                         r"我们群)"
                         r"[\u4e00-\u9fff]{0,2}?(?:统一|集体)(?:订|定|做|买|印|采购|团)")


# The club's order run down beside someone else's offer ("统一买的腰鼓二百六 贵了 我朋友店里同款一百九"): poaching.
_RUN_DOWN = re.compile(r"太贵|贵了|同款|更好的|外面|网上|京东|淘宝|拼多多|店里|厂家|进货价|别的渠道|质量一般|不用等|"
                       r"跟我(?:走|买|订)")


# ... or a member buying the matching things for the group's own event, answered in the group ("报佳音需要统一的红围巾
# 一条25 我统一去买 要的在群里说个数"): what the poster buys for all, not stock of hers; a seller calls privately
_BUYS_FOR_ALL = re.compile(r"(?:需要|要|得)(?:买|订|定|做|准备|穿|戴|用|拿)(?:一批|一套)?统一的|"
                           r"我(?:来|去|就)?统一(?:去|来)?(?:买|订|定|做|采购|下单)")
_ANSWERED_HERE = re.compile(r"(?:在)?群里(?:说|报|接龙|回|吱)|接龙|报(?:个)?(?:数|尺码|名字)|说(?:个)?数")


def club_order(plain: str) -> bool:
    """The group's own order collected by a member, not run down beside another offer, with no private call of the
    poster's (`sellers_short_call`)."""
    return ("统一" in plain or "集体" in plain) and _CLUB_ORDER.search(plain) is not None \
        and _RUN_DOWN.search(plain) is None and not sellers_short_call(plain)


def buys_for_all(plain: str) -> bool:
    """A member buying the matching things for the group's event, answered in the group (`_BUYS_FOR_ALL`): the
    club's own order even with a price by the piece, unless run down beside another offer or called privately."""
    return _BUYS_FOR_ALL.search(plain) is not None and _ANSWERED_HERE.search(plain) is not None \
        and _RUN_DOWN.search(plain) is None and not sellers_short_call(plain)


# A son's or daughter's particulars posted for a match ("男 87年 181 复旦硕士 外企工作 … 有意的家长私聊我"): the
# person is described by the facts a match is made on, and those interested reply; nobody is selling anything.
_PARTICULARS = (re.compile(r"(?:^|\s)[男女](?:方|孩|生)?[\s，,]*(?:[6-9]\d|0\d)年"),  # sex and year of birth
                re.compile(r"(?<!\d)1[4-9]\d(?:cm|厘米)?(?!\d)"),  # height
                re.compile(r"本科|硕士|博士|研究生|大专|海归|中专"),  # schooling
                re.compile(r"[有无](?:婚)?房|有车|[沪京]籍|户口|独生|离异|未婚|无孩"),  # home and family
                re.compile(r"求男方|求女方|男方要|女方要|要求(?:男方|女方)|想找[^，。\s]{0,4}(?:女孩|男孩|姑娘|小伙)"))


def match_particulars(plain: str) -> bool:
    """A person's particulars for a match: at least three kinds of them (sex and birth year, height, schooling, home,
    what is sought), with nothing in the message but a way to reply."""
    return sum(p.search(plain) is not None for p in _PARTICULARS) >= 3 and not sold(plain)
