"""A child beaten or cornered by others at school now, told by a parent, for bot.danger.emergency (issue 13, fixcare19).

孩子刚打电话哭着说在宿舍被几个同学打了 现在躲在厕所不敢回宿舍: a child hurt and hiding far from home is a danger now,
not a question to cover: a person must hear of it at once, and the parent must hear to call the 班主任 or the 宿管
now, so an adult at school reaches the child, and 110 / 120 if the child is in danger or hurt. Read from the words:
a child of the writer's (孩子, 儿子, 闺女, 娃) beaten or cornered by schoolmates or others (被几个同学打了, 被高年级的
堵在厕所) and a sign that it is now, that the child is hiding or hurt (刚, 现在, 躲, 不敢, 流血). A fight told as
settled (老师已经处理了, 道过歉了), a game (打闹, 打球), or a question about what to do in general is not this.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.people import CHILD, words

_CHILD = words(CHILD, r"姑娘 我家\S{0,2}", but="小朋友 宝宝 外孙女")
_OTHERS = _any("同学 室友 舍友 几个人 一群人 一帮人 高年级 别的班 社会上的 几个男生 几个女生 学长 大孩子")
# what a beating looks like (被几个同学打了, 打哭了, 堵在厕所, 围住): not 打电话 打败 打扮 打趣 打了一针, nor 围着要签名
_BLOW = r"(打(了|得|伤|哭|成|我|他|她|住院)(?!\S{0,2}(针|疫苗|电话|招呼|球|牌|游戏|比方))|打(?=$|\s|[，。！!,])"
_BLOW += r"|揍|围殴|围攻|围住|围着打|踢|堵|欺负|勒索|抢)"
_BEATEN = r"被\S{0,6}(" + _OTHERS + r")\S{0,6}" + _BLOW
# now, hiding or hurt (刚, 现在, 躲, 不敢, 流血); tears or fear alone are told of a day already over too (哭着回来的)
_NOW_OR_FEAR = _any(r"""刚 刚才 刚刚 现在 正在 还在 躲 不敢 流血 出血 受伤 救命 报警 不接电话 联系不上""")
_SETTLED = _any(r"""已经处理 处理好了 道(过)?歉 和好 没事了 解决了 以前 小时候 去年 上学期 新闻 视频里 电视
打闹 闹着玩 开玩笑 哈哈 老是 总是 经常 天天""")
# the one beaten is the writer's child, not a classmate told of (班里有个同学被几个同学打了)
_ANOTHER = _any("有个 有一个 有几个 别的孩子 别人家 人家孩子")
BULLIED = rf"^(?!.*({_SETTLED}))(?=.*({_NOW_OR_FEAR})).*({_CHILD})(?:(?!({_ANOTHER}))\S){{0,24}}{_BEATEN}"
KINDS = {"bullied": BULLIED}

# a child bullied by others and home again, told after (又被同学锁在厕所里 老师说是闹着玩 他回来一句话不说, 孩子在学校
# 天天被几个男生欺负): no danger now, but a child harmed: no complaint against us to apologise for, a person calls the
# parent today (bot.danger.heartache's `child_harmed`). Not a fight settled (道过歉了, 和好了), a classmate's child,
# a screen
_SHUT = r"(锁|关|反锁)(在|进)|孤立|嘲笑|起外号|扒(了)?(裤子|衣服)"
_OVER_FOR_GOOD = _any("已经处理 处理好了 道(过)?歉 和好 没事了 解决了 小时候 新闻 视频里 电视 剧里")
HARMED = (rf"^(?!.*({_OVER_FOR_GOOD}|{_ANOTHER}))(?:.*({_CHILD})(?:(?!({_ANOTHER}))\S){{0,24}}"
          rf"被\S{{0,6}}({_OTHERS})\S{{0,6}}({_BLOW}|{_SHUT}))")
_HARMED = re.compile(HARMED)


def harmed(words: str) -> str | None:
    """The words of the member's child bullied by other children, told after (`words`: compacted), or None."""
    found = _HARMED.search(words)
    return None if found is None else found.group(0)
