"""The code review's findings on session 21, mended (issues 13, 14, 15, codemend21).

Each finding is told by the reviewer's own lines that went wrong, beside lines of the same kind that must stay right:
a phone call to a tradesman is no fraud while money sent to a stranger who then vanished is; a child in a ditch is a
child in the water; a faint with blood is no joke."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.among_members import CONDOLENCE
from bot.conversation import Kind
from bot.danger.emergency import emergency
from bot.sample_events import message
from bot.testing import TZ
from bot.understanding import read
from plugins.faq.entry import Entry
from plugins.faq.room_class import the_rooms_own_class
from tests.moderation_kit import moderation_said, screened
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. scam_paid: a phone call to a tradesman or a parked car's owner is not money gone
@pytest.mark.parametrize(("text", "kind"), [
    ("装修的对方说好了今天来 我打了电话他不接", None),
    ("有人把车堵在我家门口 打了电话关机", None),
    ("那个人说好今天来修空调 我打了电话 不回消息了", None),
    ("对方说快递放门卫了 我打了电话不接", None),
    ("有个人说交两万押金就能插队 我转过去了 现在联系不上他了", "scam_paid"),
    ("对方说能帮我孙子进重点班 我两万块打过去了 现在电话关机了", "scam_paid"),
])
def test_money_sent_to_a_stranger_gone_is_a_fraud_and_a_phone_call_is_not(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 2. a child's own call for money, or a loan come through, is not a fraud under way
@pytest.mark.parametrize(("text", "kind"), [
    ("儿子打电话说他贷款买房 首付还差五万 我明天去银行取钱给他", None),
    ("闺女打电话说贷款下来了 装修还差两万块钱 我明天去信用社取", None),
    ("银行打电话说贷款批下来了 我明天去银行签字", None),
    ("我儿子打电话让我给他转点钱交房租", None),
    ("有人打电话说是公安局的 说我涉嫌洗钱 我马上去银行转", "scam"),
    ("有人打电话说我孙子被抓了 要交保释金 我这就去取钱", "scam"),
    ("有人打电话说能办无抵押贷款 让我先转五千手续费", "scam"),
])
def test_going_to_the_bank_is_a_fraud_only_beside_a_frauds_story(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 3. 渠 is a ditch where children drown; 他 only where a person stands in 赣/湘 speech
@pytest.mark.parametrize(("text", "kind"), [
    ("孩子掉渠里了 快来人", "water"),
    ("有人掉进渠里了 快来人", "water"),
    ("孩子掉进渠里了 快来人啊", "water"),
    ("老人掉到水渠里了 快来人", "water"),
    ("渠们屋里着火哒 快来人", "fire"),
    ("娭毑晕倒哩 叫渠冒反应", "unwell"),
])
def test_a_child_in_a_ditch_is_in_the_water_and_gan_speech_still_heard(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 4. a faint with blood or no answer is real; the same words alone are a figure of speech
@pytest.mark.parametrize(("text", "kind"), [
    ("我当场就晕过去了 刚醒 头上流血 起不来", "unwell"),
    ("我妈吓得快晕过去了 脸煞白 出冷汗 叫不应", "unwell"),
    ("听到这个价钱我当场就晕过去了", None),
    ("那个电影吓得我快晕过去了", None),
    ("孙子考了满分 我笑得快晕过去了", None),
])
def test_a_faint_with_harm_is_heard_and_a_figure_of_speech_is_not(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 5. 咱闺女 is the north's "our girl": a child beaten at home; a carer of ours is still a complaint against us
@pytest.mark.parametrize(("text", "kind"), [
    ("咱闺女被她爸打了 老师说身上都是伤", "child_beaten"),
    ("我孙子被他爸打了 身上都是伤 在哭", "child_beaten"),
    ("你们托管班的老师打了我家孩子 身上都是伤", None),
    ("咱们幼儿园的老师把孩子打得身上都是伤", None),
])
def test_a_child_beaten_at_home_is_heard_when_the_teller_says_zan(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 6. a grown friend touched on the metro, or a wound of decades ago, is not a child to keep from him now
@pytest.mark.parametrize(("text", "kind"), [
    ("我闺蜜在地铁上 有个男的偷偷摸她屁股 她都不敢说", None),
    ("以前我女儿小时候 有个亲戚老摸她 还不让她说 现在长大了还有阴影", None),
    ("我孙女说补课的老师老摸她 还不让她告诉我们", "child_abused"),
    ("孩子说司机叔叔摸她下面 她害怕上学", "child_abused"),
])
def test_a_child_touched_now_is_heard_and_an_adult_or_long_ago_is_not(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 7. heat, a trip and the laundry are not despair; the same words beside a life not worth living are
@pytest.mark.parametrize(("text", "kind"), [
    ("天太热了 干脆去河里泡着不上来了", None),
    ("今晚就走 车票买好了 东西都留给你们了", None),
    ("妈 我出门了 钱放在抽屉里 东西都留给你们了", None),
    ("下雨天衣服晾不透了 太遭罪了", None),
    ("活着没意思 干脆去河里泡着不回来了", "despair"),
    ("日子没法过了 想到江里去 不上来了", "despair"),
    ("透析太遭罪了 我不透了", "despair"),
    ("活着真没意思 今晚就走", "despair"),
    ("房子留给你们了 存折在抽屉里", "despair"),
])
def test_despair_is_heard_and_heat_a_trip_or_laundry_are_not(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 8. high potassium needs the kidneys named; a sting needs the whole body to answer
@pytest.mark.parametrize(("text", "kind"), [
    ("我妈今天有点心慌 浑身没劲 中午吃了点土豆", None),
    ("吃完香蕉 心慌 手脚发麻", None),
    ("被蜜蜂蛰了一下 身上有点痒", None),
    ("我妈透析的 刚才吃了两个橘子 这会儿胸闷 嘴唇发麻", "potassium"),
    ("尿毒症的老父亲 晚上腿软站不住 手也麻了", "potassium"),
    ("被马蜂蛰了 脸肿了 喘不上气", "sting"),
    ("被蜜蜂蛰了 浑身起疙瘩", "sting"),
])
def test_potassium_and_stings_send_120_only_when_the_body_is_in_danger(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


def test_a_swollen_eyelid_after_a_bee_is_not_the_whole_body_answering() -> None:
    assert _kind("被蜜蜂蛰到眼皮 眼皮肿了") != "sting"


# 9. a boat not back in a wind is the sea's rescue; going into business (下海) or a tourist's boat ride is not
@pytest.mark.parametrize(("text", "kind"), [
    ("他下海经商 到现在没回来", None),
    ("儿子坐船去舟山玩了 到现在没消息", None),
    ("三叔的渔船昨晚出海 到现在联系不上 台风要来了", "at_sea"),
    ("早上出海到现在没回来 手机打不通 风越来越大了", "at_sea"),
    ("我老公的船早上出去 到现在没回来 天黑了", "at_sea"),
])
def test_a_boat_not_back_in_a_wind_is_at_sea_and_a_trip_is_not(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# 10. a question beside 节哀 is still a question (answered, waited on); her own loss is no condolence to another
@pytest.mark.parametrize("text", ["节哀 丧葬补助去哪里领", "王姐节哀 追悼会在哪儿开 几点"])
def test_a_question_beside_a_condolence_is_a_question(text: str) -> None:
    assert read(message(text)).kind is Kind.QUESTION


def test_the_writers_own_loss_is_not_a_condolence_to_another_member() -> None:
    assert read(message("我爸走了 大家都劝我节哀 可我真的撑不住了")).why != CONDOLENCE


@pytest.mark.parametrize("text", ["王姐节哀顺变 需要搭把手的言语一声", "阿芳节哀，叔叔一路走好",
                                  "赵姐节哀 有什么需要帮忙的说一声"])  # help offered: no question
def test_a_condolence_to_another_member_is_still_one(text: str) -> None:
    assert read(message(text)).why == CONDOLENCE


# 11. a class group's own FAQ answers its members; an entry about another event or class stays silent
_OWN = Entry("1", "上课时间", "每周二上午九点上课，在老年大学三楼301教室", ("上课", "几楼", "教室"))
_LECTURE = Entry("2", "健康讲座在哪里", "健康讲座每周三上午在门店二楼")
_TAIJI = Entry("3", "太极拳班什么时候上课", "太极拳班每周二上午在社区活动室")


@pytest.mark.parametrize("said", ["这周的课在几楼", "明天上课吗", "课在哪个教室"])
def test_a_class_groups_own_faq_answers_and_another_events_entry_does_not(said: str) -> None:
    assert the_rooms_own_class(_OWN, "老年大学国画班", said) == ""
    assert the_rooms_own_class(_LECTURE, "老年大学国画班", said) == "国画"
    assert the_rooms_own_class(_TAIJI, "老年大学国画班", said) == "国画"


def test_a_class_named_in_the_message_is_answered_by_its_entry() -> None:
    assert the_rooms_own_class(_TAIJI, "老年大学国画班", "太极拳班什么时候上课") == ""


# 12. a member asking for a private word, a property notice and a neighbour's tip are not adverts
async def _moderation_kinds(make_bot, text: str) -> list[str]:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u9", name="钱叔")
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]


@pytest.mark.parametrize("text", [
    "我有点家事 群里不方便说 有空的姐妹私聊我一下",
    "物业通知：明天上午清洗水箱 停水半天 有问题请致电物业 0571-88886666",
    "家里水管坏了 找了个维修师傅 挺靠谱 电话0571-88886666",
    "我家老人腿脚不好 有没有靠谱的推拿 上次去的那家 0571-88886666 还行",
])
async def test_a_members_own_matter_or_a_notice_is_not_warned_as_an_ad(make_bot, text: str) -> None:
    assert await _moderation_kinds(make_bot, text) == []


@pytest.mark.parametrize("text", [
    "孩子进重点班的事 群里不好说 我有门路",
    "空调安装维修 电话0571-88886666",
])
async def test_an_offer_kept_from_the_group_or_a_trades_card_is_still_an_ad(make_bot, text: str) -> None:
    assert (await _moderation_kinds(make_bot, text)).count("say") == 1


# 13. in a group for the deaf the first alert already said the member cannot phone: "我听不见" pages nobody again
# (leftover22: the person paged gets her own words in one short line, tests/test_leftover22.py)
async def test_a_deaf_groups_member_saying_she_cannot_hear_is_not_paged_twice(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("我老伴摔倒了 起不来", "我听不见"):
        await bot.send_message(line, sender="u5", name="老聂", room_topic="听障朋友之家")
    await bot.wait(seconds=5)
    assert len([a for a in _to(bot, "op1") if a.startswith("🚨") and "请马上处理" in a]) == 1


async def test_a_member_elsewhere_saying_she_cannot_hear_after_the_danger_is_paged_again(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("我老伴摔倒了 起不来", "我听不见"):
        await bot.send_message(line, sender="u5", name="老聂")
    await bot.wait(seconds=5)
    assert len([a for a in _to(bot, "op1") if a.startswith("🚨")]) == 2


async def test_a_phone_call_to_a_tradesman_is_never_told_to_call_110(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("装修的对方说好了今天来 我打了电话他不接", sender="u5", name="老聂")
    await bot.wait(seconds=5)
    assert not any("110" in s for s in _said(bot)) and not any("🚨" in a for a in _to(bot, "op1"))


def test_advice_to_dialysis_patients_about_potassium_is_no_emergency() -> None:
    assert _kind("做透析的朋友 香蕉橙子土豆少吃 钾高了很危险 会心跳骤停的") is None
