"""Readings looked up when the same words come again (bot.memo): the same answer, memory that stays bounded."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot import chinese_text
from bot.conversation import Conversation
from bot.events import MessageReceived
from bot.memo import Memo
from bot.reading_features import _WORDED, features
from bot.testing import TZ
from bot.understanding import read_by_rules
from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex

DATA = Path(__file__).parent / "data"


def test_a_memo_keeps_at_most_its_limit_the_oldest_going_first() -> None:
    memo: Memo[str, int] = Memo(limit=2)
    for n, text in enumerate(("收到", "好的", "谢谢")):
        memo.keep(text, n)
    assert len(memo) == 2 and memo.get("收到") is None and memo.get("谢谢") == 2
    assert Memo[str, int](limit=0).keep("收到", 1) == 1  # limit 0: nothing kept, the reading still returned


def test_the_same_question_again_is_ranked_the_same_and_a_caller_cannot_spoil_the_next_ranking() -> None:
    index = FaqIndex(read_file(DATA / "faq.yaml"))
    first = index.match("活动怎么报名")
    first.clear()  # one caller's list is its own
    again = index.match("活动怎么报名")
    fresh = FaqIndex(read_file(DATA / "faq.yaml")).match("活动怎么报名")
    assert again and [(m.entry.id, m.score) for m in again] == [(m.entry.id, m.score) for m in fresh]
    assert again[0].entry.id == "signup"
    asked = "今天天气真好，活动怎么报名"
    before = index.match(asked)
    table = {"天气": 3.0, "今天": 3.0}  # a chat table that reads these words as chat (training swaps one in)
    index.chat = table  # rankings made with the old table are not looked up any more
    swapped = FaqIndex(read_file(DATA / "faq.yaml"), chat_words=table).match(asked)
    assert [m.score for m in index.match(asked)] == [m.score for m in swapped] != [m.score for m in before]


def test_the_learned_layer_reads_a_repeated_message_as_it_read_it_the_first_time() -> None:
    at = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
    said = MessageReceived(id="m1", ts=at, room="r1", sender="a", sender_name="张阿姨", text="怎么又停水了？？")
    conversation = Conversation()
    reading = read_by_rules(said, conversation)
    _WORDED.clear()
    first = features(reading, said, conversation, operator=False)
    again = features(reading, said, conversation, operator=False)
    assert first == again and "#member" == first[0] and f"#rules:{reading.kind}" in first
    voice = MessageReceived(id="m2", ts=at, room="r1", sender="a", sender_name="张阿姨", type="voice",
                            text="[语音]怎么又停水了")
    assert "#voice" in features(read_by_rules(voice, conversation), voice, conversation, operator=False)


async def test_the_same_words_in_a_second_group_are_not_converted_to_simplified_again(make_bot, monkeypatch):
    converted: list[str] = []
    converter = chinese_text._T2S

    class Counting:
        def convert(self, text: str) -> str:
            converted.append(text)
            return str(converter.convert(text))
    monkeypatch.setattr(chinese_text, "_T2S", Counting())
    bot = make_bot("plugins:\n  nudge: {}\n")
    await bot.start()
    said = "樓下電梯又壞了，物業什麼時候來修"  # the reader, grievances, emergencies, nudge simplify it
    await bot.send_message(said, room="r1", sender="u1", name="王阿姨")
    first = len(converted)
    await bot.send_message(said, room="r2", sender="u2", name="李叔")
    await bot.wait(minutes=5)
    assert first > 0 and len(converted) == first  # read once, looked up in the second group
    told = [a.text for a in bot.sent if a.to == "op1" and a.text.startswith("⚠️ 投诉")]
    assert [t.split("在「")[0] for t in told] == ["⚠️ 投诉，请尽快处理：王阿姨", "⚠️ 投诉，请尽快处理：李叔"]
