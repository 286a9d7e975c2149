"""Poaching: something cheaper or better than what the group or its organiser arranged, and the poster takes members
there ("咱们队服太贵了 … 便宜一半 要的我统一去订"), or members steered away to the poster's own shop or club
("别去他家了 来我们塘"). Without the poster in the middle it is a recommendation, and a neighbour's
"别去饭店了 来我们家吃饺子" is an invitation: both pass. A referral's discount ("报我名字便宜") is the same trade
through a friend's business."""
from __future__ import annotations

import re

from plugins.moderation.goods import sold

# Cheaper or better than what the group has, or another place of the same kind.
_CHEAPER = re.compile(
    r"便宜(?:一半|多了|不少|一大截|[一二两三四五六七八九十百几\d]+)|一半价钱|半价|(?:更|还|也)便宜|价格(?:还|更)?低|"
    r"比.{1,10}(?:便宜|实惠|好|强|专业|低|正宗)|太贵|贵了|(?:另一|另外一?|隔壁|新开的?|新建了?)一?(?:家|个|那|组)|"
    r"(?:钱|费)都省|省(?:钱|一半|不少)|成本价|内部价|出厂价|打[一二三四五六七八九\d]折|我有(?:个)?渠道|免费教|不收钱|(?:更|还)(?:低|便宜|实惠)|少[\d一二两三四五六七八九十]+(?:块|元)|(?:我|我们)(?:这|这边|这里|家)?(?:也有)?同款")
# What the group or its organiser arranged ("群里团的", "群主那", "这个团", "咱们队的"), and another place of the same
# kind: a rival named against it, cheaper, takes members from the group even with nobody in the middle.
_GROUPS_OWN = re.compile(r"群里|群主|团长|这个团|咱们(?:团|群|队|班|会)|团里|队里|会长|班长|队长|领队|导游")
_ELSEWHERE = re.compile(r"另(?:一|外)一?(?:家|个)|隔壁|新开的?|我知道(?:一|有)家|有(?:一)?家|那家|旅行社|"
                        r"(?:店|社|馆|团)(?:里|那边)?(?:同样|一样|同款)")
# Asking the organiser to do better ("是不是能再谈谈价") is a member's question, not a rival's pitch.
_ASKS_ORGANISER = re.compile(r"[?？]|吗|是不是|能不能|可不可以|要不要|谈谈")
# What the club or its officers bought or arranged for members ("队长团的舞蹈鞋", "协会订的泳帽", "会长组织的鉴定会",
# "别等会长统一订了"), the poster's own way instead ("我这有", "我那边才十八", "我直接去厂里拿", "我认识的老师"), and
# members taken along ("下回跟我订", "在我这接龙"): a rival undercutting the club's own purchase, priced or cheaper.
_CLUB_BOUGHT = re.compile(r"(?:队长|会长|团长|群主|协会|学会|合作社|会里|群里|队里|团里|社里|班里|学校)"
                          r"[\u4e00-\u9fff]{0,3}?"
                          r"(?:团|订|定|组织|统一订|统一定|买)的?|"
                          # what the club has on order or arranges ("会长那批舞鞋要等半个月", "协会那边排不上")
                          r"(?:队长|会长|团长|群主|协会|学会|会里|社里)(?:那批|那边)")
_POSTERS_WAY = re.compile(r"我(?:这|那边|这边|这里)|我认识的|我直接")
_WITH_ME = re.compile(r"跟我(?:去|订|买|拿|印|做)|在我这(?:接龙|订|报|买|拿)")
# A price of the poster's own beside the club's ("我那边才十八", "我这只要二十"): an undercut, not a date or a building.
_POSTERS_PRICE = re.compile(r"我(?:这|那边|这边|这里)(?:渠道|路子)?(?:能拿到|才|只要|只卖|就)?"
                            r"[\d一二两三四五六七八九十百]+(?![\d号楼栋点层室人])|"
                            r"[一二三四五六七八九]折|免费|"
                            r"[\d一二两三四五六七八九十百]+(?:块|元)?(?:钱)?就(?:行|够|卖|给)|"
                            # the poster's own, priced alone after it ("我这也是五常的 八十五 还送到楼下")
                            r"我(?:这|那边|这边|这里)[^。！!？?\d]{0,10}?[\s，,](?:才|只要)?"
                            r"[\d一二两三四五六七八九十百]{2,}(?:块|元)?(?=[\s，,。！!]|$)")
# Steering members away from where they go now.
_AWAY = re.compile(r"别(?:在|团|去|买|找|报|跟)|改(?:去|到|在)|换(?:一家|个地方|到)|不如(?:来|去|到)")
# The poster's own shop, club or firm as the alternative ("来我们塘", "来我们旗袍会", "我们公司便宜三成").
_OURS = re.compile(r"我(?:们|家|这个)(?!楼下|附近|旁边|对面|门口|小区|那边|隔壁)的?[\u4e00-\u9fff]{0,6}?"
                   r"(?:店|塘|会(?![\u4e00-\u9fff])|队|团|群|班|机构|公司|工作室|馆|驾校|厂|社)")
