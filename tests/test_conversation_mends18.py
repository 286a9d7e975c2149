"""What the acceptance tester of session 18 found the bot got wrong in reading the conversation (issue 13): complaints
said as a wait past its time, a question or sarcasm; a complaint answered by the FAQ; a member's answer without a
quote. Each as a member or an operator would notice it, on the virtual clock."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""
PRAISE = ("谢谢您分享", "太棒", "好问题", "谢谢您的问候")


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


def _to(bot: TestBot, person: str) -> list[Sent]:
    return [a for a in _nudge(bot, "private") if a.to == person]


@pytest.mark.parametrize("said", [
    "化肥发了半个月还没到 搞么子嘛",  # a wait past its time, with a dialect's exasperation
    "我捐的钱到底用在哪了？三个月了一个反馈都没有",  # not one word back in months, asked as a question
    "分红咋还没到账 都腊月二十五了",  # a date promised has passed
    "订的米等了一个星期了还没送来",
    "呵呵 你们的服务可真是太好了",  # sarcasm: praise after a sneer
])
async def test_a_complaint_in_other_words_alerts_the_operator_and_is_never_praised(make_bot, said):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(said, sender="u1", name="老刘")
    await bot.wait(minutes=4)
    alert = _to(bot, "op1")
    assert alert and alert[0].ref.startswith("complaint") and "投诉" in alert[0].text and "老刘" in alert[0].text
    covers = [a.text for a in _nudge(bot, "say")]
    assert not any(word in c for c in covers for word in (*PRAISE, "您的问题我们看到了")), covers


@pytest.mark.parametrize("said", [
    "我还没到 都九点了 大家先开始",  # the sender is late himself
    "种子寄了三天还没到 一般要几天啊",  # asks how long it usually takes
    "你们的服务真好 谢谢",  # sincere praise, no sneer
])
async def test_a_wait_of_ones_own_a_usual_time_asked_or_sincere_praise_is_no_complaint(make_bot, said):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(said, sender="u1", name="老刘")
    await bot.wait(minutes=4)
    assert not [a for a in _to(bot, "op1") if a.ref.startswith("complaint")]


FERTILISER = """\
entries:
  - id: 化肥
    question: 化肥什么时候发？
    keywords: [化肥, 肥料]
    answer: 合作社统一订的化肥每月15号在村委会仓库发，带上社员证。
"""


async def test_a_complaint_the_faq_could_match_gets_a_person_not_the_rule_recited(make_bot):
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n")
    (bot.folder / "faq.yaml").write_text(FERTILISER, encoding="utf-8")
    await bot.start()
    await bot.send_message("化肥什么时候发？", sender="u2", name="李嫂")
    await bot.wait(seconds=5)
    assert any("每月15号" in a.text for a in bot.sent if a.plugin == "faq")  # a plain question is still answered
    await bot.wait(minutes=20)
    before = len(bot.sent)
    await bot.send_message("化肥发了半个月还没到 搞么子嘛", sender="u1", name="老刘")
    await bot.wait(minutes=4)
    assert not [a for a in bot.sent[before:] if a.plugin == "faq"]
    alert = _to(bot, "op1")
    assert alert and alert[0].ref.startswith("complaint") and "老刘" in alert[0].text


FRUIT = """\
entries:
  - id: 坏果
    question: 收到的水果坏了怎么办？
    keywords: [坏了, 烂了, 坏果]
    answer: 收到坏果请在24小时内拍照发给客服，坏几个补几个或者直接退款。
