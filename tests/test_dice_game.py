"""The dice game: the face read from WeChat's XML or its exported text, the first to roll the named number wins,
a game nobody wins ends kindly, one game at a time."""
from __future__ import annotations

from tests.activities_bot import ACTIVITIES


def test_the_dice_face_is_read_from_wechats_xml_or_the_exported_text_form():
    from plugins.activities.dice import face
    xml = '<msg><emoji fromusername="wxid_a" type="2" md5="a1b2"><gameext type="2" content="7"></gameext></emoji></msg>'
    assert face(xml) == 4 and face('<gameext content="9" type="2" />') == 6
    assert face('<gameext type="1" content="2"></gameext>') is None  # rock-paper-scissors, not dice
    assert face("[骰子]3") == 3 and face("[骰子] 5") == 5 and face("🎲6") == 6
    assert face("[微笑]") is None and face("[骰子]") is None and face("[骰子]12") is None


async def test_the_first_member_to_roll_the_named_number_wins_and_the_group_hears_it(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/骰子 6 鸡蛋一盒", sender="op1", name="小王")
    await bot.send_message("[骰子]6", sender="op1", name="小王", type="emoticon")  # staff do not play
    await bot.send_message("[骰子]3", sender="u1", name="李叔", type="emoticon")
    await bot.send_message("[骰子]6", sender="u2", name="王阿姨")  # typed, not rolled
    await bot.send_message('<msg><emoji><gameext type="2" content="9"></gameext></emoji></msg>',
                           sender="u3", name="赵姐", type="emoticon")
    await bot.send_message("[骰子]6", sender="u1", name="李叔", type="emoticon")
    await bot.wait(minutes=15)
    said = [a for a in bot.sent if a.plugin == "activities"]
    assert [a.kind for a in said] == ["say", "say"]
    assert "谁先掷出 6 点" in said[0].text and "鸡蛋一盒" in said[0].text and "10 分钟" in said[0].text
    assert "恭喜赵姐" in said[1].text and said[1].mentions == ("u3",) and "时间到" not in said[1].text


async def test_a_dice_game_nobody_wins_ends_kindly_and_one_game_runs_at_a_time(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/骰子 2", sender="op1", name="小王")
    await bot.send_message("/骰子 5", sender="op1", name="小王")
    await bot.send_message("[骰子]4", sender="u1", name="李叔", type="emoticon")
    await bot.wait(minutes=11)
    await bot.send_message("[骰子]2", sender="u1", name="李叔", type="emoticon")  # too late
    await bot.settle()
    group = [a.text for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert len(group) == 2 and "掷出 2 点" in group[0] and "时间到了" in group[1]
    busy = [a for a in bot.sent if a.to == "op1"]
    assert len(busy) == 1 and "已经有一局" in busy[0].text
    await bot.send_message("/骰子", sender="op1", name="小王")
    await bot.settle()
    assert "用法：/dice 点数(1-6) [奖品]（也可以发 /骰子）\n" in bot.sent[-1].text and bot.sent[-1].to == "op1"
