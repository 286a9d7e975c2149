"""Techniques the rules missed on groups never tuned on, and help that looked like an ad: a contact given on request."""
from __future__ import annotations

import json

import pytest

from bot.testing import TestBot
from plugins.moderation.evaluate import main as moderation_cli
from tests.moderation_kit import moderation_said, screened


def _told_in_group(bot: TestBot, member: str) -> bool:
    return any(a.kind == "say" and member in a.mentions for a in moderation_said(bot))


async def test_a_number_given_in_answer_to_someones_ask_in_the_room_is_help_not_an_ad(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("谁有修空调师傅的电话？家里空调不制冷了", sender="u2", name="李姐")
    await bot.wait(minutes=2)
    await bot.send_message("我家上次找的刘师傅 13912345678 人挺实在", sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("answer", ["驿站的小张就上门理发，他微信 zhang_lifa88 你问问",
                                    "驿站的小张就上门理发，他电话 13812345678 你问问"])
async def test_asked_who_does_a_job_a_neighbours_wechat_id_is_help_like_a_number(make_bot, answer):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("有没有人知道哪里有上门理发的？我妈腿脚不便", sender="u2", name="刘阿姨")
    await bot.wait(minutes=2)
    await bot.send_message(answer, sender="u7", name="周叔")
    await bot.settle()
    assert moderation_said(bot) == []


async def test_the_same_number_unasked_is_still_an_ad(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("今天天气不错，下午去公园走走", sender="u2", name="李姐")
    await bot.send_message("我家上次找的刘师傅 13912345678 人挺实在", sender="u7", name="王阿姨")
    await bot.settle()
    assert _told_in_group(bot, "u7")


@pytest.mark.parametrize("answer", [
    "我就是修空调的，加我13912345678，上门便宜",  # the poster's own trade
    "修空调找我 13912345678 有需要的私我",  # a call to message
    "你问的修空调的，加我微信 kongtiao_88 上门便宜",  # "you asked" does not make one's own trade help
])
async def test_a_seller_answering_an_ask_with_their_own_trade_is_an_ad(make_bot, answer):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("谁有修空调师傅的电话？", sender="u2", name="李姐")
    await bot.send_message(answer, sender="u9", name="小赵")
    await bot.settle()
    assert _told_in_group(bot, "u9")


async def test_an_ask_long_ago_or_ones_own_ask_does_not_make_a_number_help(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("谁有修空调师傅的电话？", sender="u7", name="王阿姨")
    await bot.send_message("刘师傅 13912345678 人挺实在", sender="u7", name="王阿姨")  # her own ask
    await bot.settle()
    assert _told_in_group(bot, "u7")


@pytest.mark.parametrize("text", [
    "刚才谁问开锁的 北门那家 电话 13761028834 我上次找过 挺快的",  # says it answers an ask
    "问通下水道的那位 我家上次找的李师傅 电话 18621734592 收费合理",
    "你问的上门理发的小张 他微信 zhang_lifa88 人挺好",  # an id given to whoever asked, like a number
    "接龙：周五牛奶\n1. 3栋1201 一箱\n2. 5栋502 两箱\n3. 1栋301 一箱",  # flats and quantities, not a phone
    "今天去水库钓鱼了，钓了三条鲫鱼，晚上炖汤",
    "我报的培训班一节课200，好贵，不知道值不值",  # a customer, not a seller
])
async def test_help_and_talk_that_look_like_ads_pass(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "钓鱼装备清仓 鱼竿渔轮都有 加微信 diaoyu888",  # 钓鱼 is this club's hobby, not a scam warning
    "姐妹们 下礼拜天老干部活动中心有健康讲座 听讲座的都发一壶油 还免费量血压",  # a lecture lure
    "钓鱼的兄弟们 钓点都整理好了 发在我公众号野钓老炮儿里 关注就能看 每个都有坐标",  # 引流 to one's own account
    "大家去我快手直播间 点点小心心 今晚抽奖送鱼竿",
    "需要好用的窝料的 家我 徽 芯 号 ebwl520",  # a WeChat id behind look-alike cue characters
    "别去他家了 鱼都是死的 来我们塘 钓多少拿多少 微信 tang666",  # poaching, with an id
])
async def test_techniques_missed_on_groups_never_tuned_on_are_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert _told_in_group(bot, "u7")


def test_leave_one_kind_out_reports_every_kind_judged_by_a_model_that_never_saw_it(tmp_path, capsys):
    rows = []
    for kind in ("fishing", "homeowners", "models"):
        rows += [{"id": f"{kind}-{i}", "group": kind, "type": "text", "ad": True, "technique": "private_cta",
                  "text": f"正品{kind}特价清仓 一件代发 感兴趣的私我 第{i}批"} for i in range(6)]
        rows += [{"id": f"{kind}-n{i}", "group": kind, "type": "text", "ad": False, "technique": "chat",
                  "text": f"今天{kind}活动真热闹 大家辛苦了 第{i}回"} for i in range(6)]
    (tmp_path / "m.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                      encoding="utf-8")
    (tmp_path / "config.yaml").write_text("plugins: {moderation: {}}\n", encoding="utf-8")
    assert moderation_cli(["loko", str(tmp_path / "m.jsonl"), "--config", str(tmp_path / "config.yaml")]) == 0
    out = capsys.readouterr().out
    pooled = out.split("== every kind, each judged by a model that never saw it")[1]
    assert "messages=36 ads=18" in pooled and "precision=100.0% recall=100.0%" in pooled
    assert [line.split()[0] for line in pooled.splitlines() if line.startswith("  ") and line.split()[0] in
            ("fishing", "homeowners", "models")] == ["fishing", "homeowners", "models"]
