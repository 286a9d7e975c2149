"""Seeing through evasions: one message as several views (plain, squeezed, digits, pinyin); the original is kept."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.chinese_text import compact, simplify, syllables

_NUMERAL = "零〇0一壹幺1二贰两2三叁3四肆4五伍5六陆6七柒拐7八捌8九玖勾9"
_TO_DIGIT = {}
_digit = "0"
for ch in _NUMERAL:
    if ch.isdigit():
        _digit = ch
for group in ("零〇0", "一壹幺1", "二贰两2", "三叁3", "四肆4", "五伍5", "六陆6", "七柒拐7", "八捌8", "九玖勾9"):
    for ch in group:
        _TO_DIGIT[ord(ch)] = group[-1]
_NUMERAL_RUN = re.compile(f"[{_NUMERAL}]{{7,}}")
_HEART_V = re.compile(r"v\s*[❤♥💗💓💖💕❣♡心]", re.IGNORECASE)
_DOT_WORD = re.compile(r"(点|點|dot|。)(?=(com|cn|net|org|top|xyz|cc|vip|shop|me|io|co)\b)")


@dataclass(frozen=True)
class Views:
    """A message seen several ways; detectors pick the view that defeats the evasion they look for."""

    original: str
    plain: str  # NFKC (full-width, circled digits), invisible characters out, simplified, lower case
    squeezed: str  # plain without padding: spaces, dots, punctuation, emoji between characters
    digits: str  # squeezed with runs of Chinese numerals (一三八, 壹叁捌, 幺) turned into digits
    sounds: str  # pinyin of squeezed, one syllable per word; ASCII runs kept ("jia v xin")


def _digits(squeezed: str) -> str:
    return _NUMERAL_RUN.sub(lambda m: m.group(0).translate(_TO_DIGIT), squeezed)


def _sounds(squeezed: str) -> str:
    return f" {' '.join(syllables(squeezed))} "


def views(text: str) -> Views:
    """Every view of one message."""
    hearted = _HEART_V.sub("v信", text) if "v" in text or "V" in text else text  # each regex only when its cue is there
    plain = simplify(hearted)
    if "点" in plain or "dot" in plain or "。" in plain:  # 點 is 点 once simplified
        plain = _DOT_WORD.sub(".", plain)
    squeezed = compact(plain)
    return Views(original=text, plain=plain, squeezed=squeezed, digits=_digits(squeezed), sounds=_sounds(squeezed))
