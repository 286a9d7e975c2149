"""Word cutting (jieba): each dictionary file is read once per process, however many cutters are made from it.

A plugin that cuts words asks for a cutter on a dictionary with its own words added (`cutter`): the
dictionary's words and frequencies are read from the file the first time (jieba's prefix table,
~0.14 s for the FAQ's 80,000 words) and each cutter gets its own copy of them (~3 ms), so words one
plugin adds never change how another cuts. Every cutter cuts exactly as a tokenizer loaded from the
file with the same words added would.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jieba


@cache
def _read(dictionary: str) -> jieba.Tokenizer:
    """The dictionary as jieba reads it (its prefix table and total), kept for copying and never cut with."""
    jieba.setLogLevel(60)
    read = jieba.Tokenizer(dictionary)
    read.initialize()
    return read


def cutter(dictionary: Path, words: Iterable[str] = (), freq: int | None = None) -> jieba.Tokenizer:
    """A jieba tokenizer of its own on `dictionary`, with `words` added (each at `freq`, or jieba's own guess)."""
    read = _read(str(dictionary))
    made = jieba.Tokenizer(str(dictionary))
    made.FREQ, made.total = dict(read.FREQ), read.total
    made.initialized = True
    for word in words:
        made.add_word(word, freq=freq)
    return made
