"""What session 21 left (leftover22): the readings share one list of who a person is to the speaker; a room of members
who cannot hear is never invited to send voice; the fixer alert says what a fixer offers; the operator of a group for
the deaf sees the member's own words that she cannot hear, on one page."""
from __future__ import annotations

import pytest

from bot import people
from bot.emergency import emergency
from bot.grief import children_not_told
from bot.ill_child import ill_child

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
