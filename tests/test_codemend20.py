"""The code review's findings on session 20's changes, mended (issue 13, codemend20).

Each test holds the reviewer's lines that went wrong and lines of the same kind that must stay right: a transplant
patient's fever heard again, a gas leak given the gas step, despair not paged for a setback borne, the first-aid kinds
quiet on a clinic's injection or a scratched bite, one reading for each danger, a complaint about our own shop kept
ours, good news not read on a weekend or a failed exam, good news at night told in the morning, a neighbour's cough
no care nudge, and a colleague's waits not counted as the operator's."""
from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from bot.danger.emergency import emergency
from bot.danger.outside_trouble import outside_trouble
from bot.good_news import good_news
from bot.testing import TZ, TestBot
from plugins.nudge.sla import owed_by, sla
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
SHOP_SCRIPT = "换、退、补、上门"


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a transplant patient's fever, even asked in fear (要去医院吗, 是不是排斥了), is the transplant centre's emergency
@pytest.mark.parametrize("text", ["换肾后发烧了 怎么办", "换肾的 发烧39度 尿也少了 是不是排斥了",
                                  "移植后发烧39度 尿也少了 要去医院吗", "我妈移植后高烧 尿也少了",
                                  "换肾的那块肿起来了 疼得厉害"])
def test_a_transplant_patients_fever_reaches_the_roster(text):
    assert _kind(text) == "transplant"


@pytest.mark.parametrize("text", ["移植后发烧正常吗", "换肾三年了 现在挺好的", "移植后发烧要注意什么",
                                  "移植三年了 一直挺好 去年发烧住过一次院",
                                  "移植科的病友聚会 大家指标都好 今天35度 热得疼得"])
def test_a_transplant_question_or_a_good_report_stays_quiet(text):
    assert _kind(text) is None


# 2. a gas leak keeps the gas step (no switches, no flame), however the smell is said
@pytest.mark.parametrize("text", ["厨房一股煤气味儿 我妈头晕恶心", "闻到煤气味 头晕", "家里一股煤气味儿 快来人"])
def test_a_gas_smell_with_dizziness_gets_the_gas_step(text):
    assert _kind(text) == "gas"


@pytest.mark.parametrize("text", ["屋里炉子倒烟 俺爹头晕 起不来了", "一股煤烟味儿 老伴头疼恶心", "烧炭取暖 一家人头晕"])
def test_coal_smoke_in_a_room_keeps_the_fumes_step(text):
    assert _kind(text) == "fumes"


# 3. despair is paged day and night: not for a setback borne, someone else's news, a game or a caption
@pytest.mark.parametrize("text", ["这次生意亏光了 真对不起老婆孩子 明年从头再来",
                                  "今年猪价太低 钱都赔光了 对不住老婆孩子 明年换个营生",
                                  "邻居老王生意赔光了 说对不起老婆孩子", "孙子闹着要从沙发上跳下去 当超人",
                                  "朋友圈说此生已了 这文案绝了"])
def test_a_setback_borne_or_a_game_is_not_despair(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["猪死光了 钱也赔光了 对不住俺老婆孩子", "欠了一屁股债 还不上了 对不起俺爹娘",
                                  "我儿子闹着要从楼上跳下去 拦不住", "我弟把自己关在阳台 闹着要跳下去 我推不开门",
                                  "李师兄刚发朋友圈说此生已了"])
def test_a_ruined_mans_farewell_and_a_child_at_a_window_are_still_despair(text):
    assert _kind(text) == "despair"


# 4. the first-aid kinds: a clinic's injection, livestock, a bump, a bite scratched, a cold stove, a pump: no 120
@pytest.mark.parametrize("text", ["孩子化疗打了药 吐了好几次", "今天去医院打了药 回来就吐了",
                                  "给猪打完药 猪口吐白沫 倒地了", "给牛打了药 牛倒地了 口吐白沫",
                                  "今天在车门上撞头了 肿了个大包", "被蚊子咬得一直抓自己的腿 都抓破了",
                                  "炉子又坏了 冻得我头疼", "抽水泵抽了十分钟还没停"])
