"""Normalising Chinese text the way members type it: width, traditional forms, invisible characters, pinyin."""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

import opencc

from bot.memo import per_text

_T2S = opencc.OpenCC("t2s")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u180e]")
_MENTION = re.compile(r"@\S+[\s\u2005]")
_PUNCT_SPACE = re.compile(r"[\s\W_]+", re.UNICODE)


# a forwarded post or an article (转：…, 【…】): nobody's own news, whatever it tells. Not 转发 itself, which is said
# of one's own life too (儿子转发了一篇文章给我 我看完更不想活了): a reading that wants it adds it
FORWARDED = r"^转|转[：:]|【"


@lru_cache(maxsize=4096)
def any_of(words: str) -> str:
    """One regular expression for alternatives written one after another, separated by white space (the word lists of
    the grievance, emergency and unwell readings)."""
    return "|".join(words.split())


@per_text  # every reading simplifies the same message
def simplify(text: str) -> str:
    """Full-width to half-width (NFKC), invisible characters out, traditional to simplified, lower case."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return _T2S.convert(text).lower()


def in_traditional(text: str) -> bool:
    """The text is written in traditional characters (佢暈咗 叫白車: likely Hong Kong, Macau or Taiwan)."""
    text = unicodedata.normalize("NFKC", text)
    return _T2S.convert(text) != text


def strip_mentions(text: str) -> str:
    """Remove "@name " mentions (WeChat puts a U+2005 after each)."""
    return _MENTION.sub(" ", text + " ").strip()


@per_text  # about forty readings squeeze the same message, ten times an event on the peer bench's day
def compact(text: str) -> str:
    """Letters, digits and hanzi only: punctuation, spaces and emoji removed."""
    return _PUNCT_SPACE.sub("", text)


def syllables(text: str) -> list[str]:
    """Toneless pinyin, one syllable per hanzi, each character's own reading; other runs kept whole.

    Character by character (cached) rather than by phrase: ~30x faster than pypinyin's phrase
    segmentation, and what we match by sound (homophone typos and evasions: 薇信, 几分 for 积分)
    goes through this on both sides, so keywords and messages always agree.
    """
    out = []
    for run in _HANZI_OR_NOT.findall(text):
        if (syllable := _SYLLABLE.get(run)) is not None:
            out.append(syllable)
        elif _HANZI.match(run):
            out.append(_SYLLABLE.setdefault(run, _reading()(run)))
        else:
            out.append(run)
    return out


def spoken(squeezed: str) -> str:
    """`" ".join(syllables(squeezed))` for text without whitespace, by one table look-up per character in C.

    Moderation spells every message this way; each new character is read once (as `syllables` reads it).
    """
    if new := set(squeezed) - _SPELLED_CHARS:
        for ch in new:
            if _HANZI.match(ch):
                _SPOKEN[ord(ch)] = f" {syllables(ch)[0]} "
        _SPELLED_CHARS.update(new)
    return " ".join(squeezed.translate(_SPOKEN).split())


@cache
def _reading() -> Callable[[str], str]:
    """One hanzi's toneless pinyin by pypinyin, loaded on first use without its phrase dictionary.

    Syllables are read a character at a time, which never consults the phrase dictionary (it has no
    one-character entries), so the same readings come out; loading it cost ~0.2 s of CPU and tens of MB.
    """
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")  # we never add readings of our own: no private copy
    from pypinyin import Style, lazy_pinyin
    return lambda hanzi: lazy_pinyin(hanzi, style=Style.NORMAL)[0]


def pinyin(text: str) -> str:
    """Toneless pinyin, syllables separated by spaces ("报名" -> "bao ming"); other characters kept as they are."""
    return " ".join(syllables(text))


_HANZI_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANZI = re.compile(f"[{_HANZI_CLASS}]")
_HANZI_OR_NOT = re.compile(f"[{_HANZI_CLASS}]|[^{_HANZI_CLASS}]+")
_SYLLABLE: dict[str, str] = {}
_SPOKEN: dict[int, str] = {}  # hanzi code point -> " syllable " (spoken)
_SPELLED_CHARS: set[str] = set()  # every character spoken has met


_CONTACT_IN_NAME = re.compile(
    r"\d[\d\s\-_.]{4,}|[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]{5,}|https?:|www\.|\.(com|cn|net)\b"
    r"|微信|威信|薇信|徽信|v信|vx|wx|wechat|加v|\+v|扣扣|qq|电话|手机|tel|➕|代理|招募|兼职|返利|刷单",
    re.IGNORECASE,
)
NAME_CHARS = 16


def name_to_say(name: str, fallback: str = "新朋友") -> str:
    """A display name fit for the bot to say in a group: one line, at most NAME_CHARS, and never an ad.

    A name that carries contact details or a pitch (手机号、微信号、链接、"加V"、兼职) is not repeated:
    the bot says `fallback` instead, so a welcome cannot advertise for the newcomer.
    """
    plain = " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFKC", name or "")).split())
    if not plain or _CONTACT_IN_NAME.search(_T2S.convert(plain).lower().replace(" ", "")):
        return fallback
    return plain if len(plain) <= NAME_CHARS else plain[: NAME_CHARS - 1] + "…"
