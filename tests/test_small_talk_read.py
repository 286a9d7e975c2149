"""Members' small talk is no ask: question words that ask nothing, a matter let go once answered, an ask for an action
read as a request (issue 13, reader17). What the operator and the members see."""
from __future__ import annotations

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


@pytest.mark.parametrize("text", ["现在啥都涨价 就退休金不涨", "我们小时候哪见过这么多好吃的",
                                  "这几天降温了 我们楼好几个老伙计都感冒了", "放不放糖都一样 我无所谓",
                                  "我那件大衣还在柜子里挂着呢", "这才哪到哪 我年轻时候一天走三十里"])
async def test_question_words_that_ask_nothing_call_nobody(make_bot, text):
    """Chat that uses a question word for "some", "every" or a denial is not a question: nobody on duty is told a
    member waits, and the group hears no "您的问题我们看到了"."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=5)
    assert not _nudge(bot, "private"), [a.text for a in _nudge(bot)]
    assert not any(a.ref == "cover:question" for a in _nudge(bot, "say"))


@pytest.mark.parametrize("text", ["这次的几个菜几天能到", "冬天几点开门", "谁都能报名吗"])
async def test_a_question_with_the_same_words_is_still_a_question(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=5)
    assert any("赵姐" in a.text for a in _nudge(bot, "private"))


@pytest.mark.parametrize("settles", ["算了 车坏了也没办法 下回早点说就行", "不用退 就是跟你们说一声 以后注意点",
                                     "那行 钱的事无所谓 别的不急"])
async def test_a_member_letting_a_complaint_go_once_answered_raises_no_new_alert(make_bot, settles):
    """The operator answered the complaint; the member's "算了…下回早点说就行" is no second complaint: nobody on duty
    is alerted again and the group hears no new apology."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("说好上午上门取衣服 我请了半天假在家等 结果下午四点才来", sender="u2", name="徐先生")
    await bot.wait(seconds=90)
    await bot.send_message("@徐先生 对不起 上午车子在路上坏了 应该提前打电话跟您说的 这次费用给您打八折",
                           sender="op1", name="阿芳", mentions=("u2",))
    await bot.wait(minutes=2)
    before = len(bot.sent)
    await bot.send_message(settles, sender="u2", name="徐先生")
    await bot.wait(minutes=10)
    later = [a for a in bot.sent[before:] if a.plugin == "nudge"]
    assert not any(a.ref.startswith("complaint") for a in later), [a.text for a in later]
    assert not [a for a in later if a.kind == "say"], [a.text for a in later]


async def test_the_same_words_before_anyone_answered_are_still_the_complaint(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("说好上午上门取衣服 我请了半天假在家等 结果下午四点才来 下回早点说就行", sender="u2",
                           name="徐先生")
    await bot.wait(minutes=4)
    assert any(a.ref.startswith("complaint") for a in _nudge(bot, "private"))


@pytest.mark.parametrize("text", ["@校车王师傅 浩浩明早不坐车了 我送他", "小刘 明天我就不去了 家里来客人",
                                  "孙护士 我妈后天去我姐家 请两天假 周五回来"])
async def test_a_member_telling_of_an_absence_reaches_the_operator_as_a_request(make_bot, text):
    """"今天下午不坐车了" asks the bus to leave without the child: a person must see it (the operator is told a
    member waits), though nothing in it is a question."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="浩浩奶奶")
    await bot.wait(minutes=5)
    assert any("浩浩奶奶" in a.text for a in _nudge(bot, "private")), [a.text for a in _nudge(bot)]


@pytest.mark.parametrize("text", ["最近流感厉害 班上请假了七八个", "她今天来不了吗"])
async def test_an_absence_told_of_others_or_asked_about_is_no_such_request(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="浩浩奶奶")
    await bot.wait(minutes=5)
    assert not any(a.ref.startswith("cover:request") for a in _nudge(bot, "say"))


@pytest.mark.parametrize("done", ["学会了👍", "这个办法好👍", "私发你了"])
async def test_a_private_acknowledgement_is_not_answered_with_a_person_will_reply(make_bot, done):
    """"学会了👍" / "私发你了" written to the bot privately needs nobody: the member is not told "工作人员稍后回复您"
    and nobody on duty is chased about it, as for 好的 or 谢谢."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_private(done, sender="u2", name="李叔")
    await bot.wait(minutes=5)
    assert not _nudge(bot), [a.text for a in _nudge(bot)]


@pytest.mark.parametrize("text", ["下周几上课来着", "星期几去体检", "礼拜几能来拿药"])
async def test_a_question_about_the_day_is_no_greeting(make_bot, text):
    """周几 / 星期几 / 礼拜几 ask the day: the operator is told a member waits, and the group never hears "谢谢您的问候"
    (the learned layer read such lines as greetings; without a word of greeting no line is one)."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="刘大爷")
    await bot.wait(minutes=5)
    assert any("刘大爷" in a.text for a in _nudge(bot, "private"))
    assert not any(a.ref == "cover:greeting" for a in _nudge(bot, "say"))


@pytest.mark.parametrize("text", ["好几月没见大家了", "我们几时见都行"])
async def test_some_months_or_any_time_ask_nothing(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=5)
    assert not _nudge(bot, "private") and not any(a.ref == "cover:question" for a in _nudge(bot, "say"))


@pytest.mark.parametrize("text", ["中秋节快乐", "祝大家新春快乐", "母亲节快乐"])
async def test_a_holiday_greeting_is_still_thanked(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=5)
    assert any(a.ref == "cover:greeting" for a in _nudge(bot, "say")), [a.text for a in _nudge(bot)]
