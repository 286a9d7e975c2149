"""Private calls to whoever is in some state, a hurry to have it, what the poster can get done; official lines and
members' own used things, as a member would notice them (issue 14, session 22).

Caught: a clause that calls out a kind of member ("腰腿不利索的", "不想在家闲着的") and asks them to come privately
with nothing named ("私我", "点我头像", "小窗"); whoever wants it, before it is gone; a fixer's claim with a private
call; the same said in a dialect's words ("搵我", "寻我", "喊我一声"). Passed: the office's landline beside its
officer's mobile with its word that it sells nothing; a member's own thing left behind on moving or left over, one
price and no more; an air conditioner's wall unit (挂机) sold second-hand; a photo's original offered privately; a
word to one member. Written in other groups' words than the lines they were read from
(tests/data/moderation_eval/heldout21)."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"
BOTH = pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])


async def _said(make_bot, text: str, config: str = "") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_message(text, sender="u9", name="钱叔")
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]  # to the group or the member


@pytest.mark.parametrize("text", [
    "腰腿不利索的 点我头像",  # whoever is in some state, through the poster's profile
    "不想退休了在家闲着的 私我 带你看个机会",
    "带孙子累得慌的姐妹 加我 有好事跟你说",
    "想多卖几箱橙子的 小窗我",
    "要的私我 卖完为止",  # whoever wants it, before it is gone
    "落户的事我都摆得平 私聊",  # what the poster can get done, privately
    "要嘅搵我 手慢无",  # Cantonese: 搵我 is 找我
    "要的寻我 先到先得",  # Wu: 寻我 is 找我
    "想要的喊我一声 卖完为止",  # South-West: 喊我一声 is 跟我说一声
    "欲的揣我 先到先得",  # Min: 欲 is 要, 揣我 is 找我
])
@BOTH
async def test_a_call_to_whoever_is_in_some_state_to_come_privately_is_an_ad(make_bot, text, config):
    """The member is told once in the group, as for any ad."""
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "卫生服务中心座机 0571-88812345 王医生 13912345678 中心不卖东西",  # the office's line and its officer's
    "物业办公室座机 021-55667788 张主任 13612345678 物业从不私下收钱",
    "搬家了 冰箱带不走 三百块 在翠苑 要的邻居说一声",  # one's own thing left behind on moving
    "孙子吃剩两袋米粉没拆 一袋二十 就这两袋",  # left over from one's own use
    "小区旧空调挂机 五百出 自己来搬",  # an air conditioner's wall unit, not a "hang-up" job
    "昨天合唱的照片 要原图的私我",  # a photo's original
    "@李姐 想去的话私我",  # a word to one member
])
@BOTH
async def test_an_office_line_a_members_own_used_thing_or_a_photo_is_not_told_off(make_bot, text, config):
    """Nothing is said to the member, publicly or privately, with the learned layer and on the rules alone."""
    assert await _said(make_bot, text, config) == []


@BOTH
async def test_a_public_bodys_officer_named_before_the_number_is_not_an_ad(make_bot, config):
    """A hospital's follow-up nurse with her number, for discharged elders: nothing is said to the member."""
    assert await _said(make_bot, "医院随访护士小陈 13712345678 出院的老人有不舒服打这个", config) == []


@BOTH
async def test_a_specialists_number_with_a_cure_is_still_an_ad(make_bot, config):
    """A hospital's name does not make a cure's number an office's."""
    assert (await _said(make_bot, "耳鼻喉医院专家王医生 13812345678 专治耳鸣 三天见效", config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "牙科诊所报价种一颗牙八千 医保能报吗",  # a clinic's quote, asked about
    "饭店报价 寿宴一桌三千六 我嫌贵",  # a restaurant's quote, judged dear
])
@BOTH
async def test_a_price_a_shop_or_a_clinic_quoted_told_by_a_member_is_not_an_ad(make_bot, text, config):
    assert await _said(make_bot, text, config) == []


@BOTH
async def test_a_shops_quote_undercut_by_the_poster_is_still_an_ad(make_bot, config):
    assert (await _said(make_bot, "眼镜店报价一副一千二 我这只要三百 要的私我", config)).count("say") == 1
