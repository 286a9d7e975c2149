"""What the acceptance tester of session 19 found the bot got wrong in hearing members (issue 13): complaints said as
money wasted, praise in scare quotes or a card that will not swipe; a notice or an offer to the others covered as an
ask; a member lonely, hurt at home or afraid given the complaint script or nothing; despair beside loneliness; a
member's death told softly; a question in Minnan; a grandchild who cannot be found. Each as a member or an operator
would notice it, on the virtual clock, with the shipped plugins."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation import Conversation, Kind
from bot.danger.despair import despair
from bot.danger.emergency import emergency
from bot.sample_events import message
from bot.testing import TZ, TestBot
from bot.understanding import read
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 10, tzinfo=TZ)
COMPLAINT_SCRIPT = ("⚠️ 投诉", "换、退、补、上门", "非常抱歉", "添麻烦")


def _complaint_alerts(bot: TestBot) -> list[str]:
    return [t for t in _to(bot, "op1") if "⚠️ 投诉" in t or "的投诉" in t]


@pytest.mark.parametrize("lines", [
    ["伙食从两荤一素变成一荤一素 这伙食费花得真冤枉"],  # money felt wasted
    ['呵呵 这保洁做得可真"用心"'],  # praise in scare quotes
    ["老年卡刷不了 上不了车"],  # a card that will not swipe
    ["我的", "公交卡", "刷不了"],  # the same, typed a word a line
])
async def test_a_complaint_in_other_words_reaches_the_operator_as_a_complaint(make_bot, lines):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in lines:
        await bot.send_message(line, sender="u1", name="孙阿姨")
        await bot.wait(seconds=3)
    await bot.wait(minutes=4)
    alerts = _complaint_alerts(bot)
    assert alerts and "孙阿姨" in alerts[0] and "刷不了" in alerts[0] if "刷不了" in lines[-1] else alerts


@pytest.mark.parametrize("said", ["我家孙子刷不了抖音了 哈哈", '他说"好" 我就放心了', "这钱花得值",
                                  "好的好的 幸亏问了 差点花冤枉钱"])
async def test_a_phone_game_a_quoted_yes_or_money_well_spent_is_no_complaint(make_bot, said):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(said, sender="u1", name="孙阿姨")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot)


@pytest.mark.parametrize("said", [
    "周六上午社区活动室免费理发 带上老年证就行",  # a notice of something free
    "明天去县医院复查 有顺路的吗 我开车 还能带两个人",  # a seat offered
    "我儿子是社区医生 大家有啥看不懂的化验单可以问我",  # what she knows offered
])
async def test_a_notice_or_an_offer_to_the_others_is_left_to_them_no_nudge_no_staff_cover(make_bot, said):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(said, sender="u2", name="志愿者小周")
    await bot.wait(minutes=5)
    assert not [t for t in _to(bot, "op1") if "小周" in t]
    assert not [t for t in _said(bot) if "工作人员" in t]


@pytest.mark.parametrize("said", ["村卫生室后天上午免费量血压 带身份证就行",
                                  "社区卫生站周四上午免费测血糖 带上医保卡就行",
                                  "周五下午有拼车回县城的吗 我开车 还能坐三个娃"])
def test_a_notice_or_an_offer_is_read_as_sharing_that_waits_on_nobody_even_alone_in_a_quiet_room(said):
    reading = read(message(said, ts=DAY))
    assert reading.kind is Kind.SHARING and not reading.needs_person


def test_a_seat_offered_to_one_member_by_name_answers_her():
    conversation = Conversation()
    conversation.add(read(message("明早谁开车去地铁站 能捎我一个吗", ts=DAY, sender="u1")).said(
        message("明早谁开车去地铁站 能捎我一个吗", ts=DAY, sender="u1", id="m1")))
    reading = read(message("刘姐 我开七座的 还能坐三个 八点地铁站B口等", ts=DAY, sender="u2", id="m2"), conversation)
    assert reading.kind is not Kind.SHARING


async def test_asking_whether_a_free_check_is_real_is_still_a_question_a_person_answers(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("听说明天社区免费体检 是真的吗", sender="u2", name="李大爷")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "李大爷" in t]


async def test_a_lonely_member_in_the_group_reaches_a_person_to_listen_and_the_bot_keeps_quiet(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("来这边带外孙半年了 一个能说话的人都没有", sender="u3", name="吴奶奶")
    await bot.wait(minutes=5)
    told = [t for t in _to(bot, "op1") if "吴奶奶" in t]
    assert [t for t in told if t.startswith("💗") and "先听" in t]  # call her and listen
    assert not any(w in t for t in told for w in COMPLAINT_SCRIPT)
    assert not _said(bot)  # nothing said over her in the group


async def test_family_hurt_told_privately_reaches_a_person_to_comfort_never_the_complaint_script(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("老伴又冲我吼 说我什么都干不好 我一个人偷偷掉眼泪", sender="u3", name="吴奶奶")
    await bot.wait(minutes=3)
    told = [t for t in _to(bot, "op1") if "吴奶奶" in t]
    assert told and "安慰" in told[0]
    assert not any(w in t for t in _to(bot, "op1") for w in COMPLAINT_SCRIPT)


async def test_fear_blamed_on_the_staff_is_still_a_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("你们的护理太不负责了 我妈又摔了 我心里好怕", sender="u3", name="刘姐")
    await bot.wait(minutes=4)
    assert [t for t in _complaint_alerts(bot) if "刘姐" in t]


@pytest.mark.parametrize("said", ["老伴昨晚又摔了一跤 扶起来了 没伤着 就是心里好怕",
                                  "睡不着 孩子们都在外地 屋里冷冷清清的 没人说话"])
async def test_a_night_fear_or_loneliness_is_in_the_morning_digest_and_not_as_a_complaint(make_bot, said):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(said, sender="u4", name="老周")
    await bot.wait(hours=8)  # past 07:00
    digest = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert digest and "老周（23:10" in digest[0] and "老周（23:10，投诉" not in digest[0]
    assert "投诉的" not in digest[0] and "打个电话" in digest[0]


@pytest.mark.parametrize("lines", [["搬来城里谁都不认识 活着也没什么意思"],
                                   ["我在这边谁也不认识", "儿女都忙", "活着真没啥意思"]])
async def test_a_life_felt_empty_beside_loneliness_is_heard_as_despair_not_a_complaint(make_bot, lines):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in lines:
        await bot.send_message(line, sender="u5", name="周奶奶")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if t.startswith("🚨") and "周奶奶" in t]
    assert not _complaint_alerts(bot) and not [t for t in _said(bot) if "周奶奶" in t or "抱歉" in t]


@pytest.mark.parametrize("text", ["活着真没意思", "这部电视剧里谁都不认识 活着没意思哈哈", "今天好累 活着真没劲"])
def test_a_low_mood_alone_or_a_joke_is_no_despair(text):
    assert despair(text) is None


async def test_a_members_death_told_softly_with_the_funeral_reaches_the_operator_and_the_bot_says_nothing(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老李昨晚走了 明天上午在殡仪馆开追悼会", sender="u6", name="老钱")
    await bot.wait(minutes=5)
    told = [t for t in _to(bot, "op1") if "老钱" in t]
    assert told and "过世" in told[0]
    assert not _said(bot)


async def test_someone_who_left_for_a_visit_is_no_death(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老李走了 去他闺女家住几天", sender="u6", name="老钱")
    await bot.wait(minutes=5)
    assert not [t for t in _to(bot, "op1") if "过世" in t]


async def test_a_question_in_minnan_reaches_the_operator_like_one_in_mandarin(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("阮阿公咳嗽咳甲真厉害 按怎处理", sender="u7", name="林阿嬷")
    await bot.wait(minutes=3)
    assert [t for t in _to(bot, "op1") if "林阿嬷" in t]


@pytest.mark.parametrize("text", ["外孙女找不到了 刚才还在楼下玩 到处找都没有", "我家孙子找不着了 急死了"])
def test_a_grandchild_who_cannot_be_found_is_an_emergency(text):
    found = emergency(text)
    assert found is not None and found.kind == "lost"


@pytest.mark.parametrize("text", ["孩子的作业本找不着了", "孙子找不着了 原来在邻居家玩", "老伴找不着老花镜了"])
def test_a_lost_thing_or_a_child_found_is_no_emergency(text):
    assert emergency(text) is None


async def test_a_missing_grandchild_in_the_group_gets_110_at_once_never_a_question_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("外孙女找不到了 刚才还在楼下玩 到处找都没有", sender="u8", name="张奶奶")
    await bot.wait(seconds=10)
    assert [t for t in _said(bot) if "110" in t]
    assert [t for t in _to(bot, "op1") if t.startswith("🚨") and "张奶奶" in t]
    await bot.wait(minutes=4)
    assert not [t for t in _said(bot) if "正在确认" in t]
