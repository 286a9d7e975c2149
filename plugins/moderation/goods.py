"""What is on sale and whose it is: a price, stock held, goods made at home, one's own used thing, a member buying."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.literals import guarded
from plugins.moderation.prices import named_price
from plugins.moderation.private_call import sellers_call

# One's own used thing, passed on once (README of the training data: a neighbour's 旧婴儿车 for 100 is no advert).
_SECOND_HAND = re.compile(r"旧的|用过|二手(?!房)|闲置|自用|穿过|用不上|用不着|买错|多买了|"
                          r"用了(?:两|几|一|半|\d)(?!个(?![天周星月年]))|"
                          r"[五六七八九]成新|"
                          # giving something up: "儿子不让我养了", "年纪大了养不动了"
                          r"不让我(?:养|种|干|弄|开)了|(?:养|种|干)不动了|以后不(?:养|种|干)了|"
                          # a ticket or a thing bought one too many: "我多抢了一张", "多订了一份"
                          r"多(?:抢|订|定|买|拿|领)了(?:一|两|几)?[张个份件套盒本]?|"
                          # left behind on moving, or left over from one's own use: "电动车不带走", "喝剩两罐",
                          # "就这两罐"
                          r"[\u4e00-\u9fff]{1,3}(?:不带走|带不走|拿不走)|(?:喝|吃|用)剩(?:的|下|了)?|"
                          r"就(?:这|剩)(?:一|两|几)[个台辆罐件盒瓶张套桶袋]|"
                          # one's own thing named as "that one of mine", old or no longer used
                          # ("我那辆老年代步车不开了", "我那台旧电脑出了吧"), or one too many at home ("血压计多一个")
                          r"我(?:家)?那(?:辆|台|个|件|套|部|只|把|张|架|双)(?:旧|[\u4e00-\u9fff]{1,8}?"
                          r"(?:不(?:开|用|骑|穿|戴|弹|拉|玩)了|出了吧|闲着))|多(?:出)?一(?:个|台|辆|套|件|只|张|盒)(?=[\s，,。]|$)")
# Many of them: a dealer's stock, not one's own thing passed on ("二手捷安特 有好几台", "戏服 一大箱 想出掉").
_BULK = re.compile(r"好几(?:台|辆|套|件|箱|个)|一大箱|好多|一批|几十")
# What is sold: a price, goods in stock, a loan, a job, a fee. (Not a ladder lent, a club's membership, a volunteer's
# visit: "想借梯子的跟我说", "想成为会员的跟我说" are neighbours and members helping.)
_SOLD = guarded(
    r"\d(?:\.\d+)?\s*(?:元|块|万)|[一二两三四五六七八九十百千]+(?:元|块)|"
    # "三百" alone is a price; "一百多棵辣椒苗", "两百人" count seedlings or people
    r"[一二两三四五六七八九十\d]+[百千][一二两三四五六七八九]?(?![一二两三四五六七八九]|多?[棵株颗粒人位岁年天次米])|"
    r"[一二两三四五六七八九\d](?:毛|角)(?:钱|一[棵株个斤把])?(?![\u4e00-\u9fff])|"  # "一棵五毛"
    r"便宜|实惠|价格|价钱|优惠|打折|打[一二三四五六七八九\d]折|折扣|内部价|成本价|辛苦费|手续费|利息|到账|借(?:钱|款|点钱)|(?:先|帮忙)借点|贷|"
    r"现货|有货|尾货|码全|断码|一批|都有|齐全|代买|代办|代购|能办|能带|包吃住|工资|月薪|收费|学费|报名费|(?:办|充)会员|会员(?:价|卡)|"
    r"(?:还|只|就)剩下?(?:[\d一二两三四五六七八九十几]+|十来)[个张盒瓶套件本支台只枚份袋斤箱把]|(?:想|要|准备|打算|帮[他她]|替[\u4e00-\u9fff]{1,3})出"
    r"(?=[\s，。,!！~～]|$|[几一两二三四五六七八九十\d]+[本套件台个张只把盒瓶双条批])|钱我(?:帮[他她])?收|"
    r"新品|上新|到货|新款|清仓|特价|包邮|批发|(?<![不没别])卖|(?:原价|半价|低价|便宜|成本价|\d|[一二两三四五六七八九十百千])出(?![去来门发差])|"
    r"我有(?:路子|门路|关系)|(?:钱|款)先?转(?:给)?我|先转(?:钱|账)给我|(?:让|叫)[他她]们?寄|给(?:你们|您|大家)寄|"
    r"我(?:这|这边|这里)有(?:人|货|师傅|阿姨)|非诚勿扰|诚心要的?|诚意要的?|我(?:这|这边|这里)(?:都)?能(?:弄|搞|做|办|修|改|解|刷)|"
    r"(?:老家|家里|自家)带(?:来|过来)的|[\d一二两三四五六七八九十]+(?:节|堂)(?:视频)?课|"
    # a price for friends, goods shown or let go, a service by the hour, a connection that gets a job
    r"(?:同学|群友|朋友|友情|厂家|老乡|熟人|内部|亲戚|自家人|家里人)(?:价|票)|最低价|底价|量大|出掉|看货|出手|转手|问问?价|配送|成色|囤了|"
    r"按(?:小时|天|次|斤|件|亩|平方?)(?:算|收|计)|转出去|我认识(?:人事|领导|校长|院长|里面的人)|能进(?:国企|事业单位|编制|名校|重点)")
# Stock the poster holds or can get, and says so.
_STOCK = re.compile(
    r"我(?:这|这里|这边|手上|手里|家里)?(?:还)?(?:有|剩)(?:几|两|一些|一批|好多|[\d一二三四五六七八九十]+)(?:个?(?:瓶|盒|台|支|包|袋|罐|箱|套|件|斤|条|份|桶|副|双)|个(?=新的|没拆|没开|全新|[，。\s]|$))|买了好多|(?:问|找)我拿|我(?:给|帮)(?:你们|您|你|大家)(?:拿|问)|"
    r"囤了(?:好多|好几|一些|几)|便宜出|(?:能|可以|给(?:大家|你们|您))拿(?:到)?(?:内部价|成本价|出厂价|正品)|"
    r"找我.{0,4}(?:能|可以)?便宜|(?:我|可以)介绍给(?:你|您|大家)|我是他们家(?:的)?会员|(?:找|从)厂家(?:直接)?拿|"
    r"托人买的|我有渠道|(?:找|问|私)我(?:报名|拿|买|订)|帮厂家(?:推|卖)|"
    r"便宜给(?:队友|大家|群友|你们|姐妹|会员|球友)|(?:问|找)我[。!！~～\s]*$|旗舰店|专卖店|店名叫|某宝|某东|某多多|某音|"
    r"问我要(?:链接|地址)|帮(?:你们|您们?|大家)(?:一起)?(?:买|订|拿|带)|"
    # "要的我这有", "我认识做这个的 问我就行", "我有个朋友专门收老白茶", "我把卖的人介绍给你"
    r"(?:要|想要|需要)的?(?:话)?我(?:这|这里|这边)有[。!！~～\s]*$|我认识(?:做|卖)(?:这个|这)?的|"
    r"我有个?(?:朋友|亲戚|熟人)(?:专门|就是)?(?:收|卖|做|种|代理)|把卖的人?介绍给|"
    r"我(?:这|这边|这里)?(?:还)?有(?:一批|好多|一些)|存了(?:几|好几|一些)")


# Made by the poster's own hands: on sale when offered to whoever wants it, unless given for nothing (free_help).
_HOMEMADE = re.compile(r"(?:自己|自家|家里|亲戚|老家)(?:亲戚)?[\u4e00-\u9fff]{0,3}?"
                       r"(?:种|做|养|产|晒|酿|腌|熬|炒|熏|灌|织|纺|自制|焊|蒸|繁|泡|烤|编|缝|剪|绣|刻|雕|捏)的|"
                       r"自制的")
# The poster paid for standing in the middle: a sale even of a neighbour's used thing ("他给我点辛苦费就行").
_COMMISSION = re.compile(r"辛苦费|跑腿费|介绍费|中介费|抽成")
# Used things bought up for a trade ("二手镜头回收价格高 要卖的找我"): a dealer's business, not one's own thing.
_TRADE_IN = re.compile(r"回收|收购")


# A member wanting to buy: the poster is the customer and asks whoever has one to let it go ("想收一棵小品真柏 预算三百
# 以内 有的联系我", "想买个二手钢琴 谁家有不用的"). Sellers speak to buyers ("想买的找我"); a dealer buys up in bulk
# ("长期高价回收").
_BUYING = re.compile(r"(?:想收|求购|想买|想淘|求一)(?![\u4e00-\u9fff]{0,8}的(?:[\s，。,]|朋友|姐妹|宝妈|话|$))"
                     r"[^。！!]{0,30}?"
                     r"(?:有的[^，。\s]{0,3}(?:吱|说|联系|私|找|问|告诉)|有没有|谁(?:家)?有|(?:要|想)出的|出的吗|"
                     r"有[^，。\s]{0,4}(?:不用|闲置|多余)的|(?:卖|转|让)给我)")
_DEALER = re.compile(r"高价|长期|大量|回收|收购|上门收")
# A seller asking buyers ("想买房吗 有没有需要的 … 首付五万"), or pointing to themself and their stock.
_ASKS_BUYERS = re.compile(r"想(?:买|收|淘)[^，。！!？?\s]{0,8}[吗嘛么]|有没有需要的|(?<![不没])要的|首付|"
                          r"找我|我这(?:里|边)?有")


@lru_cache(maxsize=4)  # asked by the sale rules and by the contact rule
def wants_to_buy(plain: str) -> bool:
    """The poster wants to buy something and asks who has one: a customer, not a seller (and not a dealer buying up,
    nor a seller asking who wants to buy, naming a price or their own stock)."""
    return ("想" in plain or "求" in plain) and _BUYING.search(plain) is not None and _DEALER.search(plain) is None \
        and _ASKS_BUYERS.search(plain) is None and not named_price(plain)



@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def sold(plain: str) -> bool:
    """Something is on sale: a price, goods in stock, a loan, a job, a fee."""
    return _SOLD.search(plain) is not None


def holds_stock(plain: str) -> bool:
    """Stock the poster holds or can get, and says so ("我这还有几盒", "能拿内部价", "问我拿")."""
    return _STOCK.search(plain) is not None


def second_hand(plain: str) -> bool:
    """One's own used thing, or one given up or bought one too many ("用过", "闲置", "多订了一张")."""
    return _SECOND_HAND.search(plain) is not None


