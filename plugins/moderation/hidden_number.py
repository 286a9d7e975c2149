"""A mobile number hidden so that no screen sees it whole: told backwards, in pieces joined by words of order or on
lines of their own, with letters standing for digits, or opened with 十三 for 13.

Sellers who know a screen reads numbers give them with the way to put them back ("电话倒过来念 7113 2205 831",
"打139 就是移动那个 然后5513 然后0726", "138\\n嘞\\n0351\\n嘞\\n2266", "13O1O886542", "十三 五九 九七 四八 二零七").
A member who gives her own number writes it out; nobody tells a neighbour to read it backwards or join its pieces.
"""
from __future__ import annotations

import re

from plugins.moderation.normalize import Views

_MOBILE = re.compile(r"1[3-9]\d{9}")
_BOUNDED = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
# The way back told: read backwards ("倒过来念", "倒着写的", "反着", "翻过来打").
_BACKWARDS = re.compile(r"倒过来|倒着|倒序|反着|反过来|翻过来")
# Digits with spaces between them, as a backwards number is set out ("7113 2205 831").
_SPACED_DIGITS = re.compile(r"(?<![\d.])\d[\d ]{9,14}\d(?![\d.])")
# Pieces of a number joined by words of order ("然后", "后面接", "后头跟", "再写", "最后是"), a few words between.
_PIECE = re.compile(r"(?<![\d.])\d{3,4}(?![\d.])")
_ORDER = re.compile(r"然后|接着|后面|后头|后边|再写|再是|最后|中间")
# A letter set for a digit inside a number ("13O1O886542", "l3g0"): o for nought, l or I for one.
_LETTERED = re.compile(r"(?<![a-z\d])1[\do][\dol]{9}(?![a-z\d])")
# 十三 for 13 at the head of numerals in pieces ("十三 五九 九七 四八 二零七"; the pieces view has the rest as digits).
_THIRTEEN = re.compile(r"(?<![\u4e00-\u9fff\d])十([三四五六七八九])(?=\s*\d)")
_NUMERAL_DIGIT = str.maketrans("三四五六七八九", "3456789")
# What a number is never read back from: a password, a lock's code.
_NOT_A_NUMBER = re.compile(r"密码|口令|验证码")


def _backwards(plain: str) -> str | None:
    if _BACKWARDS.search(plain) is None:
        return None
    for m in _SPACED_DIGITS.finditer(plain):
        digits = m.group(0).replace(" ", "")
        if len(digits) == 11 and _MOBILE.fullmatch(back := digits[::-1]) and not _MOBILE.fullmatch(digits):
            return back
    return None


def _in_ordered_pieces(plain: str) -> str | None:
    pieces = list(_PIECE.finditer(plain))
    for i, first in enumerate(pieces):
        joined, end = first.group(0), first.end()
        for nxt in pieces[i + 1:i + 3]:
            gap = plain[end:nxt.start()]
            if len(gap) > 14 or not (_ORDER.search(gap) or gap.strip("\n 嘞啊哈呀了") == "" and "\n" in gap):
                break
            joined, end = joined + nxt.group(0), nxt.end()
            if len(joined) == 11:
                return joined if _MOBILE.fullmatch(joined) else None
    return None


# Numbers scattered through a recipe, a price list or a firing curve, then told to be joined and called ("1勺盐 5勺醋
# … 按顺序打过去订面", "第一段 13 第二段 390 … 四段连起来打过去"): the join and the call say what the digits are.
_JOINED = re.compile(r"(?:连起来|拼起来|合起来|串起来|连在一起|拼在一起|拼一起)(?:就是)?[^，。\s]{0,3}?"
                     r"(?:打|拨|(?:我的?)?(?:电话|手机))|按顺序(?:打|拨)")


def _joined_to_call(v: Views) -> str | None:
    if _JOINED.search(v.plain) is None or len(digits := "".join(re.findall(r"\d", v.pieces))) < 10:
        return None
    return digits if digits[0] == "1" else None  # a mobile's first digit


def hidden_mobile(v: Views) -> str | None:
    """The mobile number the message hides (backwards, in ordered pieces, lettered, 十三-led, scattered and told to
    be joined and called), or None."""
    if _NOT_A_NUMBER.search(v.plain) is not None:
        return None
    if (joined := _joined_to_call(v)) is not None:
        return joined
    if (m := _LETTERED.search(v.plain)) is not None and _MOBILE.fullmatch(
            number := m.group(0).replace("o", "0").replace("l", "1")) and number != m.group(0):
        return number
    if "十" in v.pieces and (led := _THIRTEEN.sub(lambda m: "1" + m.group(1).translate(_NUMERAL_DIGIT), v.pieces)) \
            != v.pieces and (m := _BOUNDED.search(re.sub(r"(?<=\d)\s+(?=\d)", "", led))) is not None:
        return m.group(0)
    return _backwards(v.plain) or _in_ordered_pieces(v.plain)
