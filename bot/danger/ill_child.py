"""Whose illness a member's night-time words are about: a child's (孙子发烧39度), the member's own ("孩子们都不在身边，
我一个人胸口闷"), or one cannot tell. Used by the night word (nudge/unwell.j2) and the morning digest (nudge/digest.j2)
as the Jinja filters `ill_child` and `fever`.

A child word counts only when the child is the one who is ill: a symptom follows it within a few characters with no
我 just before the symptom (外孙女在我家住，半夜发烧 is the child's: 我家 and 我这儿 say where the child is). A
husband (娃他爹, 孩子他爸) and a child far away (孩子们都不在身边, 闺女在外地) are not an ill child; a son counts
only under 14 (我儿子今年45岁 is a grown man)."""
from __future__ import annotations

import re

from bot.people import GRANDCHILD, LITTLE_ONE, SON_OR_DAUGHTER, words

_PARENTS = re.compile(r"(孩子|孩|娃)他?(爸|妈|爹|娘)")
_NUM = "一二三四五六七八九十"
_YOUNG = rf"[^，。,！!？?\s0-9{_NUM}]{{0,6}}(?:1[0-3]|[1-9]|十[一二三]|[{_NUM}]|半)个?(?:岁|个月)"
_CHILD = re.compile(rf"{words(GRANDCHILD, LITTLE_ONE)}|(?:{words(SON_OR_DAUGHTER)})(?={_YOUNG})")
_KIN = re.compile(words(SON_OR_DAUGHTER))  # of any age: named, but one cannot tell a child from a grown-up
_AWAY = re.compile(r"^[们都也]*(?:不在身边|不在家|在外地|在外面|出差|打工|上班|上学|在城里|在国外|没回来|不管)")
_ILL = re.compile(r"发烧|发热|烧到|高烧|低烧|烧得|烧了|体温|吐|拉肚子|拉稀|腹泻|咳|抽筋|抽搐|疼|痛|哭闹|不吃"
                  r"|不舒服|难受|出疹|起疹|疹子|喘")
_WHERE = re.compile(r"[我俺]们?家|[我俺]这儿?|[我俺]那儿?")
_ME_ILL = re.compile(r"[我俺].{0,3}$")  # 孙子在家 我头疼: the member is ill, close before the symptom
_NEAR = 14  # characters after the child word within which the symptom must come
_FEVER = re.compile(r"发烧|发热|烧到|高烧|低烧|烧得|体温|[0-9０-９一二三四五六七八九十]+(?:\.[0-9]+)?度")


def ill_child(text: object) -> str:
    """'yes' when the words say a child is ill, 'maybe' when a child is named but one cannot tell who is ill,
    '' when they are about the member (or a grown-up) alone."""
    said = _PARENTS.sub("", str(text or ""))
    named = False
    for found in _CHILD.finditer(said):
        after = said[found.end():]
        if _AWAY.match(after):
            continue
        named = True
        near = after[:_NEAR]
        ill = _ILL.search(near)
        gap = _WHERE.sub("", near[: ill.start()]) if ill else ""  # 在我家住, 我这儿: where the child is, not who is ill
        if ill and not _ME_ILL.search(gap):
            return "yes"
    named = named or any(not _AWAY.match(said[k.end():]) and "岁" not in said[k.end():k.end() + 8]  # 45岁: grown
                         and "我是" not in said[max(0, k.start() - 6):k.start()]  # 我是张桂兰儿子: the writer
                         for k in _KIN.finditer(said))
    return "maybe" if named else ""


def fever(text: object) -> bool:
    """Whether the words speak of a fever (发烧, 烧到三十九度, 38度5), not of 温度 or 烧心."""
    return bool(_FEVER.search(str(text or "").replace("温度", "")))
