"""Reading what people type: the /接龙 line, +1 / 报名 / -1 / 取消, and WeChat's own 接龙 messages."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from bot.events import MEDIA_PLACEHOLDER
from plugins.activities.dates import when

JOIN = re.compile(r"^\s*(?:[+＋]\s*[1１]|报名|我报名|报名参加)(?:\s|$|[，,。!！~～])")
# a sign-up in one's own words, the whole message (right after a 接龙 only: "我去" alone is also an exclamation)
# (接龙 alone is how WeChat users say they join the chain; 我家小宇报一个 is a parent signing up their child)
_HOME = "(?:我家|俺家|咱家|我们家)"
# what follows a sign-up as a courtesy, not a condition (我也去 阿弥陀佛, 算我一个 感恩): still just a sign-up
_COURTESY = (r"(?:阿弥陀佛|南无阿弥陀佛|感恩(?:师兄|师姐|大家)?|随喜(?:赞叹)?|谢谢(?:群主|老师|师兄|大家)?|"
             r"好的|准时到|一定到|不见不散)")
# a name written after 接龙, as WeChat's chain is signed (接龙 陈明): two to four characters, no question or chat
_NAME = (r"(?![^\s，,。]*(?:怎|么|吗|呢|啥|哪|在|不|没|了|的|是|好|要|能|会|可|还|都|也|我|你|他|她|这|那))"
         r"[\u4e00-\u9fff]{2,4}")
OWN_WORDS = re.compile(r"^\s*(?:算我一个|算我一份|算上我|也算我一个|我也算一个|加我一个|报我一个|给我报一个|报一个|"
                       r"我也报名|我也报一个|我也要?去|我也要?参加|我也来|我去|我参加|我要参加|我要报名|我?也?接龙了?|"
                       rf"给?{_HOME}[^\s，,。]{{1,4}}?也?(?:报一个|报个名|报名|报上|参加|算一个|去)|"
                       rf"接龙[\s：:+＋]*{_NAME})"
                       rf"(?:[\s，,。.!！~～👍🙋🙏🌹🌷]+{_COURTESY})?[\s，,。.!！~～👍🙋🙏🌹🌷]*$")
# a sign-up for more than oneself (我和老伴两个人都去, 我们俩报名, 报两个, +2): how many in all, and who comes along
_COUNT = "两|俩|二|三|仨|四|2|3|4"
FOR_MORE = re.compile(rf"^\s*(?:[+＋]\s*(?P<plus>[2-4２-４])(?:\s|$|[，,。!！~～])"
                      rf"|(?:我和|我跟|我带|我们|咱)(?P<who>[^\s，,。]{{0,4}}?)?"
                      rf"(?:(?P<n>{_COUNT})(?:个人?|位|口)?)?(?:都|一起|一块儿?)?(?:去|参加|报名|报上|来)"
                      rf"|(?:报|算|加)(?P<n2>{_COUNT})(?:个人?|位))[了哈啊呀吧哦]{{0,2}}[\s，,。.!！~～👍🙋🙏🌹🌷]*$")
_NUMBERS = {"两": 2, "俩": 2, "二": 2, "三": 3, "仨": 3, "四": 4}
# a parent signing up their children (报名 俺家两个娃, 我家俩孩子都报): the children are the places, not the parent
FOR_CHILDREN = re.compile(rf"^\s*(?:报名|报|给)?[\s，,：:]*{_HOME}?(?P<n>{_COUNT})个?(?:娃娃?|孩子|小孩|宝宝|小朋友)"
                          r"(?:都|一起)?(?:报名|报上|报|参加|去|来)?[了哈啊呀吧哦]{0,2}[\s，,。.!！~～👍🙋🙏🌹🌷]*$")
LEAVE = re.compile(r"^\s*(?:[-－—]\s*[1１]|取消|取消报名|我取消)(?:\s|$|[，,。!！~～])")
WECHAT_LIST = re.compile(r"^\s*#接龙")
LIST_LINE = re.compile(r"^\s*(\d+)[.、．]\s*(\S.*?)\s*$")
CAPACITY = re.compile(r"^(?:限|共)?(\d{1,4})(?:人|位|名)?$")


@dataclass(frozen=True)
class Opening:
    """What /接龙 was given: a title, when it happens, how many may come."""

    title: str
    starts_at: datetime | None
    capacity: int | None


def says_join(text: str) -> bool:
    """+1, 报名 and the like."""
    return bool(JOIN.match(text + " "))


# "I" as northern and central China says it (俺也去, 算俺一个, 咱也报名): read as 我 (咱们/咱家 keep their own sense)
_DIALECT_I = re.compile(r"俺(?!们)|咱(?![们家])")


def in_mandarin(text: str) -> str:
    """A sign-up as Mandarin writes it: 俺也去 -> 我也去."""
    return _DIALECT_I.sub("我", text)


def says_join_in_own_words(text: str) -> bool:
    """算我一个, 我也去, 俺也去, 报一个: a sign-up when a 接龙 was just opened."""
    return bool(OWN_WORDS.match(in_mandarin(text)))


def party(text: str) -> tuple[int, str] | None:
    """How many one sign-up is for when it is for more than the sender (我和老伴两个人都去: 2, "老伴"; a parent's
    报名 俺家两个娃: 2, "孩子"), else None."""
    text = in_mandarin(text)
    if (kids := FOR_CHILDREN.match(text)) is not None:
        return _number(kids.group("n")), "孩子"
    m = FOR_MORE.match(text)
    if m is None:
        return None
    said = m.group("plus") or m.group("n") or m.group("n2")
    who = (m.group("who") or "").strip()
    who = who.removeprefix("我").removeprefix("家")
    who = "" if who in ("", "俩", "两个", "两", "家") or who.isdigit() else who
    if said is None:
        return (2, who) if who else None  # 我和老伴都去: the two of them; 我们去 alone says no number
    n = _number(said)
    return (n, who) if 2 <= n <= 4 else None


def _number(said: str) -> int:
    return int(said) if said.isdigit() else _NUMBERS.get(said) or int(unicodedata.numeric(said))


def companions(name: str, count: int, who: str) -> list[str]:
    """How those coming along with a member are put on the list, under the member's name: 大军的老伴; 大军的同伴 when
    no one was named; 大军的同伴1, 大军的同伴2 for more than one. They are places, not contacts: never mentioned."""
    extra = count - 1
    return [f"{name}的{who or '同伴'}{k if extra > 1 else ''}" for k in range(1, extra + 1)]


def words(kind: str, text: str) -> str:
    """What a message says: the typed text, or the transcript WeChat made of a voice message ("[语音] 报名")."""
    return MEDIA_PLACEHOLDER.sub("", text, count=1) if kind == "voice" else text


def says_leave(text: str) -> bool:
    """-1, 取消 and the like."""
    return bool(LEAVE.match(text + " "))


def opens_wechat_list(text: str) -> bool:
    """The text starts like WeChat's 接龙 message (#接龙)."""
    return bool(WECHAT_LIST.match(text.lstrip()))


def wechat_list(text: str) -> tuple[str, list[str]] | None:
    """WeChat's 接龙 message: its title line and the names on its numbered lines."""
    lines = text.strip().splitlines()
    if not lines or not WECHAT_LIST.match(lines[0]):
        return None
    names = [m.group(2) for line in lines if (m := LIST_LINE.match(line))]
    title = next((line.strip() for line in lines[1:] if line.strip() and not LIST_LINE.match(line)), "")
    return title, names


def opening(args: str, now: datetime) -> Opening | None:
    """`标题 [时间] [人数]` (time and number may come in either order, the time in up to two words)."""
    words = args.split()
    if not words:
        return None
    starts_at: datetime | None = None
    capacity: int | None = None
    while len(words) > 1:
        if capacity is None and (c := CAPACITY.match(words[-1])):
            capacity = int(c.group(1))
        elif starts_at is None and (t := when(words[-1], now)):
            starts_at = t
            if len(words) > 2 and (both := when(words[-2] + words[-1], now)):
                starts_at = both
                words.pop()
        else:
            break
        words.pop()
    return Opening(" ".join(words), starts_at, capacity)
