"""A pitch telling patients to cut their prescribed drugs (acceptance20, finding 19): stopped as any ad, and the
person on duty is told at once, on the first strike, to tell the group to keep taking what was prescribed."""
from __future__ import annotations

from tests.moderation_kit import moderation_said, screened

QUACK = "我是中医 祖传方子调理移植肾 肌酐高的可以来找我看看 不用吃那么多西药"


def _to_operator(bot):
    return [a for a in moderation_said(bot) if a.kind == "private" and a.to == "op1"]


async def test_a_remedy_sold_against_prescribed_drugs_reaches_the_operator_on_the_first_strike(make_bot):
    bot = screened(make_bot)
    await bot.start()
    pitches = (QUACK, "这个灵芝孢子粉比抗排异药管用 要的私我", "喝我们的酵素 降压药可以停掉 加微信abc12345")
    for n, text in enumerate(pitches):
        await bot.send_message(text, sender=f"u{n}", name="刘大夫")
        await bot.wait(minutes=3)
    said = moderation_said(bot)
    assert [a for a in said if a.kind == "say" and "不发广告" in a.text]  # stopped in the group as any ad
    alerts = _to_operator(bot)
    assert len(alerts) == 3 and all("医生开的药请照常吃" in a.text for a in alerts)
    assert "刘大夫" in alerts[0].text


async def test_an_ordinary_first_ad_still_spares_the_operator(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("专业代理记账 注册公司 加我微信 abc12345 详聊", sender="u9", name="代理小李")
    await bot.wait(minutes=3)
    assert [a for a in moderation_said(bot) if a.kind == "private" and a.to == "u9"]
    assert not _to_operator(bot)
