"""A member who asks for a person, or whether the bot is one (scriptmend25, findings 10-12): an apology and a
person nudged; a second question beside it still goes on; asked alone, a true line and nobody troubled."""
from __future__ import annotations

import pytest

from tests.scriptmend25_kit import told as _told


# 10. asked for a person beside "are you a robot": an apology and a person nudged, never a smiley
@pytest.mark.parametrize("text", ["你是机器人吧，怎么老答非所问，我要找真人",
                                  "你是不是机器人啊 听不懂我说话 给我转人工",
                                  "你是真人吗 我要找工作人员"])
@pytest.mark.parametrize("private", [True, False])
async def test_a_member_who_asks_for_a_person_hears_an_apology_and_a_person_is_nudged(make_bot, text, private):
    group, alert, words = await _told(make_bot, text, private=private)
    word = words[0] if private else group
    assert word.startswith("对不起，我是自动回复的机器人") and "请工作人员来回您" in word and "🙂" not in word
    assert len(words if private else group.split("\n")) == 1 and text in alert


# 11. two things asked: the about-me line, then the real question goes on (answered or a person nudged)
@pytest.mark.parametrize("text", ["你是真人吗？鸡蛋今天几点到货", "你是机器人吗 下周几点集合"])
async def test_a_second_question_beside_are_you_a_person_still_reaches_a_person(make_bot, text):
    group, alert, _ = await _told(make_bot, text, private=False)
    assert "不是真人" in group and text in alert


# 12. the bot's own answer about itself is true where it is asked; asked alone, nobody is troubled
@pytest.mark.parametrize("private", [True, False])
async def test_are_you_a_person_alone_gets_a_true_line_and_no_errand(make_bot, private):
    group, alert, words = await _told(make_bot, "你是真人还是机器人", private=private)
    word = words[0] if private else group
    assert word.startswith("我是小助手，是自动回复的机器人，不是真人") and "自动回复的程序" not in word
    assert ("我会转告工作人员" in word) if private else ("没人回的话我会提醒工作人员" in word)
    assert "看得到" not in word and alert == "" and len(words if private else [group]) == 1
