"""A member unwell at night but not in danger (伤口很疼 睡不着) gets one quiet, kind word at once, whom to call and
120 if it gets worse, and is the first line of the morning digest; a line that is no worry gets nothing at night."""
from __future__ import annotations

from datetime import datetime

from bot.danger.unwell import unwell
from bot.testing import TZ
from tests.roster_bot import _roster_bot, _seconds

LATE = datetime(2026, 11, 23, 23, 30, tzinfo=TZ)


async def test_a_patient_in_pain_at_night_hears_whom_to_call_at_once_once_and_heads_the_digest(make_bot):
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    await bot.send_message("请问明天几点可以换药？", name="李阿姨", sender="u2")
    await bot.wait(minutes=5)
    await bot.send_message("伤口很疼 睡不着 怎么办", name="张大爷")
    await bot.wait(minutes=1)
    await bot.send_message("一阵一阵的疼", name="张大爷")
    await bot.wait(hours=8)
    kind = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert len(kind) == 1 and _seconds(bot, kind[0]) <= 5 * 60 + 5  # once, at once, in the night
    assert kind[0].to == "u1" or kind[0].mentions == ("u1",)
    assert "身边有家里人的话，先叫他们陪着您" in kind[0].text and "120" in kind[0].text
    assert not [a for a in bot.sent if "紧急" in a.text]  # no emergency: nobody is woken
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    assert digest.text.index("张大爷") < digest.text.index("李阿姨")  # the patient first, though he wrote later
    assert "身体不适" in digest.text


async def test_the_night_number_the_operator_configured_is_the_one_given(make_bot):
    bot = _roster_bot(make_bot, LATE)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "  nudge: {}", "  nudge: {night_care_phone: 病房护士站 0571-8888 6666}"), encoding="utf-8")
    await bot.start()
    await bot.send_message("刀口红肿 还有点渗液 要紧吗", name="张大爷")
    await bot.settle()
    (kind,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "病房护士站 0571-8888 6666" in kind.text


async def test_a_health_question_at_night_that_is_no_worry_gets_no_night_reply(make_bot):
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    for text in ("做完手术伤口会疼吗", "我腰疼了好几年 后来贴膏药就好了", "这事真让人头疼", "膝盖疼的看过来 有好东西"):
        await bot.send_message(text, name="王阿姨")
        await bot.wait(minutes=2)
    assert not [a for a in bot.sent if a.ref == "unwell.j2"]


def test_unwell_now_is_a_symptom_with_a_sign_it_is_now_and_hard_to_bear():
    for now in ("伤口很疼 睡不着 怎么办", "发烧38度5 一直退不下去", "牙疼 半夜疼醒了", "伤口有点渗液 要紧吗"):
        assert unwell(now), now
    for not_now in ("膝盖疼怎么办", "昨天疼了一天 今天好多了", "心疼孩子", "笑得肚子疼 哈哈", "做胃镜疼不疼"):
        assert unwell(not_now) is None, not_now
