"""A member's /help promises a person only where one is configured (acceptance20 decision: a fresh `qunbot
init` with no owner or operator said "工作人员看到后会尽快回复您，不会让您干等" while nobody would see the question)."""
from __future__ import annotations


async def _member_help(bot) -> str:
    await bot.start()
    await bot.send_message("/help", sender="u1", name="李叔")
    await bot.settle()
    (said,) = bot.texts()
    return said


async def test_with_staff_the_member_hears_a_person_will_answer(make_bot):
    said = await _member_help(make_bot(""))
    assert "工作人员看到后会尽快回复您" in said


async def test_with_nobody_configured_no_person_is_promised_and_an_emergency_is_sent_to_120(make_bot):
    bot = make_bot("")
    text = bot.config_path.read_text(encoding="utf-8")
    text = text.replace("owners: [boss]", "owners: []").replace("operators: [op1]", "operators: []")
    bot.config_path.write_text(text, encoding="utf-8")
    said = await _member_help(bot)
    assert "工作人员" not in said and "干等" not in said
    assert "群里的朋友" in said and "120" in said
