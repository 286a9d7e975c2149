"""The cue finder answers exactly what each regex would: plain-word alternatives by automaton, the rest by regex."""
from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.events import MessageReceived
from plugins.moderation.cues import Cues, alternatives
from plugins.moderation.detectors import Keywords, Screen


def test_a_regex_splits_into_its_top_level_alternatives_only():
    assert alternatives(r"私我|找我(?!们|的)|[a|b]c|\|d|x(y|z)") == [
        "私我", "找我(?!们|的)", "[a|b]c", r"\|d", "x(y|z)"]


def test_the_kinds_found_are_those_whose_regex_finds_something():
    kinds = (("call", re.compile(r"私我|找我(?!们?玩)|联系.{0,2}我")), ("price", re.compile(r"\d+元|包邮|[¥￥]\d")),
             ("empty", re.compile(r"zzz|")))
    cues = Cues(kinds)
    for text in ["找我们玩", "找我买", "联系一下我 包邮", "￥9 私我", "今天天气好", "", "9元"]:
        assert cues.found(text) == tuple(name for name, p in kinds if p.search(text)), text


def test_the_same_message_again_gets_the_same_judgement_without_being_read_again():
    screen = Screen(Keywords(["代开发票"], []), (), ())
    event = MessageReceived(id="1", ts=datetime(2026, 1, 1, tzinfo=UTC), room="r", sender="u", text="代开发票 各行业")
    first = screen.judge(event)
    again = screen.judge(MessageReceived(id="2", ts=event.ts, room="r", sender="v", text=event.text))
    assert again is first and first[0] is not None and len(screen.judged) == 1
    link = screen.judge(MessageReceived(id="3", ts=event.ts, room="r", sender="v", text=event.text, type="url",
                                        url="https://shop.example.top/x"))
    assert link is not first and len(screen.judged) == 2  # a different link is a different message


def test_a_gate_never_changes_what_is_found():
    kinds = (("lure", re.compile(r"关注.{0,4}公众号|回复\d领"), ("公众号", "回复")),
             ("price", re.compile(r"\d+元"), ("元",)))
    cues = Cues(kinds)
    for text in ["关注我的公众号", "回复1领资料", "关注一下", "9元", "九元", ""]:
        assert cues.found(text) == tuple(k[0] for k in kinds if k[1].search(text)), text


def test_the_shipped_kinds_find_what_their_regexes_find_on_every_labelled_message():
    from pathlib import Path

    from plugins.moderation import classes, intent, lures, money_schemes, prices, private_call, remedies, trade
    from plugins.moderation.evaluate import load_rows
    from plugins.moderation.normalize import views
    root = Path(__file__).parent / "data"
    rows = load_rows([root / "moderation_eval" / "tune", root / "moderation_train"])
    homes = (private_call, trade, money_schemes, remedies, lures, classes)  # CALL, SELL, WORK, CURE, LURE, CLASS, ...
    patterns = {name: prices._PRICE if name == "price" else next(
        getattr(m, name.upper()) for m in homes if hasattr(m, name.upper())) for name in intent._KINDS.names}
    for row in rows:
        plain = views(row.get("text", "")).plain
        assert intent._KINDS.found(plain) == tuple(n for n, p in patterns.items() if p.search(plain)), row["id"]
