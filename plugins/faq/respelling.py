"""A member's slip put right by sound: a word that sounds like one the FAQ uses is read as it (积份 -> 积分)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.chinese_text import syllables
from plugins.faq.words import loose_sound, sounds_key, tokenizer

_HANZI = re.compile(r"[\u3400-\u9fff]")
SUFFIXES = frozenset("儿子")  # said after a noun in the north and the south alike, adding nothing to what it names


def starts_word(chunk: str, i: int) -> bool:
    """Does the character at `i` begin a word of jieba's with the one after it (子女, 儿童)?"""
    return bool(tokenizer().FREQ.get(chunk[i:i + 2])) if i + 1 < len(chunk) else False


class Respelling:
    """The FAQ's own words of two or three characters, by their loose sound; the same message is respelled once."""

    def __init__(self, features: Iterable[str]) -> None:
        self._by_sound: dict[str, str] = {}
        self._own: set[str] = set()  # the words themselves: a member who writes one means it (香肠 is not 现场)
        for f in features:
            if f.startswith("w:") and len(f) >= 4 and all(_HANZI.match(c) for c in f[2:]):
                self._by_sound.setdefault(sounds_key(syllables(f[2:])), f[2:])
                self._own.add(f[2:])
        self._respelled = lru_cache(maxsize=4096)(self._respell)  # the same question is often asked again

    def __call__(self, norm: str) -> str:
        """The normalised message with the FAQ's words put back where it has a word that sounds the same."""
        return self._respelled(norm)

    def _respell(self, norm: str) -> str:
        """Words the FAQ uses put back where a message has a word that sounds the same (积份 -> 积分, 营页 -> 营业)."""
        out = []
        for chunk in norm.split():
            sounds, i, fixed = syllables(chunk), 0, []
            if len(sounds) != len(chunk):  # letters or digits in it: one sound per run, not per character
                out.append(chunk)
                continue
            loose = [loose_sound(s) for s in sounds]  # once per syllable: each is in up to five looked-up keys
            while i < len(chunk):
                for size in (3, 2):
                    word = chunk[i:i + size] if i + size <= len(chunk) else None
                    if word not in self._own:  # one the FAQ writes is left as it is (香肠 is not 现场)
                        word = self._by_sound.get(" ".join(loose[i:i + size])) if word is not None else None
                    if word is not None and len(word) == size:
                        fixed.append(word)
                        i += size
                        after = chunk[i:i + 1]
                        if after in SUFFIXES and word + after not in self._own and not starts_word(chunk, i):
                            i += 1  # 猪腰子 is the FAQ's 猪腰, 瓜子儿 its 瓜子; not 所有子女's 子
                        break
                else:
                    fixed.append(chunk[i])
                    i += 1
            out.append("".join(fixed))
        return " ".join(out)
