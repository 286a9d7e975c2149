"""Commercial intent without a contact detail: which kinds of it a text shows, and whether together they make an
advert. The words of each kind live with their technique: private calls (`private_call`), sales talk and the poster's
trade (`trade`), money made from members (`money_schemes`), remedies (`remedies`), lures (`lures`), classes
(`classes`)."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from plugins.moderation.body_claims import claims_for_the_body
from plugins.moderation.classes import CLASS, COURSE_NAMES, PAYING
from plugins.moderation.cues import Cues
from plugins.moderation.goods import sold, stock_offered_privately
from plugins.moderation.lures import LURE, OFFER
from plugins.moderation.money_schemes import EXAM, LEND, SCHEME, WORK, jargon
from plugins.moderation.offer import offer
from plugins.moderation.prices import FIGURES, IN_WORDS, named_price
from plugins.moderation.private_call import CALL, WANTED, calls_privately
from plugins.moderation.remedies import CLAIM, CURE, GATHER, remedy_to_the_ailing
from plugins.moderation.trade import RIVAL, SELL, SOURCE, own_trade

_ASKING = re.compile(r"[?？]|吗|靠谱|划算|哪里有|哪有|哪来的|谁知道|有没有|是不是|怎么|在哪|([\u4e00-\u9fff])不\1|请问|"
                     # the north's yes-no question, its 不 at the end ("你们面包能送货上门不", "周日开门不")
                     r"(?:能|会|可以|有|卖|送|收|开门|营业|上门|还在)[\u4e00-\u9fff]{0,8}不(?=[\s,，。.!！~～]|$)")
# A question that opens a pitch ("钓鱼缺钱买装备？网贷秒批 无需征信 联系我") is a hook, not a question.
_HOOK = re.compile(r"[?？][^?？]{8,}$")


# Whoever is wanted, called out rather than asked ("有没有需要周转的 我这有资金"): no question in it.
_ADDRESSED = re.compile(r"有没有人?(?:需要|要|想要?)[\u4e00-\u9fff]{0,6}的(?=[\s，。!！]|$)|"
                        # or asked of the room and answered by a private call at once ("群里有想学电脑打字的吗 私我")
                        r"(?:群里)?(?:还)?有(?:想|要|需要)[\u4e00-\u9fff]{1,8}的吗(?=\s*(?:私我|私聊我|私信我|找我|加我))")


@lru_cache(maxsize=4)  # asked by the rules and again by the learned layer
def question(plain: str) -> bool:
    """The message asks something, unless its question is a hook before a pitch that ends in a call ("联系我")."""
    if _ASKING.search(plain) is None or _ASKING.search(_ADDRESSED.sub(" ", plain)) is None:
        return False
    hook = _HOOK.search(plain)
    return hook is None or _ASKING.search(tail := hook.group(0)[1:]) is not None or CALL.search(tail) is None


def asks_plainly(plain: str) -> bool:
    """A question with no call to message, no price, no commercial word but selling ones
    ("你们面包能送货上门不 我腿脚不方便"): a customer asking the shop, which the learned layer alone must not strike
    (the rules still judge it)."""
    return question(plain) and set(signals(plain)) <= {"sell"}


# Agreed group buys (接龙, the committee) are how neighbours shop together, not adverts.
_COLLECTIVE = re.compile(r"接龙|集体采购|业委会|家委会|楼长|大家说好|说好了?一起|投票|凑够|凑齐|凑单")


# Gate words (see Cues): every lure names a platform (or "回复 … 领"), every lecture lure a gift, every class offer a
# lesson or a pupil, every story's seller one of its words, every poaching a "别".
_KINDS = Cues((("call", CALL), ("sell", SELL), ("work", WORK), ("lend", LEND), ("scheme", SCHEME),
               ("cure", CURE), ("exam", EXAM), ("price", re.compile(FIGURES)),
               ("price", re.compile(IN_WORDS), ("十", "百", "千", "万")),
               ("lure", LURE, ("公众号", "视频号", "直播间", "抖音", "快手", "小红书", "主页", "账号", "频道", "橱窗",
                                "回复", "b站", "直播", "淘宝", "京东", "拼多多", "天猫", "关注")),
               ("gather", GATHER, ("蛋", "米", "油", "面", "巾", "礼", "煲", "锅", "纸", "液", "杯", "伞", "药", "品",
                                    "仪", "器", "计", "盆", "鞋", "免费")),
               ("class", CLASS, ("班", "课", "学生", "学员", "孩子", "小朋友", "辅导", "补习", "教", "陪练", "带",
                                  "名额")),
               ("source", SOURCE, ("在卖", "边卖", "里卖", "帮厂家", "帮公司", "帮老板", "帮店里", "渠道", "拿到",
                                    "卖家", "代理", "推广员", "经销商")),
               ("rival", RIVAL, ("别",))))


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def signals(plain: str) -> tuple[str, ...]:
    """The kinds of commercial intent the text shows (call, sell, work, lend, scheme, cure, exam, price, and lure,
    gather, class, source, rival: drawing members to one's own channel, a freebie for coming to a talk, classes on
    offer, where to buy at the end of a story, poaching members for a rival)."""
    return _KINDS.found(plain)


# Help given for nothing: a retired nurse taking blood pressure, a neighbour's spare cat litter ("免费送 找我拿").
_FREE = re.compile(r"免费|不要钱|不收钱|不收费|不卖东西|不推销|"
                   r"分文不取|白送|送给|送人(?![体好合有最佳大不])|义务|做好事|"
                   # given to the class or the room, to be fetched in person ("送班里同学 想要的下课找我拿")
                   r"送(?:班里|群里|组里|队里|咱们)的?(?:同学|大家|各位|姐妹|兄弟|老哥|老姐|工友|队友|朋友)")
# What makes "free" a sales hook instead: a price, a venue or a sign-up (lecture lures, try-out classes), a list of
# goods, following an account.
_HOOKED = re.compile(r"讲座|专家|现场|会场|名额|报名|体验|试听|试用|会员|关注|公众号|视频号|直播|扫码|领取|到场|签到|"
                     r"[\u4e00-\u9fff]、[\u4e00-\u9fff]{1,6}、|"
                     # a gift with an order (下单送群里姐妹一份 数量有限: code review 24, finding 8)
                     r"下单|拍下|数量有限|限量|前\d+名|前[一二三四五六七八九十百]+名")


@lru_cache(maxsize=4)  # asked by the rules and again by the learned layer
def free_help(plain: str) -> bool:
    """The member offers help or a spare thing for nothing, and nothing is sold: no price, no goods on sale, no
    venue or sign-up, no recruiting, lending, scheme, cure claim or lure once the word "free" is taken out."""
    if _FREE.search(plain) is None or _HOOKED.search(plain) is not None or named_price(plain):
        return False
    if sold(plain) or offer(plain) in ("poaching", "testimony") or jargon(plain) is not None:
        return False
    return set(_KINDS.found(_FREE.sub(" ", plain))) <= {"call"}


# Emoji between the words of a pitch ("🌸🌸阿胶糕✨✨同学价🔥🔥要的私🌹🌹"): how 微商 posts are dressed, and a way to
# split the words a screen looks for. A greeting's emoji come at its ends or once or twice between.
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\uFE0F\u200D]+")
_EMOJI_GAP = regex.compile(r"(?<=\w)[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\w)")
# Most messages have none: a cheap first look (every Extended_Pictographic code point is in these ranges)
_SOME_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001fffd]")


def emoji_padded(plain: str) -> bool:
    """Emoji stand between the words in two places or more and in four in all, and the words sell (a call, a price,
    an offer)."""
    if _SOME_EMOJI.search(plain) is None or len(gaps := _EMOJI_GAP.findall(plain)) < 2:
        return False
    if len(gaps) < 4 and len(_EMOJI.findall(plain)) < 4:
        return False
    squeezed = "".join(_EMOJI_GAP.split(plain))
    return bool(set(_KINDS.found(squeezed)) - {"call"}) or WANTED.search(squeezed) is not None or calls_privately(
        squeezed)


def collective(plain: str) -> bool:
    """The text is about something the group agreed to do together (接龙, a committee's group buy, a vote)."""
    return _COLLECTIVE.search(plain) is not None


def intends(text: str) -> bool:
    """The text shows commercial intent: a call to message, a price, an offer, selling, recruiting, lending, a scheme.

    Asked of a message with its hint words taken out, so "兼职" alone never shows intent, "兼职日结200" does.
    """
    return WANTED.search(text) is not None or OFFER.search(text) is not None or bool(_KINDS.found(text))


# A news headline, its outlet first ("央视：卖“神药”的直播间背后是谁"): it names a trade, it does not ply one.
_HEADLINE = re.compile(r"^(?:央视|新华社|人民日报|新闻|[\u4e00-\u9fff]{1,4}(?:日报|晚报|新闻|电视台))(?:报道)?[:：]")


def commercial(plain: str) -> str | None:
    """Why the text reads as an advert without any contact detail, or None (a hint: the learned layer weighs it)."""
    found = signals(plain)
    if ("：" in plain or ":" in plain) and _HEADLINE.search(plain) is not None and "call" not in found \
            and WANTED.search(plain) is None:
        return None
    if WANTED.search(plain) and (set(found) - {"call"} or sold(plain) or own_trade(plain)):
        return "call"  # "有需要量血压的找我 我是退休护士 免费的" calls with nothing to sell: the model alone may judge
    if stock_offered_privately(plain):
        return "stock+call"  # "我这有几块黄花梨老料 … 懂的戳我": weighed by the model
    if len(found) == 1 and question(plain):
        return None  # one kind of commercial word in a question ("哪里有兼职吗") is a question
    strong = [s for s in found if s in ("work", "lend", "scheme", "exam", "lure", "gather", "source", "rival")]
    on_sale = "call" in found or "sell" in found and "price" in found or "price" in found and own_trade(plain)
    priced = ("price" in found or "sell" in found and not set(SELL.findall(plain)) <= COURSE_NAMES) \
        and PAYING.search(plain) is None  # "培训课程 下周三晚上七点 线上" names a course, sells nothing
    if strong or "class" in found and (on_sale or priced):  # classes with a call, or with sales talk or a price
        return "+".join(found)  # that is not what the poster pays ("我报的培训班一节课200 好贵")
    if _COLLECTIVE.search(plain):
        return None
    if own_trade(plain) and len(found) >= 1:
        return "own+" + "+".join(found)
    if "这" in plain and remedy_to_the_ailing(plain):
        return "a remedy to whoever ails"  # "血压高的别瞎吃药了 这款黑蒜 一斤六十八": weighed by the model
    if claims_for_the_body(plain):
        return "a benefit claimed for the body"  # "牙齿松了吹不动的 我这有个药膏 涂一周牙就稳了": weighed by the model
    if "cure" in found and (len(set(CURE.findall(plain))) >= 2 or "price" in found and CLAIM.search(plain)):
        return "+".join(found)
    if "call" in found and len(found) >= 2:
        return "+".join(found)
    if "sell" in found and ("price" in found or "cure" in found):
        return "+".join(found)
    return None