def test_everyday_lines_in_first_aid_words_stay_quiet(text):
    assert _kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("在猪圈里打药 打完就晕倒了 口吐白沫", "pesticide"), ("我爸打完药吐了 现在站不住", "pesticide"),
    ("他在果园喷农药 回来就昏倒了 浑身是汗", "pesticide"),
    ("孩子一直拿头往墙上撞 额头撞出血了 我拦不住", "self_injury"), ("孩子用头撞地板 额头都出血了", "self_injury"),
    ("儿子一直打自己的头 脸都打破了 拉不住", "self_injury"), ("癫痫发作了 抽了五分钟还没停", "seizure"),
])
def test_the_first_aid_dangers_are_still_read(text, kind):
    assert _kind(text) == kind


# 9. one reading for each danger: near-identical lines get the same answer
@pytest.mark.parametrize("pair", [("炭盆又灭了 冻得真头疼", "炉子又灭了 冻得真头疼"),
                                  ("低血糖 出冷汗 手抖 是副作用吗", "吃了降糖药 出冷汗 手抖 是副作用吗"),
                                  ("我有低血糖 平时不吃饭就会手抖", "吃了降糖药 平时不吃饭就会手抖出冷汗")])
def test_near_identical_lines_of_one_danger_are_read_alike_and_quiet(pair):
    assert [_kind(text) for text in pair] == [None, None]


@pytest.mark.parametrize(("text", "kind"), [
    ("低血糖犯了 手抖 出冷汗", "low_sugar"), ("老头打了胰岛素没吃饭 现在一身冷汗 哆嗦", "low_sugar"),
    ("被狗咬了 手上一个大口子 血直往外涌", "bleeding"), ("我儿子在超市走丢了 他是孤独症 不会说话", "lost"),
    ("邻居家孩子走丢了 他不会说话", "lost"), ("炭盆烧着 老伴头疼恶心", "fumes"),
])
def test_the_folded_readings_still_hear_each_danger(text, kind):
    assert _kind(text) == kind


def test_first_aid_keeps_only_its_own_kinds():
    from bot.danger.first_aid import KINDS
    assert set(KINDS) == {"seizure", "oil_fire", "pesticide", "self_injury", "transplant"}


# 5. a complaint about our own shop, estate or centre stays ours: apologised for, the refund script offered
@pytest.mark.parametrize("said", ["买的床垫跟图上不一样 骗子 退钱", "小区又进小偷了 电动车被偷了 保安干什么吃的"])
async def test_a_complaint_at_us_is_not_read_as_someone_elses_doing(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="老李")
    await bot.wait(minutes=6)
    told = [t for t in _to(bot, "op1") if "老李" in t]
    assert told and not [t for t in told if "不是对我们的投诉" in t or "在外面遇到了难处" in t]


@pytest.mark.parametrize(("text", "read_as"), [
    ("你们的老师把我孩子关在厕所里 孩子回来一直哭", ""), ("快递被偷了 物业也不管", ""),
    ("你们卖的东西跟图上不一样 骗子", ""), ("老师把孩子关小黑屋 孩子回来一直哭", "mistreated"),
    ("城管又来收摊子了 东西都给拉走了", "third_party"), ("昨晚小偷把我三轮车偷了", "third_party"),
    ("老师打了一下午电话 没人接 孩子红包也没发", ""), ("阿姨推了一下孩子 孩子哭了", "mistreated"),
])
def test_whose_doing_a_trouble_is(text, read_as):
    assert outside_trouble(text) == read_as


# 6. good news is a life's milestone of one's own, not a weekend, a queue, a failed exam or a wish for someone
@pytest.mark.parametrize("said", ["终于等到周末了", "排了三个小时队 终于叫到号了", "孩子第一次考试就不及格 气死我了",
                                  "祝王姐手术成功"])
