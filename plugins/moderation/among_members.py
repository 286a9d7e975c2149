"""What members do for each other that carries a link or a phone number and is no advert: a senior asking whether
a link someone sent is genuine (the careful thing, before tapping it), an old man looking for his workmates of
forty years ago, and their reunion with the cost shared (AA制): nothing is sold and nobody earns."""
from __future__ import annotations

import re

from plugins.moderation import shared
from plugins.moderation.intent import signals

# asking what a link is: whose it is, whether it is real or safe to tap ("这个链接是不是咱超市的", "这链接能点吗")
_LINK_ASKED = re.compile(r"链接.{0,12}(?:是不是|是真的|是真是假|真的假的|能点|能不能点|敢点|能不能信|能信|"
                         r"安全|靠谱|是骗|是谁的|是哪|是咱|是你们)|(?:是不是|是真的吗|能不能点|能点吗|安全吗|靠谱吗).{0,12}链接")
# ... sent to the member by someone else
_SENT_TO_ME = re.compile(r"发给我|给我发|转给我|收到|发来|让我点|叫我点|我孙|我儿|我女|我闺女|别人发|有人发|朋友发")
# looking for people of one's past: workmates, classmates, comrades
_PAST = r"(?:当年|以前|过去|早年|那年|年轻时|\d{2}年|[五六七八九]十年代|老)"
_MATES = r"(?:同事|同学|战友|工友|伙计|老乡|知青|师傅|师兄弟|徒弟|老邻居|同乡|一个车间|一个连)"
_LOOKING = re.compile(rf"(?:想找|寻找|找找|打听|联系上?|寻)[^，。]{{0,24}}{_PAST}[^，。]{{0,24}}{_MATES}|"
                      rf"{_PAST}[^，。]{{0,24}}{_MATES}[^，。]{{0,8}}(?:有认识的|谁认识|有知道的|谁知道|有联系)")
# a reunion whose cost is shared among those who come
_REUNION = re.compile(r"聚会|聚餐|同学会|战友会|联谊|相聚|见个面|聚一聚|聚聚")
_SHARED_COST = re.compile(r"aa|AA|均摊|平摊|凑份子|各付各|自费|多退少补")


def asks_about_a_link(plain: str) -> bool:
    """A member asks whether a link sent to them is genuine, and offers nothing."""
    words = shared.without_links(plain)
    return (_LINK_ASKED.search(words) is not None and _SENT_TO_ME.search(words) is not None
            and not signals(words))


def old_mates(plain: str) -> bool:
    """Looking for old workmates or classmates, or their reunion with the cost shared: nothing sold to anyone."""
    if _LOOKING.search(plain) is not None:
        return set(signals(plain)) <= {"call"}
    return (_REUNION.search(plain) is not None and _SHARED_COST.search(plain) is not None
            and set(signals(plain)) <= {"call", "sell", "price"})
