"""What the acceptance tester of session 23 found in hearing members (issue 13): a complaint said long after another
member's chat left unheard, an old member's goodbye to her club filed as a shop complaint, members who help each
other (passing on a voice, pointing at a photo, answering in two pieces, answering with the steps and being thanked
by a sticker) talked over or reported as unanswered, and the FAQ answering "what is on today" with its usual hours.
Each as a member or an operator would notice it, on the virtual clock, with the shipped plugins, in other words than
the probes'."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.context_cues import context_cues
from bot.conversation import Conversation, Kind, Said
from bot.leaving_for_age import leaving_for_age
from bot.testing import TZ, TestBot
from plugins.faq.silence import silenced
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


def _said_to(bot: TestBot, member: str) -> list[str]:
    return [a.text for a in bot.sent if a.kind == "say" and member in a.mentions]


def test_a_line_said_after_the_room_was_quiet_is_read_with_nothing_before_it():
    """What another member chatted an hour ago says nothing of what this line is: its cues are the first line's."""
    chat = Conversation([Said("m1", "u1", DAY, Kind.SMALLTALK, text="下礼拜我回老家 不来了")])
    later = context_cues("水管又漏了", "u2", DAY + timedelta(minutes=50), chat)
    assert later == context_cues("水管又漏了", "u2", DAY, Conversation())
    soon = context_cues("水管又漏了", "u2", DAY + timedelta(minutes=2), chat)
    assert any(c.startswith("#prev:other:smalltalk") for c in soon)


async def test_a_complaint_an_hour_after_another_members_chat_reaches_the_operator(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("下礼拜我回老家 这几天就不来活动室了", sender="u1", name="老周")
    await bot.wait(minutes=55)
    await bot.send_message("订的桶装水到现在还没送来 打电话也没人接 家里一口水都没有了", sender="u2", name="何阿姨")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "何阿姨" in t and "投诉" in t]
    assert _said_to(bot, "u2")


def test_leaving_for_age_is_a_farewell_and_leaving_over_a_fault_is_not():
    assert leaving_for_age("老师好 我打算退出合唱团了 岁数大了 耳朵也背了 跟不上拍子")
    assert leaving_for_age("腿脚不行了 以后跳舞队就不来了 谢谢大家照顾")
    assert not leaving_for_age("我要退出 你们老师根本不管我们")
    assert not leaving_for_age("我要退出 交了钱课都没上几节 退钱")


async def test_an_old_members_private_goodbye_asks_the_operator_to_call_not_to_settle_a_complaint(make_bot):
    bot = await _bot(make_bot)
    await bot.send_private("你好 我打算退出合唱团了 岁数大了 耳朵也背了 跟不上拍子", sender="u7", name="钱老师")
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "钱老师" in t]
    assert told and "电话" in told[0] and "不是投诉" in told[0]
    assert not [t for t in _to(bot, "op1") if "⚠️" in t or "换、退、补" in t]


async def test_a_member_passing_on_anothers_voice_answers_it_and_waits_for_nobody(make_bot):
    bot = await _bot(make_bot)
    voice = await bot.send_voice("", sender="u1", name="周老师")
    await bot.wait(seconds=30)
    await bot.send_message("周老师的意思是明天的合唱改到下午两点 在老年大学三楼", sender="u2", name="吴老师",
                           reply_to=voice.id)
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "吴老师在" in t]
    assert not _said_to(bot, "u1") and not _said_to(bot, "u2")


async def test_a_photo_and_here_it_is_answers_the_where_question(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("明天的书法展在哪里办", sender="u1", name="郑老")
    await bot.wait(seconds=40)
    await bot.send_image(sender="u2", name="冯老")
    await bot.send_message("就是这里", sender="u2", name="冯老")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "冯老在" in t]
    assert not _said_to(bot, "u1") and not _said_to(bot, "u2")
    assert [t for t in _to(bot, "op1") if "郑老" in t and "冯老已经在群里回了" in t]


async def test_steps_given_and_a_sticker_of_thanks_close_the_wait(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("谁知道这个血压计怎么开", sender="u1", name="褚阿姨")
    await bot.wait(seconds=20)
    await bot.send_message("长按左边那个灰的键", sender="u2", name="卫阿姨")
    await bot.send_message("[表情]", sender="u1", name="褚阿姨", type="emoticon")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "还没人回复" in t]
    assert not _said_to(bot, "u1")


async def test_an_answer_naming_the_office_to_go_to_is_counted(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("老年卡丢了去哪补办啊", sender="u1", name="蒋奶奶")
    await bot.wait(seconds=20)
    await bot.send_message("去街道办事处 带上户口本", sender="u2", name="沈婶")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "蒋奶奶" in t and "还没人回复" in t]
    assert not [t for t in _said(bot) if "让您久等" in t]


def test_the_faq_leaves_the_days_menu_and_what_helpers_get_to_a_person():
    from plugins.faq.entry import Entry
    hours = Entry(id="时间", question="几点开门？", keywords=("几点",), answer="早上八点到晚上六点。")
    helpers = Entry(id="义工", question="怎么报名做义工？", keywords=("义工",), answer="找刘姐登记。")
    assert silenced("明天上午教什么呀", hours)
    assert silenced("来帮忙的义工包午饭吗", helpers)
    assert not silenced("明天几点开门", hours)
    assert not silenced("义工怎么报名", helpers)
    menu = Entry(id="菜单", question="每天吃什么？", keywords=("菜单",), answer="每日菜单早上发在群里。")
    assert not silenced("今天中午吃什么", menu)
