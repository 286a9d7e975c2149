"""Script review 26 (scriptmend26): who the danger words speak of, as a member or an operator reads them.

One finding a test, worst first (/work/reviews26/scripts.md): the beaten one, never the one who hits; an old member
alone told to eat now, never to see to "老人"; a mother read only where the words name one.
"""
from __future__ import annotations

from bot.templates import Scripts

SCRIPTS = Scripts()


def _step(kind: str, said: str) -> str:
    return SCRIPTS.render("nudge/emergency.j2", kind=kind, text=said, told=True, private=True, lift=False,
                          name="王阿姨").text


def test_the_member_who_tells_of_a_beating_is_asked_to_reach_the_beaten_one_not_the_one_who_hits():
    said = _step("violence_told", "我爸喝了酒就打我妈，我妈脸上都是青的")
    assert "私下问问她现在安不安全，告诉她挨打不怪自己" in said and "问问他" not in said
    assert "私下问问他现在安不安全" in _step("violence_told", "隔壁大爷被他儿子打了")
    unsure = _step("violence_told", "邻居家男的天天打得很凶")
    assert "挨打的人要是还在挨打" in unsure and "私下问问对方" in unsure