async def test_ordinary_chat_and_bad_news_are_not_told_as_good_news(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="豆豆妈")
    await bot.wait(minutes=6)
    assert not [t for t in _to(bot, "op1") if "喜事" in t]


@pytest.mark.parametrize(("text", "good"), [
    ("这次先进又没评上 心里难受", False), ("老王出院了 又住进去了", False), ("终于找到停车位了", False),
    ("我家宝宝终于会走路了", True), ("我爸终于出院了", True), ("今年终于评上先进了", True),
    ("孙女考上大学了", True), ("孙子得了第一", True),
])
def test_good_news_is_a_milestone_reached(text, good):
    assert bool(good_news(text)) is good


# 7. good news told at night reaches the operator with the morning's digest
async def test_good_news_at_night_reaches_the_operator_in_the_morning(make_bot):
    bot = await _bot(make_bot, DAY.replace(hour=22, minute=30))
    await bot.send_message("今天孩子第一次自己叫了一声妈妈 我哭了一下午", sender="u1", name="豆豆妈")
    await bot.wait(minutes=30)
    assert not [t for t in _to(bot, "op1") if "豆豆妈" in t]  # nobody woken for it
    await bot.wait(hours=12)
    told = [t for t in _to(bot, "op1") if "豆豆妈" in t]
    assert told and "喜事" in told[0]
    assert not [t for t in _said(bot) if "豆豆妈" in t]  # the bot never congratulates in her stead


# 8. a care nudge is for someone close who is ill, not a neighbour's noise or a mood after a match
@pytest.mark.parametrize("said", ["隔壁阿姨一直咳嗽 吵得我睡不着", "今晚输了球 老伴难受得很"])
async def test_a_grumble_or_a_mood_is_no_news_of_illness(make_bot, said):
    bot = await _bot(make_bot, DAY.replace(hour=15))
    await bot.send_message(said, sender="u1", name="刘姐")
    await bot.wait(minutes=6)
    assert not [t for t in _to(bot, "op1") if "有人生病" in t]


async def test_someone_close_ill_now_still_asks_the_operator_to_care(make_bot):
    bot = await _bot(make_bot, DAY.replace(hour=15))
    await bot.send_message("老伴今晚发烧了 烧得厉害", sender="u1", name="刘姐")
    await bot.wait(minutes=6)
    assert [t for t in _to(bot, "op1") if "有人生病" in t]


# 10. an operator's own figures: a wait a colleague closed is the colleague's, never added to theirs
def _wait(ids: str, closed_by: str | None, minutes: int) -> Any:  # a counted wait, as the store gives it
    at = datetime(2026, 12, 2, 10, tzinfo=TZ)
    return SimpleNamespace(message_ids=ids, closed_by=closed_by, nudged_to=closed_by, room_id="r1", state="answered",
                           opened_at=at, closed_at=at + timedelta(minutes=minutes), covered_at=None,
                           kind="question", member_name="刘姐", member_id="u1", topic="一群", excerpt="")


def test_a_wait_a_colleague_closed_is_not_counted_as_mine():
    rows = [_wait("m1", "op2", 30), _wait("m2", "op1", 2), _wait("m3", None, 1)]  # m3: a member answered first
    until = datetime(2026, 12, 2, 12, tzinfo=TZ)
    mine = sla(rows, until, "op1", ["op1", "op2"])
    assert (mine.total, mine.within_3m) == (2, 2)  # m2 and m3, the room's; not op2's slow m1
    with pytest.raises(ValueError, match="staff"):
        sla(rows, until, "op1")  # without the roster op2's m1 would look like nobody's and be counted as op1's
    assert [r.message_ids for r in owed_by(rows, ["op1", "op2"])["op2"]] == ["m1", "m3"]
