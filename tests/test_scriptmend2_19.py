"""The native reader's second review of session 19's scripts (reviews19/scripts2.md), as a member or an operator
would notice it: an old woman hit at home by her son hears the violence word privately (110, 12338) and the operator
is told to message before calling; everyday lines about a son's calls stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 23, 10, tzinfo=TZ)


# finding 2: a member hit at home by a grown child or an old partner

@pytest.mark.parametrize("text", ["儿子又打我了 我躲在卫生间哭了半天", "老伴喝了酒又动手打我",
                                  "被儿子打了 胳膊都青了 怎么办"])
def test_an_old_member_hit_by_someone_at_home_is_violence_not_heartache(text):
    danger = emergency(text)
    assert danger is not None and danger.kind == "violence"


@pytest.mark.parametrize("text", ["儿子又打我电话催我去体检", "女儿天天打我手机 问我吃药没", "儿子小时候老打我",
                                  "老伴又打我一下 哈哈", "儿子又打麻将去了", "我女儿又打我微信视频了",
                                  "孙子又打我了 小家伙劲真大"])
def test_a_sons_calls_and_a_grandchilds_play_stay_quiet(text):
    danger = emergency(text)
    assert danger is None or danger.kind != "violence"


@pytest.mark.parametrize("start", [DAY, NIGHT])
async def test_a_grandmother_hiding_from_her_son_hears_110_privately_and_the_operator_is_told_to_message_first(
        make_bot, start):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message("儿子又打我了 我躲在卫生间哭了半天", sender="u5", name="刘桂芬")
    await bot.wait(seconds=5)
    (step,) = _said(bot)  # in the group one short line: nothing that tells the son what she said
    assert "110" in step and "私下联系您" in step and "12338" not in step
    (word,) = _to(bot, "u5")
    assert "110" in word and "12338" in word and "🌙" not in word and "早上" not in word
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "先私信" in alert and "可能就在旁边" in alert
    assert "不用急着办什么事" not in alert


# finding 3: a death told softly, a man only gone to help, condolence to the family

NUDGE = """
plugins:
  nudge: {}
