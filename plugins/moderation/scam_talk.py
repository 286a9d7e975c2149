"""Warnings about ads and scams, and stories about them: they quote the scam, and are not adverts."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.literals import guarded
from plugins.moderation.cues import Cues
from plugins.moderation.kept_private import STEERED
from plugins.moderation.offer import offer
from plugins.moderation.prices import named_price, priced_after
from plugins.moderation.private_call import calls_privately

# "别去他家了 … 来我们塘": what follows "don't go there" when a rival poaches, not a warning.
RIVAL_TAIL = (r"[^。！!]{0,24}(?:来|找|到)我(?:们|家)的?[^，。\s]{0,4}"
              r"(?:店|塘|场|会|队|团|群|机构|公司|工作室|这边|这里|班)")
# Warnings about ads and scams, and stories about what a scammer said, quote the scam: they are not adverts.
# 骗 but not a seller's "不是骗子" about themself (a question "是不是骗人的" still doubts the offer)
_WARNING = guarded(r"(?<![不没])(?<!不是)骗|是不是骗|(?:别|不要)信(?![息号封件箱])|"
                      r"别上当|上当|小心(?!心)|警惕|注意.{0,4}(?:骗|假|陌生)|冒充|举报|"
                      r"别加|不要加|别理|是个?坑|坑人|退都退不了|(?:要|让)我(?:先)?(?:付|交)[^。]{0,20}结果|差点(?:就)?(?:买|上当|被骗|信了)|要不回来|人跑了|跑路了|一听就挂|全是引流|都是引流|"
                      r"千万别|不要理|(?:一听|一看)就不对|(?:根本)?没有[\u4e00-\u9fff]{0,4}(?:许可证|资质|执照)|别(?:瞎|乱)(?:买|整|吃|信)|"
                      # what the real one never does: "会长从来不借钱的", "交警从来不这样"
                      r"(?:从来|从)不(?:借钱|这样|会(?:让|要|打|加|借)|让你|要你|打电话|加人)|"
                      r"假(?:会长|群主|老师|客服|警察|交警|领导|管理员|[\u4e00-\u9fff]?会计)|"
                      r"把我拉(?:进|到|了)|拉黑|曝光|套路|非法|是假的|假药|移出|踢了|已经报告|"
                      r"^提醒\s|提醒[:：！!]|提醒大家|提醒一下|"
                      # how the scam ends, told: "最后让你垫钱", "都是先收保证金 然后就不见了"
                      r"最后(?:让|叫|要)你(?:垫|买|交|转|充)|都是先收|然后(?:人)?就?(?:不见了|跑了|联系不上)|别急着(?:转|付|交|买)|立案|报案|报了案|报了警|报警了|被抓|抓了|就是传销|(?<!不)是传销|大家注意[。!！\s]*$|"
                      r"陌生(?:号码?|人|电话)[^，。\s]{0,3}(?:加|打|私信|联系)我|原话|小广告|(?<!不是)(?<!不)打广告|(?<!不)是广告|"
                      r"反诈|自称|谎称|假冒|可疑|钓鱼(?:链接|网站|短信|电话)|留个心眼|轻信|忽悠|"  # 钓鱼 alone: a hobby
                      # retelling someone else's pitch and dropping it: "那个人跟我说“扫码进群送米送油”…赶紧删了"
                      r"(?:那个|有个|这个)(?:人|男的|女的|业务员|推销员)(?:跟|对|和)我说|(?:赶紧|赶快|立马|当场)删了|"
                      r"最后都是|到头来都是|都是为了卖|就是为了卖|目的是卖|(?:后面|后来|最后|其实|原来)(?:就)?是(?:卖|推销)|就是推销|"
                      r"全是(?:卖|推销)|就是高利贷|利滚利|(?<!不)(?<!不是)是假货|拿不回来|找不到人|根本没用|"
                      r"(?:收到|接到)(?:一条|一个|个)?(?:陌生)?(?:短信|电话)|有(?:个)?人(?:私信|私聊|加)我|(?:天天|老|总|又)有人发|"
                      # someone else approached the poster ("有个叫 gz_fantang88 的加我 …"), or the word passed on to a
                      # family ("… 一定跟小孩讲", "回去告诉家里老人"): a warning, whatever scam it names
                      r"有个叫[^，。！!]{1,24}?的?(?:私信|私聊|加|找|打给)了?我|杀猪盘|"
                      r"(?:一定|记得|回去|赶紧|千万)要?(?:跟|和|给|告诉)(?:家里|屋里)?(?:的)?(?:小孩|孩子|子女|儿女|老人|爸妈|"
                      r"父母|家人|家里人|老伴|[他她]们)(?:讲|说|提醒|提个醒|打招呼)?|"
                      # naming what the offer is: "我一听就知道是刷单"
                      r"(?<!不)(?:知道|一看就|一听就|肯定|明显|明摆着)是(?:刷单|传销|资金盘|割韭菜|托儿?|微商)")
# Steering people away ("别去", "别买"): a warning, unless the poster then takes them somewhere of their own
# ("别去社区那个理疗了 … 想去的我带路" poaches; see poaching.py).
_AVOIDING = re.compile(rf"别扫|别点|别转|别进|不要进|别去(?!{RIVAL_TAIL})|别买(?!{RIVAL_TAIL})")
# What a lure turned out to be ("去了就是卖床垫的"): a warning, unless a rival then offers their own ("…来我家 厂家价").
_LURE = re.compile(rf"去了(?:就|才知道)是?(?:卖|推销)(?!{RIVAL_TAIL})")
_WARNS = Cues((("warns", _WARNING), ("avoiding", _AVOIDING)))
# The scammer named by their number or id and called "this person" or "the one who sells …", then what they did
# ("qq 2956… 这个人 说免费送食谱 后面让买药", "… 这个人 收了定金就跑了", "加 … 那个卖球杆的 收了钱不发货"): an advert
# never calls its own contact a third person.
_THIS_PERSON = re.compile(r"(?:\d(?:\s?\d){4,}|[a-z][a-z0-9_]{4,})\s*"
                          r"(?:这个人|这人|此人|这个号|这个账号|那个[\u4e00-\u9fff]{1,6}的)"
                          r"[^。]{0,30}?(?:说|让|叫|收了|骗|跑了|拉黑|删了|不发货|先收钱|不认账|不给退|不退)")


# A member complaining that others post ads ("一天到晚砍一刀 求求了别发了", "天天有人拉人进别的群 烦死了"): what is
# complained of is named, never offered.
_COMPLAINT = re.compile(r"(?:别|不要)(?:再|老|总)?(?:发(?!愁)|在群里发)|谁(?:又|再)?(?:发|拉)|"
                        r"(?:天天|老|总|又)有人|有人(?:天天|老|总)|"
                        r"一天(?:到晚|好几个)|今天第.个|烦死了|看着烦|管管|管一管|请出去|踢出去|刷屏|求求了?|都不认识|"
                        r"(?:我|我们)是[^，。\s]{1,6}的?群|不是菜市场|"
                        r"(?:群里|这个群|这群)(?:天天|老是|总是|一天到晚)|不想看了|看不下去|受不了")
_COMPLAINED_OF = re.compile(r"砍一刀|拉人|广告|链接|卖药|理财|推销|进别的群|进群|刷单")
_COMPLAINED_CHARS = frozenset("砍拉广链卖理推进刷")  # the first of each word above


def complains(plain: str) -> bool:
    """The member complains that others post ads, and offers nothing of their own."""
    return not _COMPLAINED_CHARS.isdisjoint(plain) and _COMPLAINED_OF.search(plain) is not None \
        and _COMPLAINT.search(plain) is not None \
        and offers_nothing(plain)


# "Don't take just anything" said before the poster's own remedy and its price ("可别瞎吃药了 这个艾灸贴肚脐 …
# 一百二十八"): a pitch's opening, not a warning.
_INSTEAD = re.compile(r"别(?:瞎|乱)(?:吃|买|用|整)[^。！!]{0,6}?[\s，,]+[^。！!\s]{0,4}?这(?:个|款|种)")


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def warns(plain: str) -> bool:
    """The text warns about ads or scams, or tells what a scammer said."""
    if "这" in plain and (instead := _INSTEAD.search(plain)) is not None and priced_after(plain[instead.end():]) \
            and not _WARNS.found(plain[instead.end():]):
        return False
    found = _WARNS.found(plain)
    if "warns" in found:  # unless it ends in the poster's own ("舞鞋千万别在网上买 … 我这有几双 想试的单独找我")
        return offer(plain) != STEERED
    if found:  # only steering away: no warning when it ends in the poster's own offer
        return offer(plain) is None
    if _LURE.search(plain) is not None:
        return offers_nothing(plain)
    named = "这个" in plain or "这人" in plain or "此人" in plain or "那个" in plain
    return scam_story(plain) or money_lost(plain) or named and _THIS_PERSON.search(plain) is not None \
        and offers_nothing(plain)


# The poster's own contact: a number with "找我", "我这", "加我" next to it (not "有人加我", the scammer's doing).
_DIGITS = r"(?:[\d零〇一二三四五六七八九][\s-]?){7,}"
_MINE = r"找我|我这|(?<![人的他她])加我"
_OWN_NUMBER = re.compile(rf"(?:{_MINE})[^。！!？?]{{0,12}}?{_DIGITS}|{_DIGITS}[^。！!？?]{{0,4}}?(?:{_MINE})")


def offers_nothing(plain: str) -> bool:
    """Nothing of the poster's own is offered: no sale brokered, no private call, no number of their own."""
    return offer(plain) is None and not calls_privately(plain) and _OWN_NUMBER.search(plain) is None


