"""What a careful host does with what members tell and what a fresh account sells (acceptance 17): a member telling
the group what a scammer sold her privately is no advert and the operator hears who it is; a relative's paid class
offered with "问我" is an advert; an account whose first act is an ad is not welcomed and its later pitches count."""
from __future__ import annotations

import shutil

from bot.testing import join
from tests.moderation_kit import ROOT, moderation_said, screened

WELCOME = """
  welcome: {}
"""


async def test_members_telling_what_a_scammer_sold_them_privately_pass_and_the_operator_hears_who(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("大家好 我是新来的", sender="u9", name="大刘")
    await bot.wait(minutes=10)
    story = "刚才有个叫大刘的私聊我 让我买什么特效药 说能根治糖尿病 还要我先转钱"
    await bot.send_message(story, sender="u1", name="周阿姨")
    await bot.wait(minutes=4)
    await bot.send_message("他也加我了 说一疗程三千八", sender="u2", name="孙叔")
    await bot.settle()
    said = moderation_said(bot)
    assert not [a for a in said if a.to in ("u1", "u2") or "不发广告" in a.text]  # no notice, no private word
    told = [a.text for a in said if a.to == "op1"]
    assert len(told) == 2 and "大刘私下找了周阿姨" in told[0] and "/mod remove @大刘" in told[0]
    assert "有人私下找了孙叔" in told[1]


async def test_a_grandmother_offering_her_granddaughters_class_is_an_ad_a_public_class_pointed_to_is_not(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("我孙女在文化宫教少儿书法 有需要的可以问我", sender="u1", name="阿芳")
    await bot.send_message("文化宫有少儿书法班 有需要的可以去看看", sender="u2", name="老周")
    await bot.settle()
    noticed = [a for a in moderation_said(bot) if a.kind == "say"]
    assert [a.mentions for a in noticed] == [("u1",)] and "不发广告" in noticed[0].text


async def test_an_account_whose_first_words_are_an_ad_is_not_welcomed_and_its_third_pitch_counts(make_bot):
    bot = screened(make_bot, WELCOME)
    await bot.start()
    await bot.send(join(("u9", "健康顾问"), ts=bot.now))
    pitch = "各位家人 透析病人吃我们的小分子肽 肌酐能降一半 想了解的私聊我"
    await bot.send_message(pitch, sender="u9", name="健康顾问")
    await bot.wait(minutes=3)
    await bot.send_message("名额有限 私我领试用装", sender="u9", name="健康顾问")
    await bot.wait(minutes=3)
    await bot.send_message("已经有三十多位病友在吃了 私聊", sender="u9", name="健康顾问")
    await bot.wait(minutes=3)
    assert not [a for a in bot.sent if a.plugin == "welcome"]  # no warm welcome, no "快去欢迎一下"
    assert any("第3次发广告" in a.text for a in moderation_said(bot) if a.to == "op1")


EVERY_PLUGIN = """
  welcome: {}
  faq: {file: faq.yaml}
  nudge: {}
  posts: {}
  members: {}
  activities: {}
"""


def with_every_plugin(make_bot):
    """The shipped set of plugins, as config.yaml has them."""
    bot = screened(make_bot, EVERY_PLUGIN)
    shutil.copy(ROOT / "faq.yaml", bot.folder / "faq.yaml")
    return bot


def alerts_to(bot, person: str) -> list[str]:
    """The alerts a person got privately (an emergency's, an approach's, an ad's), not the nudges."""
    return [a.text for a in bot.sent if a.to == person and "alert" in a.ref]


async def test_a_scam_going_on_now_alerts_the_operator_once_with_the_emergencys_advice(make_bot):
    bot = with_every_plugin(make_bot)
    await bot.start()
    await bot.send_message("有个人打电话给我说我儿子出车祸了 要我马上转五万", sender="u5", name="阿芳")
    await bot.wait(minutes=1)
    await bot.send_message("他又打电话给我了 让我转钱 说再不转就来不及了", sender="u5", name="阿芳")
    await bot.wait(minutes=1)
    await bot.send_message("他又找我了 让我转钱到安全账户", sender="u5", name="阿芳")  # the same story, no danger read
    await bot.wait(minutes=5)
    (alert,) = alerts_to(bot, "op1")
    assert "🚨" in alert and "被骗" in alert and "私下找群友推销" not in alert and "/mod remove" not in alert


async def test_a_private_pitch_told_over_several_lines_alerts_once_an_hour(make_bot):
    bot = with_every_plugin(make_bot)
    await bot.start()
    await bot.send_message("刚才有个叫大刘的私聊我 让我买什么特效药 说能根治糖尿病 还要我先转钱", sender="u1",
                           name="周阿姨")
    await bot.wait(minutes=2)
    await bot.send_message("他又加我了 说一疗程三千八 让我先交定金", sender="u1", name="周阿姨")
    await bot.wait(minutes=5)
    (alert,) = alerts_to(bot, "op1")
    assert "大刘私下找了周阿姨推销或让转钱" in alert
    assert "请先在群里谢谢周阿姨提醒大家，再私信问问周阿姨有没有转钱、买东西，已经转了请马上打110报警。" in alert
    await bot.wait(hours=1)
    await bot.send_message("他又私聊我了 让我买特效药 说先转钱", sender="u1", name="周阿姨")
    await bot.wait(minutes=1)
    assert len(alerts_to(bot, "op1")) == 2  # an hour on, it is news again
