"""An id told as a recipe instead of typed: how to spell it, so no screen sees it whole.

Sellers who know a screen reads ids give the parts and how to join them: letters or a name's pinyin, then a number
("薇 信 后面就是 bz 加上 八八九九", "我的号 周X全拼 后面跟我出生那年", "名字的拼音 加上门牌号", "v 是 ma 后面 dafu
后面 1958"). Members never tell their own number or id so; when they speak of pinyin and birthdays it is about a
password or a child's homework, and nothing says the result is the poster's contact.
"""
from __future__ import annotations

import re

# The letters part: letters typed out, or a name's pinyin named.
_LETTERS = r"(?:(?<![a-z])[a-z]{2,}|拼音|全拼|首字母|缩写|小写|大写)"
# How the parts are joined: "加上", "后面就是", "后面跟", "再加", "然后是".
_JOIN = r"\s*(?:再?加上?|(?:后面|后边|末尾|最后)(?:就是|再)?(?:跟|加|接|是|带)?上?|跟上|连上|接上|然后是)\s*"
# The number part: digits or numerals, or a number only the poster knows (a birthday, a year, a room or door).
_NUMBER = (r"(?:\d{2,}|[零〇一二两三四五六七八九幺么壹贰叁肆伍陆柒捌玖]{2,}|[两三四]个[零〇一二三四五六七八九幺么\d]|生日|出生|那年|年份|门牌|房间号|房号|"
           r"教室号|尾号|车牌)")
_RECIPE = re.compile(rf"{_LETTERS}{_JOIN}(?:[\u4e00-\u9fff]{{0,5}}?\s*)?{_NUMBER}")
# The result is the poster's contact: the app named or spelt, "my number", "search", "add me".
_CUE = re.compile(r"(?:我|俺)的?(?:号|微信|v信|vx|绿泡泡|小绿)|号就是|就是(?:我|俺)的|[薇徽威微]\s?[信芯心]?|"
                  r"(?<![a-z])v(?![a-z])|vx|wx|绿泡泡|绿色软件|搜一?搜|加我|头像|同名")
# A password's advice or a lesson, not a contact: "密码别用名字拼音加生日".
_NOT_A_CONTACT = re.compile(r"密码|口令|别用|不要用|作业|单词|课文")


# The short recipe: letters named as pinyin or typed, then where more goes ("小写 lidao 后面加 八八").
_SPELT = re.compile(r"(?:小写|大写|全拼|拼音)\s*[a-z]{3,}|[a-z]{3,}\s*(?:后面|后边|末尾|最后)(?:再)?(?:加|跟|是)")
_SPELT_CUE = re.compile(r"[微薇威徽]|(?<![a-z])v(?![a-z])|头像|同名")


def told_id(plain: str) -> str | None:
    """The recipe of an id told to the group, in a few words, or None."""
    if ("写" in plain or "拼" in plain or "后面" in plain or "后边" in plain or "末尾" in plain or "最后" in plain) \
            and (m := _SPELT.search(plain)) is not None and _SPELT_CUE.search(plain) is not None:
        return m.group(0)[:8]
    if (m := _RECIPE.search(plain)) is None or _CUE.search(plain) is None or _NOT_A_CONTACT.search(plain):
        return None
    return m.group(0)[:8]
