"""Word cutting: one dictionary read once, each cutter with its own words, cutting as one loaded from the file."""
from __future__ import annotations

import jieba

from bot.word_cutting import cutter
from plugins.faq.words import DICTIONARY


def test_a_cutter_cuts_as_a_tokenizer_loaded_from_the_file_with_the_same_words():
    jieba.setLogLevel(60)
    loaded = jieba.Tokenizer(str(DICTIONARY))
    loaded.add_word("八段锦", freq=100_000)
    made = cutter(DICTIONARY, ["八段锦"], freq=100_000)
    for text in ("我平时喜欢打八段锦和太极拳", "请问社区食堂几点开门", "退休以后住在杭州"):
        assert made.lcut(text) == loaded.lcut(text)
    assert made.FREQ == loaded.FREQ and made.total == loaded.total


def test_words_one_cutter_adds_do_not_change_how_another_cuts():
    plain = cutter(DICTIONARY)
    before = plain.lcut("我叫王秀兰", HMM=False)
    with_name = cutter(DICTIONARY, ["王秀兰"], freq=100_000)
    assert with_name.lcut("我叫王秀兰", HMM=False) == ["我", "叫", "王秀兰"]
    assert plain.lcut("我叫王秀兰", HMM=False) == before != ["我", "叫", "王秀兰"]