# The poster taking members there or booking for them ("我带你们", "跟我走", "我统一去订").
_TAKES = re.compile(r"报名字给我|名字(?:报|发)给我|我(?:去|来|统一)去?(?:订|约|办|报|带|拿|买)|跟我走|跟我(?:订|买|拿)|"
                    r"我(?:带|领)(?:你们|大家|您)")
# What it costs elsewhere, set against the poster's price ("网上才二十 我这十八").
_ELSEWHERE_PRICE = re.compile(r"(?:网上|店里|外面|超市|药店|别处|淘宝|京东|拼多多|市场)[^，。\s]{0,3}(?:才|要|卖|都)?"
                              r"[\d一二两三四五六七八九十百]")
# A discount through the poster: their name given, or the group's, at a friend's or a relative's class or shop.
_BY_MY_NAME = re.compile(r"(?:报|说|提)(?:我的?)?名字[^，。\s]{0,4}(?:便宜|优惠|打折|打?[一二三四五六七八九]折|减)")
_GROUPS_DISCOUNT = re.compile(r"(?:群里的?|群友)[\u4e00-\u9fff]{0,6}?"
                              r"(?:打[一二三四五六七八九]折|[一二三四五六七八九]折|便宜|优惠)")
_CONNECTION = re.compile(r"是我(?:的)?(?:朋友|亲戚|熟人|同学|老乡|学生)|我(?:很|挺)?熟|我朋友开的|"
                         r"(?:的|我)(?:儿媳|女婿|女儿|儿子|侄女|侄子|外甥|闺女)(?:在|开|是)?")

# Who members buy from now: the club and its officers, or a public body ("体育局场地一小时四十",
# "卫生院的家庭医生…一次收二十", "文化馆展厅租一天要好几百"); then the poster's own for less
# ("我们小区那块场子 一小时二十 以后来我这打", "我教的一样 三百 还送球", "拿到我店里只抽一成"). A member comparing
# prices offers nothing of their own: the poster's part must.
_PROVIDER = re.compile(r"队长|会长|团长|群主|协会|学会|合作社|社区|卫生院|医院|体育局|文化馆|街道|居委会|物业|老年大学|"
                       r"俱乐部|会里|队里|团里|社里|班里|学校|活动中心|活动室|文化站|少年宫|体育馆|游泳馆|"
                       # the workplace's own, or what the organiser arranged or recommended, named by role or by name
                       # ("站里修三轮车", "群里团的芡草", "梁哥组织去", "周老师推荐的那家")
                       r"站里|所里|厂里|单位里|工会|班组|群里团|"
                       r"[\u4e00-\u9fff]{1,2}(?:哥|姐|老师|班长|主任|组长)(?:团的|组织|推荐的|订的|定的)")
_OWN_OFFER = re.compile(r"[来到在上]我这|去我那|找我|跟我|我(?:带|教|开)的|我的?店|我家门面|我这(?:也)?(?:有|同)|"
                        r"我认识[\u4e00-\u9fff]{0,6}的|我这(?:边|里)?(?:渠道|路子)|上门|包邮|还(?:送|管|包)|便宜给|"
                        # the poster's own make, a relative's works, or the poster's price said at once
                        # ("我自己扎的五块", "我亲戚厂里出来的", "我这五块一张", "我这边包车一百二")
                        r"我自己(?:做|扎|编|种|印|修|织|绣|烧|配|调|酿|腌|晒|缝)的|"
                        r"我(?:的)?(?:亲戚|朋友|表[哥姐弟妹]|侄子)[\u4e00-\u9fff]{0,2}厂|"
                        r"我这边|我这(?=[\d一二两三四五六七八九十百])")
