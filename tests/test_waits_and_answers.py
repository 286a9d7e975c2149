"""Who is still waiting for a person: what operators are told about it, and which answers meet the need."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot, message

NUDGE = """
plugins:
  nudge: {}
"""


def told_op1(bot: TestBot) -> list[str]:
    """What the operator on duty was told privately by the nudges, in order."""
    return [a.text for a in bot.sent if a.plugin == "nudge" and a.kind == "private" and a.to == "op1"]


async def test_operator_is_told_a_photo_voice_or_video_without_words_is_what_it_is(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send(message("", type="image", sender="u2", name="王大爷", ts=bot.now))
    await bot.wait(minutes=20)
    await bot.send(message("", type="voice", sender="u3", name="李奶奶", ts=bot.now))
    await bot.wait(minutes=20)
    await bot.send(message("", type="video", sender="u4", name="钱叔", ts=bot.now))
    await bot.wait(minutes=20)
    photo, voice, video = (next(t for t in told_op1(bot) if who in t) for who in ("王大爷", "李奶奶", "钱叔"))
    assert "“”" not in photo + voice + video
    assert "一张图片" in photo and "一条语音" in voice and "一段视频" in video


async def test_a_voice_message_with_words_is_quoted_and_marked_as_voice(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_voice("明天的体检要空腹吗", name="李奶奶")
    await bot.wait(minutes=2)
    assert "“[语音]明天的体检要空腹吗”" in told_op1(bot)[0]


async def test_a_member_who_answers_the_asker_by_name_closes_the_wait(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("周五的手工课要自己带剪刀吗", sender="u1", name="孙阿姨")
    await bot.wait(seconds=40)
    await bot.send_message("孙姐 不用带 老师都准备好了", sender="u2", name="老赵")
    await bot.wait(minutes=6)
    assert [a for a in bot.sent if a.plugin == "nudge"] == [], "nobody chased, nothing said over 老赵's answer"


async def test_a_member_answering_right_after_tells_the_operator_who_answered_not_nobody(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("今天下午合唱还练吗", sender="u1", name="孙阿姨")
    await bot.wait(seconds=25)
    await bot.send_message("练 三点半", sender="u2", name="老赵")
    await bot.wait(minutes=6)
    (told,) = told_op1(bot)
    assert "还没人回复" not in told and "老赵" in told and "练 三点半" in told
    assert [a for a in bot.sent if a.plugin == "nudge" and a.kind == "say"] == []


@pytest.mark.parametrize("unsure", ["好像不用带吧 我也不太清楚", "孙阿姨 应该不用带吧，我也不太确定"])
async def test_an_unsure_member_answer_keeps_the_wait_open_and_says_so(make_bot, unsure):
    bot = make_bot(NUDGE)
    await bot.start()
    q = await bot.send_message("周五的手工课要自己带剪刀吗", sender="u1", name="孙阿姨")
    await bot.wait(seconds=40)
    await bot.send_message(unsure, sender="u2", name="老赵", reply_to=q.id)
    await bot.wait(minutes=4)
    first, *later = told_op1(bot)
    assert "不太确定" in first and unsure in first
    assert later, "still waiting for a person: the operator is reminded again"


async def test_an_operators_word_to_the_whole_room_closes_nobodys_wait(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("下礼拜的旅游要带身份证吗", name="冯姨", sender="u1")
    await bot.wait(seconds=10)
    await bot.send_message("下周三的讲座在几楼", name="陈伯", sender="u2")
    await bot.wait(seconds=20)
    await bot.send_message("今天降温了，大家出门多穿点哈", sender="op1", name="小王")
    await bot.wait(minutes=4)
    told = " ".join(told_op1(bot))
    assert "冯姨" in told and "陈伯" in told


async def test_an_operators_short_reply_or_answer_on_topic_closes_that_wait_only(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("下礼拜的旅游要带身份证吗", name="冯姨", sender="u1")
    await bot.wait(seconds=10)
    await bot.send_message("下周三的讲座在几楼", name="陈伯", sender="u2")
    await bot.wait(seconds=10)
    await bot.send_message("在三楼", sender="op1", name="小王")
    await bot.wait(seconds=10)
    await bot.send_message("旅游要带身份证的哦，上车前要登记", sender="op1", name="小王")
    await bot.wait(minutes=4)
    assert told_op1(bot) == []


async def test_an_operators_notice_sharing_one_common_word_with_an_ask_does_not_answer_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("我想问问下周的活动几点开始", name="冯姨", sender="u1")
    await bot.wait(seconds=10)
    await bot.send_message("退休证复印件交给谁", name="陈伯", sender="u2")
    await bot.wait(seconds=20)
    await bot.send_message("各位好，本周活动的照片已经传到群相册了，大家可以去看看", sender="op1", name="小王")
    await bot.wait(minutes=2)
    told = " ".join(told_op1(bot))
    assert "冯姨" in told and "陈伯" in told


async def test_the_morning_digest_says_which_night_question_a_member_already_answered(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 23, 23, 10, tzinfo=TZ))
    await bot.start()
    await bot.send_message("明天早上的体检要空腹吗", sender="u1", name="孙阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("要空腹 八点前到", sender="u2", name="老赵")
    await bot.wait(hours=8)
    (digest,) = [t for t in told_op1(bot) if "孙阿姨" in t]
    assert "老赵已回“要空腹 八点前到”" in digest


async def test_a_nudge_listing_several_members_notes_the_unsure_answer_on_that_members_line(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("下礼拜的旅游要带身份证吗", sender="u4", name="冯姨")
    await bot.wait(seconds=10)
    asked = await bot.send_message("今天下午合唱还练吗", sender="u1", name="孙阿姨")
    await bot.send_message("退休证复印件交给谁", sender="u3", name="陈伯")
    await bot.wait(seconds=5)
    await bot.send_message("好像练吧 我也不太清楚", sender="u2", name="老赵", reply_to=asked.id)
    await bot.wait(minutes=2)
    alone, listed = told_op1(bot)[:2]  # 冯姨 first; the two who came due meanwhile in one list
    lines = listed.splitlines()
    assert lines[1].startswith("- 孙阿姨") and "老赵已回“好像练吧 我也不太清楚”，听着不太确定" in lines[1]
    assert lines[2].startswith("- 陈伯") and "老赵" not in lines[2]


async def test_a_thought_going_on_after_the_faqs_answer_is_quoted_from_its_start(make_bot):
    """accept13 (conversation, fragments): 小芳 / 鸡蛋 / 接龙写了没有 / 我不会弄 reached 小芳 as "我不会弄" alone."""
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n")
    (bot.folder / "faq.yaml").write_text("entries:\n  - id: 土鸡蛋\n    question: 土鸡蛋怎么订？\n"
                                         "    answer: 接龙时写上要几个就行，每周三送到。\n", encoding="utf-8")
    await bot.start()
    for line in ("小芳", "鸡蛋怎么订", "我不会弄"):
        await bot.send_message(line, sender="u1", name="王奶奶")
        await bot.wait(seconds=5)
    await bot.wait(minutes=1)
    assert [a.ref for a in bot.sent if a.plugin == "faq"] == ["土鸡蛋"]  # the FAQ answered the middle line
    (told, *_) = told_op1(bot)
    assert "小芳 鸡蛋怎么订 我不会弄" in told  # 小芳 reads what 王奶奶 cannot do, not just that she cannot
