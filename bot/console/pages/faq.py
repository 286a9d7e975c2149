"""FAQ: list, add, edit and delete entries; try a question live; turn an unanswered question into an entry."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.console.web import Console, Viewer, form_of
from bot.context import Context

PLUGIN = "faq"


@dataclass
class Tried:
    """What the bot would do with a question: the top candidates and the one it would answer with."""

    text: str
    matches: list[Any]
    chosen: Any
    threshold: float
    question: bool


def routes(console: Console) -> list[Route]:
    """/faq, /faq/try, /faq/add, /faq/{id}/edit, /faq/{id}/delete."""
    from plugins.faq import index_for, library
    from plugins.faq.store import Answers, Taught
    from plugins.faq.teach import keywords_of, slug
    from plugins.faq.words import asks

    async def show(request: Request, viewer: Viewer, note: str = "", status: int = 200) -> Response:
        if PLUGIN not in console.app.plugins:
            return console.render(request, "missing.html", viewer, status=404, what="问答功能没有开启。")

        async def read(ctx: Context) -> tuple[list[Any], list[Any]]:
            return list(index_for(ctx, None).entries), ctx.records(Answers).most_asked_unanswered(20)
        entries, unanswered = await console.act(PLUGIN, read)
        return console.render(request, "faq.html", viewer, entries=entries, unanswered=unanswered, note=note,
                              prefill=request.query_params.get("question", ""), status=status)

    async def try_(request: Request, viewer: Viewer) -> Response:
        text = request.query_params.get("q", "").strip()

        async def read(ctx: Context) -> Tried:
            config, index = ctx.config_for(None), index_for(ctx, None)
            chosen = index.answer(text, config.threshold, config.require_question) if text else None
            return Tried(text, index.match(text, limit=5) if text else [], chosen, config.threshold,
                         asks(text))
        return console.render(request, "faq_tried.html", viewer, t=await console.act(PLUGIN, read))

    def _teach(ctx: Context, question: str, answer: str, by: str, entry_id: str | None = None) -> str:
        taken = {e.id for e in index_for(ctx, None).entries}
        entry_id = entry_id or slug(question, taken)
        ctx.records(Taught).teach(entry_id, question, answer, keywords_of(question), by, ctx.now())
        library(ctx).version += 1
        return entry_id

    async def add(request: Request, viewer: Viewer) -> Response:
        form = await form_of(request)
        question, answer = form.get("question", "").strip(), form.get("answer", "").strip()
        if not question or not answer:
            return await show(request, viewer, "问题和答案都要填写。", status=400)

        async def teach(ctx: Context) -> str:
            return _teach(ctx, question, answer, viewer.contact)
        entry_id = await console.act(PLUGIN, teach)
        return RedirectResponse(f"/faq?added={entry_id}#entry-{entry_id}", status_code=303)

    async def edit(request: Request, viewer: Viewer) -> Response:
        entry_id = request.path_params["entry"]
        form = await form_of(request)
        question, answer = form.get("question", "").strip(), form.get("answer", "").strip()
        if not question or not answer:
            return await show(request, viewer, "问题和答案都要填写。", status=400)

        async def change(ctx: Context) -> str | None:
            found = next((e for e in index_for(ctx, None).entries if e.id == entry_id), None)
            if found is None:
                return None
            taught = ctx.records(Taught)
            taught.drop(entry_id, ctx.now())
            taught.db.flush()
            library(ctx).version += 1
            # a taught entry keeps its id; a file entry is hidden and taught anew under a new id
            return _teach(ctx, question, answer, viewer.contact, entry_id if found.source == "chat" else None)
        new_id = await console.act(PLUGIN, change)
        if new_id is None:
            return console.render(request, "missing.html", viewer, status=404, what="没有这条问答。")
        return RedirectResponse(f"/faq?edited={new_id}#entry-{new_id}", status_code=303)

    async def delete(request: Request, viewer: Viewer) -> Response:
        entry_id = request.path_params["entry"]

        async def drop(ctx: Context) -> bool:
            if entry_id not in {e.id for e in index_for(ctx, None).entries}:
                return False
            ctx.records(Taught).drop(entry_id, ctx.now())
            library(ctx).version += 1
            return True
        if not await console.act(PLUGIN, drop):
            return console.render(request, "missing.html", viewer, status=404, what="没有这条问答。")
        return RedirectResponse("/faq?deleted=1", status_code=303)

    return [Route("/faq", console.page(show)), Route("/faq/try", console.page(try_)),
            Route("/faq/add", console.page(add), methods=["POST"]),
            Route("/faq/{entry}/edit", console.page(edit), methods=["POST"]),
            Route("/faq/{entry}/delete", console.page(delete), methods=["POST"])]

