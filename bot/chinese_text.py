"""Normalising Chinese text the way members type it: width, traditional forms, invisible characters, pinyin."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc
from pypinyin import Style, lazy_pinyin

_T2S = opencc.OpenCC("t2s")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u180e]")
_MENTION = re.compile(r"@\S+[\s\u2005]")
_PUNCT_SPACE = re.compile(r"[\s\W_]+", re.UNICODE)


@lru_cache(maxsize=4096)  # several plugins simplify the same message
def simplify(text: str) -> str:
    """Full-width to half-width (NFKC), invisible characters out, traditional to simplified, lower case."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return _T2S.convert(text).lower()


def strip_mentions(text: str) -> str:
    """Remove "@name " mentions (WeChat puts a U+2005 after each)."""
    return _MENTION.sub(" ", text + " ").strip()


def compact(text: str) -> str:
    """Letters, digits and hanzi only: punctuation, spaces and emoji removed."""
    return _PUNCT_SPACE.sub("", text)


@lru_cache(maxsize=65536)
def pinyin(text: str) -> str:
    """Toneless pinyin, syllables separated by spaces ("报名" -> "bao ming"); other characters kept as they are."""
    return " ".join(lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: list(s)))
