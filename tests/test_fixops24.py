"""What the acceptance tester of session 24 found in the operators' tools and in fairness to members: a patient's
question about her dose suggested the shop's free check-up, a late refund answered with the refund procedure, opening
hours and taught answers missed, a question quoting a phone number or a newcomer's introduction taken for an ad, vote
canvassing left standing, a queued notice out a day late, /post skip after it went out, and check-config letting
Chinese commas and a clock time pass. Each as a member or an operator would notice it, on the virtual clock, with the
shipped plugins, in other words than the probes'."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.testing import TZ, TestBot
from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

ROOT = Path(__file__).resolve().parents[1]
DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


def _shipped_faq() -> FaqIndex:
    return FaqIndex(read_file(ROOT / "faq.yaml"))


DOSE_QUESTIONS = [
    "大夫 血糖八点几 二甲双胍要不要加量啊",
    "量了血压140 降压药还要接着吃吗 能停吗",
    "护士 今早量血压高压150 头晕乎乎的 药要不要减量",
    "刘医生 我血压一百七 降压药能不能多吃一片",
]
CHECKUP_QUESTIONS = ["量血压免费吗", "每月几号量血压", "免费量血压是哪天", "测血糖要钱吗"]


@pytest.mark.parametrize("asked", DOSE_QUESTIONS)
def test_a_question_about_a_medicines_dose_is_never_the_free_checkups(asked):
    """A patient asking whether to change her medicine waits for a doctor, not for the shop's check-up day."""
    assert _shipped_faq().best(asked, 0.35) is None


@pytest.mark.parametrize("asked", CHECKUP_QUESTIONS)
def test_asking_about_the_free_checkup_still_finds_it(asked):
    found = _shipped_faq().best(asked, 0.35)
    assert found is not None and found.entry.id == "free-checkup"


async def test_a_dizzy_patients_dose_question_by_voice_suggests_no_faq_answer_to_the_operator(make_bot):
    bot = await _bot(make_bot)
    await bot.send_voice("张医生 今天早上量血压一百五 头有点晕 降压药要不要加量", sender="u4", name="李姨")
    await bot.wait(minutes=2)
    assert not [t for t in _to(bot, "op1") if "/发" in t or "免费体检" in t]
    assert not [a for a in bot.sent if a.kind == "say" and "免费体检" in a.text]


POSTS = """
plugins:
  posts: {}
"""
MORNING = datetime(2026, 11, 23, 7, 0, tzinfo=TZ)  # a Monday, before the 07:30 post


async def _posts_bot(make_bot, start: datetime) -> TestBot:
    bot = make_bot(POSTS, start=start)
    await bot.start()
    await bot.send_message("早", room="r1")  # the bot knows the room
    return bot


def _morning_posts(bot: TestBot) -> list[str]:
    return [a.text for a in bot.sent.by_plugin("posts").with_ref("morning")]


@pytest.mark.parametrize("notice", ["明天下午社区义诊 带上医保卡", "今晚七点停水 大家提前接点水",
                                    "后天上午九点老地方集合", "明早体检要空腹"])
async def test_a_notice_queued_after_the_morning_post_says_its_day_and_which_words_will_be_wrong(make_bot, notice):
    bot = await _posts_bot(make_bot, MORNING + timedelta(hours=2))
    await bot.send_command(f"/post add morning {notice}", sender="op1")
    reply = bot.texts("commands")[-1]
    assert "明天（11月24日）早上7:30发" in reply.splitlines()[0]
    assert "/post drop morning" in reply and "11月24日" in reply


async def test_a_notice_queued_before_the_morning_post_goes_today_with_no_warning(make_bot):
    bot = await _posts_bot(make_bot, MORNING)
    await bot.send_command("/post add morning 今天降温 出门多穿点", sender="op1")
    reply = bot.texts("commands")[-1]
    assert "今天早上7:30发" in reply and "/post drop" not in reply
    await bot.wait(hours=1)
    today = _morning_posts(bot)
    assert len(today) == 1 and "📌 今天降温" in today[0] and "小贴士：今天降温" not in today[0]  # no label (review 25)


