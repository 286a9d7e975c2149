"""What session 21 left (leftover22): the readings share one list of who a person is to the speaker; a room of members
who cannot hear is never invited to send voice; the fixer alert says what a fixer offers; the operator of a group for
the deaf sees the member's own words that she cannot hear, on one page."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot import people
from bot.danger.emergency import emergency
from bot.danger.grief import children_not_told
from bot.danger.ill_child import ill_child
from bot.testing import TZ, message
from plugins.faq.decision import SIGNALS, Decision
from plugins.faq.decision_figures import point
from plugins.posts.calendar import day_of
from plugins.posts.daily import from_bank
from tests.moderation_kit import moderation_said, screened
from tests.shipped_bot import shipped_bot, to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
DEAF_ROOM = """
plugins:
  nudge: {}
rooms:
  r1:
    bot: {suggest_voice: false}
"""


# 1. one list of children and kin (bot.people) behind every reading

@pytest.mark.parametrize(("text", "kind"), [
    ("她后爸又打外孙女了 打得头都破了", "child_beaten"),
    ("我家外孙女在学校被几个同学打了 现在躲在厕所不敢出来", "bullied"),
    ("邻居那个男的老是偷偷摸我外孙女 还不让她告诉别人", "child_abused"),
])
def test_a_granddaughter_named_in_full_is_a_child_to_the_danger_readings(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind


def test_a_grandchild_is_a_child_to_the_night_word_and_to_the_bereaved():
    assert ill_child("外孙女发烧39度 一直哭") == "yes"
    assert ill_child("闺女7岁 发烧了") == "yes" and ill_child("我闺女今年45岁 发烧了") != "yes"
    assert children_not_told("老伴走了 外孙女还不知道")


def test_a_reading_that_narrows_the_shared_list_names_only_words_the_list_holds():
    assert set(people.words(people.CHILD, but="小朋友").split("|")) == set(people.CHILD.split()) - {"小朋友"}
    grandchild = people.words(people.GRANDCHILD).split("|")
    assert grandchild.index("外孙女") < grandchild.index("外孙")  # read whole, not as 外孙 and a stray 女
    with pytest.raises(ValueError, match="小盆友"):
        people.words(people.CHILD, but="小盆友")


# 2. a room whose members cannot hear (rooms.ROOM.bot.suggest_voice: false) is never invited to send voice

async def test_photos_in_a_room_of_members_who_cannot_hear_are_never_answered_with_send_a_voice(make_bot):
    bot = make_bot(DEAF_ROOM)
    await bot.start()
    for n in range(1, 7):
        for room in ("r1", "r3"):
            await bot.send(message("", type="image", room=room, sender=f"u{n}", name=f"会员{n}", ts=bot.now))
        await bot.wait(minutes=40)
    covers = [a for a in bot.sent if a.plugin == "nudge" and a.kind == "say" and a.ref == "cover:photo"]
    deaf, usual = ([a.text for a in covers if a.room == room] for room in ("r1", "r3"))
    assert len(deaf) == len(usual) >= 3, (deaf, usual)
    assert not [t for t in deaf if "语音" in t] and all("照片" in t for t in deaf)
    assert [t for t in usual if "语音" in t], usual  # other rooms keep the voice line: typing is hard for many
    assert any("打几个字" in t or "打字" in t for t in deaf), deaf


class _NeverDrawn:
    """A room's history of drawn items: none yet."""

    def history(self, room: str, name: str) -> dict[str, date]:
        return {}


def _a_year_of_tips(room: str, voice: bool) -> list[str]:
    drawn: dict[str, date] = {}
    first = date(2026, 1, 1)
    return [from_bank(_NeverDrawn(), room, "tips", "seniors", day_of(first + timedelta(days=n)), keep=False,  # type: ignore[arg-type]
                      also_drawn=drawn, voice=voice) for n in range(365)]


