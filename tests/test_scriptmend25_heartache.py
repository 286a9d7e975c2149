"""A heartache told privately is heard (scriptmend25, findings 16, 26): by day, a person today and not the
order desk's "请稍等"; 明天也不来了 is a learner giving up, 明天再来试试 is not."""
from __future__ import annotations

import pytest

from tests.scriptmend25_kit import told as _told


# 16. a heartache told privately by day: heard, and a person today, not the order desk's "请稍等"
@pytest.mark.parametrize(("text", "extra"), [("我太笨了 学了三遍还是不会 算了不学了", "学得慢一点很正常，一点都不笨"),
                                             ("凭什么每次领唱都是她们几个，我跳了三年了也没人看得见", ""),
                                             ("儿媳妇又骂我了，我在屋里哭了一下午", "")])
async def test_a_heartache_told_privately_by_day_is_heard_not_queued(make_bot, text, extra):
    _, _, (word,) = await _told(make_bot, text)
    assert word.startswith("收到您的消息了，您说的我们都看到了") and "工作人员今天就联系您，听您说说" in word
    assert "请稍等" not in word and extra in word and ("不笨" in word) == bool(extra)


async def test_an_errand_told_privately_by_day_still_gets_the_plain_ack(make_bot):
    _, _, (word,) = await _told(make_bot, "我想改一下收货地址")
    assert word == "收到您的消息啦，已经转告工作人员，稍后会有专人回复您，请稍等🙏"


# 26. 明天也不来了 is a learner giving up, never going on; 明天再来试试 still is going on
@pytest.mark.parametrize("text", ["我学不会，老了脑子不中用，算了不学了，明天也不来了",
                                  "我太笨了 学不会 算了 明天就不去了"])
async def test_a_learner_who_will_not_come_tomorrow_is_heard_as_giving_up(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert "学得慢一点很正常，一点都不笨" in word and alert.startswith("💗") and "学不会、想放弃了" in alert


async def test_a_learner_who_will_try_again_tomorrow_is_not_mourned(make_bot):
    _, alert, _ = await _told(make_bot, "我太笨了 学不会 明天再来试试")
    assert "想放弃了" not in alert