# A scam story told to the group: someone reached the member, or asked them to add or pay *them*, and the member
# refused, lost touch with them after paying ("后来就联系不上了"), warns not to give ("要银行卡号 别给") or names
# what a scam says ("有个人打电话给我…让我加他微信 xxx…我直接挂了"). Both must show: an advert never
# tells how its own contact was turned down.
_SCAMMER_ASKED = re.compile(r"(?:让|叫|要|逼)我.{0,4}(?:加|扫|转|下载|点|填|汇|打钱|交|付|开)(?:他|她|对方|那个人)|"
                            r"(?:他|她|对方|那人|那个人|骗子)(?:非)?(?:让|叫|要|逼)我|"
                            r"(?:有(?:个|一个)?(?:人|男的|女的)|陌生人|一个(?:男|女)的|陌生号码?)(?:给我)?(?:打电话|打来电话|来电话?|"
                            r"发短信|发消息|发微信|加我)|"
                            # someone reached the member or the group ("有人打 一三九…", "有人在群里发QQ…")
                            r"有(?:个|一个)?人(?:在群里)?(?:打|发)(?![折卡球牌工听])|有(?:个|一个)?人(?:在群里)?(?:加|私信|私聊)我|"
                            r"有(?:个|一个)(?:陌生)?电话|"
                            # money asked for first ("让先付十九块九", "先收三百定金"): what the scammer wanted
                            r"让(?:我|你)?先(?:付|交|转)|先收[^，。\s]{0,6}(?:定金|订金|押金)")