def test_a_year_of_tips_in_a_room_of_members_who_cannot_hear_never_asks_for_a_voice_message():
    usual = _a_year_of_tips("r1", voice=True)
    deaf = _a_year_of_tips("r1", voice=False)
    assert [t for t in usual if "语音" in t]  # 学会用手机拍照、发语音 … are in the seniors' bank
    assert all(deaf) and not [t for t in deaf if "语音" in t]


# 3. the alert about a paid way in says what it is: a place arranged for money, not something sold

async def test_the_operator_is_told_a_fixer_offers_a_place_for_money_not_that_he_sells_things(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("透析排不上班的 我侄子在医院 给点红包就能安排 私我", sender="u1", name="老周")
    await bot.wait(minutes=3)
    alert, = [a for a in moderation_said(bot) if a.kind == "private" and a.to == "op1"]
    first = alert.text.splitlines()[0]
    assert "老周" in first and "红包" in first and "托人安排" in first, first
    assert "推销" not in alert.text and "广告" not in first
    assert "谁也别给红包" in alert.text  # what to tell the group is unchanged


# 4. in a group for the deaf, the person paged reads the member's own words that she cannot hear, in one short line

async def test_in_a_group_for_the_deaf_the_person_paged_reads_her_own_words_once_and_is_not_paged_again(make_bot):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("老伴胸口疼", "我听不见", "打不了电话 谁帮我打120"):
        await bot.send_message(line, sender="u5", name="老马", room_topic="聋老人交流群")
    await bot.wait(seconds=30)
    page, words = to(bot, "op1")
    assert page.startswith("🚨") and "请马上处理" in page and "聋人群" in page
    assert "我听不见" in words and "请马上处理" not in words and "用文字" in words and len(words) < 60


async def test_in_another_group_one_who_says_she_cannot_hear_after_the_danger_is_paged_with_it_as_before(make_bot):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("老伴胸口疼", "我听不见"):
        await bot.send_message(line, sender="u5", name="老马")
    await bot.wait(seconds=30)
    first, second = to(bot, "op1")
    assert "请马上处理" in first and "请马上处理" in second and "我听不见" in second


async def test_in_a_group_for_the_deaf_one_whose_first_words_said_she_cannot_hear_gets_no_extra_line(make_bot):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("我听不见 老伴胸口疼", "打不了电话"):
        await bot.send_message(line, sender="u5", name="老马", room_topic="聋老人交流群")
    await bot.wait(seconds=30)
    page, = to(bot, "op1")
    assert "我听不见" in page


# 5. the figures the FAQ's training prints (plugins/faq/decision_figures.py, split from train_decision.py)

def _signals(coverage: float) -> tuple[float, ...]:
    values = [0.0] * len(SIGNALS)
    values[0], values[SIGNALS.index("question")], values[SIGNALS.index("topic")] = coverage, 1.0, 1.0
    return tuple(values)


def test_the_training_figures_count_a_wrong_answer_and_an_answer_where_silence_was_right():
    sure_of_coverage = Decision((10.0,) + (0.0,) * (len(SIGNALS) - 1), -5.0, 0.5)
    rows = [("shop", [(_signals(0.9), True), (_signals(0.2), False)], True),  # answered with its entry
            ("shop", [(_signals(0.9), False)], True),  # answered with another entry
            ("shop", [(_signals(0.8), False)], False),  # answered where silence was right
            ("shop", [(_signals(0.1), False)], False)]  # rightly silent
    at = point([(sure_of_coverage, rows)], 0.5)
    assert (at.accuracy, at.wrong, at.answered_when_silent) == (0.5, 0.5, 0.5)
    assert at.kinds["right"] == at.kinds["wrong entry"] == at.kinds["silent"] == at.kinds["answered"] == 1
    assert point([(sure_of_coverage, rows)], 0.99).answered_when_silent == 0.0  # a stricter threshold keeps quiet
