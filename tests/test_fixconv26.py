"""What the acceptance tester of session 26 found in reading the room (findings 6, 8, 11, 12, 13): a forwarded scare
and a folk cure filed as complaints and apologised for, and a member's "I don't know" taken for a question of her
own. Each as a member or an operator would notice it, on the virtual clock, with the shipped plugins, in other words
than the probes'."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot
from tests.shipped_bot import apologies as _apologies
from tests.shipped_bot import complaint_alerts as _complaint_alerts
from tests.shipped_bot import said as _said
from tests.shipped_bot import started_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


async def _bot(make_bot) -> TestBot:
    return await started_bot(make_bot, DAY)


# --- findings 6 and 11: a rumour passed on is set right by a person, never apologised for ---

@pytest.mark.parametrize("line", [
    "下个月起支付宝转账要收手续费了 转发给八个群就免了",
    "紧急扩散！明天开始微信要封号整顿 赶紧转发到五个群就没事",
    "重要通知 从下周起老年卡坐公交要收费了 马上转发给十个好友",
    "明天开始微信聊天要收费了 赶紧转发吧",  # the usual ending, 吧 (code review 27, finding 9)
])
async def test_a_forwarded_scare_is_told_to_the_operator_to_set_right(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="赵阿姨")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "赵阿姨")
    assert not _apologies(bot)
    told = [t for t in _to(bot, "op1") if "赵阿姨" in t]
    assert told and "谣言" in told[0] and "不用转" in told[0]


@pytest.mark.parametrize("line", [
    "洋葱泡醋能治老寒腿 俺喝了一个月 大家也试试",
    "醋泡黑豆治白发特别灵 姐妹们也试试",
    "每天拍打手臂能治糖尿病 比吃药还管用 大家都试试",
    "喝芹菜汁能治耳鸣 俺助听器都不戴了 你们也试试",
    "银杏叶泡水喝能治耳聋 大家也试试吧",
])
async def test_a_folk_cure_urged_on_everyone_is_told_to_the_operator_to_set_right(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="孙大爷")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "孙大爷")
    assert not _apologies(bot)
    told = [t for t in _to(bot, "op1") if "孙大爷" in t]
    assert told and "偏方" in told[0] and "别停" in told[0]


@pytest.mark.parametrize("line", [
    "你们家助听器我戴了不管用 能退吗",
    "上周买的降压仪根本不管用 你们得给个说法",
    "这个降压药我吃了不管用 老是头晕 能换一种吗",
])
async def test_a_remedy_that_failed_is_still_a_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="钱叔")
    await bot.wait(minutes=2)
    assert not [t for t in _to(bot, "op1") if "偏方" in t or "谣言" in t]


@pytest.mark.parametrize("line", [
    "群里说微信要收费了 是真的吗",
    "银杏叶泡水能治耳聋吗",
    "大家注意 这是骗子 转发给十个群提醒大家",
    "医生说这个药能治高血压 我吃了挺好",
    "大家也试试新出的全麦面包 挺好吃",
])
async def test_everyday_lines_about_news_and_cures_are_no_rumour(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="钱叔")
    await bot.wait(minutes=2)
    assert not [t for t in _to(bot, "op1") if "偏方" in t or "谣言" in t]


# --- finding 8: a member who does not know either leaves the question open, and asks nothing of her own ---

@pytest.mark.parametrize(("asked", "not_known"), [
    ("降压药早上吃还是晚上吃", "我也不清楚 等群主回吧"),
    ("社保卡丢了上哪补", "俺也不晓得"),
    ("血糖仪坏了送哪儿修好", "我也不知道哎 问问店里吧"),
    ("助听器的电池多久换一次", "咱也不懂 等王医生来了问问"),
    ("明天体检要空腹不", "我真不知道，你问问小王吧"),
])
async def test_a_question_stays_open_behind_a_members_i_dont_know(make_bot, asked, not_known):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u1", name="刘大娘")
    await bot.wait(seconds=20)
    await bot.send_message(not_known, sender="u2", name="李婶")
    await bot.wait(minutes=4)
    nudges = _to(bot, "op1")
    assert [t for t in nudges if "刘大娘" in t and asked in t]
    assert not [t for t in nudges if "李婶" in t]
    assert not [t for t in _said(bot) if "@李婶" in t]


@pytest.mark.parametrize("own", [
    "我不知道怎么挂号 谁能教教我",
    "我不知道明天活动室开不开门 谁知道啊",
    "我也不知道药放哪了 你们店里有没有人看见",
])
async def test_a_members_own_question_beginning_with_i_dont_know_is_still_heard(make_bot, own):
    bot = await _bot(make_bot)
    await bot.send_message(own, sender="u2", name="李婶")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "李婶" in t] or [t for t in _said(bot) if "@李婶" in t]


# --- finding 13: how many days ahead (提前几天) asks; another member's question after a complaint is hers ---

@pytest.mark.parametrize("asked", [
    "生日蛋糕要提前几天预定",
    "体检要提前几天预约啊",
    "包粽子的米要提前几个小时泡",
    "过年的年糕能提前几天订",
])
async def test_a_question_of_how_far_ahead_after_anothers_complaint_is_her_own_question(make_bot, asked):
    bot = await _bot(make_bot)
    await bot.send_message("昨天买的肉松面包发霉了 吃了一口才看见", sender="u1", name="林姐")
    await bot.wait(minutes=4)
    await bot.send_message(asked, sender="u2", name="小美")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "小美")
    assert not [t for t in _said(bot) if "@小美" in t and ("抱歉" in t or "添麻烦" in t)]
    assert [t for t in _to(bot, "op1") if "小美" in t] or [t for t in _said(bot) if "@小美" in t]


@pytest.mark.parametrize("line", [
    "前几天刚下过雨 路上滑 大家慢点走",
    "我前几天去过一次了",
    "这几天天冷 大家多穿点",
])
async def test_a_few_days_ago_asks_nothing(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u2", name="小美")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "小美" in t and "回复" in t]
    assert not [t for t in _said(bot) if "@小美" in t]


# --- finding 16: a complaint of the bot itself reaches a person, and the bot does not @ the member again ---

@pytest.mark.parametrize("line", [
    "群里的机器人太烦人了 一天到晚@我",
    "这个小助手吵死了 半夜手机老响",
    "小助手老是@俺 烦死了 俺还以为家里出啥事了",
])
async def test_a_complaint_of_the_bot_itself_reaches_the_operator_without_another_mention(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="王大爷")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "王大爷" in t]
    assert not [t for t in _said(bot) if "@王大爷" in t]


# --- finding 17: praise its last words take back is a complaint ---

@pytest.mark.parametrize("line", [
    "你们的降压仪真管用 用了等于没用",
    "这老花镜可真好 戴了跟没戴似的😂",
    "你们店的除湿机真厉害 开了跟没开一样",
])
async def test_praise_taken_back_reaches_the_operator(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="孙叔")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "孙叔" in t]


@pytest.mark.parametrize("line", [
    "小助手提醒得真及时 谢谢啦",
    "这个新助听器真好 轻得跟没戴一样舒服",
    "我家扫地机器人真好用",
])
async def test_praise_meant_is_no_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="孙叔")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "孙叔")
    assert not _apologies(bot)


# --- finding 19: an operator's voice message right after a member's question answers it ---

@pytest.mark.parametrize("asked", [
    "助听器进水了还能用吗",
    "降压药漏吃了一顿要补吗",
    "明天的课在几楼上啊",
])
async def test_an_operators_voice_answer_is_an_answer(make_bot, asked):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u1", name="王大爷")
    await bot.wait(seconds=30)
    await bot.send_message("[语音]", type="voice", sender="op1", name="小王")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "王大爷" in t and "还没人回复" in t]
    assert not [t for t in _said(bot) if "@王大爷" in t and "工作人员" in t]


async def test_a_question_after_the_operators_voice_still_waits(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("[语音]", type="voice", sender="op1", name="小王")
    await bot.wait(seconds=30)
    await bot.send_message("助听器进水了还能用吗", sender="u1", name="王大爷")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "王大爷" in t and "还没人回复" in t]


# --- finding 22: the make or model asked for, given by a member, is an answer the operator is told of ---

@pytest.mark.parametrize(("asked", "given"), [
    ("你这助听器啥牌子的 戴着挺小巧", "西门子的"),
    ("血压计用的什么牌子 准不准", "欧姆龙 U10"),
    ("这张用的什么镜头啊", "佳能70-200"),
])
async def test_a_make_or_model_given_is_named_to_the_operator_as_an_answer(make_bot, asked, given):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u1", name="小何")
    await bot.wait(seconds=30)
    await bot.send_message(given, sender="u2", name="老杜")
    await bot.wait(minutes=4)
    nudges = [t for t in _to(bot, "op1") if "小何" in t]
    assert not [t for t in nudges if "还没人回复" in t]
    assert [t for t in nudges if "老杜" in t and given in t]


# --- finding 18: the member a request was put to by name or title answers it; no staff promised over her ---

@pytest.mark.parametrize(("name", "asked", "reply"), [
    ("郑师傅", "师傅 我下周二去不了 家里来客人 跟您请个假", "好的 知道了"),
    ("刘老师", "刘老师 明天我晚点到 帮我留个位子", "行 给你留着"),
    ("赵大姐", "大姐 这周的菜钱我晚两天给您", "没事 不着急"),
])
async def test_the_member_asked_by_name_answers_the_request(make_bot, name, asked, reply):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u1", name="吴阿姨")
    await bot.wait(seconds=20)
    await bot.send_message(reply, sender="u2", name=name)
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "吴阿姨" in t and "还没人回复" in t]
    assert not [t for t in _said(bot) if "@吴阿姨" in t and "工作人员" in t]


async def test_a_request_to_the_staff_answered_by_another_member_still_waits(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("店里 我明天去不了 帮我把体检改到周五", sender="u1", name="吴阿姨")
    await bot.wait(seconds=20)
    await bot.send_message("好的 知道了", sender="u2", name="郑师傅")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "吴阿姨" in t]
