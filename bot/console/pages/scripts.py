"""Scripts (话术): each template with a live preview on sample data, Jinja syntax checked, reset to the shipped text."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.console.web import Console, Viewer, form_of
from bot.templates import DEFAULT_DIR

OVERRIDE = "my_scripts"  # the folder the console saves into when bot.scripts_override names none


class Placeholder(Undefined):
    """A value the sample data lacks shows as 「name」 in the preview instead of failing."""

    def __str__(self) -> str:
        return f"「{self._undefined_name}」"

    def __iter__(self):
        return iter(())

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return Placeholder(name=f"{self._undefined_name}.{name}")


PREVIEW = ImmutableSandboxedEnvironment(undefined=Placeholder, trim_blocks=True, lstrip_blocks=True)


def sample(bot_name: str, now: datetime, script: str = "") -> dict[str, Any]:
    """Values most scripts use, as a member or operator would see them (some scripts name a value differently)."""
    return {"bot_name": bot_name, "now": now, "name": "张姐", "names": ["张姐", "李叔"], "topic": "金秋俱乐部1群",
            "purpose": "大家一起交流、互相帮助的地方", "rules": ["友善交流，互相尊重", "不发广告和链接"],
            "entry": {"id": "opening-hours", "question": "门店几点开门？", "answer": "每天早上8:30开门。"},
            "strike": 1, "rule": "contact", "excerpt": "加我微信……", "gift_line": "下次来门店可以找前台领一份小礼品~",
            "can_private": True, "vip": False, "minutes": 3, "turn": 0, "more": 0, "p": _WAITER,
            "items": [(_WAITER, 2)], "waiting": [{"name": "张姐", "excerpt": "请问几点开门"}],
            "s": _SLA, "today": _SLA, "week": _SLA, "room": "r1"} | _ONLY.get(script, {})


_WAITER = {"member_name": "张姐", "member_id": "wxid_zhang", "topic": "金秋俱乐部1群", "room_id": "r1",
           "excerpt": "请问明天几点集合？", "kind": "question", "opened_at": datetime(2026, 11, 23, 1, 0, tzinfo=UTC)}
_ONLY: dict[str, dict[str, Any]] = {"nudge/digest.j2": {"items": [_WAITER]}}
_SLA = {"total": 12, "answered": 10, "within_3m": 9, "covers": 2, "nudges": 3, "p50_s": 75.0, "p90_s": 160.0,
        "share_within_3m": 0.75, "worst": [("张姐", "金秋俱乐部1群", 200.0)]}


def check(text: str) -> str:
    """A Chinese sentence saying where the Jinja syntax is wrong, or "" when it is fine."""
    try:
        PREVIEW.parse(text)
    except TemplateSyntaxError as exc:
        return f"第 {exc.lineno} 行有语法错误：{exc.message}"
    return ""


def render(text: str, values: dict[str, Any]) -> tuple[str, str]:
    """The preview text and a problem (syntax or rendering), one of them empty."""
    problem = check(text)
    if problem:
        return "", problem
    try:
        return PREVIEW.from_string(text).render(**values).strip(), ""
    except Exception as exc:  # a script may fail in many ways; the operator needs the reason, not a 500
        return "", f"预览出错：{exc}"


def routes(console: Console) -> list[Route]:
    """/scripts, /scripts/{folder}/{name} (edit, save, reset), /scripts/preview."""
    app = console.app

    def override_dir() -> Path | None:
        name = app.config.bot.scripts_override
        return app.config_path.parent / name if name else None

    def names() -> dict[str, list[str]]:
        found: dict[str, set[str]] = {}
        for base in [DEFAULT_DIR, override_dir()]:
            if base is not None and base.is_dir():
                for path in base.glob("*/*.j2"):
                    found.setdefault(path.parent.name, set()).add(path.name)
        return {folder: sorted(files) for folder, files in sorted(found.items())}

    def texts(folder: str, name: str) -> tuple[str | None, str | None]:
        """(shipped text, the operators' own text) of one script."""
        shipped, own = DEFAULT_DIR / folder / name, (override_dir() or Path("/nonexistent")) / folder / name
        return (shipped.read_text("utf-8") if shipped.is_file() else None,
                own.read_text("utf-8") if own.is_file() else None)

    def known(request: Request) -> tuple[str, str] | None:
        folder, name = request.path_params["folder"], request.path_params["name"]
        return (folder, name) if name in names().get(folder, []) else None

    async def index(request: Request, viewer: Viewer) -> Response:
        return console.render(request, "scripts.html", viewer, folders=names(),
                              override=app.config.bot.scripts_override)

    async def edit(request: Request, viewer: Viewer, text: str | None = None, problem: str = "",
                   status: int = 200) -> Response:
        found = known(request)
        if found is None:
            return console.render(request, "missing.html", viewer, status=404, what="没有这个话术。")
        shipped, own = texts(*found)
        text = text if text is not None else (own if own is not None else shipped or "")
        preview, render_problem = render(text, sample(app.config.bot.name, app.clock.now(), "/".join(found)))
        return console.render(request, "script_edit.html", viewer, status=status, folder=found[0], name=found[1],
                              text=text, own=own is not None, shipped=shipped is not None, preview=preview,
                              problem=problem or render_problem, saved=request.query_params.get("saved", ""),
                              override=app.config.bot.scripts_override)

    async def preview(request: Request, viewer: Viewer) -> Response:
        form = await form_of(request)
        text = form.get("text", "")
        shown, problem = render(text, sample(app.config.bot.name, app.clock.now(), form.get("script", "")))
        return console.render(request, "script_preview.html", viewer, preview=shown, problem=problem)

    async def save(request: Request, viewer: Viewer) -> Response:
        found = known(request)
        if found is None:
            return console.render(request, "missing.html", viewer, status=404, what="没有这个话术。")
        form = await form_of(request)
        if form.get("reset"):
            folder = override_dir()
            if folder is not None:
                (folder / found[0] / found[1]).unlink(missing_ok=True)
            app.scripts.reload()
            return RedirectResponse(f"/scripts/{found[0]}/{found[1]}?saved=reset", status_code=303)
        text = form.get("text", "").replace("\r\n", "\n")
        problem = check(text)
        if problem:
            return await edit(request, viewer, text, problem, status=400)
        if override_dir() is None:
            if not viewer.owner:
                why = "第一次保存话术需要群主来做（会在配置里设置自己的话术文件夹）。"
                return await edit(request, viewer, text, why, status=403)
            await app.set_configs({"bot.scripts_override": OVERRIDE})
        target = override_dir()
        assert target is not None
        (target / found[0]).mkdir(parents=True, exist_ok=True)
        (target / found[0] / found[1]).write_text(text.rstrip("\n") + "\n", encoding="utf-8")
        app.scripts.reload()
        return RedirectResponse(f"/scripts/{found[0]}/{found[1]}?saved=1", status_code=303)

    return [Route("/scripts", console.page(index)), Route("/scripts/preview", console.page(preview), methods=["POST"]),
            Route("/scripts/{folder}/{name}", console.page(edit), methods=["GET"]),
            Route("/scripts/{folder}/{name}", console.page(save), methods=["POST"])]
