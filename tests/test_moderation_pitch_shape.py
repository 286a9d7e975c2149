"""The shape of a pitch and the shape of a story, read whatever the words (issue 14, session 19).

Caught: a bare call to whoever wants it to message the poster privately ("需要的私我", "要的小窗"), too short for the
learned layer to read, so the rules decide it. Passed: a scammer's number or id quoted in a story of what someone else
did to the member or to others ("这个号 … 上门拉走了冰箱 钱一分没给"), and a scam's words of selling or lending told as
what happened to a relative ("后来让充两万 … 钱就没了"): the member warning the group is never told they posted an ad.
Guards: the same stories that end in the poster's own offer or a call are still ads. Written in other groups' words
than the lines they were read from."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"


async def _said(make_bot, text: str, config: str = "") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_message(text, sender="u8", name="周阿姨")
    await bot.settle()
    return [a.kind for a in moderation_said(bot)]


@pytest.mark.parametrize("text", ["需要的私我", "要的小窗", "有要的私聊", "有需要的滴滴我"])
@pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])
async def test_a_bare_call_to_whoever_wants_it_privately_is_an_ad(make_bot, text, config):
    """The member is told once in the group, as for any ad, with and without the learned layer."""
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "有人在群里发 一五八 三三七二 九一零六 说是家政公司的 我打过去 开口就要五百押金",  # a number, what was asked
    "二三八 四四九一 零七六二 这个号 说是收旧家电的 上门拉走了冰箱 钱一分没给",  # the number, then what he did
    "注意 幺三九 五五零八 二六一七 这个号 说帮忙办低保 其实是让你交手续费",  # what the number is after
    "我表哥玩那个投资软件 先让赚了几百 后来让充两万做大单 钱就没了",  # a scam's words told as a relative's loss
])
@pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])
async def test_a_story_of_someone_elses_doing_is_not_an_ad(make_bot, text, config):
    """Nothing is said to the member who warns the group, with the learned layer and on the rules alone."""
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("text", [
    "我邻居腿疼好几年 后来用了这个膏药 现在能跳舞了 我这有 微信 lyx8899",  # the story ends in the poster's stock
    "我姐以前失眠 后来喝了这个茶 一觉到天亮 要的加 v：chaye_2026",  # the story ends in a call to whoever wants it
    "我朋友上回喝了说好 这茶我有 一三八 二二七六 五五九一 要的打电话",  # a friend told of, then the poster's own number
])
async def test_a_story_that_ends_in_the_posters_offer_is_still_an_ad(make_bot, text):
    assert (await _said(make_bot, text, RULES_ALONE)).count("say") == 1