"""


async def test_a_complaint_that_asks_what_to_do_gets_the_written_rule_and_a_person(make_bot):
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n")
    (bot.folder / "faq.yaml").write_text(FRUIT, encoding="utf-8")
    await bot.start()
    await bot.send_message("橙子到了烂了两个 咋整", sender="u1", name="小周")
    await bot.wait(minutes=4)
    assert any("拍照发给客服" in a.text for a in bot.sent if a.plugin == "faq")  # how to get it put right
    alert = _to(bot, "op1")
    assert alert and alert[0].ref.startswith("complaint") and "小周" in alert[0].text


async def test_a_members_answer_without_a_quote_tells_the_operator_what_was_answered_not_that_she_waits(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问下周六比赛几点到场啊", sender="u1", name="乐乐妈")
    await bot.wait(seconds=30)
    await bot.send_message("八点半 在少年宫二楼 我上次去过", sender="u2", name="浩浩爸")
    await bot.wait(minutes=4)
    told = _to(bot, "op1")
    assert not any("还没人回复" in a.text for a in told), [a.text for a in told]
    assert told and "浩浩爸" in told[0].text and "八点半" in told[0].text  # an FYI to check what he said
    assert not _nudge(bot, "say")  # no cover over the members' own talk
    before = len(_nudge(bot))
    await bot.send_message("谢谢浩浩爸", sender="u1", name="乐乐妈")
    await bot.wait(minutes=5)
    assert len(_nudge(bot)) == before  # her thanks closed it: nothing more to anyone


async def test_a_newcomer_who_introduces_himself_is_welcomed_not_thanked_for_a_greeting(make_bot):
    bot = make_bot(NUDGE + "  welcome: {}\n")
    await bot.start()
    await bot.send_join(("u7", "老马"))
    await bot.wait(minutes=1)
    await bot.send_message("大家好 我是老马 今年七十 耳朵听不见 喜欢下棋", sender="u7", name="老马")
    await bot.wait(minutes=4)
    covers = [a for a in _nudge(bot, "say") if "u7" in a.mentions]
    assert covers and "欢迎" in covers[0].text and "问候" not in covers[0].text, [c.text for c in covers]


async def test_a_plain_good_morning_is_still_thanked_for_the_greeting(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家早上好", sender="u1", name="周阿姨")
    await bot.wait(minutes=4)
    (cover,) = _nudge(bot, "say")
    assert "欢迎" not in cover.text and "u1" in cover.mentions


async def test_a_night_complaint_answered_in_the_morning_counts_in_sla_with_how_long_it_waited(make_bot):
    bot = make_bot(NUDGE)
    await bot.start(at=bot.begin - timedelta(hours=10))  # 23:00
    await bot.send_message("楼上装修太吵了 都十一点了还在砸墙 物业管不管", sender="u1", name="阿红")
    await bot.wait(hours=9, minutes=5)  # the 07:00 digest told the operator
    assert any("阿红" in a.text for a in _to(bot, "op1") if a.ref == "digest.j2")
    await bot.send_message("@阿红 装修的事我们马上去处理", sender="op1", name="小王", mentions=("u1",))
    await bot.wait(minutes=2)
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    (figures,) = [a.text for a in bot.sent if "近7天" in a.text]
    week = figures.split("近7天：")[1]
    assert week.startswith("1 位成员等回复，人工回复 1 位") and "投诉 1 起，人工回复 1 起" in week
    assert "9 小时 5 分钟" in week  # how late, said in hours, not 32700 seconds


async def test_with_no_owner_and_no_operator_a_member_is_promised_no_staff_and_the_runner_is_told(make_bot, caplog):
    bot = make_bot(NUDGE)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "owners: [boss]", "owners: []").replace("operators: [op1]", "operators: []"), encoding="utf-8")
    await bot.start()
    await bot.send_message("请问你们地址在哪里", sender="u1", name="李叔")
    await bot.send_message("分享一篇养生文章给大家，冬天泡脚有讲究，大家看看", sender="u2", name="周姐")
    await bot.wait(minutes=4)
    said = [a.text for a in _nudge(bot, "say")]
    assert not any("工作人员" in s for s in said), said  # nobody is there to check or answer
    assert any("u2" in a.mentions for a in _nudge(bot, "say"))  # thanks for sharing promise nothing: still said
    assert any("李叔" in r.getMessage() and "bot.owners" in r.getMessage() for r in caplog.records)


async def test_a_pitch_whose_contact_is_in_the_photo_gets_the_ad_notice_never_thanks(make_bot):
    bot = make_bot(NUDGE + "  moderation: {}\n")
    await bot.start()
    await bot.send_message("高产玉米种子 亩产两千斤 先试种后付款 联系方式见图", sender="u9", name="推销员")
    await bot.wait(minutes=4)
    said = [a.text for a in bot.sent if a.kind == "say"]
    assert any("不发广告" in s for s in said) and not any("谢谢您分享" in s for s in said), said
    assert not _to(bot, "op1")  # nobody waits on an ad: the operator is not nudged for it
