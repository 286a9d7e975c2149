"""Offers to everyone: what a member puts before the whole group that asks nothing of the staff, though its words
may ask (谁要…) or open with a greeting (各位早上好，…).

Read by `bot.understanding` after the lexicons (`bot.cues`): her own things given away, free (我家自己种的橘子 谁要来拿
不要钱: sharing, never "您的问题我们看到了"), and a task a teacher or organiser sets everyone (各位早上好，今天大家把
上周临的《九成宫》拍照发群里，我逐个点评: a notice the others answer by doing it, never "谢谢您的问候").
"""
from __future__ import annotations

import re

from bot.conversation import Kind

# 我家自己种的橘子 谁要来拿 不要钱 / 多出来两盒月饼 送给有需要的邻居: free, and for whoever wants it
GIVING_FREE = re.compile(r"(?<![要是还收])(不要钱|不收钱)|免费(送|拿|给|领)|白送|(送|分)(给)?(大家|邻居|有需要)")
TAKE_IT = re.compile(r"谁要|要的|想要|有需要|来拿|来取|自取|拿走|来摘|来搬")
# 大家把…拍照发群里 / 请同学们把作业交上来 / 我逐个点评: everyone is set something to do
ASSIGNS = re.compile(r"(大家|各位|同学们|请)\S{0,8}(把|将)\S{0,20}(发|交|拍|传|写|练|背|读|带)|交上来|"
                     r"我(来)?((逐个|挨个|一一|统一)(点评|批改|检查|讲评)|点评|批改|讲评)")
SETS_A_TASK = "sets everyone a task"
GIVES_AWAY = "gives her own things away, free"


def gives_away(text: str) -> bool:
    """A member offers her own things to the others, free (谁要来拿 不要钱): sharing, though "谁要" asks."""
    return bool(GIVING_FREE.search(text) and TAKE_IT.search(text))


def sets_a_task(text: str) -> bool:
    """A teacher or organiser sets everyone a task (大家把…拍照发群里，我逐个点评): a notice the others answer by
    doing it, with or without a greeting before it; nobody thanks it as a greeting or waits on it."""
    return ASSIGNS.search(text) is not None


def offered(text: str, kind: Kind) -> tuple[Kind, str] | None:
    """The kind a member's words are once read as an offer to everyone, with why, or None when they are not one
    (`kind`: what the lexicons read; a complaint, thanks or request stays what it is)."""
    if kind in (Kind.GREETING, Kind.SMALLTALK, Kind.SHARING) and sets_a_task(text):
        return Kind.SHARING, SETS_A_TASK
    if kind in (Kind.QUESTION, Kind.SMALLTALK) and gives_away(text):
        return Kind.SHARING, GIVES_AWAY
    return None
