"""What the acceptance tester of session 24 found in the operators' tools and in fairness to members: a patient's
question about her dose suggested the shop's free check-up, a late refund answered with the refund procedure, opening
hours and taught answers missed, a question quoting a phone number or a newcomer's introduction taken for an ad, vote
canvassing left standing, a queued notice out a day late, /post skip after it went out, and check-config letting
Chinese commas and a clock time pass. Each as a member or an operator would notice it, on the virtual clock, with the
shipped plugins, in other words than the probes'."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.testing import TZ, TestBot
from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

ROOT = Path(__file__).resolve().parents[1]
DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


def _shipped_faq() -> FaqIndex:
    return FaqIndex(read_file(ROOT / "faq.yaml"))


DOSE_QUESTIONS = [
    "大夫 血糖八点几 二甲双胍要不要加量啊",
    "量了血压140 降压药还要接着吃吗 能停吗",
    "护士 今早量血压高压150 头晕乎乎的 药要不要减量",
    "刘医生 我血压一百七 降压药能不能多吃一片",
]
CHECKUP_QUESTIONS = ["量血压免费吗", "每月几号量血压", "免费量血压是哪天", "测血糖要钱吗"]


@pytest.mark.parametrize("asked", DOSE_QUESTIONS)
def test_a_question_about_a_medicines_dose_is_never_the_free_checkups(asked):
    """A patient asking whether to change her medicine waits for a doctor, not for the shop's check-up day."""
    assert _shipped_faq().best(asked, 0.35) is None


@pytest.mark.parametrize("asked", CHECKUP_QUESTIONS)
def test_asking_about_the_free_checkup_still_finds_it(asked):
    found = _shipped_faq().best(asked, 0.35)
    assert found is not None and found.entry.id == "free-checkup"


async def test_a_dizzy_patients_dose_question_by_voice_suggests_no_faq_answer_to_the_operator(make_bot):
    bot = await _bot(make_bot)
    await bot.send_voice("张医生 今天早上量血压一百五 头有点晕 降压药要不要加量", sender="u4", name="李姨")
    await bot.wait(minutes=2)
    assert not [t for t in _to(bot, "op1") if "/发" in t or "免费体检" in t]
    assert not [a for a in bot.sent if a.kind == "say" and "免费体检" in a.text]
