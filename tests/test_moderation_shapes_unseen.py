"""Shapes read in groups nobody had seen, as a member would notice them (issue 14, session 20).

Caught: a story of the poster's own gain that ends in the same thing offered to everyone; a mini program card whose
title sells a paid tier, a free try or a fortune; a favour got round a public scheme's rules with a private call; a
testimony written in Cantonese. Passed: the club's own order gathered by a member; the group owner's number with
"不私聊收钱"; a social worker's id for signing up; a number given in answer to an ask or at an officer's word; a
warning passed on to the family; a member telling of someone who approached them; a son's or daughter's particulars
for a match; a friend's loss told in Cantonese. Written in other groups' words than the lines they were read from
(tests/data/moderation_eval/heldout19)."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"
BOTH = pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])


async def _said(make_bot, text: str, config: str = "", mini: bool = False) -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    if mini:
        await bot.send_mini_program(text, sender="u8", name="周阿姨")
    else:
        await bot.send_message(text, sender="u8", name="周阿姨")
    await bot.settle()
    return [a.kind for a in moderation_said(bot)]


@pytest.mark.parametrize("text", [
    "说句实在话 我开始也不信那个理疗垫 睡了两个月 现在腰都不疼了 想了解的我带你去看",  # doubted, then offered
    "我外甥前年三十八了还单着 后来托人找了个老师 半年就订婚了 有需要的我把老师推给你",  # a relative's gain
    "佢哋以前成日头晕 饮咗呢个酵素 一个月就好晒 屋企仲有 要嘅搵我",  # said in Cantonese
])
@BOTH
async def test_a_story_of_the_posters_gain_offered_to_all_is_an_ad(make_bot, text, config):
    """The member is told once in the group, as for any ad."""
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("title", ["星座运势测算 输入生日看今年财运", "智慧养老公寓 免费试住一周"])
@BOTH
async def test_a_mini_program_whose_title_sells_is_an_ad(make_bot, title, config):
    assert (await _said(make_bot, title, config, mini=True)).count("say") == 1


@pytest.mark.parametrize("title", ["国家医保服务平台｜城乡居民医保缴费", "腾讯问卷｜合唱团会员登记"])
@BOTH
async def test_a_public_bill_or_the_clubs_roll_as_a_mini_program_passes(make_bot, title, config):
    assert await _said(make_bot, title, config, mini=True) == []


@pytest.mark.parametrize("text", [
    "社保补贴可以多领点 有办法 私聊",  # more than the rules give
    "公办幼儿园不用排 我帮你办 私我",  # no queue
    "孙子上学的学位 我识人 私我",  # someone known
])
@BOTH
async def test_a_favour_got_round_a_public_schemes_rules_privately_is_an_ad(make_bot, text, config):
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "合唱团统一订的演出服 尺码报给我 周五前交齐",  # the club's own order, gathered
    "我们队统一做的文化衫 六十一件 名字报给我",
    "群主电话 13912345678 有事打我 不私聊收钱",  # the owner's number, and no money taken privately
    "社工小何微信 he_shegong 助餐登记找她",  # a social worker's id for signing up
    "养老理财都是先给甜头后收本金 回去一定跟爸妈讲",  # a warning passed on to the family
    "有个叫 hn_baojian 的私聊我 说能报销机票 让先交两百",  # someone who approached the member, told
    "女 94年 165 本科 护士 沪籍 有意的阿姨私聊",  # a daughter's particulars for a match
    "我个老友 买咗人哋嘅保健品 拎咗佢两万 个人冇咗",  # a friend's loss told in Cantonese
    "我以前腰疼 后来在社区医院做了两个月理疗 现在好多了",  # a story that offers nothing
    "修空调的师傅 姓马 电话 136 9876 5432 @王姐 你上次问的",  # a number given in answer to an ask
    "领鸡蛋找居委会刘姐 一三九 八七六五 四三二一 主任让发的",  # a number posted at an officer's word
])
@BOTH
async def test_a_member_helping_answering_or_warning_is_not_told_off(make_bot, text, config):
    """Nothing is said to the member, publicly or privately, with the learned layer and on the rules alone."""
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("text", [
    "合唱团统一订的演出服太贵了 我朋友店里一百二 跟我订",  # the club's order run down beside a friend's shop
    "群里统一订的保健酒 便宜 要的私聊",  # a seller's private call
])
async def test_a_club_order_used_to_sell_is_still_an_ad(make_bot, text):
    assert (await _said(make_bot, text, RULES_ALONE)).count("say") == 1
