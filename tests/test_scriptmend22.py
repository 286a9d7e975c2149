"""Session 22: a native reader's re-read of last session's mended scripts (/work/reviews22/recheck.md), as a member or
an operator would notice them."""
from __future__ import annotations

import pytest

from bot.emergency import ORDER, emergency
from bot.templates import Scripts

SAFE_TO_VISIT = {"fall", "unwell", "bleeding", "power_alone", "unreachable", "choking", "stroke", "seizure",
                 "head_injury", "low_sugar", "blood_pressure", "potassium", "fistula", "sting", "lost",
                 "coughing_blood", "swallowed", "food_poisoning", "transplant"}


def _deaf_word(kind: str, text: str = "") -> str:
    return Scripts().render("nudge/emergency.j2", kind=kind, lift=False, told=True, text=text, no_phone=True,
                            sms_alarm="12110", private=False, name="王阿姨").text


def _word(text: str, deaf: bool = True) -> str:
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=deaf, sms_alarm="12110", private=False, name="王阿姨").text


@pytest.mark.parametrize("kind", [k for k in ORDER if k not in SAFE_TO_VISIT])
def test_a_deaf_members_neighbours_are_never_sent_toward_a_knife_a_dark_hill_a_river_fire_or_water(kind):
    assert "过去看看" not in _deaf_word(kind)


def test_neighbours_are_asked_to_go_and_look_where_it_is_safe_a_fall():
    assert _deaf_word("fall", "我妈摔倒了起不来").splitlines()[-1] == "群里离王阿姨近的朋友，请马上替王阿姨打120，能过去的请过去看看。"


@pytest.mark.parametrize("kind", ["assault", "calling"])
def test_neighbours_told_of_a_fight_or_a_cry_for_help_are_told_not_to_step_in(kind):
    assert _deaf_word(kind).splitlines()[-1].endswith("打110。别自己上前，等民警来。")


def test_the_group_line_comes_last_so_the_member_reads_her_own_steps_without_a_change_of_person():
    word = _word("我老伴去赶海，潮水涨上来了，人被困在滩涂上")
    lines = word.splitlines()
    assert lines[-1] == "群里离王阿姨近的朋友，请马上替王阿姨打12395和110，住得近的请去王阿姨家陪着她。"
    assert "潮水涨得比人走得快" in lines[0] and len(lines) == 2
    shut = _word("门缝里有烧炭的味道 一直不开门").splitlines()
    assert shut[-1].startswith("群里离王阿姨近的朋友") and "门开了" in shut[0]


def test_a_deaf_member_lost_on_a_hill_is_asked_for_the_hill_and_the_path_not_a_house_number_or_the_neighbours_door():
    word = _deaf_word("astray", "我在山上迷路了")
    assert "哪座山、从哪条路上去的" in word and "门牌" not in word and "敲邻居的门" not in word
    assert "给家里人发微信、发定位" in word
    assert "哪座山" in _word("上山采药天黑了还没回来")
