"""Readings that fired wrong or missed, left by session 22 (issue 13, leftover23).

A farewell sent, then a locked door (发了告别的话 反锁在屋里): a life at risk, get in now, never "别硬撬门"; a beating
at home told now of others (隔壁老李又在打他老婆了, 他说要打死她, 闺蜜刚跟我说她被她老公打了): 110 and 12338,
privately; a wish to follow the one who died said plainly (老头走了 我也想跟他去): despair, 12356 and a person; a sale
(跳楼价甩卖) is no despair. Each with the everyday lines of the same words that must stay as they were."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
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


# 2. a beating at home told now of others: the blow named before the one beaten, a threat to kill, told by her
@pytest.mark.parametrize("text", [
    "隔壁老李又在打他老婆了",  # the reviewer's three: were None
    "他说要打死她",
    "我闺蜜刚跟我说她被她老公打了",
    "楼下那家男的又打老婆了 打得直哭",
    "她男人喝了酒扬言要弄死她 她躲在我家",
    "我妹妹哭着给我打电话 说她又被她老公打了",
])
def test_a_beating_or_a_threat_to_kill_told_now_of_others_is_violence_told(text):
    assert _kind(text) == "violence_told"


def test_a_stick_and_a_threat_to_beat_to_death_is_armed():
    assert _kind("邻居家男人拿着棍子说要打死她") == "armed"


@pytest.mark.parametrize("text", [
    "打死我也不信",  # a figure of speech
    "他说打死他也不去医院",
    "我真想打死他 这个败家子",  # the writer's own anger
    "我妈说要打死他 这孩子太皮了",  # a parent's scolding
    "玩游戏的时候他说要打死她",  # a game
    "电视剧里他说要打死她",  # a screen
    "这集里男主说要打死她 太狠了",
    "听说他说要打死她",  # hearsay
    "他说要打死她那只猫",  # a pet
    "我闺蜜跟我说她年轻时老被她老公打 现在离婚了",  # years ago
    "打老婆的男人最没出息",  # talk about it
    "他在打他老婆电话 一直没人接",  # a call
    "我拿着苍蝇拍要打死它",
])
def test_a_figure_a_game_a_screen_hearsay_or_the_past_is_no_beating_now(text):
    assert _kind(text) is None


def test_the_writers_own_beating_stays_hers():
    assert _kind("我老公又在打我 我躲在厕所里") == "violence"


async def test_a_neighbour_beating_his_wife_gets_110_in_the_group_and_12338_privately(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("隔壁老李又在打他老婆了", sender="u5", name="楼长老赵")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "110" in step and "12338" not in step  # the one who hits may read the group
    assert "12338" in _to(bot, "u5")[0] and "她" in _to(bot, "u5")[0]
    assert _to(bot, "op1")[0].startswith("🚨")


# 3. a wish to follow the one who died, said plainly; a shop's 跳楼价 is no despair
@pytest.mark.parametrize("text", [
    "老头走了 我也想跟他去",  # the reviewer's: was None
    "我妈走了 我也想跟着去了",  # was None
    "老伴走了半年了 我真想跟他去",
    "老伴去世三年了 我也想跟着走",
    "我家老头子没了 我也想跟着他走",
])
def test_a_wish_to_follow_the_one_who_died_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", [
    "我也想跟他去",  # no death: a trip
    "你们去公园 我也想跟着去了",
    "他走了 去北京了 我也想跟他去",  # left for somewhere
    "我妈走了 我也想跟着去超市",
    "孩子们都走了 我也想跟着去",  # back to work after the holiday
    "火车走了 我也想跟着去",
    "他刚走了 我也想跟他去 等等我",
    "他说要跳楼价甩卖",  # a shop's sale (was despair)
    "跳楼价",
    "跳楼大甩卖",
    "老板说要跳楼大甩卖 清仓了 大家快来",
])
def test_a_trip_or_a_shops_sale_is_no_despair(text):
    assert _kind(text) is None


def test_a_threat_to_jump_is_still_heard():
    assert _kind("他说要跳楼") == "despair" and _kind("我儿子站在楼顶说要跳下去") is not None


def test_the_loss_is_named_in_the_word_to_a_daughter_who_would_follow_her_mother():
    from bot.templates import Scripts
    word = Scripts().render("nudge/emergency.j2", kind="despair", told=True, text="我妈走了 我也想跟着去了",
                            private=True, name="王阿姨", another=False).text
    assert word.startswith("王阿姨，妈妈走了，您心里一定苦得很。想她了") and "马上给您打电话" in word
    assert "12356" in word and "会尽快" not in word


async def test_a_widows_plain_wish_to_follow_reaches_a_person_privately_never_before_everyone(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老头走了 我也想跟他去", sender="u5", name="何姨")
    await bot.wait(minutes=4)
    assert not any("12356" in s for s in _said(bot))
    assert _to(bot, "op1")[0].startswith("🚨") and "何姨" in _to(bot, "op1")[0]
    (word,) = _to(bot, "u5")
    assert "12356" in word and "老伴走了" in word


async def test_a_death_and_the_wish_typed_in_two_lines_are_read_together(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("老伴走了", sender="u5", name="何姨")
    await bot.send_private("我也想跟他去", sender="u5", name="何姨")
    await bot.wait(minutes=4)
    assert any(a.startswith("🚨") for a in _to(bot, "op1"))
    assert any("12356" in w for w in _to(bot, "u5"))


# 4. the household words of a beating told are bot.people's (code review 22, finding 12): each word reaches this reading
@pytest.mark.parametrize("text", [
    "她家那口子又打她了 脸都肿了",
    "隔壁那个大姐又被她爱人打了 在哭",
    "楼下老太太又被她家老头子打了 身上都是伤",
])
def test_a_spouse_named_as_at_home_is_heard_in_a_beating_told(text):
    assert _kind(text) == "violence_told"


def test_designs_on_his_wife_are_no_blow():
    assert _kind("隔壁老王又在打他老婆的主意 想让她出去打工") is None


@pytest.mark.parametrize("text", [
    "老公发了个朋友圈说再见了2024 然后关在书房里打游戏",  # a year's goodbye, a game
    "儿子发了消息说照顾好自己 然后关在房间里睡觉了",  # take care
])
def test_everyday_goodbyes_before_a_shut_door_are_no_farewell(text):
    assert _kind(text) != "shut_in"
