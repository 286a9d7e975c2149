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


async def test_a_remedy_said_to_spare_treatment_sessions_asks_the_operator_to_keep_every_session(make_bot):
    """acceptance21 25: a tea said to let patients dialyse less is an ad and a danger: the person on duty is asked to
    tell the group to keep every session, named by the treatment the pitch set itself against."""
    bot = screened(make_bot)
    await bot.start()
    pitches = ("这个德国酵素我坚持喝 透析次数减少了 病友们想了解的私聊我",
               "肿瘤的朋友看过来 喝了我们的灵芝汤 不用再做化疗了 需要的找我")
    for n, text in enumerate(pitches):
        await bot.send_message(text, sender=f"u{n}", name="陈姐")
        await bot.wait(minutes=3)
    alerts = _to_operator(bot)
    assert len(alerts) == 2
    assert "透析请按医生定的次数做" in alerts[0].text and "化疗请按医生定的次数做" in alerts[1].text
    assert all("医生开的药请照常吃" not in a.text for a in alerts)


async def test_a_red_envelope_for_a_place_in_the_queue_is_stopped_and_the_operator_told(make_bot):
    """acceptance21 32: someone with a relative inside who gets a scarce place for money is stopped as an ad, and the
    person on duty hears at once; a member warning of such an offer, or asking about it, is left alone."""
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("养老院床位难等 我表姐在那当护士长 塞点钱就能提前住进去 私我", sender="u1", name="老周")
    await bot.wait(minutes=3)
    for n, text in enumerate(("有人在别的群说给红包就能插队 大家千万别信", "听说给护士红包就能排上早班 是真的吗")):
        await bot.send_message(text, sender=f"u{n + 2}", name="李姨")
        await bot.wait(minutes=3)
    said = moderation_said(bot)
    notices = [a for a in said if a.kind == "say"]
    assert len(notices) == 1 and notices[0].mentions == ("u1",)
    alert, = _to_operator(bot)
    assert "老周" in alert.text and "谁也别给红包" in alert.text
