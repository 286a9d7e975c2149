"""Photos, voice messages and stickers: a photo is acknowledged, never admired; a voice message is told we heard
it; a sticker on its own is answered lightly and one that reacts opens nothing."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.testing import TZ, message
from tests.nudge_bot import NUDGE, PRAISE, _at, _nudge


async def test_a_voice_message_opens_a_wait_and_is_told_we_heard_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send(message("", type="voice", ts=bot.now))
    await bot.wait(minutes=4)
    (cover,) = _nudge(bot, "say")
    assert cover.ref == "cover:voice" and "听" in cover.text and _nudge(bot, "private")


async def test_a_voice_greeting_is_greeted_back_not_told_we_will_reply(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_voice("大家早上好啊 今天太阳真好 我在楼下晒太阳呢", name="孙奶奶")
    await bot.wait(minutes=4)
    (answer,) = _nudge(bot)
    assert answer.ref == "cover:greeting" and answer.mentions == ("u1",)  # no wait for a person, no "稍后回复您"


async def test_a_photo_with_no_words_is_acknowledged_never_admired(make_bot):
    # accept14: in a property group a photo alone is most often a leak or a rubbish heap, and "拍得真好" landed on it
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send(message("", type="image", ts=bot.now))
    await bot.wait(minutes=4)
    (cover,) = _nudge(bot, "say")
    assert cover.ref == "cover:photo" and cover.mentions == ("u1",)
    assert "照片" in cover.text and not any(w in cover.text for w in (*ADMIRING, *PRAISE)), cover.text


ADMIRING = ("好看", "漂亮", "真美", "拍得", "真不错")


async def test_a_photo_after_the_members_complaint_is_acknowledged_not_admired(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("上礼拜买的电饭锅 今天一插电就跳闸 你们管不管啊", name="刘大妈")
    await bot.wait(seconds=30)
    await bot.send_message("@刘大妈 实在抱歉给您添麻烦了，我这就私信您处理", sender="op1", name="小周",
                           mentions=["u1"])
    await bot.wait(minutes=20)
    await bot.send(message("", type="image", ts=bot.now, name="刘大妈"))  # the broken pot, no words
    await bot.wait(minutes=4)
    photo = [a for a in _nudge(bot, "say") if a.ref == "cover:photo"]
    assert photo, "the photo still gets a cover"
    assert not any(w in photo[0].text for w in (*ADMIRING, *PRAISE)), photo[0].text


def test_every_line_a_photo_may_get_says_it_was_seen_and_judges_nothing_in_it():
    bank = Path(__file__).parent.parent / "scripts_templates" / "nudge" / "covers" / "photo.j2"
    lines = [line for line in bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 5 and all("照片" in line and "工作人员" in line for line in lines), lines
    assert not any(w in line for line in lines for w in (*ADMIRING, *PRAISE)), lines


async def test_a_sticker_on_its_own_is_answered_lightly_and_the_operator_hears_of_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("[动画表情]", sender="u1", name="孙姐", type="emoticon")
    await bot.wait(minutes=4)
    nudge = [a for a in _nudge(bot, "private") if a.to == "op1"]
    assert nudge and _at(bot, nudge[0]) == 60 and "孙姐" in nudge[0].text and "一个表情" in nudge[0].text
    assert "[" not in nudge[0].text and "“" not in nudge[0].text  # what she sent, not the platform's tag quoted
    (cover,) = _nudge(bot, "say")
    assert cover.ref == "cover:sticker" and cover.mentions == ("u1",)
    assert not any(word in cover.text for word in (*PRAISE, "语音", "工作人员"))


@pytest.mark.parametrize(("kind", "text", "reads"), [
    ("image", "[图片]", "一张图片（没配文字）"), ("voice", "[语音]", "一条语音（没转出文字）"),
    ("voice", "[语音] 刘老师下午的课还上吗", "“[语音]刘老师下午的课还上吗”")])
async def test_the_operator_hears_what_media_was_sent_without_the_platform_s_tag_twice(make_bot, kind, text, reads):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, sender="u1", name="孙姐", type=kind)
    await bot.wait(minutes=4)
    nudge = [a for a in _nudge(bot, "private") if a.to == "op1"]
    assert nudge and reads in nudge[0].text and text.split()[0] * 2 not in nudge[0].text, nudge[0].text


@pytest.mark.parametrize("how", ["after_another", "quoting", "own_line"])
async def test_a_sticker_reacting_to_something_opens_nothing(make_bot, how):
    bot = make_bot(NUDGE)
    await bot.start()
    own = how == "own_line"
    said = await bot.send_message("今天天气真好啊", sender="u1" if own else "u2", name="孙姐" if own else "老马")
    await bot.wait(minutes=2)
    await bot.send_message("[动画表情]", sender="u1", name="孙姐", type="emoticon",
                           reply_to=said.id if how == "quoting" else None)
    await bot.wait(minutes=4)
    assert not any("孙姐" in a.text for a in _nudge(bot)) and not any("u1" in a.mentions for a in _nudge(bot, "say"))


async def test_a_sticker_answering_the_bots_morning_post_opens_nothing(make_bot):
    bot = make_bot(NUDGE + "  posts: {}\n", start=datetime(2026, 11, 23, 7, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", sender="u2", name="老马")  # the room is known; the morning post comes at 07:30
    await bot.wait(minutes=31)
    assert [a.plugin for a in bot.sent if a.kind == "say"][-1] == "posts"  # 07:30, nothing said since
    await bot.send_message("[玫瑰]", sender="u1", name="孙姐", type="emoticon")
    await bot.wait(minutes=4)
    assert not any("孙姐" in a.text or "u1" in a.mentions for a in _nudge(bot))


async def test_a_voice_question_is_told_we_heard_it_not_that_we_saw_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_voice("我那个手环好像找不到了咋办呀", name="王阿姨")
    await bot.wait(minutes=4)
    (cover,) = _nudge(bot, "say")
    assert "语音" in cover.text and "看到" not in cover.text  # she spoke it: "您的问题我们看到了" would be odd
    assert any("手环" in a.text for a in _nudge(bot, "private"))  # still a question waiting for a person
