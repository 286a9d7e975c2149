"""The one-pass look for which patterns could match (bot.literals) never leaves out one that matches: checked on the
emergency reading's own patterns against every text in tests/data, as the reading sees it and as it was typed."""
from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

import pytest

from bot.chinese_text import compact
from bot.danger import emergency
from bot.literals import Candidates, Guarded, guarded, required

DATA = Path(__file__).parent / "data"
# the suite checks every other text (the whole check runs on a loaded 2-core machine twice in CI: SQLite, PostgreSQL);
# QUNBOT_ALL_TEST_DATA=1 checks them all (run it after changing a pattern or bot.literals)
STEP = 1 if os.environ.get("QUNBOT_ALL_TEST_DATA") == "1" else 2


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@cache
def _texts() -> frozenset[str]:
    """Every string inside the JSON lines under tests/data, and every line of its other text files."""
    texts: set[str] = set()
    for path in DATA.rglob("*"):
        if not path.is_file() or path.suffix not in (".jsonl", ".yaml", ".txt", ".tsv", ".md", ".json", ".src"):
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if path.suffix == ".jsonl" and line.startswith("{"):
                try:
                    texts.update(_strings(json.loads(line)))  # each message, each field
                    continue
                except ValueError:
                    pass
            texts.add(line)
    return frozenset(sorted(t for t in texts if t.strip())[::STEP])


def _misses(patterns: list[re.Pattern[str]], texts: set[str]) -> list[tuple[str, str]]:
    maybe = Candidates(patterns)
    return [(patterns[at].pattern[:60], text) for text in texts for at in set(range(len(patterns))) - maybe.of(text)
            if patterns[at].search(text)]


@pytest.mark.parametrize("part", range(4))  # a quarter of the texts each: every test stays short on a loaded machine
def test_every_text_of_the_test_data_that_an_emergency_pattern_matches_is_searched_with_it(part):
    patterns = [pattern for _, pattern in [*emergency._PLAIN, *emergency._WEAK]]
    texts = sorted(_texts())
    assert len(texts) > 40_000 // STEP  # the data is there: an empty look proves nothing
    read = {compact(emergency.in_mandarin(text)) for text in texts[part::4]}  # as `reading` searches them
    assert _misses(patterns, read) == []
    matched = sum(1 for text in read if any(p.search(text) for p in patterns))
    assert matched > 250 // STEP  # the data has dangers in it, so the check above had matches to keep


def test_an_emergency_said_plainly_is_still_read_and_small_talk_is_not():
    assert emergency.emergency("救命 我妈摔倒了起不来") is not None
    assert emergency.emergency("电梯困住了 救命") is not None
    assert emergency.emergency("今天天气真好 大家早上好") is None


@pytest.mark.parametrize(("pattern", "needs"), [
    ("摔倒了?", {"摔倒"}),
    ("摔倒了?|跌倒", {"摔倒", "跌倒"}),
    ("(心脏|胸口)疼", {"心脏疼", "胸口疼"}),
    ("[我你他]摔了", {"我摔了", "你摔了", "他摔了"}),
    ("(?<=老人)走丢了", {"走丢了"}),
    ("救命+", {"救命"}),
    ("(?:快来人|120).*急", {"快来人", "120"}),
])
def test_the_strings_a_pattern_needs(pattern, needs):
    assert required(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", [r"\d+", ".{2,}", "(?i)sos", "(摔|.)", "摔?"])
def test_a_pattern_with_no_plain_string_is_always_searched(pattern):
    compiled = re.compile(pattern)
    assert required(compiled) is None
    assert Candidates([re.compile("火"), compiled]).of("今天好") == {1}


def test_texts_with_none_of_the_strings_search_nothing_and_a_pattern_found_is_named():
    maybe = Candidates([re.compile("着火了?"), re.compile("煤气(味|泄漏)")])
    assert maybe.of("大家早上好") == set()
    assert maybe.of("楼下着火") == {0}
    assert maybe.of("有煤气泄漏 楼下着火了") == {0, 1}


def _guarded_patterns() -> dict[str, Guarded]:
    """Every pattern the readings keep behind a guard (bot.literals.guarded), by module and name (once: a pattern one
    listed module imports from another keeps the first module's name)."""
    import bot.danger.despair
    import bot.greetings
    import bot.grievance
    import bot.to_the_staff
    import plugins.faq.words
    import plugins.moderation.contact
    import plugins.moderation.goods
    import plugins.moderation.prices
    import plugins.moderation.scam_talk
    import plugins.moderation.trade
    modules = [bot.to_the_staff, bot.greetings, bot.danger.despair, bot.danger.emergency, bot.grievance,
               plugins.faq.words, plugins.moderation.contact, plugins.moderation.goods, plugins.moderation.prices,
               plugins.moderation.scam_talk, plugins.moderation.trade]
    found: dict[str, Guarded] = {}
    for m in modules:
        for name, value in vars(m).items():
            if isinstance(value, Guarded) and all(value is not kept for kept in found.values()):
                found[f"{m.__name__}.{name}"] = value
    return found


_GUARDED = _guarded_patterns()


def test_the_long_lists_are_kept_behind_a_guard():
    assert {"bot.grievance.COMPLAINT", "bot.danger.despair._SIGN", "plugins.moderation.trade.SELL"} <= set(_GUARDED)


@pytest.mark.parametrize("form", ["typed", "compact"])
@pytest.mark.parametrize("name", sorted(_GUARDED))
def test_every_guarded_pattern_finds_in_the_test_data_exactly_what_the_pattern_alone_finds(name, form):
    guard = _GUARDED[name]
    texts = _texts() if form == "typed" else {compact(text) for text in _texts()}
    assert [text for text in texts if (guard.search(text) is None) != (guard.compiled.search(text) is None)] == []


def test_a_guarded_pattern_answers_as_the_pattern_does():
    guard = guarded("煤气(?:味|泄漏)|着火了?")
    assert isinstance(guard, Guarded)
    assert guard.search("大家早上好") is None and guard.sub("-", "大家早上好") == "大家早上好"
    assert guard.search("有煤气味").group(0) == "煤气味"
    assert [m.group(0) for m in guard.finditer("着火了 煤气泄漏")] == ["着火了", "煤气泄漏"]
    assert guard.sub("*", "着火了") == "*" and guard.split("a着火b") == ["a", "b"]
    assert guarded(r"\d+").search("12") is not None  # no plain string needed: the pattern itself


def test_dialect_and_the_emergency_layers_wide_words_read_every_text_of_the_test_data_as_before():
    """The readings that look only where a needed word is give what searching every pattern gave."""
    from bot import dialect
    from bot.danger import emergency_model

    def everyday_searching_all(text: str) -> str:
        text = dialect._read(dialect._EVERYDAY, dialect._EVERYDAY_WORD, text)
        for pattern, word in dialect._EVERYDAY_CONTEXT:
            text = pattern.sub(word, text)
        return text

    def candidate_searching_all(words: str) -> tuple[str, str] | None:
        return next(((kind, m.group(0)) for kind, p in emergency_model._WIDE if (m := p.search(words))), None)

    texts = _texts()
    assert [dialect.everyday_in_mandarin(t) for t in texts] == [everyday_searching_all(t) for t in texts]
    words = {compact(emergency.in_mandarin(text)) for text in texts}
    assert [emergency_model.candidate(w) for w in words] == [candidate_searching_all(w) for w in words]
    assert sum(emergency_model.candidate(w) is not None for w in words) > 1_000
