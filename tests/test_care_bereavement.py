"""A bereavement: the operator hears at once with a condolence and the bot stays silent in the group; at night it
waits for the morning digest named as a loss; a neighbour's funeral, a pet or an anniversary is no loss."""
from __future__ import annotations

import pytest

from tests.care_bot import DAY, MIDNIGHT, NUDGE, _digest
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

LOSS = "我父亲昨晚走了 后天上午在老家出殡 谢谢大家这些年的照顾"


async def test_a_bereavement_reaches_the_operator_at_once_with_a_condolence_and_the_bot_stays_silent(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(LOSS, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (told,) = _to(bot, "op1")
    assert "阿芳" in told and "过世" in told and "节哀" in told and "我父亲昨晚走了" in told
    assert "“阿芳，刚看到消息，心里很难过。请您节哀，多保重身体，家里有什么需要帮忙的，随时跟我说。”" in told
    assert "惊闻噩耗" not in told
    await bot.wait(minutes=10)
    assert not _said(bot) and not _to(bot, "u5")  # no cover, no thanks, no form-letter condolence from the bot
    assert len(_to(bot, "op1")) == 1  # not nudged again as if it were a question


async def test_a_bereavement_at_night_waits_for_the_morning_digest_named_as_a_loss(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_message("婆婆今天凌晨没了 我们在医院", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert not _to(bot, "op1") and not _said(bot)  # nobody woken for it
    await bot.wait(hours=7)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "阿芳（00:00，家里有人过世）" in digest and "节哀" in digest


@pytest.mark.parametrize("text", ["阿芳节哀，叔叔一路走好", "我妈走了 去超市了", "我爸去世三年了 今天是他生日",
                                  "我家狗狗昨晚走了", "新闻里说某明星去世了", "谁家有《穆斯林的葬礼》 借我看看"])
def test_a_condolence_a_pet_an_anniversary_or_a_departure_is_no_bereavement(text):
    from bot.danger.grief import bereaved
    assert bereaved(text) is None


async def test_a_loss_told_with_a_question_still_gets_its_question_nudged_and_the_operator_hears_of_it(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老妈过世了 兄妹四个 房产证要改名字 请问先办什么手续？", sender="u5", name="阿芳")
    await bot.wait(minutes=2)
    told = _to(bot, "op1")
    assert any("过世" in t and "节哀" in t for t in told)
    assert any("等了" in t and "房产证" in t and "节哀" not in t for t in told)  # the question is nudged as usual


@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
async def test_a_loss_told_in_two_lines_reaches_the_operator_once(make_bot, start):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(seconds=30)
    await bot.send_message("我爸的追悼会后天上午在殡仪馆", sender="u5", name="阿芳")
    await bot.wait(hours=8)
    (told,) = _to(bot, "op1")  # by day at once; at night in the morning digest, named as one loss
    assert told.count("阿芳") == 2 if start == DAY else told.count("，家里有人过世）") == 1
    assert not any("阿芳" in t or "节哀" in t for t in _said(bot))  # the shipped morning post only


@pytest.mark.parametrize("text", [
    "我家楼下在办白事 吵得睡不着", "谢谢大家关心 我妈的后事都办完了", "后天上午在老家出殡",
    "邻居家老爷子的丧事在办 吹吹打打的",
])
async def test_a_neighbours_funeral_or_a_funeral_over_tells_the_operator_of_no_loss(make_bot, text):
    from bot.danger.grief import bereaved
    assert bereaved(text) is None
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(minutes=10)
    assert not any("过世" in t for t in _to(bot, "op1"))


@pytest.mark.parametrize("text", ["我阿嬷上礼拜走了 下葬要准备哪些东西", "我爸的追悼会后天上午在殡仪馆",
                                  "俺娘昨天夜里没了"])
def test_a_loss_of_kin_named_in_dialect_or_by_its_funeral_is_a_bereavement(text):
    from bot.danger.grief import bereaved
    assert bereaved(text) is not None


async def test_the_digest_never_asks_for_sorry_for_the_wait_from_the_bereaved_and_puts_a_complaint_after_a_loss(
        make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message("婆婆今天凌晨没了 我们在医院", sender="u5", name="阿芳")
    await bot.send_message("上礼拜送来的菜全烂了，打电话也没人管，太不像话了", sender="u6", name="赵叔")
    await bot.wait(hours=7)
    digest = _digest(bot)
    assert "投诉的接着回" in digest
    assert digest.rstrip().endswith("让您久等了”，大家会觉得被惦记着~（夜里报过紧急情况的、家里有人过世的、"
                                    "说了心里难处的，不用说这句，直接私下关心对方就好。）")
    assert "“阿芳，刚看到消息，心里很难过，请您节哀，多保重身体”" not in digest  # the digest's example has no name
    assert "比如“刚看到消息，心里很难过，请您节哀，多保重身体”" in digest and "惊闻噩耗" not in digest
