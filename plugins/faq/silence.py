"""Questions the FAQ should leave to the group, whatever words they share with an entry.

A FAQ answers what the operator's shop, club or office does; two kinds of question use its words and still are not
asked of it:
- asked of the other members ("群里有人用过花呗吗", "有没有人知道哪里配老花镜便宜", "这周末有人一起去公园吗"):
  a member wants another member's experience or company, not the entry that mentions 花呗 or 公园;
- asking for a judgement or a recommendation ("南京哪家婚庆公司靠谱", "宠物保险哪家好", "熊猫基地周末门票好不好买")
  that the entry neither asks nor gives: an entry about tickets gives their price, not an opinion of them;
- asking money back ("补课费能退吗") or whether a given day's lesson is still on in the snow ("周六那个课还上不上"),
  when the entry says nothing of refunds or of calling off: a person decides those, the timetable does not.
Each reading is of the kind of question, never of one FAQ's words (bench/faq_silent.py measures them by
leave-one-FAQ-out). `GATES` maps a name to a check that says why the bot should stay silent, or None.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.chinese_text import simplify
from bot.dialect import everyday_in_mandarin

if TYPE_CHECKING:
    from plugins.faq.entry import Entry

# A member asks the others: whether anyone knows, has been, has used, wants to join or share.
# Wanting is asked of the others only with company in it ("有人想一起去吗"); "有人想报名的话怎么弄" asks the shop.
_OTHERS = r"(知道|晓得|去过|用过|买过|吃过|试过|认识|推荐|(要|想)(一起|拼|约)|一起|拼|约|有空)"
_KNOWS = r"(知道|晓得|去过|用过|买过|吃过|试过|认识|推荐)"
ASKS_THE_GROUP = re.compile(
    rf"群里.{{0,3}}(有没有|有)人{_OTHERS}|有没有人{_OTHERS}|(?<![没无家里])有人{_OTHERS}|谁{_KNOWS}"
    r"|大家(觉得|知道|晓得|有没有|都(去|用|买|吃|试)过)|(有没有|有)(姐妹|朋友|邻居|群友|宝妈|家长|大哥|大姐)")
# Only knowing asked of anyone ("有人知道…吗"): about the shop itself ("有人知道你们几点开门吗") the FAQ may answer.
KNOWING = re.compile(r"知道|晓得")
# ...nor how or when to do something with the shop ("谁知道怎么报名", "有人知道几点开门吗").
HOW_OR_WHEN = re.compile(r"怎么|咋|几点|什么时候|啥时候|多少钱|多少|要不要|能不能|可不可以")
OURS = re.compile(r"你们|您们|咱们|咱|贵店|店里|门店|本店|你家|这边|这里|群主|老板|客服|管理员")
# A member asks for an opinion, a comparison or a recommendation (not "…好不好" at the end of a request: "推到礼拜五
# 好不好" asks for a change).
ASKS_A_JUDGEMENT = re.compile(
    r"(哪个|哪家|哪款|哪种|哪个牌子)(最|更)?(好|便宜|实惠|划算|靠谱|好吃|好用|好玩)"
    r"|好不好(吃|买|抢|用|玩|学|找|停|打车)|靠谱|(求|有没有|有什么|有啥)[^，,。 ]{0,6}推荐"
    r"|推荐(一下|个|一个|的|吗|不|没|么)"
    r"|值不值|值得|觉得.{0,8}(怎么样|么样|咋样|如何)"
    r"|(的好|更好|比较好)还是|还是.{1,8}(的好|比较好|更好)|(哪里|哪儿|哪|什么(?!时候)|啥(?!时候)).{0,4}(比较好|最好|更好)")
# An entry that speaks of choosing itself: its answer recommends, compares or says what suits whom.
GIVES_A_JUDGEMENT = re.compile(r"推荐|建议|适合|区别|对比|比较|哪个|哪款|哪种|选择|靠谱|性价比|值得")


def _plain(text: str) -> str:
    return everyday_in_mandarin(simplify(text))


def asks_the_group(text: str, entry: Entry | None) -> str | None:
    """A question put to the other members ("有没有人…", "群里有人…", "大家觉得…"), unless the entry itself is asked
    that way or is about what the others are asked to do ("有没有人拼车" and an entry "能拼车吗")."""
    plain = _plain(text)
    found = ASKS_THE_GROUP.search(plain)
    if found is None:
        return None
    how = HOW_OR_WHEN.search(plain, found.end(), found.end() + 6)
    if KNOWING.fullmatch(found.group(0)[-2:]) and (OURS.search(plain) or how):
        return None  # "有人知道你们几点开门吗", "谁知道怎么报名": asked of whoever knows, about the shop
    if entry is not None:
        asked = [_plain(q) for q in (entry.question, *entry.questions)]
        start = found.start() + found.group(0).rfind("人") + 1
        after = plain[start:start + 2]  # 有没有人拼车: the entry that offers 拼车 is asked
        if any(ASKS_THE_GROUP.search(q) or (len(after) == 2 and after in q) for q in asked):
            return None
    return "asks the group"


def asks_a_judgement(text: str, entry: Entry | None) -> str | None:
    """A question asking which is better, whether something is good or worth it, or for a recommendation, when the
    entry neither is asked that way nor gives a judgement in its answer."""
    if not ASKS_A_JUDGEMENT.search(_plain(text)):
        return None
    if entry is not None:
        texts = (entry.question, *entry.questions, *entry.keywords, entry.answer)
        if any(GIVES_A_JUDGEMENT.search(_plain(t)) or ASKS_A_JUDGEMENT.search(_plain(t)) for t in texts):
            return None
    return "asks for a judgement"


# Money back: a refund or a cancellation of what was paid is a matter for a person unless an entry speaks of it
# ("补课费能退吗 孩子不想上了" is not the entry about taking a day off).
ASKS_MONEY_BACK = re.compile(
    r"退(钱|费|款|掉|得了|得掉|不退|吗|么|嘛|不了|回来|给我|多少)|(能|可以|可不可以|能不能)退(?!休|烧|出|步|伍|群)"
    r"|(把|这)?钱(能|可以)?(要|拿)回来|不想(上|学|报|要|办)了.{0,6}(钱|费)")
SPEAKS_OF_MONEY_BACK = re.compile(r"退|返还|不满意|售后|取消|补发|重发|补送|换货|赔")
# Whether a given day's lesson, trip or opening is still on, with something that may call it off (snow, rain, a
# typhoon, a holiday, an illness): an entry that gives the usual times does not say; one about calling off does.
ASKS_IF_STILL_ON = re.compile(
    r"还(上|开|去|办|有|营业|比|跳|唱|练|走|出发)不\1|还(上|开|去|办|营业|出发)吗")
# ...asked with what might call it off: "晚上九点还开吗" and "周日还开吗" ask the usual hours, which the entry gives
CALLED_OFF_BY = re.compile(r"下雨|下雪|雨|雪|台风|刮风|大风|降温|结冰|路滑|过年|春节|放假|节日|停电|停水|疫情"
                           r"|生病|病了|住院|出事")
ASKS_CALLING_OFF = re.compile(r"(停课|停业|停办|停运|停航|取消|延期|顺延|改期)(了)?(吗|么|没|不)|照常"
                              r"|会不会(取消|停课|停业|延期|改期)")
SPEAKS_OF_CALLING_OFF = re.compile(r"取消|停课|停业|延期|顺延|改期|照常|天气|下雨|下雪|台风|雨天|放假|休息|通知")


def asks_money_back(text: str, entry: Entry | None) -> str | None:
    """A member asks for money back or to cancel what was paid, and the entry says nothing of refunds."""
    if not ASKS_MONEY_BACK.search(_plain(text)):
        return None
    if entry is not None and any(SPEAKS_OF_MONEY_BACK.search(_plain(t)) for t in (
            entry.question, *entry.questions, *entry.keywords, entry.answer)):
        return None
    return "asks for money back"


def asks_if_still_on(text: str, entry: Entry | None) -> str | None:
    """A member asks whether a given day's lesson, trip or opening still happens, and the entry only gives the usual
    times (nothing of calling off, weather or holidays)."""
    plain = _plain(text)
    if not (ASKS_CALLING_OFF.search(plain) or (ASKS_IF_STILL_ON.search(plain) and CALLED_OFF_BY.search(plain))):
        return None
    if entry is not None and any(SPEAKS_OF_CALLING_OFF.search(_plain(t)) for t in (
            entry.question, *entry.questions, *entry.keywords, entry.answer)):
        return None
    return "asks if it is still on"


# What a given day brings (今天中午吃啥, 明天上什么课, 这周演啥): the day's news, which an entry of usual hours or
# prices does not give; an entry that speaks of the day's menu or programme does.
ASKS_THE_DAYS_NEWS = re.compile(
    r"(今天|今儿|今晚|明天|明儿|后天|这周|本周|下周|这礼拜)"
    r".{0,4}(吃|做|上|演|讲|教|跳|唱)(的)?(啥|什么|哪些|么子|撒子)(?!时候|时间)")
SPEAKS_OF_THE_DAY = re.compile(r"菜单|菜谱|今日|每日|每天|当天|课表|节目单|安排表|群里(公布|发)|提前(公布|发)|伙食|"
                               r"饭菜|菜品|餐食")
# Whether those who help get something for it (志愿者管饭不, 帮忙的包吃住吗, 有补贴吗): the entry on signing up does
# not say; one that speaks of meals, pay or allowance for them does.
HELPERS = re.compile(r"志愿者|义工|帮厨|帮忙的|来帮忙|干活的|做事的")
ASKS_WHAT_HELPERS_GET = re.compile(
    r"(管|包)(饭|吃|住|午饭|中饭|晚饭|车费|路费)|供(饭|餐)|(有|给)(没有)?(补贴|报酬|工钱|误工费|工资)")
SPEAKS_OF_WHAT_HELPERS_GET = re.compile(r"(管|包)(饭|吃|住)|供(饭|餐)|工作餐|报酬|工钱|误工|工资|志愿者.{0,6}补贴")


def asks_the_days_news(text: str, entry: Entry | None) -> str | None:
    """A member asks what a given day brings (today's dishes, tomorrow's lesson), and the entry says nothing of the
    day's menu or programme: the operator knows today's news, the usual hours do not answer it."""
    if not ASKS_THE_DAYS_NEWS.search(_plain(text)):
        return None
    if entry is not None and any(SPEAKS_OF_THE_DAY.search(_plain(t)) for t in (
            entry.question, *entry.questions, *entry.keywords, entry.answer)):
        return None
    return "asks the day's news"


def asks_what_helpers_get(text: str, entry: Entry | None) -> str | None:
    """A member asks whether helpers get a meal, lodging or pay, and the entry says nothing of it."""
    plain = _plain(text)
    if not (HELPERS.search(plain) and ASKS_WHAT_HELPERS_GET.search(plain)):
        return None
    if entry is not None and any(SPEAKS_OF_WHAT_HELPERS_GET.search(_plain(t)) for t in (
            entry.question, *entry.questions, *entry.keywords, entry.answer)):
        return None
    return "asks what helpers get"


Gate = Callable[[str, "Entry | None"], "str | None"]
GATES: dict[str, Gate] = {"asks the group": asks_the_group, "asks for a judgement": asks_a_judgement,
                          "asks for money back": asks_money_back, "asks if it is still on": asks_if_still_on,
                          "asks the day's news": asks_the_days_news, "asks what helpers get": asks_what_helpers_get}


def silenced(text: str, entry: Entry | None) -> str | None:
    """Why the bot should leave the question to the group (the first gate that says so), or None."""
    for gate in GATES.values():
        why = gate(text, entry)
        if why:
            return why
    return None