async def test_a_dropped_notice_never_goes_out_and_the_preview_shows_a_queued_one_on_its_day(make_bot):
    bot = await _posts_bot(make_bot, MORNING + timedelta(hours=2))
    await bot.send_command("/post add morning 明天下午社区义诊", sender="op1")
    await bot.send_command("/post drop morning", sender="op1")
    await bot.send_command("/post add morning 11月24日下午社区义诊 带上医保卡", sender="op1")
    await bot.send_command("/post preview morning", sender="op1")
    await bot.settle()
    preview = next(t for t in bot.texts("commands") if t.startswith("【今天"))
    today, tomorrow = preview.split("【明天")
    assert "义诊" not in today and "📌 11月24日下午社区义诊" in tomorrow
    await bot.wait(days=1)
    posted = "\n".join(_morning_posts(bot))
    assert "11月24日下午社区义诊" in posted and "明天下午社区义诊" not in posted


async def test_skipping_after_the_post_went_out_says_so_and_tomorrows_can_be_skipped(make_bot):
    bot = await _posts_bot(make_bot, MORNING)
    await bot.wait(hours=2)  # 09:00: today's went out at 07:30
    assert len(_morning_posts(bot)) == 1
    await bot.send_command("/post skip morning", sender="op1", room="r1")
    reply = bot.texts("commands")[-1]
    assert "7:30已经发过了" in reply and "/post skip morning 明天" in reply and "不再发了" not in reply
    await bot.send_command("/post skip morning 明天", sender="op1", room="r1")
    await bot.settle()
    assert "明天（11月24日）的 morning 不发了" in bot.texts("commands")[-1]  # 不再 fits no tomorrow (review 25, 24)
    await bot.wait(days=1)
    assert len(_morning_posts(bot)) == 1  # tomorrow's did not go out
    await bot.wait(days=1)
    assert len(_morning_posts(bot)) == 2  # and the day after, as usual


LATE_THINGS_ASKED_POLITELY = [
    ("请问一下 前几天寄的快递 怎么还没收到", "u5", "孙阿姨"),
    ("麻烦问问 上个月交的押金 咋还没退给我", "u6", "赵叔"),
    ("不好意思问下 前天订的米 怎么还没送来", "u7", "钱大妈"),
    ("打扰一下 上礼拜退的那双鞋 钱怎么还没到账啊", "u8", "周姐"),
]


@pytest.mark.parametrize(("asked", "member", "name"), LATE_THINGS_ASKED_POLITELY)
async def test_something_owed_and_late_asked_politely_reaches_the_operator_not_the_rule(make_bot, asked, member,
                                                                                         name):
    """A late refund or delivery put as a polite question is a complaint: a person looks it up; the member is not read
    the procedure she already followed."""
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender=member, name=name)
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if name in t]
    assert not [a.text for a in bot.sent if a.kind == "say" and "7天内商品没拆封" in a.text]


@pytest.mark.parametrize("asked", ["东西退了钱多久回来", "上周买的大米好吃吗 还有没有", "上周寄的 大家收到了吗"])
async def test_asking_the_refund_rule_or_about_ones_own_purchase_is_no_complaint(make_bot, asked):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u9", name="吴伯")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "投诉" in t]


OWN_SHOP_ASKED = ["你们超市几点开门啊", "咱超市周末开不开", "你们药店晚上几点关门", "咱们超市礼拜六营业吗"]


@pytest.mark.parametrize("asked", OWN_SHOP_ASKED)
def test_the_shop_named_by_its_kind_with_yours_is_this_shop(asked):
    found = _shipped_faq().best(asked, 0.55)
    assert found is not None and found.entry.id == "opening-hours"


@pytest.mark.parametrize("asked", ["隔壁超市几点开门", "华联超市几点开门", "菜市场几点开门", "对面药店几点关门"])
def test_another_shop_is_still_another(asked):
    assert _shipped_faq().best(asked, 0.35) is None


