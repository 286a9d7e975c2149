"""Despair, violence and scams in progress reach a person (issue 13, fixscam22).

A farewell said privately (what is left and where, thanks for the years, not troubling anyone again), a wish to follow
the one who died, a child cutting herself, a life felt worthless with the children gone quiet; a child shut in after a
note of farewell (get in now, never "do not force the door"); a knife and a threat to kill, a woman beaten at home told
by one who knows her; money already sent to a fraud and more asked for; a member warning the others about a scam they
just met. Each kind is told in other words than the acceptance tester's, with the everyday lines of the same words that
must stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("钥匙我放在门口鞋柜里了 谢谢大家这么多年陪着我聊天 往后就不打扰你们了", "despair"),  # a farewell, twice said
    ("老伴走了半年 晚上一个人睡不着 真想随她一块走了算了", "despair"),  # following the one who died
    ("闺女这两天拿刀片划手腕 我发现的时候胳膊上全是印子", "despair"),  # cutting herself
    ("我真是没用了 儿女都不要我了 活了大半辈子落得这样", "despair"),  # worthless, shut out, a life come to this
    ("儿子高考分数出来就把自己反锁在卧室 桌上留了封信写着别找我 喊他也没动静", "shut_in"),
    ("网上认识个老师带着炒外汇 说稳赚 我先投了一万 今天又催我再投三万", "scam_more"),
    ("说是抖音客服 说我开通了会员要扣费 要做任务退款 我已经转了五千 现在还让我转", "scam_more"),
    ("楼下那男的喝多了 提着斧头在楼道里喊着要砍死他老婆", "armed"),
    ("隔壁那个媳妇又被她老公打了 半夜哭着跑到我家来 胳膊都肿了", "violence_told"),
])
def test_each_kind_told_in_other_words_is_read_as_a_danger_now(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "谢谢大家这些年陪我跳广场舞 下个月我搬去儿子那边了 以后常回来看看",  # a move, one goodbye
    "想跟她一块去超市 顺路",
    "我太没用了 这个二维码扫了半天还没扫上 哈哈",
    "拿刀划开快递盒的时候划到手了",
    "以后就不麻烦大家了 我自己会弄了 谢谢",
    "谢谢大家这么多年的照顾 往后就不麻烦你们了 下个月我回老家养老",  # a member leaving the group, with the reason
    "女儿学校要交保证金八百 我已经转了一半 还要交四百",  # an everyday payee
    "去年有人让我投资黄金平台 我投了两万 后来还让我追加 大家千万别信",  # an old loss, told to warn
    "今天拿着菜刀要杀鸡 鸡跑了",
    "电影里那个男的拿着菜刀说要砍人 吓死我了",
    "她老公天天给她打电话 烦死了",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert _kind(text) is None


def test_a_sulking_child_shut_in_without_a_farewell_is_not_read_as_a_farewell():
    assert _kind("孙子跟我吵了一架 锁在房间里不出来 叫他吃饭也不理") != "shut_in"


async def test_a_farewell_said_privately_by_day_reaches_a_person_at_once_with_a_kind_word(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("金镯子我包好放在抽屉里了 谢谢你们一直以来陪我聊天 往后就不麻烦你们了",
                           sender="u5", name="吴阿姨")
    await bot.wait(minutes=3)
    assert _to(bot, "op1")[0].startswith("🚨") and "吴阿姨" in _to(bot, "op1")[0]
    (word,) = _to(bot, "u5")
    assert "12356" in word and "投诉" not in "".join(_to(bot, "op1"))


async def test_a_wish_to_follow_the_dead_in_the_group_is_heard_privately_never_before_everyone(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老伴走了以后家里空落落的 我真想陪他一道走了算了", sender="u5", name="何姨")
    await bot.wait(minutes=4)
    assert not _said(bot)
    assert _to(bot, "op1")[0].startswith("🚨") and "何姨" in _to(bot, "op1")[0]
    assert "12356" in _to(bot, "u5")[0]


async def test_a_child_shut_in_after_a_farewell_note_gets_get_in_now_never_do_not_force_the_door(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("女儿被老师批评了 回家就把卧室门反锁了 门缝塞出来一张字条写着对不起 叫她也不应",
                           sender="u5", name="小雨妈")
    await bot.wait(minutes=3)
    (step,) = _said(bot)
    assert "110" in step and "120" in step and "进屋" in step
    assert "撬门" not in step and "119" not in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_child_cutting_herself_gets_blades_away_and_12355_privately_never_a_question_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("闺女最近老穿长袖 今天才发现她一直拿刀片划胳膊 我该咋办", sender="u5", name="婷婷妈")
    await bot.wait(minutes=4)
    assert not any("正在确认" in s for s in _said(bot))
    (word,) = _to(bot, "u5")
    assert "刀片" in word and "12355" in word and "一个人待着" in word
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_life_felt_worthless_privately_is_despair_to_listen_to_never_a_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我真是个没用的人 儿女都不爱理我了 活了大半辈子落得这样", sender="u5", name="钱姨")
    await bot.wait(minutes=3)
    alerts = _to(bot, "op1")
    assert alerts and "钱姨" in alerts[0] and not any("投诉" in a or "换、退、补" in a for a in alerts)


async def test_a_knife_and_a_threat_to_kill_get_110_and_keep_away_never_a_complaint_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("菜市场两个摊主打起来了 一个抄起砍刀说要砍死对方 我就在旁边", sender="u5", name="网格员小李")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "110" in step and "离拿刀的人远一点" in step and "添麻烦" not in step
    assert _to(bot, "op1")[0].startswith("🚨") and not any("投诉" in a for a in _to(bot, "op1"))


async def test_a_woman_beaten_at_home_told_by_a_neighbour_gets_110_and_12338_privately(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("对门那个阿姨刚才又被她男人打了 在楼道里哭 眼睛都肿了", sender="u5", name="楼长老赵")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "110" in step and "12338" not in step and "添麻烦" not in step  # the one who hits may read the group
    assert "12338" in _to(bot, "u5")[0]
    alerts = _to(bot, "op1")
    assert alerts[0].startswith("🚨") and not any("换、退、补" in a for a in alerts)


async def test_money_sent_to_a_fraud_with_more_asked_gets_stop_and_110_never_an_ad_notice(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈被拉进一个做任务返利的群 她已经转了八千 那边还要她再充两万才能提现",
                           sender="u5", name="阿杰")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "别再转" in step and "110" in step and "96110" in step
    assert "不发广告" not in step and "添麻烦" not in step
    assert _to(bot, "op1")[0].startswith("🚨") and "阿杰" in _to(bot, "op1")[0]


async def test_a_warning_of_a_scam_just_met_is_thanked_never_apologised_to_as_a_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("刚才有人冒充快递加我微信 说包裹丢了要赔我钱 让我点链接 你们可别上当",
                           sender="u5", name="老孟")
    await bot.wait(minutes=4)
    assert not any("投诉" in a for a in _to(bot, "op1"))
    assert not any("添麻烦" in s for s in _said(bot))


async def test_a_complaint_that_names_us_and_warns_the_others_stays_a_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("你们店卖的蜂蜜是假的 兑了糖水 你们别再骗人了", sender="u5", name="老孟")
    await bot.wait(minutes=4)
    assert any("投诉" in a for a in _to(bot, "op1"))


async def test_a_deaf_member_at_a_knife_threat_texts_the_police_and_nobody_is_sent_near_the_knife(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我耳朵听不见 打不了电话 楼下有个男的拿着菜刀喊着要砍人", sender="u5", name="聋人老贾")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "12110" in step and "替" in step and "过去看看" not in step and "离拿刀的人远一点" in step
