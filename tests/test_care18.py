"""People in danger, grief or a scam reach a person, day and night (issue 13, fixcare18): a carer at the end of his
strength, a child beaten at home, a woman fleeing violence, a member who cannot phone, a scam while the money is
still there, a flooding garage, a death just now, a dying relative, a volunteer's grief."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.cannot_call import cannot_call
from bot.danger.emergency import emergency
from bot.danger.grief import bereaved, dying
from bot.testing import TZ, join, message
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 22, 35, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# despair in a carer's or a volunteer's words

@pytest.mark.parametrize("text", ["我实在熬不住了 想跟老伴一起走",
                                  "做了三年志愿者 最近真的撑不下去了 每天晚上睡不着 活着也没什么意思"])
def test_a_wish_to_follow_a_spouse_or_a_life_past_bearing_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", ["带孙子实在熬不住了 想跟老伴一起去海南住一阵", "实在熬不住了 想跟老伴一起走走 散散心",
                                  "活着也没什么意思 这电视剧", "想跟老伴一起走一趟西藏"])
def test_a_trip_with_a_spouse_or_one_tired_sign_is_no_despair(text):
    assert _kind(text) != "despair"


async def test_a_carers_despair_at_night_in_private_reaches_the_operator_at_once_never_till_morning(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我实在熬不住了 想跟老伴一起走", sender="u5", name="老周")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "老周" in alert
    (word,) = _to(bot, "u5")
    assert "12356" in word and "休息时间" not in word and "早上" not in word


async def test_a_volunteers_despair_is_never_a_complaint_and_never_apologised_for(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("做了三年志愿者 最近真的撑不下去了 每天晚上睡不着 觉得自己什么都做不好 活着也没什么意思",
                           sender="u5", name="老陈")
    await bot.wait(minutes=4)
    told = _to(bot, "op1")
    assert told and told[0].startswith("🚨") and not any("投诉" in t for t in told)
    assert not [s for s in _said(bot) if "抱歉" in s or "添麻烦" in s]


# violence at home

@pytest.mark.parametrize(("text", "kind"), [
    ("我不想活了 爸爸又打我了 身上都是伤", "child_hurt"), ("妈妈又拿衣架打我 胳膊都青了", "child_hurt"),
    ("我老公又打我了 我带着孩子跑出来了 不知道去哪", "violence"), ("被老公打了 脸都肿了 怎么办", "violence"),
    ("孩子他爸喝了酒又打我 我躲在邻居家", "violence")])
def test_being_beaten_at_home_now_is_a_danger(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", ["我妈又打我电话了 烦", "小时候我爸经常打我", "我老公打我一下 哈哈",
                                  "家暴的新闻看了好难受", "我老公又打我微信语音了", "我老公又打麻将去了"])
def test_a_call_a_memory_a_joke_or_the_news_is_no_beating(text):
    assert _kind(text) not in ("violence", "child_hurt")


async def test_a_beaten_child_hears_12355_and_a_teacher_never_to_call_the_family(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我不想活了 爸爸又打我了 身上都是伤", sender="u5", name="小宇")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "12355" in word and "老师" in word and "不是你的错" in word and "110" in word
    assert "家里人" not in word and "您" not in word
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "孩子" in alert and "先别找孩子的家长" in alert


async def test_a_woman_fleeing_violence_hears_110_and_12338_at_once_and_the_owner_at_a_minute(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我老公又打我了 我带着孩子跑出来了 不知道去哪", sender="u5", name="小梅")
    await bot.wait(seconds=5)
    (step,) = _said(bot)  # in the group one short line: the one who hits may be in it (review 18, finding 4)
    assert "110" in step and "私下联系您" in step and "12338" not in step
    (word,) = _to(bot, "u5")
    assert "110" in word and "12338" in word and "孩子" in word and "对方" in word and "跟他争" not in word
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "被家里人打" in alert and "⏰" not in alert
    await bot.wait(minutes=2)
    assert _to(bot, "boss")


# a member who cannot phone

@pytest.mark.parametrize("text", ["我家着火了 我听不见 没法打电话", "老伴晕倒了 叫不醒 我不会说话 怎么叫救护车"])
def test_a_member_who_cannot_hear_or_speak_cannot_call(text):
    assert cannot_call(text) and emergency(text) is not None


@pytest.mark.parametrize("text", ["老伴晕倒了 说不出话", "我家着火了", "他听不见我喊他"])
def test_someone_elses_symptom_is_not_the_writer_unable_to_call(text):
    assert not cannot_call(text)


@pytest.mark.parametrize(("text", "number"), [("我家着火了 我听不见 没法打电话", "119"),
                                              ("老伴晕倒了 叫不醒 我不会说话 怎么叫救护车", "120")])
async def test_a_deaf_member_is_told_of_12110_by_text_and_the_staff_told_to_call_for_them(make_bot, text, number):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="刘叔")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "12110" in step and "短信" in step and f"替您打{number}" in step
    (alert,) = _to(bot, "op1")
    assert "没法打电话" in alert and "替对方打" in alert


# a scam while the money is still there

@pytest.mark.parametrize(("text", "kind"), [
    ("有人打电话说是农业局的 说补贴要先交三百手续费才发 让我转到他卡上 我现在去信用社转", "scam"),
    ("收到短信说医保卡被冻结了 让我点链接解冻 输了密码", "scam_given"),
    ("我把验证码告诉客服了 现在怎么办", "scam_given"),
    ("我是基金会财务 这个月捐款请直接转到我个人账户 卡号6222 0000 1111 2222", "scam_posted")])
def test_a_scam_going_on_is_read_by_what_is_about_to_be_lost(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", ["收到短信说要我输密码 我没输", "验证码千万别告诉别人", "我没把验证码告诉客服",
                                  "我是群主 活动费AA 转我微信就行", "我孙子打电话让我转500块给他买书",
                                  "我是财务 对公账户是 6222 0000 1111 2222 大家捐款请认准"])
def test_a_refusal_a_warning_or_an_everyday_payment_is_no_scam(text):
    assert _kind(text) is None


async def test_a_fee_for_a_subsidy_gets_dont_send_at_once_never_a_complaint_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("有人打电话说是农业局的 说补贴要先交三百手续费才发 让我转到他卡上 我现在去信用社转",
                           sender="u5", name="王婶")
    await bot.wait(minutes=4)
    step = _said(bot)[0]
    assert "先别转钱" in step and "补贴不会让人先交手续费" in step and "96110" in step
    assert not [s for s in _said(bot) if "添麻烦" in s] and not [t for t in _to(bot, "op1") if "投诉" in t]


async def test_a_password_given_gets_call_the_bank_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("收到短信说医保卡被冻结了 让我点链接解冻 输了密码", sender="u5", name="张叔")
    await bot.wait(minutes=4)
    step = _said(bot)[0]
    assert "银行" in step and "冻结" in step and "改掉" in step and "96110" in step
    assert _to(bot, "op1")[0].startswith("🚨")
    assert not [s for s in _said(bot) if "您的问题我们看到了" in s]


async def test_a_fake_treasurers_card_gets_a_warning_to_the_whole_group_not_a_word_to_the_poster(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我是基金会财务 这个月捐款请直接转到我个人账户 卡号6222 0000 1111 2222", sender="u5",
                           name="陈老师")
    await bot.wait(minutes=2)
    (warning,) = [a for a in bot.sent if a.kind == "say"]
    assert not warning.mentions and "负责人本人" in warning.text and "核实" in warning.text
    assert "对公账户" not in warning.text  # no rule the bot made up (review 18, finding 6)
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🚨") and "冒充" in alert and "还没人回复" not in alert


# a flood

async def test_a_flooding_garage_at_night_gets_out_and_never_go_down_for_the_car(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 23, 23, 30, tzinfo=TZ))
    await bot.start()
    await bot.send_message("地下车库进水了 水已经到膝盖了 还在涨", sender="u5", name="阿强")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "离开" in step and "挪车" in step and "119" in step and "总水阀" not in step


async def test_a_burst_pipe_still_gets_the_water_valve(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("水管爆了 水哗哗往外喷 怎么办", sender="u5", name="阿强")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "总水阀" in step


# a death, a deathbed, a volunteer's grief

@pytest.mark.parametrize("text", ["俺娘没气了 身子都凉了", "我陪了两个月的那位奶奶今天下午走了 我心里好难受 一直在哭",
                                  "我爸刚刚走了 我不知道该怎么办 下一步要做什么"])
def test_a_death_told_in_plain_or_grieving_words_is_a_loss(text):
    assert bereaved(text) is not None


@pytest.mark.parametrize("text", ["大家好 我妈刚转到安宁病房 医生说时间不多了",
                                  "医生说我爸可能就这两天了 我一个人守在医院 好怕", "我婆婆下了病危通知 全家都在医院"])
def test_someone_close_in_their_last_days_is_dying(text):
    assert dying(text) is not None and bereaved(text) is None


@pytest.mark.parametrize("text", ["车胎没气了", "我妈今天下午走了 回老家了", "我老公走了 我好难过 他去外地打工一年",
                                  "什么是安宁疗护？我妈符合吗", "李奶奶快不行了", "这个项目时间不多了 大家抓紧"])
def test_a_flat_tyre_a_trip_a_question_or_a_deadline_is_no_loss(text):
    assert bereaved(text) is None and dying(text) is None


async def test_a_private_death_just_now_at_night_gets_120_first_and_the_operator_now(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我爸刚刚走了 我不知道该怎么办 下一步要做什么", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")  # a breath stopped just now may be a heart that can be saved (review 18, finding 1)
    assert "请马上打120" in word and "医生" in word and "节哀" not in word and "早上" not in word
    (alert,) = _to(bot, "op1")
    assert "小芳" in alert and "刚刚过世" in alert


async def test_a_death_just_now_told_by_voice_in_a_group_at_night_reaches_the_operator_now(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_voice("[语音] 俺娘没气了 身子都凉了", sender="u5", name="大刘")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "大刘" in alert and "120" in alert
    assert not _said(bot)


async def test_a_loss_told_at_night_not_just_now_still_waits_for_the_morning(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    assert not _to(bot, "op1")


async def test_a_relative_alone_and_afraid_at_a_deathbed_at_night_reaches_the_operator_now(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("医生说我爸可能就这两天了 我一个人守在医院 好怕", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "小芳" in alert and "病重" in alert and "一个人守着" in alert
    assert not _said(bot)


async def test_a_dying_relative_at_night_without_fear_is_named_in_the_morning_digest(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("我婆婆下了病危通知 全家都在医院", sender="u5", name="阿芳")
    await bot.wait(hours=9)
    (digest,) = [t for t in _to(bot, "op1") if "🌅" in t]
    assert "阿芳（22:35，家里人病重）" in digest and "过世" not in digest.split("麻烦上班后")[0]


async def test_a_newcomers_dying_mother_gets_no_greeting_thanks_and_no_welcome_prompt(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send(join(("u9", "王大姐"), ts=bot.now))
    await bot.wait(minutes=1)
    await bot.send(message("大家好 我妈刚转到安宁病房 医生说时间不多了", sender="u9", name="王大姐", ts=bot.now))
    await bot.wait(minutes=4)
    assert not [s for s in _said(bot) if "谢谢您的问候" in s or "顺顺利利" in s]
    told = _to(bot, "op1")
    assert not [t for t in told if "第一次发言" in t]
    assert [t for t in told if "王大姐" in t and "病重" in t]


async def test_a_volunteers_grief_is_heard_as_grief_never_as_a_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我陪了两个月的那位奶奶今天下午走了 我心里好难受 一直在哭", sender="u5", name="小林")
    await bot.wait(minutes=4)
    told = _to(bot, "op1")
    assert told and "🕯️" in told[0] and not [t for t in told if "投诉" in t]
    assert not [s for s in _said(bot) if "添麻烦" in s or "抱歉" in s or "处理" in s]