def in_bulk(plain: str) -> bool:
    """Many of them: a dealer's stock ("好几台", "一大箱")."""
    return _BULK.search(plain) is not None


def homemade(plain: str) -> bool:
    """Made or grown by the poster's own hands or family ("自家种的", "自制的")."""
    return _HOMEMADE.search(plain) is not None


def paid_or_traded(plain: str) -> bool:
    """The poster paid for standing in the middle, or buys used things up for a trade ("辛苦费", "回收")."""
    return _COMMISSION.search(plain) is not None or _TRADE_IN.search(plain) is not None


_GIVEN = re.compile(r"免费|不要钱|白送|送给|送你|送人")
# Goods held in some number ("我这有几块", "手头有一批", "我这还有好多", "存了几饼").
_HOLDS = re.compile(r"(?:我|手)(?:这|这里|这边|上|头|里|家里)?(?:还)?(?:有|剩)(?:几|两|一些|一批|好多|好几|"
                    r"[\d一二三四五六七八九十]+)[\u4e00-\u9fff]{0,2}?(?:[双盒瓶个块支包袋套张本件台罐箱斤条份桶副饼苗只把]|"
                    r"(?<=[批些多])|名额)|囤了|存了(?:几|好几|一些)")


def stock_offered_privately(plain: str) -> bool:
    """Goods the poster holds, in some number, and a seller's call to message privately ("我这有几块黄花梨老料 …
    懂的戳我"), not a used thing of one's own and not given away."""
    return sellers_call(plain) and _HOLDS.search(plain) is not None and _SECOND_HAND.search(plain) is None \
        and _GIVEN.search(plain) is None

