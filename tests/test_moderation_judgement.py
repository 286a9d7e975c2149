"""Judgement on talk the rules half-recognise: a hint needs the learned layer's agreement; sure signs decide alone."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


@pytest.mark.parametrize("text", [
    "我在做家教兼职，周末比较忙，晚上再对答案",  # a listed ad word, said about oneself
    "资料我放网盘了，链接在群公告里，提取码问班长",
    "房贷利息又降了，每个月少还两百多",
    "我儿子在银行做理财经理，说最近基金都跌了，大家别乱投资",
    "我妈在医院治疗了半个月，现在好多了",
    "周六去爬山，想加入的在下面接龙",  # the club's own outing, not another group
])
async def test_everyday_talk_with_a_selling_word_in_it_passes(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "领队电话13911112222，走散了打这个",
    "大巴司机王师傅电话 13655557777，明早6点在小区门口等",
    "有问题可以加辅导员微信 fdy2023，她说随时问",
    "考试院通知 https://www.bjeea.edu.cn/html/ksxx/2026/1123.html",
    "收到一条短信说“您的快递丢失，加客服微信kf8899理赔”，大家别理",
])
async def test_a_number_of_someones_role_a_schools_link_and_a_quoted_scam_pass(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text, rule", [
    ("摄影培训班招生，零基础包教包会，前十名报名打八折", "selling"),
    ("kai suo huan suo, dian hua yi san ba 1234 5678", "contact"),  # digits spelled in pinyin
    ("震惊！这个方法让老人多领养老金 https://promo-shop.top/a", "link"),  # a cheap domain spam favours
])
async def test_pitches_in_words_the_rules_were_not_written_from_are_caught(make_bot, text, rule):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    notice = [a for a in moderation_said(bot) if a.kind == "say"]
    assert [a.ref for a in notice] == [rule] and notice[0].mentions == ("u7",)


@pytest.mark.parametrize("text", [
    "@老赵 配钥匙的师傅 13761234598 就在菜场东门",  # an answer to one member, a third person's number
    "各位 我以前的手机号不用了 换成13812340987 找我打这个",  # one's own number changed
    "阳台飞来一只鹦鹉 会说你好 谁的 打我电话 13912345678 来领",  # a found pet's finder
    "我的旧雨衣小了 想换件大的 九成新 二十出 有要的说",  # one's own used thing let go in the open
    "网上说转发视频一条两块 先交入会费 我表姐交了五十 一分钱都没拿到",  # money lost to a scheme, told as a warning
    "隔壁县的鸽粮 比我们这边便宜一点",  # somewhere else is cheaper: no seller in it
    "批发市场的毛线 比我们这便宜好多",
    # helping with the club's own order: a size chart and a date is logistics, not an undercut
    "队里统一订的队服便宜，我这有尺码表，跟我报尺码就行，20号截止",
])
async def test_a_members_own_help_answer_or_warning_passes(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "会长团的登山杖一百二一根？我那边八十 一样的牌子 下回跟我买",
    "队里统一订的护膝 我这能拿到七折 要的在我这接龙",
    "群主组织的体检要交两百 我认识的医生便宜一半 跟我去",
])
async def test_a_rival_undercutting_what_the_club_arranged_is_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.ref for a in moderation_said(bot) if a.kind == "say"] == ["selling"]
