"""A chain letter: forward this to ten groups, or bad luck comes (issue 13).

转发到十个群 菩萨保佑全家平安 不转的倒霉三年 frightens the old people it reaches, and a bot's "谢谢您分享"
under it tells everyone it is worth passing on. Read from the words: an order to forward it on (转发到十个群,
转给八个好友, 看到的都要转) beside luck promised for forwarding or bad luck threatened for not (保佑, 好运,
不转的倒霉, 会遭报应). Not a warning passed on (大家注意 这是骗子 转给家里老人看看): no luck is promised there.
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify
from bot.memo import per_text

_COUNT = r"[\d一二两三四五六七八九十几百]+"
FORWARD_ON = re.compile(rf"(转发|转|发)(到|给|去)?{_COUNT}(个)?(群|人|好友|朋友|位)|"
                        r"(看到|看见|收到)(的|者|后)\S{0,4}(必须|一定|都要|要)?\S{0,2}(转发|转出去|转走)|"
                        r"(立即|马上|务必|必须|赶紧|赶快|快)(转发|转出去)|转发(出去|下去)")
LUCK = re.compile(r"(不转|不发|没转|不转发)(的|者|就|了)?\S{0,8}(倒霉|霉运|不顺|遭殃|报应|出事|破财|灾|厄运|病)|"
                  r"(转发|转了|转的)\S{0,8}(保佑|好运|发财|平安|转运|心想事成|福报)|(菩萨|佛祖|老天|神仙)保佑|"
                  r"(连着|连续)?(倒霉|倒运)\S{0,2}[\d一二两三四五六七八九十几]+年")


@per_text
def chain_letter(text: str) -> bool:
    """Whether the words are a chain letter: an order to forward it on, with luck promised or bad luck threatened."""
    words = compact(simplify(text))
    return FORWARD_ON.search(words) is not None and LUCK.search(words) is not None
