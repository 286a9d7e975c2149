"""Emergencies told otherwise than the rules' words reach a person too (bot.danger.emergency_model), and the wider net
of danger words adds no alarm for everyday talk that only uses them (血压, 找不到入口, 摔了一地)."""
from __future__ import annotations

from datetime import datetime

from bot.danger.emergency import emergency, read
from bot.testing import TZ

TOLD_OTHERWISE = [  # each a danger now, in words the rules alone do not read as one
    "二号楼那边有烟冒出来 味道很冲 里面有老人",
    "我妈从床上滑下来了 腿疼动不了 我在外地",
]
# read by the learned layer alone until emergency17 gave the rules these kinds of signal (叫他没反应, a gas tank
# hissing, someone heard calling for help, a hill on fire): read by the rules now, so a model rebuilt wrong cannot
# lose them
READ_BY_THE_RULES = ["隔壁大爷倒在院子里 叫他没反应 手冰凉", "燃气罐子呲呲响 满屋子味道 不敢开灯",
                     "对门阿姨在屋里喊救命 声音越来越小", "后山着了 火苗往村里窜 快来人",
                     "各位家长 我家朵朵放学到现在还没到家 平时四点半就回了 有没有看到的",
                     "楼顶冒火了 有人打119没有"]  # emergency23: the layer retrained at 0.85 scores it 0.79
EVERYDAY = [
    "爸爸明天去医院抽血", "我血压有点高 明天能来量一下吗", "小程序里找不到报名入口", "楼下超市的饮料摔了一地",
    "我家猫不见了 有看到的吗", "油烟机装歪了 师傅装完就走了", "窗帘杆掉下来了 谁会装", "孩子们都发烧了 要不要停课",
    "小孩把自己锁在厕所里了 已经弄开了 吓死我了",
]


def test_dangers_told_in_other_words_are_read_as_emergencies():
    for text in TOLD_OTHERWISE:
        assert read(text, None) is None, text  # the rules alone miss it
        assert emergency(text) is not None, text
    for text in READ_BY_THE_RULES:
        assert read(text, None) is not None, text


def test_everyday_talk_with_a_danger_word_is_no_alarm():
    for text in EVERYDAY:
        assert emergency(text) is None, text


async def test_a_fall_told_by_a_daughter_far_away_pages_the_operator_at_night(make_bot):
    bot = make_bot("plugins:\n  nudge: {}\n", start=datetime(2026, 11, 24, 1, 30, tzinfo=TZ))
    await bot.start()
    await bot.send_message("值班的在吗 我妈从床上滑下来了 腿疼动不了 我在外地 房间是B座302", name="小郑")
    await bot.settle()
    (alert,) = [a for a in bot.sent if a.kind == "private"]
    assert "紧急" in alert.text and "B座302" in alert.text
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "120" in reply.text and "通知了" in reply.text
