"""Ad moderation on the virtual clock: gentle first, firmer for repeats, gentlest for VIPs; nothing else answers."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import segno

from bot.testing import TestBot, message

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
MODERATION = """
plugins:
  moderation:
    keyword_files: [ad_keywords.txt]
    allow_cards: [金秋俱乐部]
  faq:
    file: faq.yaml
"""
AD = "积分怎么用？加我薇信 1 3 8 0 0 1 3 8 0 0 0 积分换现金"


def _bot(make_bot, extra: str = "") -> TestBot:
    bot = make_bot(MODERATION + extra)
    shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    return bot


async def _ad(bot: TestBot, text: str = AD, sender: str = "u7", name: str = "王阿姨") -> None:
    await bot.send_message(text, sender=sender, name=name)
    await bot.settle()


async def test_first_offence_gets_a_kind_notice_and_a_private_talk_and_nothing_else_answers(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("大家早上好", sender="u7", name="王阿姨")  # a member the group has known for a week
    await bot.wait(days=7)
    bot.forget_sent()
    await _ad(bot)
    notice, private = bot.sent
    assert notice.kind == "say" and notice.mentions == ("u7",) and notice.plugin == "moderation"
    assert "私信跟您说明" in notice.text and "1380" not in notice.text and "薇信" not in notice.text
    assert private.kind == "private" and private.to == "u7" and "小礼品" in private.text
    assert notice.ref == "contact" and notice.cause == private.cause


async def test_the_second_offence_alerts_the_operator_and_the_third_asks_a_person_before_any_removal(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await _ad(bot)
    await bot.wait(hours=1)
    await _ad(bot, "在家兼职 日结三百")
    second = bot.sent[2:]
    assert sorted((a.kind, a.to) for a in second) == [("private", "op1"), ("private", "u7"), ("say", None)]
    assert "第2次" in next(a.text for a in second if a.to == "op1")
    await bot.wait(hours=1)
    await _ad(bot, "扫码进群领红包")
    third = bot.sent[5:]
    assert sorted((a.kind, a.to) for a in third) == [("private", "boss"), ("private", "op1"), ("private", "u7"),
                                                     ("say", None)]
    assert all("/mod remove @王阿姨" in a.text for a in third if a.kind == "private" and a.to != "u7")
    await bot.send_message("/mod remove @王阿姨", sender="op1", room=None)
    await bot.settle()
    removal = [a for a in bot.sent[9:] if a.plugin == "moderation"]
    # removed first, then the group and the owner (asked too) told
    assert [(a.kind, a.to) for a in removal] == [("remove", "u7"), ("say", None), ("private", "boss")]
    assert "王阿姨" not in removal[1].text and "暂时" not in removal[1].text


async def test_the_second_strike_says_it_was_said_before_and_what_comes_next_and_the_alert_is_plain_chinese(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await _ad(bot, "加我微信 laozhou188 卖自家蜂蜜")
    await bot.wait(hours=1)
    await _ad(bot, "加我微信 laozhou188 卖自家蜂蜜，还有土鸡蛋")
    first, second = [a.text for a in bot.sent if a.to == "u7"]
    assert "之前也跟您提过" in second and "之前也跟您提过" not in first and "理解" in second
    assert "管理员" in second and "管理员" not in first  # kind, and says what a third time would bring
    (alert,) = [a.text for a in bot.sent if a.to == "op1"]
    assert "留了联系方式" in alert and not any(c.isascii() and c.isalpha() for c in alert.split("：“")[0]), alert


async def test_strikes_decay_after_thirty_days(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await _ad(bot)
    await bot.wait(days=31)
    await _ad(bot)
    assert [a.to for a in bot.sent if a.kind == "private"] == ["u7", "u7"]  # no operator alert


async def test_a_vip_gets_a_gentle_public_notice_a_warm_private_word_and_is_never_removed(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    for _ in range(3):
        await _ad(bot, sender="vip1", name="老客户赵叔")
        await bot.wait(hours=1)
    notices = [a for a in bot.sent if a.kind == "say"]
    assert len(notices) == 3 and all("感谢您的支持" in a.text and a.mentions == ("vip1",) for a in notices)
    assert not any(a.kind == "remove" for a in bot.sent)
    assert "老朋友" in next(a.text for a in bot.sent if a.to == "vip1")
    assert "VIP" in [a for a in bot.sent if a.to == "op1"][0].text


async def test_a_pardon_undoes_the_last_strike(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await _ad(bot)
    await bot.wait(minutes=5)
    await _ad(bot)
    await bot.send_message("/mod pardon @王阿姨", sender="op1")
    await bot.send_message("/mod strikes 王阿姨", sender="op1")
    await bot.settle()
    pardon, strikes = bot.texts("commands")
    assert "已撤销王阿姨最近一次警告" in pardon and "有效警告 1 次" in strikes
    await _ad(bot)
    assert not any(a.kind == "remove" for a in bot.sent)


async def test_without_removal_rights_the_owners_are_asked_to_act_themselves(make_bot):
    bot = _bot(make_bot)
    bot.adapter.no_remove.add("r1")
    await bot.start()
    for _ in range(3):
        await _ad(bot)
        await bot.wait(minutes=5)
    asked = [a for a in bot.sent if a.to == "boss"]
    assert len(asked) == 1 and "没有移出成员的权限" in asked[0].text
    assert not any(a.kind == "remove" for a in bot.sent)


async def test_when_the_bot_cannot_message_privately_the_notice_points_to_the_rules(make_bot):
    bot = _bot(make_bot)
    bot.adapter.no_private.add("u7")
    await bot.start()
    await _ad(bot)
    notice, alert = bot.sent
    assert "群公告里的群规" in notice.text
    assert alert.to == "op1" and "没法私信对方" in alert.text


async def test_operators_links_and_the_clubs_own_card_pass(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("报名链接 https://signup-club.top/form", sender="op1")
    await bot.send_message("俱乐部小程序", type="mini_program", title="金秋俱乐部活动报名")
    await bot.send_message("大家小心 有人冒充客服加微信骗钱")
    await bot.settle()
    assert not bot.sent


async def test_a_qr_code_in_an_image_is_caught_and_a_plain_image_is_not(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    qr, blank = io.BytesIO(), io.BytesIO()
    segno.make("https://weixin.qq.com/g/AbCd123").save(qr, kind="png", scale=6)
    segno.make("hello").save(blank, kind="png", scale=6)
    ad, fine = message("", type="image", ts=bot.now), message("", type="image", sender="u2", ts=bot.now)
    bot.adapter.images.update({ad.id: qr.getvalue(), fine.id: blank.getvalue()})
    await bot.send(ad)
    await bot.send(fine)
    await bot.settle()
    assert [(a.kind, a.ref, a.to) for a in bot.sent] == [("say", "qr", None), ("private", "qr", "u1")]


async def test_a_qr_code_in_a_thumbnail_is_caught_too(make_bot):
    # 33x33 pixels: decoded at once instead of in a worker thread (plugins/moderation/qr.py INLINE_PIXELS)
    bot = _bot(make_bot)
    await bot.start()
    small = io.BytesIO()
    segno.make("https://weixin.qq.com/g/AbCd123").save(small, kind="png", scale=1)
    ad = message("", type="image", ts=bot.now)
    bot.adapter.images[ad.id] = small.getvalue()
    await bot.send(ad)
    await bot.settle()
    assert [(a.kind, a.ref, a.to) for a in bot.sent] == [("say", "qr", None), ("private", "qr", "u1")]


async def test_the_same_words_again_and_again_get_a_gentle_slow_down_and_no_strike(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    for i in range(6):
        await bot.send(message("大家快来看看啊", ts=bot.now + timedelta(seconds=i)))
    await bot.settle()
    assert [(a.kind, a.ref) for a in bot.sent] == [("say", "flood")]
    assert "慢一点" in bot.sent[0].text and bot.sent[0].mentions == ()


async def test_false_positives_are_marked_and_counted_per_rule(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await _ad(bot, "刷单")
    await bot.send_message("/mod incidents", sender="op1")
    await bot.send_message("/mod fp 1", sender="op1")
    await bot.send_message("/mod allow 刷单", sender="op1")
    await bot.send_message("/mod rules", sender="op1")
    await bot.settle()
    incidents, fp, allowed, rules = bot.texts("commands")
    assert "#1" in incidents and "含广告词" in incidents and "keyword" not in incidents
    assert "标记为误判" in fp and "刷单" in allowed
    assert "keyword：开，命中 1 次，误判 1 次，准确率 0%" in rules
    await _ad(bot, "刷单")
    # the notice and the private word, then fixmod25's apology for the false positive; nothing new: the word is allowed
    assert len(bot.texts("moderation")) == 3 and "是我们看错了" in bot.texts("moderation")[-1]


def test_moderation_eval_meets_the_targets_on_the_labelled_corpus():
    done = subprocess.run([sys.executable, "-m", "bot", "moderation", "eval", str(DATA / "moderation_corpus.jsonl"),
                           "--config", str(ROOT / "config.yaml")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    figures = dict(part.split("=") for part in done.stdout.strip().splitlines()[-1].split())
    assert int(figures["messages"]) >= 300
    assert float(figures["precision"].rstrip("%")) >= 99.0 and float(figures["recall"].rstrip("%")) >= 95.0


async def test_the_same_text_in_three_rooms_is_stopped_in_the_third(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    for room in ("r1", "r2", "r3"):
        await bot.send_message("明天早上九点公园见 不见不散哦", sender="u9", room=room)
    await bot.settle()
    assert {(a.room, a.ref) for a in bot.sent if a.kind == "say"} == {("r3", "cross_room")}


async def test_the_repeat_checks_remember_minutes_of_talk_not_the_whole_day(make_bot):
    """A busy day must not grow the bot: what the flood and cross-room checks keep reaches back only as far as their
    longest window (10 minutes by default), however many different things were said before."""
    bot = _bot(make_bot)
    await bot.start()
    for n in range(120):  # two hours of talk, a new sentence a minute
        await bot.send_message(f"今天第{n}次说一句不一样的话哦", sender=f"u{n % 7}")
        await bot.wait(minutes=1)
    state = bot.app.plugin_state["moderation"]
    assert 5 <= len(state.said) <= 12 and len(state.texts) <= 12
    assert not [a for a in bot.sent if a.kind == "say" and a.ref in ("flood", "cross_room")]


async def test_a_wave_of_ads_from_many_accounts_is_told_to_the_group_once_and_each_poster_privately(make_bot):
    """A raid of ten accounts in a minute gets one notice in the group, not ten (the bot must not become the loudest
    member, nor queue notices for hours); each poster still hears privately; a later ad is a new notice."""
    bot = _bot(make_bot)
    await bot.start()
    for n in range(10):
        await bot.send_message(f"加我薇信 1 3 8 0 0 1 3 8 0 0 {n} 积分换现金", sender=f"s{n}", name=f"路人{n}")
        await bot.wait(seconds=5)
    await bot.settle()
    says = [a for a in bot.sent if a.kind == "say" and a.plugin == "moderation"]
    assert [a.mentions for a in says] == [("s0",)]
    posters = sorted(a.to or "" for a in bot.sent if a.kind == "private" and (a.to or "").startswith("s"))
    assert posters == [f"s{n}" for n in range(10)]
    bot.forget_sent()
    await bot.wait(minutes=5)
    await _ad(bot, sender="s20", name="路人20")
    assert [a.mentions for a in bot.sent if a.kind == "say"] == [("s20",)]
