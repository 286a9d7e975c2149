"""Readings that fired wrong or missed, left by session 22 (issue 13, leftover23).

A farewell sent, then a locked door (发了告别的话 反锁在屋里): a life at risk, get in now, never "别硬撬门"; a beating
at home told now of others (隔壁老李又在打他老婆了, 他说要打死她, 闺蜜刚跟我说她被她老公打了): 110 and 12338,
privately; a wish to follow the one who died said plainly (老头走了 我也想跟他去): despair, 12356 and a person; a sale
(跳楼价甩卖) is no despair. Each with the everyday lines of the same words that must stay as they were."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a farewell (said goodbye, said sorry by message, a note) and a door locked from inside
@pytest.mark.parametrize("text", [
    "发了告别的话 反锁在屋里",  # the reviewer's: was `trapped` ("别硬撬门")
    "给我发了对不起 把自己锁屋里了",  # the reviewer's: was None
    "我家那个发了告别的话 反锁在屋里 敲门也不开",
    "儿子刚给我发短信说对不起爸妈 然后把自己反锁在卧室里",  # sorry, by message
    "老伴说了些告别的话 就把自己锁卧室里了",  # goodbye, said
    "孩子在卫生间 门反锁了 留了张纸写着照顾好爸妈",  # a note
    "他说别找他 反锁在屋里 叫他也不应",
])
def test_a_farewell_then_a_locked_door_is_a_life_at_risk(text):
    assert _kind(text) == "shut_in"


@pytest.mark.parametrize("text", [
    "孩子把自己锁屋里了 我跟他说了对不起 他也不理",  # the writer's own sorry to a sulking child
    "我给孩子写了张纸条说对不起 他还是关在房间里不出来",
    "儿子说了句对不起 把自己关屋里哭了",  # a child after a scolding
    "老公说要去拜托老王 把自己关书房里打电话",
    "他发了消息说对不起我错了 把自己关屋里反省去了 哈哈",
    "昨天闺女给我发了对不起 把自己锁屋里 后来出来了 没事了",
])
def test_a_sorry_of_the_writer_or_a_sulk_or_a_door_opened_is_no_farewell(text):
    assert _kind(text) != "shut_in"


def test_a_lift_locked_shut_stays_a_lift():
    found = emergency("电梯门打不开 我和孩子被关在电梯里了")
    assert found is not None and found.kind == "trapped" and found.lift


async def test_a_farewell_sent_then_a_locked_door_gets_get_in_now_never_do_not_force_the_door(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("闺女刚给我发了对不起 把自己锁屋里了 叫她也不应", sender="u5", name="小雨妈")
    await bot.wait(minutes=3)
    (step,) = _said(bot)
    assert "110" in step and "120" in step and "进屋" in step and "12356" in step
    assert "撬门" not in step and "扒门" not in step
    assert _to(bot, "op1")[0].startswith("🚨")
