"""An id given so that no screen sees it whole: told as a recipe, or set after a symbol that stands for the app.

Sellers who know a screen reads ids give the parts and how to join them: letters or a name's pinyin, then a number
("薇 信 后面就是 bz 加上 八八九九", "我的号 周X全拼 后面跟我出生那年", "名字的拼音 加上门牌号", "v 是 ma 后面 dafu
后面 1958"), or said outright not to be a phone number ("sc 收割 一三九 (不是电话 是威)"); or the app is a picture
and a plus ("加🍀 yyf 七七八八", "➕我 🅥 tfz_9527", "V➕ 📱 zfj_2024"). Members never tell their own number or id so;
when they speak of pinyin and birthdays it is about a password or a child's homework, and nothing says the result is
the poster's contact.
"""
from __future__ import annotations

import re

import regex

# The letters part: letters typed out, or a name's pinyin named.
_LETTERS = r"(?:(?<![a-z])[a-z]{2,}|拼音|全拼|首字母|缩写|小写|大写)"
# How the parts are joined: "加上", "后面就是", "后面跟", "再加", "然后是".
_JOIN = (r"\s*(?:\+|再?加上?|跟(?=\s)|(?:后面|后边|末尾|最后)(?:就是|再)?(?:跟|加|接|是|带)?上?|跟上|连上|接上|"
         r"然后是)\s*")
# The number part: digits or numerals, or a number only the poster knows (a birthday, a year, a room or door).
_NUMBER = (r"(?:\d{2,}|[零〇一二两三四五六七八九幺么壹贰叁肆伍陆柒捌玖]{2,}|[两三四]个[零〇一二三四五六七八九幺么\d]|"
           r"生日|出生|那年|年份|门牌|房间号|房号|"
           r"教室号|尾号|车牌)")
_RECIPE = re.compile(rf"{_LETTERS}{_JOIN}(?:[\u4e00-\u9fff]{{0,5}}?\s*)?{_NUMBER}")
# The result is the poster's contact: the app named or spelt, "my number", "search", "add me".
_CUE = re.compile(r"(?:我|俺)的?(?:号|微信|v信|vx|绿泡泡|小绿)|号就是|就是(?:我|俺)的|[薇徽威微嶶]\s?[信芯心]?|"
                  r"维\W?[信芯]|(?<![a-z])v(?![a-z])|vx|wx|绿泡泡|绿色软件|搜一?搜|加我|头像|同名")
# A password's advice or a lesson, not a contact: "密码别用名字拼音加生日".
_NOT_A_CONTACT = re.compile(r"密码|口令|别用|不要用|作业|单词|课文")


# The short recipe: letters named as pinyin or typed, then where more goes ("小写 lidao 后面加 八八").
_SPELT = re.compile(r"(?:小写|大写|全拼|拼音)\s*[a-z]{3,}|[a-z]{3,}\s*(?:后面|后边|末尾|最后)(?:再)?(?:加|跟|是)")
_SPELT_CUE = re.compile(r"[微薇威徽]|(?<![a-z])v(?![a-z])|头像|同名")


# "不是电话 是威", "(号) 不是电话": the poster says the digits beside letters are an id, not a number.
_NOT_A_PHONE = re.compile(r"不是(?:电话|手机号?|号码)")
_LETTERS_AND_DIGITS = re.compile(r"(?<![a-z])[a-z]{2,}(?![a-z])[^。]{0,12}?(?:\d|[零〇一二三四五六七八九幺么]{2})")
# A plus or "add" and a picture for the app (an emoji or a symbol), then an id with letters and digits or an underscore
# (the numerals read as digits first: "yyf 七七八八" is "yyf 7788").
_SYMBOL_CUE_ID = regex.compile(r"(?:\+|加)\s*我?\s*v?\s*(?:[\p{So}\p{Sk}]\s*)+(?:号\s*)?"
                               r"([a-z][a-z0-9_]{1,20}\s?\d{2,}|[a-z]+_[a-z0-9_]+)|"
                               r"(?<![a-z])v\s*\+\s*(?:[\p{So}\p{Sk}]\s*)*([a-z][a-z0-9]*_[a-z0-9_]+|[a-z]{2,}\d{3,})")


def symbol_cued_id(pieces: str) -> str | None:
    """An id after a plus and a picture for the app, read from the text with its numerals as digits, or None."""
    if "+" not in pieces and "加" not in pieces:
        return None
    return (m.group(1) or m.group(2))[:3] if (m := _SYMBOL_CUE_ID.search(pieces)) is not None else None


# A word's pinyin to be read backwards, or the poster's phone number with a digit swapped for a letter ("把"木匠"的拼音
# 倒过来写", "就是我手机号 把开头的1换成a"): the recipe of an id with no number in it.
_TURNED = re.compile(r"拼音[^，。]{0,4}(?:倒过来|倒着|反过来|反着)|(?:手机号|电话号?)[^。]{0,8}换成\s?[a-z]")


# An id with one mark between every letter or digit ("加我 x、u、e、z、h、a、n、9、9 顿号删掉就是", "加 j~d~z~c~i~5~8",
# "a★z★m★a★6★6"): the mark is there to break the id for a screen; a list of a test's answers (a、c、d、b) or of
# numbers has no add cue before it and no mark to take out after it.
_MARKED = re.compile(r"(?<![a-z0-9])[a-z0-9]\s?([^\w\s\u4e00-\u9fff])\s?(?:[a-z0-9]\s?\1\s?){3,}[a-z0-9](?![a-z0-9])")
_ADD_BEFORE = re.compile(r"(?:加|\+|[微薇威徽]|(?<![a-z])v(?![a-z])|搜)[^a-z0-9]{0,8}$")
_TAKE_OUT = re.compile(r"(?:号|线|点|符|星|心|杠|空格|[^\w\s\u4e00-\u9fff])\s?(?:都|全)?(?:去掉|删掉|拿掉|不要|不算)|"
                       r"(?:去掉|删掉|拿掉)(?:所有|中间)")


def marked_id(plain: str) -> str | None:
    """An id with one mark between each of its letters or digits, after an add cue or with the mark to take out."""
    if (m := _MARKED.search(plain)) is None or not any(c.isalpha() for c in m.group(0)) \
            or _ADD_BEFORE.search(plain, 0, m.start()) is None and _TAKE_OUT.search(plain) is None:
        return None
    return "".join(c for c in m.group(0) if c.isalnum())[:3]


def told_id(plain: str) -> str | None:
    """The recipe of an id told to the group, in a few words, or None."""
    if (found := marked_id(plain)) is not None:
        return found
    if ("拼音" in plain or "换成" in plain) and (m := _TURNED.search(plain)) is not None \
            and _CUE.search(plain) is not None and _NOT_A_CONTACT.search(plain) is None:
        return m.group(0)[:8]
    if ("写" in plain or "拼" in plain or "后面" in plain or "后边" in plain or "末尾" in plain or "最后" in plain) \
            and (m := _SPELT.search(plain)) is not None and _SPELT_CUE.search(plain) is not None:
        return m.group(0)[:8]
    if "不是" in plain and _NOT_A_PHONE.search(plain) is not None and _CUE.search(plain) is not None \
            and (m := _LETTERS_AND_DIGITS.search(plain)) is not None:
        return m.group(0)[:8]
    if (m := _RECIPE.search(plain)) is None or _CUE.search(plain) is None or _NOT_A_CONTACT.search(plain):
        return None
    return m.group(0)[:8]
