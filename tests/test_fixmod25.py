"""Moderation fair to members (acceptance25, fixmod25).

Each kind told in other words than the acceptance tester's, with the everyday lines of the same words that must still
be read as before.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ, TestBot
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# phishing_victim_struck_as_ad_poster: a link promising money, asking for the ID and the bank card, and "I filled it"
@pytest.mark.parametrize("text", [
    "群里有人转的 领取高龄补贴 要输身份证和银行卡号 http://gl-bt.top/a 俺已经输进去了",
    "你们看这个链接 说退医保费 填银行卡号就退 我刚填了",
    "朋友圈看到的 发放慰问金 上传身份证银行卡 www.wjh-gov.xyz 我都填好了",
    "说是老兵补助 提供银行卡号 链接点进去 我也填了",
])
def test_a_payout_link_asking_for_the_bank_card_filled_in_is_a_scam_given(text):
    assert _kind(text) == "scam_given"


@pytest.mark.parametrize("text", [
    "社区通知 高龄补贴 要填身份证号和银行卡号 我填了 交给居委会了",
    "养老金认证 链接在这 https://rs.gov.cn 大家记得弄",
    "这个补贴要填银行卡号吗 我填了没用啊",
    "领取补贴的表格 我填了 明天交到社区",
    "说是补发养老金 填银行卡 这链接千万别填 是骗子",
    "报名链接 https://wj.qq.com/s/1 填姓名电话就行 我填了 大家也填一下",
])
def test_a_form_a_warning_or_a_sign_up_link_is_no_scam_given(text):
    assert _kind(text) is None


async def test_a_member_who_filled_in_a_payout_link_is_helped_not_told_off(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("你们看这个链接 说退医保费 填银行卡号就退 http://yb-tf.cc/x 我刚填了",
                           sender="u7", name="周姨")
    await bot.wait(minutes=2)
    group = "".join(_said(bot))
    assert "不发广告" not in group and "冻结" in group
    assert "外部链接" not in "".join(_to(bot, "u7"))
    assert _to(bot, "op1")[0].startswith("🚨")


def _told_off(bot: TestBot, name: str) -> bool:
    return any(line.startswith(f"{name}您好") and "不发广告" in line for line in _said(bot))


async def _posted(make_bot, lines: list[tuple[str, str]], topic: str = "老年合唱团") -> TestBot:
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for i, (name, text) in enumerate(lines):
        await bot.send_message(text, sender=f"u{i + 3}", name=name, room_topic=topic)
    await bot.wait(minutes=1)
    return bot


# coop_dividend_notice_stopped_as_ad: the group's own body telling members when to collect what it pays them
@pytest.mark.parametrize("text", [
    "社里今年分红下来了 每户按股算 后天上午带存折到社里领",
    "土地租金到了 明天九点 本人带身份证到村部签字领取",
    "下周一发放种粮补贴 每亩一百二 带上银行卡到村委登记",
])
async def test_a_payout_notice_to_members_stands(make_bot, text):
    bot = await _posted(make_bot, [("刘会计", text)], topic="合作社社员群")
    assert not _told_off(bot, "刘会计") and not _to(bot, "u3")


@pytest.mark.parametrize("text", [
    "年底分红 一股能分三百 现在入股还来得及 私聊我",
    "投资养老项目 月月分红 带身份证来现场签约",
    "分红型保险 一年收益百分之五 带身份证来办",
])
async def test_a_dividend_that_draws_money_in_is_still_stopped(make_bot, text):
    bot = await _posted(make_bot, [("钱经理", text)], topic="合作社社员群")
    assert _told_off(bot, "钱经理")


# coop_members_own_millet_stopped_as_ad: a member's own harvest come in, in a co-op's room
@pytest.mark.parametrize("text", [
    "我家新花生下来了 五块一斤 要的吱一声",
    "自家种的红薯 两块五一斤 要的说",
    "咱家的苹果熟了 十块三斤 要的给我打电话",
])
async def test_a_members_own_harvest_stands_in_a_coop_room(make_bot, text):
    bot = await _posted(make_bot, [("老孙", text)], topic="小米合作社")
    assert not _told_off(bot, "老孙")


@pytest.mark.parametrize("text", [
    "俺家今年的小米下来了 十块一斤 另外代办贷款 加我微信 lao123456",
    "自家种的小米 十块一斤 一人推荐三个人买 返现二十 要的说",
])
async def test_a_loan_or_a_scheme_beside_the_harvest_is_still_stopped_in_a_coop_room(make_bot, text):
    bot = await _posted(make_bot, [("贩子", text)], topic="合作社社员群")
    assert _told_off(bot, "贩子")


# choir_scarf_group_buy_stopped_as_ad: a member buying the matching things for the group's own event
@pytest.mark.parametrize("text", [
    "重阳节演出要穿统一的白手套 一副八块 我统一去订 要的在群里报个数",
    "下月比赛需要统一的T恤 我来统一买 三十五一件 大家接龙报尺码",
    "春游要戴统一的小红帽 五块一个 我统一下单 群里说个数就行",
])
async def test_the_groups_own_order_for_its_event_stands(make_bot, text):
    bot = await _posted(make_bot, [("孙姐", text)])
    assert not _told_off(bot, "孙姐")


@pytest.mark.parametrize("text", [
    "统一的红围巾 我这有货 一条25 要的私聊",
    "演出要穿统一的鞋 我店里有 一双六十 比外面便宜 要的群里说",
])
async def test_a_seller_of_the_matching_things_is_still_stopped(make_bot, text):
    bot = await _posted(make_bot, [("孙姐", text)])
    assert _told_off(bot, "孙姐")


# wechat_id_given_on_request_stopped_as_ad: a WeChat given to send the thing someone just asked the room for
@pytest.mark.parametrize(("ask", "answer"), [
    ("哪位存了上次合唱的视频 想给我闺女看看", "我手机里有 加我vx wang_1960 我传给你"),
    ("有没有人有《沙家浜》的简谱", "我这有 你加我微信 lisa1958 给你发过去"),
    ("谁有去年重阳节的合影 发我一张", "我拍了 加我微信 laozhou1949 发你"),
])
async def test_a_wechat_given_to_send_what_was_asked_stands(make_bot, ask, answer):
    bot = await _posted(make_bot, [("刘姐", ask), ("赵姐", answer)])
    assert not _told_off(bot, "赵姐") and not _to(bot, "u4")


@pytest.mark.parametrize("answer", [
    "我有 加我微信 zhao1955 发你 一首五块",
    "我有好多伴奏 大家加我微信 zhao1955",
])
async def test_a_wechat_that_sells_or_calls_everyone_is_still_stopped(make_bot, answer):
    bot = await _posted(make_bot, [("刘姐", "谁有《锁麟囊》的伴奏 发我一份呗"), ("赵姐", answer)])
    assert _told_off(bot, "赵姐")


async def test_a_wechat_posted_with_nothing_asked_is_still_stopped(make_bot):
    bot = await _posted(make_bot, [("赵姐", "我有好多伴奏 加我微信 zhaojie1955 发你")])
    assert _told_off(bot, "赵姐")


# false_positive_undone_without_a_word_to_poster: a notice marked a mistake is owned to the poster and the group
async def test_a_false_positive_is_owned_to_the_poster_and_the_operator_asked_to_clear_it_up(make_bot):
    bot = await _posted(make_bot, [("赵姐", "我有好多伴奏 加我微信 zhaojie1955 发你")])
    await bot.send_command("/mod fp 1", sender="op1")
    await bot.wait(minutes=1)
    (told_off, sorry) = _to(bot, "u3")
    assert "联系方式" in told_off
    assert "看错了" in sorry and "不好意思" in sorry and "不会记在您名下" in sorry
    reply = _to(bot, "op1")[-1]
    assert "已撤销" in reply and "私下跟赵姐说了声抱歉" in reply and "在群里说一句" in reply
    assert sum("不发广告" in line for line in _said(bot)) == 1  # the bot says no more in the group itself


async def test_a_fp_of_a_night_notice_never_said_asks_no_word_in_the_group(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 12, 2, 23, 30, tzinfo=TZ))
    await bot.start()
    await bot.send_message("我有好多伴奏 加我微信 zhaojie1955 发你", sender="u3", name="赵姐", room_topic="老年合唱团")
    await bot.send_command("/mod fp 1", sender="op1")
    await bot.wait(minutes=1)
    assert "看错了" in _to(bot, "u3")[-1]
    assert "在群里说一句" not in _to(bot, "op1")[-1]


# diabetes_cure_device_claim_not_flagged: a pitch that cures a chronic illness gets a person to say the drugs go on
@pytest.mark.parametrize(("text", "illness"), [
    ("高血压克星 磁疗手环 戴一个月血压降到正常 原价598现价298 要的私我", "高血压"),
    ("纯天然苦瓜片 三个月根治糖尿病 一盒128 要的私我", "糖尿病"),
    ("痛风断根神药 三天尿酸恢复正常 一盒99 加微信 tf8899123", "痛风"),
])
async def test_a_cure_pitch_on_a_first_strike_gets_the_operator_at_once(make_bot, text, illness):
    bot = await _posted(make_bot, [("刘大爷", text)], topic="糖友之家")
    assert _told_off(bot, "刘大爷")
    (alert,) = _to(bot, "op1")
    assert "刘大爷" in alert and f"{illness}要靠按时吃药" in alert and "医生开的药请照常吃" in alert


async def test_a_plain_first_ad_still_waits_for_a_second_strike_to_reach_the_operator(make_bot):
    bot = await _posted(make_bot, [("刘大爷", "进口按摩椅 限时特价1980 要的私我")], topic="糖友之家")
    assert _told_off(bot, "刘大爷") and not _to(bot, "op1")
