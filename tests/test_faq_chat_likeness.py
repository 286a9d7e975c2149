"""Chat-likeness: a message near the lines that got silence reads as chat, near the questions as a question."""
from __future__ import annotations

from plugins.faq.paraphrase import Encoder, random_encoder
from plugins.faq.words import features_of, normalise

CHAT = ["今天天气真好啊", "早上好各位", "哈哈哈太好笑了", "晚安大家", "吃了吗今天", "周末去公园玩了"]
ASKED = ["游泳馆几点开门", "报名费多少钱", "停车场在哪里", "课程什么时候开始", "怎么退费", "周六上课吗"]


def _lines(chat_silent: bool) -> list[tuple[dict[str, float], bool]]:
    return [(features_of(normalise(t)), not chat_silent) for t in CHAT] + \
        [(features_of(normalise(t)), chat_silent) for t in ASKED]


def _chat_like(encoder: Encoder, text: str) -> float:
    return encoder.chat_like(encoder.of_message(features_of(normalise(text))))


def test_a_line_like_the_chat_that_got_silence_reads_as_chat_and_relabelled_references_turn_it_round():
    table = random_encoder()
    usual = table.referring_to(_lines(chat_silent=True))
    assert _chat_like(usual, "今天天气真好啊") > 0 > _chat_like(usual, "游泳馆几点开门")
    swapped = table.referring_to(_lines(chat_silent=False))  # the same lines, the other way round
    assert _chat_like(swapped, "今天天气真好啊") < 0 < _chat_like(swapped, "游泳馆几点开门")


def test_without_reference_lines_or_words_nothing_reads_as_chat():
    table = random_encoder()
    assert _chat_like(table, "今天天气真好啊") == 0.0
    few = table.referring_to(_lines(chat_silent=True)[:3] + _lines(chat_silent=True)[-3:])  # fewer than 5 a side
    assert _chat_like(few, "今天天气真好啊") == 0.0
    assert _chat_like(table.referring_to(_lines(chat_silent=True)), "") == 0.0
