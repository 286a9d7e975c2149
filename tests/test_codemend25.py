"""Session 25, the code review of session 24's whole change (/work/reviews25/diff.md, issues 13-15, codemend25): each
reviewer's line that went wrong, beside lines of our own in other words and the everyday lines that must stay as they
are. A reading that decides whether a person is called errs toward calling one."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.danger.heartache import heartache
from bot.danger.kinds import ORDER, READINGS
from bot.events import MessageReceived
from bot.good_news import good_news
from bot.grievance import grievance
from bot.templates import Scripts
from bot.testing import TZ, TestBot
from bot.understanding import Reader
from plugins.nudge.sorrow import aches
from plugins.nudge.warnings import death_told
from tests.shipped_bot import shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


async def _shipped(make_bot) -> TestBot:
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    return bot


def _word(text: str) -> str:
    """What the member in danger is told."""
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=False, sms_alarm="12110", private=False, name="王阿姨").text


# finding 1: one reading of "someone close died": a job lost or a trip is never met with condolences

@pytest.mark.parametrize("text", ["妈妈没了工作 我也不想活了", "老伴走了 去闺女家住几天 我一个人不想活了",
                                  "我爸走了 出差去了 我不想活了",
                                  # our own, in other words
                                  "我爸走了 到南方打工去了 我不想活了", "老伴没了收入 我真不想活了",
                                  "妈妈走了 回我哥家了 我一个人不想活了"])
def test_despair_beside_a_job_lost_or_a_trip_has_no_condolences(text):
    assert _kind(text) == "despair"
    word = _word(text)
    assert "苦得很" not in word and "走了" not in word and "想她了" not in word and "想他了" not in word


@pytest.mark.parametrize("text", ["我妈没了 我也不想活了", "老伴去世了 我不想活了", "老伴没了 我活着也没意思"])
def test_despair_after_a_death_still_opens_with_condolences(text):
    assert "苦得很" in _word(text)


def test_someone_elses_death_is_read_from_the_same_words_as_the_familys():
    assert death_told("老周今早走了 后天火化") == "softly"
    assert death_told("王老师昨天去世了") == "plainly"
    assert death_told("老王今早走了，去殡仪馆帮他亲家料理后事") == ""


# finding 3: 已经 alone is no act done: a threat said again and again keeps the threat's own step (ring him, 110)

@pytest.mark.parametrize("text", ["我老伴已经说了好几次要去村委会门口喝农药", "他已经三天没吃饭了 说要去单位门口喝农药",
                                  # our own, in other words
                                  "那个大爷已经闹了一个礼拜 扬言要去法院门口喝敌敌畏",
                                  "我儿子已经跟厂里吵了好久 说要去厂门口跳楼给老板看"])
def test_a_threat_told_with_already_stays_a_threat(text):
    assert _kind(text) == "threat_to_die"


@pytest.mark.parametrize("text", ["他说要去村委会门口喝农药 已经喝下去了", "她说要去医院门口喝百草枯 已经服下了",
                                  "我老伴说要去村委会门口喝农药"])
def test_a_threat_acted_on_is_a_poisoning_and_a_plain_threat_a_threat(text):
    assert _kind(text) == ("threat_to_die" if text.endswith("农药") else "poison")


# finding 4: a share handed out unfairly (团购, 补贴, 分红, the queue) is a complaint to see, not a rift mended quietly

@pytest.mark.parametrize("text", ["凭什么有的人团购能拿到折扣 我们就没有 不公平",
                                  "有些人领的补贴比我们多 凭什么 不公平",
                                  "有人插队先拿了鸡蛋 我们排了半天没拿到 不公平", "他们说今年的分红不公平",
                                  # our own, in other words
                                  "有些人抢到了优惠券 我们一张都没有 凭什么", "他们报名的都能去 我们报了没消息 不公平",
                                  "凭什么有人的快递先送 我们的等了三天"])
def test_an_unfair_share_is_a_complaint_not_a_slight(text):
    assert grievance(text) != "" and aches(text) == ""


@pytest.mark.parametrize("text", ["有的人就知道站C位 我们跳了三年都站后排 不公平", "凭什么每次领唱都是她们几个",
                                  "有人天天搞小团体 排挤我们几个新来的"])
def test_a_member_slighted_by_other_members_is_still_mended_privately(text):
    assert aches(text) == "slighted"


# finding 5 (and 19): the bot's answer is recorded by whichever plugin gave it (Outcome.answered), never by the FAQ's
# name in the core; it closes the question, and the room's talk the learned layer reads is the same without it

@pytest.mark.parametrize("line", ["你们卖的酸奶 过期了还在卖", "你们送来的鸡蛋 碎了一半"])
async def test_a_complaint_said_after_the_bot_answered_someone_reaches_the_operator(make_bot, line):
    bot = await _shipped(make_bot)
    await bot.send_message("咱店能送货到家不", sender="u1", name="张婶")
    await bot.wait(minutes=4)
    assert [a for a in bot.sent if a.kind == "say" and "u1" in a.mentions]  # the FAQ answered her
    await bot.send_message(line, sender="u2", name="老周")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "老周" in t and ("投诉" in t or "⏰" in t)]


@pytest.mark.parametrize("line", ["你们店几点关门啊", "积分能换什么"])
async def test_a_private_question_a_plugin_answered_sends_nobody_else(make_bot, line):
    bot = await _shipped(make_bot)
    await bot.send_private(line, sender="u3", name="果果妈")
    await bot.wait(minutes=4)
    told = _to(bot, "u3")
    assert told and not [t for t in told if "转告工作人员" in t or "请稍等" in t]
    assert not [t for t in _to(bot, "op1") if "果果妈" in t]


def test_the_bots_answer_is_remembered_as_the_bots_answer_to_the_question():
    reader = Reader(learned=False)
    asked = MessageReceived(id="m1", room="r1", sender="u1", sender_name="张婶", text="咱店能送货到家不", ts=DAY)
    reader.take(asked, operator=False)
    reader.answered(asked, ["能送的，满50元免费送到家"])
    assert [s for s in reader.conversations["r1"].said if s.by_bot and s.addresses == "m1"]


# finding 6: one list of dementia words, one of "cannot find the way back", the family from bot.people: a word said
# one way reaches every reading

@pytest.mark.parametrize("text", ["我婆婆有阿尔茨海默 早上出门到现在没回来 手机也没带",
                                  "我公公老糊涂了 下午出去到现在还没回家 电话打不通",
                                  "我爸老年痴呆 早上出门到现在还没回来"])
def test_someone_with_dementia_gone_for_hours_is_searched_for(text):
    assert _kind(text) == "lost"


@pytest.mark.parametrize("text", ["我岳父上午出院 回家以后一直说胡话 不认识人了", "我外婆出院回家以后一直说胡话"])
def test_sudden_confusion_of_anyone_in_the_family_is_read(text):
    assert _kind(text) == "confusion"


@pytest.mark.parametrize("text", ["我妈阿尔茨海默好几年了 经常不认识人", "我爸脑退化了 平时就不太认人",
                                  "我妈早上出门遛弯 一会儿就回来"])
def test_a_dementia_told_as_a_habit_or_a_short_walk_stays_quiet(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["我女婿天天骂我 我心里委屈得直哭", "亲家非要把孩子接走 我说不过她 气哭了"])
def test_a_member_hurt_by_a_childs_family_is_heard_as_hurt(text):
    assert heartache(text) == "hurt"


# finding 7: someone who said she was ill and then fell silent is reached for, whoever she is: the silence is the sign

@pytest.mark.parametrize("text", ["我姐在群里说头疼得要命 后来就不回了 电话也不接", "老伴发微信说难受 然后就联系不上了",
                                  "她说不舒服 然后就没消息了 打电话也不接",
                                  # our own, in other words
                                  "我朋友说肚子疼得受不了 之后就没回音了 电话关机",
                                  "说头疼得要命 后来就不回了 敲门没动静"])
def test_ill_then_silent_is_a_welfare_check(text):
    assert _kind(text) == "unreachable"


@pytest.mark.parametrize("text", ["头疼得厉害 再睡会", "我说头晕得很 后来睡了一觉就好了",
                                  "刚才有点不舒服 然后吃了药好多了"])
def test_ill_then_rest_or_better_stays_quiet(text):
    assert _kind(text) is None


# finding 8: a purchase told is not said to this shop: a complaint needs the shop named

@pytest.mark.parametrize("text", ["我在超市买的香蕉 孩子吃了拉肚子", "我买的药 吃了过敏 医生说是体质问题",
                                  "网上买的三无产品别买", "我请假的那天你们发的通知是假的吗",
                                  # our own, in other words
                                  "我在菜市场买的草莓 孩子吃了拉肚子", "我自己网购的面膜 用了过敏了"])
def test_a_purchase_elsewhere_or_a_notice_doubted_is_no_complaint(text):
    assert grievance(text) == ""


@pytest.mark.parametrize("text", ["你们店的奶粉是不是假的啊", "在你们这买的面膜 用了脸上起疹子",
                                  "你们卖的挂面里头有小黑虫子", "店里买的牛奶 孩子喝了拉肚子"])
def test_what_this_shop_sold_doubted_or_hurting_is_a_complaint(text):
    assert grievance(text) != ""


# finding 10: gums that bleed when brushed, asked about on a thinner, are the clinic's; a grave bleed is still read

@pytest.mark.parametrize("text", ["我在吃阿司匹林 刷牙牙龈出血 正常吗",
                                  # our own, in other words
                                  "吃华法林的 刷牙的时候牙龈有点出血", "我妈吃着波立维 牙龈出血要紧吗"])
def test_gums_bleeding_on_a_thinner_asked_about_pages_nobody(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["吃了华法林 今天尿里有血 牙龈也一直出血", "我在吃利伐沙班 牙龈出血止不住",
                                  "我爸吃华法林 尿里有血 正常吗", "我妈在吃华法林 今天尿里有血 怎么办"])
def test_a_grave_bleed_on_a_thinner_is_read_even_when_asked_about(text):
    assert _kind(text) == "thinner_bleeding"


# finding 18: glad news told with a question word is still glad; a worry about the milestone itself is not

@pytest.mark.parametrize("text", ["孩子会走路了 哪天带来给大家看看", "宝宝会叫妈妈了 怎么办 好激动",
                                  # our own, in other words
                                  "小孙子会走路了 哪天带到群里聚聚", "闺女会翻身了 咋办 太开心了"])
def test_glad_news_with_a_question_word_is_still_glad(text):
    assert good_news(text) != ""


@pytest.mark.parametrize("text", ["宝宝会走路了 怎么老是摔", "孩子会翻身了 咋防止掉床", "宝宝长牙了 正常不",
                                  "孙子会坐了 担心他摔", "宝宝会爬了 怎么办 到处乱爬"])
def test_a_worry_about_the_milestone_is_no_glad_news(text):
    assert good_news(text) == ""


# finding 11: one list of the kinds of shop and of "ours" in the FAQ: a group named for any kind its members say
# hears the bare kind as this shop

@pytest.mark.parametrize(("asked", "topic"), [("超市礼拜天开不开门", "惠民超市福利群"),
                                              # our own, in other words: kinds the room's list lacked
                                              ("菜店礼拜天开门吗", "幸福里菜店邻里群"),
                                              ("商店周末几点开门", "老街商店会员群")])
async def test_the_bare_kind_of_the_shop_a_group_is_named_for_is_this_shop(make_bot, asked, topic):
    bot = await _shipped(make_bot)
    await bot.send_message(asked, sender="u3", name="老周", room_topic=topic)
    await bot.send_message("华联超市几点开门", sender="u4", name="小刘", room_topic=topic)
    await bot.wait(seconds=30)
    assert {m for a in bot.sent if a.kind == "say" and "8:30" in a.text for m in a.mentions} == {"u3"}


# finding 9: asked plainly whether it is a person, the bot says it is a program; a member asked so by name is left be

@pytest.mark.parametrize("line", ["你是人吗", "你是AI吗", "你是不是人工智能", "这是自动回复吗", "你是人工客服吗",
                                  # our own, in other words
                                  "你是个人吗 回得这么快", "小助手你是不是AI啊"])
async def test_asked_plainly_if_it_is_a_person_the_bot_says_it_is_a_program(make_bot, line):
    bot = await _shipped(make_bot)
    await bot.send_message(line, sender="u1", name="王大爷")
    await bot.wait(minutes=4)
    told = [a.text for a in bot.sent if a.kind == "say" and "u1" in a.mentions]
    assert told and "自动回复" in told[0] and "不是真人" in told[0]


@pytest.mark.parametrize("line", ["王姐你是真人吗 这么快就回了", "李哥 你是不是机器人啊 回这么快", "你是本地人吗",
                                  "你们客服是真人吗 电话打过去老是录音"])
async def test_a_member_asked_so_or_a_person_asked_about_gets_no_word_about_the_bot(make_bot, line):
    bot = await _shipped(make_bot)
    await bot.send_message(line, sender="u1", name="王大爷")
    await bot.wait(minutes=4)
    assert not [a for a in bot.sent if "不是真人" in a.text]


# finding 15: the operator is told truly when a queued item goes out, for a schedule that posts twice a day, and a
# run after midnight is said as 0:05

TWICE = """
plugins:
  posts:
    schedules:
      morning: {cron: '30 7,19 * * *', template: morning.j2}
"""


async def test_the_second_queued_item_of_a_twice_daily_schedule_is_told_its_own_run(make_bot):
    bot = make_bot(TWICE, start=datetime(2026, 11, 23, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command("/post add morning 今晚七点半停水", sender="op1")
    assert "今天晚上19:30" in bot.texts("commands")[-1]
    await bot.send_command("/post add morning 周二上午义诊", sender="op1")
    await bot.settle()
    assert "明天（11月24日）早上7:30" in bot.texts("commands")[-1]


async def test_a_run_just_after_midnight_is_said_with_its_hour(make_bot):
    bot = make_bot(TWICE.replace("30 7,19 * * *", "5 0 * * *"), start=datetime(2026, 11, 23, 0, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.wait(minutes=30)
    await bot.send_command("/post skip morning", sender="op1", room="r1")
    reply = bot.texts("commands")[-1]
    assert "（0:05）" in reply and "（:05）" not in reply


# finding 12: the kinds read plainly and their order in one module named for the idea; every kind it reads is weighed

def test_every_kind_read_plainly_has_its_place_in_the_order():
    assert {kind for kind, _ in READINGS} <= set(ORDER)  # else a message of that kind could not be weighed at all
    assert _kind("我妈摔倒了 起不来") == "fall"