async def test_in_a_supermarkets_group_the_bare_supermarket_is_this_shop(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("超市礼拜天开不开门", sender="u3", name="老周", room_topic="惠民超市福利群")
    await bot.send_message("华联超市几点开门", sender="u4", name="小刘", room_topic="惠民超市福利群")
    await bot.send_message("超市几点开门", sender="u5", name="陈伯", room_topic="老年大学书法班")
    await bot.wait(seconds=30)
    answered = {m for a in bot.sent if a.kind == "say" and "8:30" in a.text for m in a.mentions}
    assert answered == {"u3"}


NUMBERS_NOT_OFFERED = [
    ("东门那家新开的养老院 有人去过吗 电话13612345678 打了好几次都没人接", "u3", "何姐"),
    ("谁知道这个开锁师傅 号码15912345678 我打过去是空号", "u4", "老马"),
    ("大家好 我是新来的家庭医生小刘 以后量血压有啥问题找我 电话13712345678", "u5", "刘医生"),
    ("各位叔叔阿姨好 我是咱小区的楼长 有事打我手机15012345678", "u6", "楼长老赵"),
]
ADS_WITH_A_NUMBER = [
    ("大家好 我是做保险的小张 有需要找我 13812345678", "u7", "小张"),
    ("有人需要月嫂吗 经验丰富 价格优惠 电话13812345678", "u8", "金牌月嫂"),
    ("专业开锁换锁 电话13812345678 打不通就加微信", "u9", "开锁王"),
]


def _warned_in_group(bot: TestBot, member: str) -> list[str]:
    return [a.text for a in bot.sent if a.kind == "say" and member in a.mentions and "不发广告" in a.text]


@pytest.mark.parametrize(("said", "member", "name"), NUMBERS_NOT_OFFERED)
async def test_a_number_asked_about_or_given_in_an_introduction_is_not_scolded_in_public(make_bot, said, member,
                                                                                        name):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender=member, name=name)
    await bot.wait(minutes=1)
    assert not _warned_in_group(bot, member)


@pytest.mark.parametrize(("said", "member", "name"), ADS_WITH_A_NUMBER)
async def test_a_number_given_to_sell_is_still_stopped(make_bot, said, member, name):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender=member, name=name)
    await bot.wait(minutes=1)
    assert _warned_in_group(bot, member) or [a.text for a in bot.sent if a.kind in ("recall", "remove")]


def _check_config(folder: Path, config: str, faq: str, capsys) -> tuple[int, str]:
    from bot.cli import main
    (folder / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\n" + config, encoding="utf-8")
    (folder / "faq.yaml").write_text(faq, encoding="utf-8")
    code = main(["check-config", str(folder / "config.yaml")])
    out = capsys.readouterr()
    return code, out.out + out.err


OWN_FAQ = """entries:
  - id: 送货
    question: 能送货上门吗？
    questions: [送货要钱吗、多少钱起送]
    answer: 镇上满50元免费送，下午4点前下单当天送到。
  - id: 积分
    question: 积分怎么换东西？
    keywords: [积分，兑换；礼品]
    answer: 100积分换一斤鸡蛋，到前台说一声就行。
  - id: 会员
    question: 怎么办会员卡？
    keywords: [会员, 办卡]
    answer: 带身份证到前台，免费办。
"""


def test_check_config_names_a_faq_list_typed_with_chinese_commas_on_its_line(tmp_path, capsys):
    code, said = _check_config(tmp_path, "plugins:\n  faq:\n    file: faq.yaml\n", OWN_FAQ, capsys)
    lines = [line for line in said.splitlines() if "中文逗号" in line]
    assert len(lines) == 2
    assert lines[0].startswith("faq.yaml:4 questions") and "[送货要钱吗, 多少钱起送]" in lines[0]
    assert lines[1].startswith("faq.yaml:8 keywords") and "[积分, 兑换, 礼品]" in lines[1]
    assert code == 0  # the rest of each entry still answers


@pytest.mark.parametrize(("written", "crontab"), [("20:30", "30 20 * * *"), ("7：30", "30 7 * * *"),
                                                  ("21点", "0 21 * * *"), ("8点半", "30 8 * * *")])
def test_check_config_translates_a_report_time_written_as_a_clock(tmp_path, capsys, written, crontab):
    config = f'plugins:\n  faq:\n    file: faq.yaml\n  nudge:\n    daily_report: "{written}"\n'
    code, said = _check_config(tmp_path, config, OWN_FAQ, capsys)
    (line,) = [line for line in said.splitlines() if "daily_report" in line]
    assert f'"{crontab}"' in line and code != 0


def test_a_crontab_that_is_no_clock_gets_the_plain_crontab_advice(tmp_path, capsys):
    config = 'plugins:\n  faq:\n    file: faq.yaml\n  nudge:\n    daily_report: "每天晚上"\n'
    code, said = _check_config(tmp_path, config, OWN_FAQ, capsys)
    (line,) = [line for line in said.splitlines() if "daily_report" in line]
    assert "crontab 写法" in line and "例如 \"30 7 * * *\"" in line and code != 0
