"""What the acceptance tester of session 20 found the bot got wrong in hearing members (issue 13): despair that gives up
the medicine, a beating by strangers, a transplant patient's fever, a child hurt by a carer and a stall taken by the
城管 all given the shop's complaint apology; a complaint "answered" with praise; an invitation, a number passed on and
a sleepless 有人没睡不 taken for asks of the staff; a child's first word unheard; a voice answer not seen; /sla and
the daily report telling one day two ways. Each as a member or an operator would notice it, on the virtual clock,
with the shipped plugins."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation import Kind
from bot.danger.despair import despair
from bot.danger.emergency import emergency
from bot.sample_events import message
from bot.testing import TZ, TestBot
from bot.understanding import read
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
SHOP_SCRIPT = "换、退、补、上门"


def _complaint_alerts(bot: TestBot) -> list[str]:
    return [t for t in _to(bot, "op1") if "⚠️ 投诉" in t]


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


async def test_despair_that_gives_up_the_medicine_reaches_a_person_at_once_not_the_complaint_script(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("今天查出来肌酐又涨到300多了 换了肾还是保不住 不想连累家里了 药我也不想吃了",
                           sender="u1", name="老郑")
    await bot.wait(minutes=4)
    assert any(t.startswith("🚨") and "老郑" in t for t in _to(bot, "op1"))
    assert any("药先别停" in t for t in _to(bot, "u1"))  # privately: do not stop the drugs, call the doctor
    assert not _complaint_alerts(bot) and not [t for t in _said(bot) if "添麻烦" in t]


@pytest.mark.parametrize("said", ["这药太苦了 不想吃了", "孩子不想吃药了 怎么办", "不想连累孩子 自己能干就自己干"])
def test_one_sign_alone_a_bitter_pill_or_not_burdening_the_children_is_no_despair(said):
    assert despair(said) is None


async def test_strangers_beating_someone_get_110_in_the_group_and_the_operator_alerted(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("收保护费的又来了 把老张打了 还砸了摊子", sender="u1", name="阿梅")
    await bot.wait(minutes=4)
    assert any("110" in t and "别上前" in t for t in _said(bot))
    assert any(t.startswith("🚨") for t in _to(bot, "op1"))
    assert not [t for t in _said(bot) if "添麻烦" in t]


@pytest.mark.parametrize("said", ["昨天电视剧里那几个混混把人打了", "小偷把我钱包偷了 真倒霉"])
def test_a_beating_on_screen_or_a_theft_alone_is_no_assault_alarm(said):
    found = emergency(said)
    assert found is None or found.kind != "assault"


async def test_a_transplant_patients_fever_and_little_urine_is_sent_to_the_transplant_hospital_today(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("我爸移植后发烧39度 尿也少了 一天就两三百毫升", sender="u1", name="小芳")
    await bot.wait(minutes=4)
    assert any("急诊" in t and "抗排异的药别自己停" in t for t in _said(bot))
    assert not _complaint_alerts(bot) and not [t for t in _said(bot) if "添麻烦" in t]


@pytest.mark.parametrize("said", ["移植后发烧要注意什么", "换肾以后尿多是正常的吗",
                                  "移植三年了 一直挺好 去年发烧住过一次院"])
def test_a_transplant_question_or_a_past_fever_is_no_emergency(said):
    assert emergency(said) is None


async def test_a_child_shut_in_a_dark_room_by_a_carer_told_in_pieces_is_no_shop_complaint(make_bot):
    bot = await _bot(make_bot)
    for line in ("今天", "在康复中心", "老师把孩子关小黑屋", "孩子回来一直哭"):
        await bot.send_message(line, sender="u1", name="轩轩妈")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "轩轩妈" in t]
    assert told and "可能受了欺负" in told[0] and "拍照" in told[0]
    assert not [t for t in _to(bot, "op1") + _to(bot, "boss") if SHOP_SCRIPT in t]
    assert not [t for t in _said(bot) if "抱歉" in t or "添麻烦" in t]


async def test_a_stall_taken_by_the_cheng_guan_is_heard_without_our_apology_or_a_refund(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("城管又来收摊子了 说我们占道 东西都给拉走了 这还让不让人活了", sender="u1", name="刘姐")
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "刘姐" in t]
    assert told and "在外面遇到了难处" in told[0] and SHOP_SCRIPT not in told[0]
    covers = [t for t in _said(bot) if "工作人员" in t]
    assert covers and not [t for t in covers if "抱歉" in t or "对不起" in t or "添麻烦" in t]


async def test_a_theft_blamed_on_our_courier_stays_our_complaint(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("你们的快递员把东西放门口就走了 被偷了 太不负责了", sender="u1", name="孙姐")
    await bot.wait(minutes=4)
    alerts = _complaint_alerts(bot)
    assert alerts and SHOP_SCRIPT in alerts[0]


COMPLAINT = "你们超市小程序上买的鸡蛋 送来碎了一半 打客服电话没人接 我这么大岁数了折腾不起"


async def test_a_complaint_answered_only_with_praise_stays_open_and_the_owner_hears_what_was_said(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message(COMPLAINT, sender="u1", name="赵大妈")
    await bot.wait(seconds=30)
    await bot.send_message("@赵大妈 赵阿姨您好，太好了，感谢您的反馈！", sender="op1", name="小王", mentions=("u1",))
    await bot.wait(minutes=4)
    assert any("是一句客气话" in t for t in _to(bot, "op1"))  # told at once his reply took nothing up
    owner = [t for t in _to(bot, "boss") if "赵大妈" in t]
    assert owner and "感谢您的反馈" in owner[0]


async def test_a_complaint_taken_up_with_a_sorry_and_a_deed_is_met(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message(COMPLAINT, sender="u1", name="赵大妈")
    await bot.wait(seconds=30)
    await bot.send_message("@赵大妈 赵阿姨不好意思，感谢您的反馈，我马上给您补发一盒", sender="op1", name="小王",
                           mentions=("u1",))
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "boss") if "赵大妈" in t]
    assert not [t for t in _to(bot, "op1") if "是一句客气话" in t]


@pytest.mark.parametrize("said", [
    "我们几个家长自己组织了周六上午的融合游园会 免费的 在人民公园 想带孩子去的跟我说一声",  # an invitation
    "提醒大家 省人民医院移植科随访门诊电话0571-87666666 周三上午专家号 有需要的记一下",  # a number passed on
])
async def test_an_invitation_or_a_number_passed_on_asks_nothing_of_the_staff(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u2", name="朵朵妈")
    await bot.wait(minutes=5)
    assert not [t for t in _to(bot, "op1") if "朵朵妈" in t]
    assert not [t for t in _said(bot) if "工作人员" in t or "添麻烦" in t]
    assert read(message(said, ts=DAY)).kind is Kind.SHARING


async def test_sleepless_at_night_asking_who_is_up_is_not_covered_as_a_question(make_bot):
    bot = await _bot(make_bot, DAY.replace(hour=22))
    await bot.send_message("睡不着 有人没睡不", sender="u1", name="老白")
    await bot.wait(minutes=10)
    assert not [t for t in _said(bot) if "您的问题" in t or "准确答复" in t]
    assert read(message("睡不着 有人没睡不", ts=DAY)).kind is Kind.SMALLTALK


async def test_a_childs_first_word_reaches_the_operator_to_congratulate_her_the_bot_stays_silent(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("今天孩子第一次自己叫了一声妈妈 我哭了一下午", sender="u1", name="豆豆妈")
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "豆豆妈" in t]
    assert told and "喜事" in told[0]
    assert not [a for a in bot.sent if a.kind == "say" and "u1" in a.mentions]


@pytest.mark.parametrize("said", ["希望孩子早点会叫妈妈", "今天第一次坐高铁 挺快的"])
async def test_a_wish_or_an_everyday_first_is_not_told_as_good_news(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="豆豆妈")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "喜事" in t]


async def test_a_members_answer_by_voice_with_the_steps_asked_for_is_named_to_the_operator(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("谁知道今年的母猪补贴咋申请", sender="u1", name="老黄")
    await bot.wait(seconds=20)
    await bot.send_voice("去村委会找会计登记 带上身份证和存栏证明 俺家上礼拜刚办的", sender="u2", name="二婶")
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "老黄" in t]
    assert told and "二婶已经在群里回了" in told[0]
    assert not [t for t in told if "还没人回复" in t]


async def test_sla_and_the_daily_report_tell_the_same_day_the_same_way(make_bot):
    bot = await _bot(make_bot, DAY.replace(hour=9))
    await bot.send_message(COMPLAINT, sender="u1", name="赵大妈")
    await bot.wait(seconds=30)
    await bot.send_message("@赵大妈 赵阿姨您好，太好了，感谢您的反馈！", sender="op1", name="小王", mentions=("u1",))
    await bot.wait(minutes=10)
    asked = await bot.send_message("小程序里那个付款码咋找啊 我点半天了", sender="u2", name="钱奶奶")
    await bot.wait(seconds=20)
    await bot.send_message('点最下面那个"我的" 再点"会员码"', sender="u3", name="孙大爷", reply_to=asked.id)
    await bot.wait(minutes=10)
    await bot.send_command("/sla", sender="op1")
    await bot.wait(hours=12)
    (figures,) = [t for t in _to(bot, "op1") if "本群回复统计" in t]
    (report,) = [t for t in _to(bot, "op1") if "今天的回复小结" in t]
    today = figures.split("今天：")[1].split("位成员等回复")[0]
    assert report.split("今天的回复小结：")[1].startswith(f"{today}位成员等过回复")
    assert "投诉 1 起，人工回复 0 起" in figures and "投诉 1 起，人工回复 0 起" in report  # praise answered nothing
