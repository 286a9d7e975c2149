"""Session 22: a native reader's review of this session's new emergency scripts (/work/reviews22/scripts.md), as a
member or an operator would notice them."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.despair import of_another
from bot.emergency import emergency
from bot.templates import Scripts


def _word(text: str, deaf: bool = False, **kw: object) -> str:
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=deaf, sms_alarm="12110", private=False, name="王阿姨", **kw).text


def _close(text: str) -> str:
    assert emergency(text) is not None and emergency(text).kind == "despair" and of_another(text), text
    return _word(text, another=True)


@pytest.mark.parametrize("text", ["我妈说不想活了 已经计划好了", "我老伴说不想活了 他都想好了"])
def test_a_relatives_plan_is_answered_as_the_gravest_sign_now_not_as_cutting(text):
    word = _close(text)
    assert "划伤" not in word and "伤口" not in word and "这几天" not in word
    assert "现在就陪在身边" in word and "110" in word and "12356" in word


def test_a_child_cutting_herself_still_gets_the_blades_put_away():
    word = _close("我女儿拿刀片划伤自己了 说不想活了")
    assert "刀片" in word and "12355" in word