# Less for the money, or as good for the same ("十块五双 质量一样").
_LESS = re.compile(r"免费|便宜|划算|实惠|只(?:要|收|抽)|才|(?:质量|效果|东西)(?:都)?一样")
# An amount: figures, or numerals in words with their units ("二百八", "一百二", "两百多", "三成"); not a date, a time
# of day, a floor or an age.
_AMOUNT = re.compile(r"(\d+|[一二两三四五六七八九十百千]+)(?![\d年号月日点岁栋楼层路分])")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _value(words: str) -> int:
    """"二百八" 280, "一百二" 120, "四十" 40, "十" 10, "35" 35."""
    if words.isdigit():
        return int(words)
    total, digit, last_unit = 0, 0, 1
    for ch in words:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total, digit, last_unit = total + (digit or 1) * unit, 0, unit
    short = last_unit >= 100 and "零" not in words  # "二百八": the 八 is tens; "二百零五": units
    return total + digit * (last_unit // 10 if short else 1)


def _most(part: str) -> int:
    return max((_value(m.group(1)) for m in _AMOUNT.finditer(part)), default=0)


def undercut(plain: str) -> bool:
    """The club's or a public body's offer with its price, then the poster's own, for less, with the poster's way to it
    (a call, a place, a service, goods sent); or anyone's price, then the poster's for less with the room offered it."""
    if "我" not in plain or "?" in plain or "？" in plain or "吗" in plain:
        return False
    if (provider := _PROVIDER.search(plain)) is not None and (mine := plain.find("我", provider.end())) >= 0 \
            and _OWN_OFFER.search(plain, mine) is not None:
        theirs, own = _most(plain[provider.start():mine]), _most(plain[mine:])
        if theirs > 0 and (0 < own < theirs or _LESS.search(plain, mine) is not None):
            return True
    return _rival_price(plain)


# Anyone's price, then the poster's for less and the room taken up on it ("老孟团的哨片十块一个 我…六块 要多少报个数",
# "协会收六十 我们小区有个师傅 四十就拉 要坐的报名"): the offer to the room stands in for a provider the rules know.
# A member telling what she paid, a lift shared at cost, a deposit or a refund offers nothing of her own.
_TO_THE_ROOM = re.compile(r"就(?:走|拉|给|卖|做|能做|修|剪|送|包)|报个数|要几|要多少|还送|来了再说|上门|到我家来|"
                          r"找我|私我|"
                          r"要[\u4e00-\u9fff]{0,3}的(?:说|报|吱|找|私)")
_CHARGED = re.compile(r"(?:收|交|出|要|卖)[\d一二两三四五六七八九十百千]+|[\d一二两三四五六七八九十百千]+(?:块|元)|"
                      r"[一每](?:个人|人|次|位|盒|把|套|个|台|斤|箱)[\d一二两三四五六七八九十百千]+|"
                      r"[\d一二两三四五六七八九十百千]+[一每](?:个|把|套|盒|台|斤|箱|次)")
_OWN_PRICE = re.compile(r"[\d一二两三四五六七八九十百千]+(?:块|元)|[\d一二两三四五六七八九十百千]+(?:块|元)?就|免费|"
                        r"(?<=[\s的])[\d一二两三四五六七八九十百千]{2,}(?=\s|$)")
_NOT_OFFERED = re.compile(r"怎么|咋|定金|押金|平摊|AA|aa|退|我(?:交|付|花|买)了?|油费|油钱")


def _rival_price(plain: str) -> bool:
    mine = plain.find("我", 1)
    if mine < 0 or _NOT_OFFERED.search(plain) is not None or _TO_THE_ROOM.search(plain, mine) is None:
        return False
    if _CHARGED.search(plain[:mine]) is None or _OWN_PRICE.search(plain, mine) is None:
        return False
    theirs, own = _most(plain[:mine]), _most(plain[mine:])
    return theirs > 0 and (0 < own < theirs or _LESS.search(plain, mine) is not None)


def poached(plain: str, broker: bool) -> str | None:
    """"poaching" when members are taken from what the group arranged to the poster's own or a rival, "referral"
    when a discount comes through the poster's name or connection, else None."""
    cheaper, away = _CHEAPER.search(plain) is not None, _AWAY.search(plain) is not None
    if (cheaper or away) and _OURS.search(plain) is not None:  # "别去他家了 来我们塘"
        return "poaching"
    if (cheaper or away and sold(plain)) and (broker or _TAKES.search(plain) is not None):
        return "poaching"  # "咱们队服太贵了 … 便宜一半 要的我统一去订"
    if cheaper and _GROUPS_OWN.search(plain) is not None and (away or _ELSEWHERE.search(plain) is not None) \
            and _ASKS_ORGANISER.search(plain) is None:
        return "poaching"  # "别跟这个团了 隔壁旅行社同样的线路便宜三百"
    if (cheaper or ("跟我" in plain or "在我这" in plain) and _WITH_ME.search(plain) is not None) \
            and _CLUB_BOUGHT.search(plain) is not None and _POSTERS_WAY.search(plain) is not None \
            and (cheaper or _POSTERS_PRICE.search(plain) is not None):
        return "poaching"  # "协会订的那个泳帽二十五一顶？我那边才十八 … 下回跟我订"
    if ("我这" in plain or "我那边" in plain) and _CLUB_BOUGHT.search(plain) is not None \
            and _POSTERS_PRICE.search(plain) is not None \
            and _ELSEWHERE_PRICE.search(plain) is not None:
        return "poaching"  # "群主定的针头 网上才三十 我这二十五一盒": the club's buy undercut at the poster's
    if "名字" in plain and _BY_MY_NAME.search(plain) is not None or "群" in plain and _GROUPS_DISCOUNT.search(
            plain) is not None and _CONNECTION.search(plain) is not None:
        return "referral"  # "老师是我朋友 群里的报名打九折", "那个大夫我熟 报我名字便宜"
    if undercut(plain):
        return "poaching"  # "队长那个训练班一期六百 我教的一样 三百 还送球"
    return None
