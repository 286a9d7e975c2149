"""Operators teach the FAQ in chat: /faq add, /faq del, /faq list, /faq find."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot import arguments
from bot.chinese_text import compact, pinyin, simplify
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from plugins.faq.entry import Entry
from plugins.faq.library import Library
from plugins.faq.matcher import FaqIndex
from plugins.faq.store import Taught
from plugins.faq.unanswered import everyday
from plugins.faq.words import STOP_WORDS, asks, normalise, words

EVERYDAY_FROM = 100  # two one-character words make a keyword when jieba's dictionary counts them this often together


def keywords_of(question: str) -> list[str]:
    """Words that help find a taught question: its content words of two characters or more, and the words its
    one-character words make together as members say them (广场舞几点跳: 跳舞; 鱼在哪钓: 钓鱼)."""
    said = words(normalise(question))
    single = [w for w in said if len(w) == 1 and w not in STOP_WORDS]
    together = [a + b for a in single for b in single if a != b and everyday(a + b) >= EVERYDAY_FROM]
    return list(dict.fromkeys([*(w for w in said if len(w) >= 2), *together]))


def slug(question: str, taken: set[str]) -> str:
    """A stable id from the question's pinyin: "充电宝能借吗" -> "chong-dian-bao-neng"."""
    base = "-".join(pinyin(compact(simplify(question))).split()[:4]) or "entry"
    base = "".join(c for c in base if c.isascii() and (c.isalnum() or c == "-")).strip("-") or "entry"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def named_entries(entries: list[Entry], named: str) -> list[Entry]:
    """The entries an operator means: the one with this ID, else those taught with this question."""
    by_id = [e for e in entries if e.id == named.strip()]
    if by_id:
        return by_id
    said = compact(simplify(named)).rstrip("？?。.！!")
    return [e for e in entries
            if any(compact(simplify(q)).rstrip("？?。.！!") == said for q in (e.question, *e.questions))]


Ctx = Context[Any, Any]


def register(plugin: Plugin, index_for: Callable[[Ctx, str | None], FaqIndex],
             library: Callable[[Ctx], Library]) -> None:
    """Add the teaching commands to the faq plugin."""

    @plugin.command("faq add", aliases=["问答 添加"], role="operator", usage="问题 | 答案", min_args=1,
                    parse=arguments.split_on("|", "问题和答案之间用竖线 | 隔开", alternatives="｜"),
                    summary="教我一个新问答，例如 /faq add 充电宝能借吗 | 前台可以免费借")
    async def add(ctx: Ctx, args: tuple[str, str]) -> None:
        """Teach an entry; it answers from the next message on."""
        question, answer = args
        assert isinstance(ctx.event, MessageReceived)
        taken = {e.id for e in index_for(ctx, ctx.event.room).entries}
        entry_id = slug(question, taken)
        ctx.records(Taught).teach(entry_id, question, answer, keywords_of(question), ctx.event.sender, ctx.now())
        library(ctx).version += 1
        ctx.reply(ctx.render("added.j2", id=entry_id, question=question))

    @plugin.command("faq del", aliases=["问答 删除"], role="operator", usage="ID 或 问题", min_args=1,
                    parse=arguments.text, summary="不再用某条问答（ID 见 /faq list，也可以写它的问题）")
    async def delete(ctx: Ctx, named: str) -> None:
        """Remove a taught entry, or hide a file entry, named by its ID or by the question it was taught with."""
        assert isinstance(ctx.event, MessageReceived)
        found = named_entries(index_for(ctx, ctx.event.room).entries, named)
        if len(found) != 1:
            ctx.usage(ctx.render("del_which.j2", found=len(found), ids=[e.id for e in found],
                                named=named).text.strip())
            return
        ctx.records(Taught).drop(found[0].id, ctx.now())
        library(ctx).version += 1
        ctx.reply(ctx.render("deleted.j2", id=found[0].id, question=found[0].question))

    @plugin.command("faq list", aliases=["问答 列表"], role="operator", summary="列出所有问答")
    async def list_(ctx: Ctx, args: str) -> None:
        """Every entry in force here: id and question."""
        assert isinstance(ctx.event, MessageReceived)
        ctx.reply(ctx.render("list.j2", entries=index_for(ctx, ctx.event.room).entries))

    @plugin.command("faq find", aliases=["问答 查找"], role="operator", usage="文本", min_args=1,
                    summary="看看一句话会匹配到哪条问答、得几分")
    async def find(ctx: Ctx, args: str) -> None:
        """Top matches with scores, and whether the bot would answer and why not."""
        assert isinstance(ctx.event, MessageReceived)
        index = index_for(ctx, ctx.event.room)
        config = ctx.config_for(ctx.event.room)
        chosen = index.answer(args, config.threshold, config.require_question)
        ctx.reply(ctx.render("find.j2", text=args, matches=index.match(args, limit=3), chosen=chosen,
                             threshold=config.threshold, question=asks(args),
                             require_question=config.require_question))
