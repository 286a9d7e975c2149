"""acceptance24 (fixcover24): sign-ups, joy, notices and members' own calls, met as a 社群运营 would meet them."""
from __future__ import annotations

ACTIVITIES = """
plugins:
  activities: {}
"""


async def test_a_sign_up_with_a_blessing_or_a_name_after_it_is_counted(make_bot):
    """acceptance24 27: "我也去 阿弥陀佛" and "接龙 陈明" under an open 接龙 were left off the list, nobody told."""
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 初一法会帮厨 12月9日早上6点 20", sender="op1", name="小王")
    signs = ["我也去 阿弥陀佛", "接龙 陈明", "算我一个 感恩", "接龙：李秀英", "我参加，谢谢群主", "我也去🙏 随喜赞叹"]
    for n, words in enumerate(signs, 1):
        await bot.send_message(words, sender=f"u{n}", name=f"义工{n}")
    chat = ["接龙怎么弄", "接龙 在哪呢", "我去 阿弥陀佛 太吓人了", "接龙 好麻烦", "我也去过 阿弥陀佛", "接龙 看不懂啊"]
    for n, words in enumerate(chat, 1):
        await bot.send_message(words, sender=f"c{n}", name=f"居士{n}")
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    said = [a for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert [a.mentions for a in said if "报上名" in a.text] == [(f"u{n}",) for n in range(1, 7)]
    assert "报名名单（6/20）" in said[-1].text and "居士" not in said[-1].text