_TURNED_DOWN = re.compile(r"我.{0,3}(?:挂了|挂断|没理|没搭理|没加|没信|没转|没上当|没给|拉黑)|(?:被|说我.{0,6})冻结|"
                          r"中奖|安全账户|涉嫌|洗钱|公检法|验证码|"
                          # how it ended, or what the scammer wanted: gone with the money, paying first, a bank card
                          r"联系不上|(?:他|她|对方)(?:就|立马|马上|直接)?挂了|(?:就|才|又)(?:让|要)(?:我|你|人)?交钱|(?:要|问)(?:你的?|我的?)?银行卡号?|别给|别告诉|"
                          # gone once paid: "付完就删了我", "收了钱人就不来了"
                          r"(?:就|又|直接)(?:把我)?(?:删了|拉黑)|人就?(?:不来了|没来|不见了|没影了)")


# After how it ended, the poster's own pitch ("…钱别给他们 正品找我", "…别告诉别人 内部渠道茅台 一瓶一千五"); "我这"
# there only with a number (_OWN_NUMBER): "…别给 我这边已经报警了" tells what the member did.
_OWN_PITCH = re.compile(r"找我|(?<![人的他她])加我")


def scam_story(plain: str) -> bool:
    """The text tells what a scammer said to the member, quoting their id or number, and how it ended, and offers
    nothing of the poster's own, there or after the ending."""
    if _SCAMMER_ASKED.search(plain) is None or (ended := _TURNED_DOWN.search(plain)) is None:
        return False
    after = plain[ended.end():]
    return offers_nothing(plain) and _OWN_PITCH.search(after) is None and not named_price(after)


# Money lost, told to the group: the member or someone close bought, lent or put money in, and it went wrong
# ("我邻居买了一张 根本没用", "我一个老牌友借了五千 现在要还三万"). An advert tells of gains, never of money lost.
_PAID = re.compile(r"(?:我|俺)(?:的|家)?(?:[\u4e00-\u9fff]{0,4}?(?:妈|爸|邻居|同事|朋友|老伴|亲戚|姐|哥|妹|弟|姨|舅|叔|"
                   r"婶|友|儿子|女儿|闺女|老头子?|老太太?))?(?:也|都|就)?(?:买了|借了|投了|交了|充了|刷了|花了|做了|进去了?|报了)|"
                   r"(?:最后|结果)又?(?:买了|花了)")  # how a lure ended: "去了三次 最后买了四千八的降糖仪"
_WENT_WRONG = re.compile(r"没用|(?:一点|啥|屁)用(?:都|也)?没有|"
                         r"后悔|退不了|要不回来|拿不回来|找不到人|上当|亏了|血本|打水漂|要还|骂我|白花|联系不上|"
                         r"人没了|人就?找不到了?|不退|不给退|解散|跑路|不见了|关门了|"
                         r"(?:一分钱?|钱)[都也]?没(?:拿到|拿回|到手|见到|收到|给)")


def money_lost(plain: str) -> bool:
    """The text tells of money the member or someone close paid and lost, and offers nothing of its own."""
    return ("了" in plain and (m := _PAID.search(plain)) is not None and _WENT_WRONG.search(plain, m.end()) is not None
            and offer(plain) is None and not calls_privately(plain))
