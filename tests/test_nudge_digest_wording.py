"""The morning digest reads as a note an operator can scan: the header on its own line, one member per line."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.roster_bot import _roster_bot

LATE = datetime(2026, 11, 23, 23, 30, tzinfo=TZ)
NUDGE = "plugins:\n  nudge: {}\n"


async def test_the_digest_header_stands_on_its_own_line_above_the_first_member(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_message("明天几点开门啊", name="李叔")
    await bot.wait(hours=9)
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    lines = digest.text.splitlines()
    assert lines[0].endswith("等着回复：") and lines[1].startswith("- 李叔（23:00）")
    assert lines[-1].endswith("让您久等了”，大家会觉得被惦记着~")  # a question only: the apology fits


async def test_a_night_of_pain_reads_as_care_and_the_digest_says_what_the_member_was_told(make_bot):
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    await bot.send_message("伤口很疼 睡不着 怎么办", name="张大爷")
    await bot.wait(hours=8)
    (kind,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "夜里还不舒服，真让人揪心。身边有家里人的话，先叫他们陪着您；" in kind.text
    assert "高烧不退" in kind.text and "受累" not in kind.text and "医院的值班电话" not in kind.text
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    assert "张大爷（23:30，身体不适）" in digest.text
    assert "机器人已请对方先叫身边的家里人陪着，加重就打120" in digest.text and "医院的值班电话" not in digest.text
    assert "请最先回对方，最好直接打个电话：问问现在好些了没有，需要的话帮忙联系医院或家属。" in digest.text


async def test_the_digest_names_the_night_number_the_member_was_given(make_bot):
    bot = _roster_bot(make_bot, LATE)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "  nudge: {}", "  nudge: {night_care_phone: 病房护士站 0571-8888 6666}"), encoding="utf-8")
    await bot.start()
    await bot.send_message("刀口红肿 还有点渗液 要紧吗", name="张大爷")
    await bot.wait(hours=8)
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    assert "机器人已请对方先打病房护士站 0571-8888 6666，加重就打120" in digest.text


async def test_pain_told_privately_at_night_gets_the_kind_word_not_the_rest_time_notice(make_bot):
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    await bot.send_private("伤口很疼 睡不着 怎么办", name="张大爷")
    await bot.settle()
    replies = [a for a in bot.sent if a.to == "u1"]
    assert [a.ref for a in replies] == ["unwell.j2"] and "请放心🌙" not in replies[0].text
    assert replies[0].text.startswith("张大爷您好，夜里还不舒服")
