"""Session 25, the code review of session 24's whole change (/work/reviews25/diff.md, issues 13-15, codemend25): each
reviewer's line that went wrong, beside lines of our own in other words and the everyday lines that must stay as they
are. A reading that decides whether a person is called errs toward calling one."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency
from bot.templates import Scripts
from plugins.nudge.warnings import death_told


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


def _word(text: str) -> str:
    """What the member in danger is told."""
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=False, sms_alarm="12110", private=False, name="王阿姨").text


# finding 1: one reading of "someone close died": a job lost or a trip is never met with condolences

@pytest.mark.parametrize("text", ["妈妈没了工作 我也不想活了", "老伴走了 去闺女家住几天 我一个人不想活了",
                                  "我爸走了 出差去了 我不想活了",
                                  # our own, in other words
                                  "我爸走了 到南方打工去了 我不想活了", "老伴没了收入 我真不想活了",
                                  "妈妈走了 回我哥家了 我一个人不想活了"])
def test_despair_beside_a_job_lost_or_a_trip_has_no_condolences(text):
    assert _kind(text) == "despair"
    word = _word(text)
    assert "苦得很" not in word and "走了" not in word and "想她了" not in word and "想他了" not in word


@pytest.mark.parametrize("text", ["我妈没了 我也不想活了", "老伴去世了 我不想活了", "老伴没了 我活着也没意思"])
def test_despair_after_a_death_still_opens_with_condolences(text):
    assert "苦得很" in _word(text)


def test_someone_elses_death_is_read_from_the_same_words_as_the_familys():
    assert death_told("老周今早走了 后天火化") == "softly"
    assert death_told("王老师昨天去世了") == "plainly"
    assert death_told("老王今早走了，去殡仪馆帮他亲家料理后事") == ""


# finding 3: 已经 alone is no act done: a threat said again and again keeps the threat's own step (ring him, 110)

@pytest.mark.parametrize("text", ["我老伴已经说了好几次要去村委会门口喝农药", "他已经三天没吃饭了 说要去单位门口喝农药",
                                  # our own, in other words
                                  "那个大爷已经闹了一个礼拜 扬言要去法院门口喝敌敌畏",
                                  "我儿子已经跟厂里吵了好久 说要去厂门口跳楼给老板看"])
def test_a_threat_told_with_already_stays_a_threat(text):
    assert _kind(text) == "threat_to_die"


@pytest.mark.parametrize("text", ["他说要去村委会门口喝农药 已经喝下去了", "她说要去医院门口喝百草枯 已经服下了",
                                  "我老伴说要去村委会门口喝农药"])
def test_a_threat_acted_on_is_a_poisoning_and_a_plain_threat_a_threat(text):
    assert _kind(text) == ("threat_to_die" if text.endswith("农药") else "poison")
