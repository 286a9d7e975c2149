"""Hint words: everyday words in the keyword list count only with commercial intent around them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.testing import Sent, TestBot
from plugins.moderation.detectors import Keywords
from plugins.moderation.evaluate import main as moderation_cli

ROOT = Path(__file__).parent.parent
CONFIG = """
plugins:
  moderation:
    keyword_files: [ad_keywords.txt]
"""


def _bot(make_bot, words: str | None = None) -> TestBot:
    bot = make_bot(CONFIG)
    if words is None:
        shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    else:
        (bot.folder / "ad_keywords.txt").write_text(words, encoding="utf-8")
    return bot


def _moderation(bot: TestBot) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "moderation"]


@pytest.mark.parametrize("text", [
    "我女儿在找兼职",
    "托朋友从日本代购了奶粉，还没到",
    "社区明天免费领取流感疫苗，带身份证",
    "社区免费送春联，下午两点活动室",
    "楼下超市在清仓甩卖，东西挺便宜的",
    "退款秒到账了，还挺快",
    "谁捡到钥匙了私聊我",
    "高回报肯定有高风险",
    "哪有包治百病的药，都是忽悠",
    "医生说这个病没法根治，只能控制",
    "这次押题押中了好几道，老师太厉害了",
    "女儿在找兼职，想找个家教的活，一小时80",
    "你们招不招兼职团长",
])
async def test_a_member_who_uses_an_everyday_word_of_the_list_is_not_told_she_posted_an_ad(make_bot, text):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert _moderation(bot) == []


@pytest.mark.parametrize("text", [
    "贷款找我，利息低，当天能办",  # a hint word and a call to message
    "兼职打字员，一小时50元，私聊我",  # with a price
    "代购日本奶粉，正品包邮，想要的私我",  # with selling words
    "关注公众号领红包",  # with a lure
    "贷-款-秒-到-账",  # two hint words together
])
async def test_a_hint_word_with_commercial_intent_around_it_is_still_an_ad(make_bot, text):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.ref for a in _moderation(bot) if a.kind == "say"] == ["keyword"]


async def test_an_operators_own_line_keeps_counting_alone_and_a_question_mark_makes_it_a_hint(make_bot):
    bot = _bot(make_bot, "# 我们群的词\n求投票\n?团购\n")
    await bot.start()
    await bot.send_message("孙女比赛求投票", sender="u7", name="王阿姨")  # a plain line: as before, alone enough
    await bot.send_message("团购的米到了吗", sender="u8", name="李阿姨")  # a hint alone: everyday talk
    await bot.wait(minutes=5)  # past the wave of the first notice
    await bot.send_message("团购大米五斤39元，要的私我", sender="u9", name="张叔")  # a hint with a price and a call
    await bot.settle()
    notices = [a for a in _moderation(bot) if a.kind == "say"]
    assert [(a.ref, a.mentions) for a in notices] == [("keyword", ("u7",)), ("keyword", ("u9",))]


def test_a_phrase_listed_both_plainly_and_as_a_hint_counts_plainly():
    keywords = Keywords(["?兼职", "？贷款", "刷单", "?刷单"], [])
    assert keywords.hints == {"兼职", "贷款"} and keywords.size == 3


def test_eval_writes_each_decision_so_two_keyword_lists_can_be_compared(tmp_path):
    rows = [{"id": "a", "text": "我女儿在找兼职", "ad": False},
            {"id": "b", "text": "兼职打字员，一小时50元，私聊我", "ad": True}]
    (tmp_path / "m.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    shutil.copy(ROOT / "ad_keywords.txt", tmp_path / "ad_keywords.txt")
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    out = tmp_path / "decisions.jsonl"
    assert moderation_cli(["eval", str(tmp_path / "m.jsonl"), "--config", str(tmp_path / "config.yaml"),
                           "--decisions", str(out)]) == 0
    decisions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(d["id"], d["rule"]) for d in decisions] == [("a", None), ("b", "keyword")]


async def test_an_everyday_word_refused_as_an_ad_word_is_taken_from_chat_as_a_hint(make_bot):
    bot = make_bot("plugins:\n  moderation:\n    learned: false\n")
    await bot.start()
    await bot.send_command("/mod block 我们", sender="op1")
    await bot.send_command("/mod block ?我们", sender="op1")
    await bot.send_message("我们明天几点集合", sender="u7", name="王阿姨")
    await bot.wait(minutes=5)
    await bot.send_message("我们家自己种的大米，五斤39元，要的私我", sender="u8", name="李阿姨")
    await bot.settle()
    refused, taken = bot.texts("commands")
    assert "太常见" in refused and "?我们" in refused and "提示词" in taken
    assert [(a.ref, a.mentions) for a in _moderation(bot) if a.kind == "say"] == [("keyword", ("u8",))]
