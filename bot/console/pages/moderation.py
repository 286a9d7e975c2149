"""Moderation: incidents with original and normalised text, pardon or false positive, rule precision, word lists."""
from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.console.web import Console, Viewer, form_of
from bot.context import Context

PLUGIN = "moderation"
REVOKE = {"pardon": "pardon", "fp": "false_positive"}


def routes(console: Console) -> list[Route]:
    """/moderation, /moderation/{id}/pardon|fp, /moderation/words."""
    from plugins.moderation.detectors import RULES
    from plugins.moderation.store import Incidents, Words

    async def show(request: Request, viewer: Viewer) -> Response:
        if PLUGIN not in console.app.plugins:
            return console.render(request, "missing.html", viewer, status=404, what="广告管理没有开启。")

        async def read(ctx: Context) -> dict[str, Any]:
            incidents = ctx.records(Incidents)
            hits, fps = incidents.per_rule(), incidents.per_rule(revoked="false_positive")
            rules = [{"id": r, "hits": hits.get(r, 0), "fp": fps.get(r, 0),
                      "precision": (hits[r] - fps.get(r, 0)) / hits[r] if hits.get(r) else None,
                      "on": r not in ctx.config.rules_off} for r in RULES]
            added = ctx.records(Words).all()
            return {"incidents": incidents.latest(None, 50), "rules": rules,
                    "allow": list(ctx.config.allow_words) + [w.word for w in added if w.kind == "allow"],
                    "block": list(ctx.config.keywords) + [w.word for w in added if w.kind == "block"],
                    "files": list(ctx.config.keyword_files)}
        return console.render(request, "moderation.html", viewer, **await console.act(PLUGIN, read))

    async def revoke(request: Request, viewer: Viewer) -> Response:
        number, how = int(request.path_params["number"]), REVOKE[request.path_params["how"]]

        async def change(ctx: Context) -> bool:
            incidents = ctx.records(Incidents)
            incident = incidents.numbered(number)
            if incident is None:
                return False
            incidents.revoke(incident, how)
            return True
        if not await console.act(PLUGIN, change):
            return console.render(request, "missing.html", viewer, status=404, what=f"没有编号为 {number} 的记录。")
        return RedirectResponse(f"/moderation?done={how}#incident-{number}", status_code=303)

    async def word(request: Request, viewer: Viewer) -> Response:
        form = await form_of(request)
        text, kind = form.get("word", "").strip(), form.get("kind", "")
        if not text or kind not in ("allow", "block"):
            return RedirectResponse("/moderation?done=nothing#words", status_code=303)

        async def put(ctx: Context) -> None:
            ctx.records(Words).put(text, kind, viewer.contact, ctx.now())
            ctx.state.words_version += 1
        await console.act(PLUGIN, put)
        return RedirectResponse(f"/moderation?done={kind}#words", status_code=303)

    return [Route("/moderation", console.page(show)),
            Route("/moderation/{number:int}/{how:str}", console.page(revoke), methods=["POST"]),
            Route("/moderation/words", console.page(word), methods=["POST"])]
