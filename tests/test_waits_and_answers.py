"""Who is still waiting for a person: what operators are told about it, and which answers meet the need."""
from __future__ import annotations

from bot.testing import TestBot, message

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
