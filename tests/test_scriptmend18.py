"""The native reader's findings on session 18's scripts, where they change what a member hears or when (issue 13,
scriptmend18): a breath stopped just now gets 120 before any condolence; nobody is told staff know when they will
only hear of it in the morning; a beaten child's or a woman's words are answered privately, with one short word in
the group; a member who cannot phone hears how to text the police first."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 22, 35, tzinfo=TZ)


async def test_a_spouse_who_stopped_breathing_just_now_gets_120_and_no_condolence(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我老伴刚才没气了", sender="u5", name="王阿姨")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert word.startswith("王阿姨，请马上打120") and "节哀" not in word and "确认" not in word
    (alert,) = _to(bot, "op1")
    assert "先打120" in alert and "别先劝节哀" in alert


async def test_a_death_a_doctor_confirmed_just_now_gets_condolence(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我爸刚刚走了 医生说抢救无效", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "节哀" in word and "请马上打120" not in word


async def test_a_loss_told_privately_at_night_promises_the_morning_not_staff_told(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "明天一早" in word and "已经告诉" not in word
    assert not _to(bot, "op1")  # nobody hears of it tonight: the morning digest names it


async def test_a_loss_told_privately_by_day_says_staff_were_told(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "已经告诉了值班的工作人员" in word and "明天一早" not in word
    assert _to(bot, "op1")


async def test_a_child_beaten_who_says_so_in_the_group_hears_one_short_line_there_and_the_rest_privately(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我不想活了 爸爸又打我了 身上都是伤", sender="u5", name="小宇")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "私下联系你" in step and "110" in step
    assert "不想活" not in step and "伤害自己" not in step and "12355" not in step and "挨打" not in step
    (word,) = _to(bot, "u5")
    assert "不是你的错" in word and "12355" in word and "现在就想伤害自己" in word and "找一个大人" in word
    (alert,) = _to(bot, "op1")
    assert "我这就联系你”" in alert and "联系您”" not in alert


async def test_a_grandmother_beaten_by_her_daughter_in_law_hears_of_12338(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("儿媳妇又打我了 身上都是伤", sender="u5", name="刘奶奶")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "12338" in word and "对方" in word and "跟他" not in word


async def test_a_husband_beaten_by_his_wife_is_not_sent_to_the_womens_federation(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我老婆又打我了 身上都是伤", sender="u5", name="老陈")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "110" in word and "12338" not in word


async def test_a_deaf_member_hears_to_text_the_police_first_never_to_phone(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我家着火了 我听不见 没法打电话", sender="u5", name="刘叔")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "请马上打119" not in step and step.index("短信") < step.index("119")
    assert "也能收短信" not in step and "请您别等" in step


async def test_a_deaf_member_lost_in_the_hills_or_beaten_at_home_hears_of_the_text_alarm_too(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我老公又打我了 身上都是伤 我不会说话", sender="u5", name="小梅")
    await bot.send_message("老伴走丢了 我听不见 没法打电话", sender="u6", name="老周")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert word.startswith("收到！您不方便打电话，请马上发短信到12110报警") and "12338" in word
    (step,) = _said(bot)
    assert step.startswith("@老周") or "收到！您不方便打电话，请马上发短信到12110报警" in step
    assert "请马上打110" not in step


async def test_the_local_text_alarm_number_from_the_config_is_the_one_told(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    written = bot.config_path.read_text(encoding="utf-8")
    bot.config_path.write_text(written.replace("\nbot:\n", "\nbot:\n  sms_alarm: '12110020'\n", 1), encoding="utf-8")
    await bot.start()
    await bot.send_message("我家着火了 我听不见 没法打电话", sender="u5", name="刘叔")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "短信到12110020报警" in step


async def test_the_morning_digest_says_the_bot_answered_a_private_loss_at_night_and_a_person_is_owed(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="小芳")
    await bot.send_message("我婆婆下了病危通知 全家都在医院", sender="u6", name="阿芳")
    await bot.wait(hours=9)
    digests = [t for t in _to(bot, "op1") if "🌅" in t]
    (private,) = [d for d in digests if "私聊" in d]
    assert "机器人夜里已经私信回了一句关心" in private and "机器人没有回复" not in private
    (group,) = [d for d in digests if "私聊" not in d]
    assert "机器人没有回复" in group and "现在怎么样了" in group and "要是已经走了" in group


def test_newcomers_who_only_introduced_themselves_are_never_thanked_for_a_greeting_nor_wished_a_sunny_day_at_night():
    from bot.templates import Scripts

    scripts = Scripts()
    alone = scripts.render("nudge/covers/greeting.j2", names=["老马", "老张"], newcomers=["老马", "老张"], hour=21).text
    assert "老马、老张" in alone and "问候" not in alone and "打招呼" not in alone and "🌞" not in alone
    mixed = scripts.render("nudge/covers/greeting.j2", names=["老马", "王姐"], newcomers=["老马"], hour=21).text
    assert "欢迎老马" in mixed and "🌞" not in mixed and "顺顺利利" not in mixed