"""


async def _operator_told(make_bot, text: str) -> list[str]:
    bot = make_bot(NUDGE, start=DAY)
    await bot.start()
    await bot.send_message(text, sender="u1", name="张大爷")
    await bot.wait(minutes=5)
    return [a.text for a in bot.sent if a.plugin == "nudge" and a.kind == "private" and a.to == "op1"]


async def test_a_death_told_softly_is_a_death_the_operator_looks_at_before_answering(make_bot):
    (told,) = await _operator_told(make_bot, "老周今早走了 后天火化")
    assert "有人过世" in told and "生病住院" not in told and "病情" not in told
    assert "原话没直说“去世”" in told and "家里人节哀" in told and "张大爷，" not in told  # not said to the poster


async def test_a_death_said_plainly_needs_no_look_first(make_bot):
    (told,) = await _operator_told(make_bot, "楼下的刘大爷前天过世了 家里人说后天在殡仪馆告别")
    assert "有人过世" in told and "原话没直说" not in told


async def test_a_man_gone_to_the_funeral_home_to_help_is_not_mourned(make_bot):
    told = await _operator_told(make_bot, "老王今早走了，去殡仪馆帮他亲家料理后事")
    assert not any("过世" in t or "节哀" in t for t in told), told


# finding 5: a lost child's first minutes, a lost grandmother's

async def _member_told(make_bot, text: str) -> str:
    bot = make_bot(NUDGE, start=DAY)
    await bot.start()
    await bot.send_message(text, sender="u1", name="周阿姨", room="r1")
    await bot.wait(minutes=1)
    (said,) = [a.text for a in bot.sent if a.plugin == "emergency" and a.kind == "say"]
    return said


async def test_a_lost_child_gets_the_guards_the_exits_and_someone_left_where_the_child_was_seen(make_bot):
    said = await _member_told(make_bot, "孙子找不着了 刚才还在滑梯那")
    assert "110" in said and "保安" in said and "广播" in said and "出口" in said and "最后看到孩子的地方等着" in said


async def test_a_lost_grandmother_gets_110_without_waiting_a_day_and_someone_by_the_phone(make_bot):
    said = await _member_told(make_bot, "我外婆在公园走丢了 她有老年痴呆")
    assert "110" in said and "不用等24小时" in said and "保安" in said and "手机开着" in said and "孩子" not in said


# finding 2 (the sorrow waits) and findings 4 and 8: heartache is answered today, privately, by the name she is called

LONELY = "睡不着 孩子们都在外地 屋里冷冷清清的 没人说话"


async def test_heartache_told_privately_at_night_gets_no_cheerful_moon_but_12356(make_bot):
    bot = make_bot(NUDGE, start=NIGHT)
    await bot.start()
    await bot.send_private(LONELY, sender="u1", name="🌸静待花开")
    await bot.wait(seconds=5)
    (ack,) = [a.text for a in bot.sent if a.plugin == "nudge" and a.to == "u1"]
    assert "🌙" not in ack and "12356" in ack and "都看到了" in ack


async def test_a_question_at_night_still_gets_the_plain_night_word(make_bot):
    bot = make_bot(NUDGE, start=NIGHT)
    await bot.start()
    await bot.send_private("请问下周的体检几点开始", sender="u1", name="老周")
    await bot.wait(seconds=5)
    (ack,) = [a.text for a in bot.sent if a.plugin == "nudge" and a.to == "u1"]
    assert "🌙" in ack and "12356" not in ack


async def test_the_operator_is_asked_to_reach_a_lonely_member_today_by_the_name_they_use(make_bot):
    bot = make_bot(NUDGE, start=DAY)
    await bot.start()
    await bot.send_message(LONELY, sender="u1", name="🌸静待花开", room="r1")
    await bot.wait(minutes=5)
    (told,) = [a.text for a in bot.sent if a.plugin == "nudge" and a.kind == "private" and a.to == "op1"]
    assert "今天就联系对方" in told and "不用急着" not in told
    assert "“🌸静待花开，看到您的消息了" not in told and "称呼按您平时怎么叫对方" in told and "参加群里的活动" in told


async def test_the_morning_digest_does_not_ask_to_call_out_a_member_who_told_of_heartache(make_bot):
    bot = make_bot(NUDGE, start=NIGHT)
    await bot.start()
    await bot.send_message(LONELY, sender="u1", name="老周", room="r1")
    await bot.wait(hours=8)
    (digest,) = [a.text for a in bot.sent if a.plugin == "nudge" and a.to == "op1" and a.text.startswith("🌅")]
    assert "说了心里难处的，不用说这句，直接私下关心对方就好" in digest


# finding 10: /sla lists the earliest private chats, the ones most likely missed, as the daily report does

async def test_sla_lists_the_earliest_private_chats_of_twelve(make_bot):
    bot = make_bot(NUDGE, start=DAY)
    await bot.start()
    for i in range(12):
        await bot.send_message(f"请问第{i + 1}期的讲座还有名额吗", sender=f"m{i}", name=f"成员{i + 1:02d}", room=None)
        await bot.wait(minutes=20)
    await bot.send_message("/sla", sender="op1", room=None)
    await bot.wait(minutes=1)
    (sla,) = [a.text for a in bot.sent if a.plugin == "commands"]
    assert "私聊转给工作人员的 12 位" in sla and "成员01" in sla and "成员12" not in sla
    assert "私聊里您回没回，机器人看不到" in sla


# finding 7: a person who does not answer is checked for breathing; traditional characters hear of 999

@pytest.mark.parametrize("text", ["我老豆喺屋企晕咗 叫极都唔应", "老头子倒起不醒事", "我爸晕倒了 叫不醒"])
async def test_someone_who_does_not_answer_is_checked_for_breathing_first(make_bot, text):
    said = await _member_told(make_bot, text)
    assert "120" in said and "有没有呼吸" in said and "心肺复苏" in said and "999" not in said


async def test_a_member_writing_in_traditional_characters_hears_of_999(make_bot):
    said = await _member_told(make_bot, "阿媽喺屋企暈咗 叫極都唔應 點算")
    assert "120" in said and "在香港、澳门请打999" in said


async def test_someone_dizzy_but_awake_is_not_told_of_resuscitation(make_bot):
    said = await _member_told(make_bot, "我妈突然头晕 站不稳 快来人")
    assert "心肺复苏" not in said
