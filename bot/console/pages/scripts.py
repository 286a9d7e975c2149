"""Scripts (话术): each template with a live preview on sample data, Jinja syntax checked, reset to the shipped text."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, Undefined
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.console.web import Console, Viewer, form_of
from bot.templates import DEFAULT_DIR, MAX_CHARS, TOO_LONG

EXAMPLE_FOLDER = "my_scripts"  # the folder the scripts page suggests for bot.scripts_override


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


def previewing(scripts_env: Environment) -> Environment:
    """The bot's own script environment (sandbox, filters, the override and shipped folders for imports),
    with values the sample lacks shown as 「name」; nothing compiled here is kept for the bot."""
    return scripts_env.overlay(undefined=Placeholder, cache_size=0)


def sample(bot_name: str, now: datetime, script: str = "") -> dict[str, Any]:
    """Values the scripts use, as a member or operator would see them (some scripts name a value differently).

    Every shipped script previews on these (tests/test_console_pages.py checks it): a script that takes a new
    value gets a sample here."""
    return {"bot_name": bot_name, "now": now, "name": "张姐", "names": ["张姐", "李叔"], "topic": "金秋俱乐部1群",
            "purpose": "大家一起交流、互相帮助的地方", "rules": ["友善交流，互相尊重", "不刷屏，没核实的消息先别转"],
            "entry": {"id": "opening-hours", "question": "门店几点开门？", "answer": "每天早上8:30开门。"},
            "strike": 1, "rule": "contact", "excerpt": "加我微信……", "gift_line": "下次来门店可以找前台领一份小礼品~",
            "can_private": True, "vip": False, "minutes": 3, "turn": 0, "more": 0, "p": _WAITER,
            "items": [(_WAITER, 2)], "waiting": [{"name": "张姐", "excerpt": "请问几点开门"}],
            "s": _SLA, "today": _SLA, "week": _SLA, "room": "r1",
            # commands: /config and the like
            "key": "plugins.faq.threshold", "value": "0.32", "why": "hand_edited", "writing": True,
            "detail": "微信号（拆开写的）", "text": "门店几点开门", "word": "领资料",
            # moderation: asking an owner to decide on a removal
            "can_remove": True, "command": "/mod remove @张姐", "escalated": False,
            # nudge: the bot's cover line for a greeting, by the hour; a member's answer the operator is told of;
            # what a photo or voice message shows as
            "hour": now.hour, "answer": None, "answers": {}, "type": "image",
            # posts: the day's facts (plugins/posts/calendar.py Day), the audience, a tip, the variety number
            "day": _DAY, "audience": "seniors", "tone": "cheerful", "item": "天凉了，早晚出门加件外套。", "n": 0,
            "question": "",
            "joined": [], "today_day": _DAY, "tomorrow_day": _TOMORROW,
            "end": date(2026, 12, 31),
            # system: what the bot tells the owners about itself
            "seconds": 125, "since": now - timedelta(seconds=125), "at": now.strftime("%H:%M"),
            "reason": "database or disk is full", "variable": "WECHATY_PUPPET_SERVICE_TOKEN",
            "failures": [{"id": 12, "where": "金秋俱乐部1群", "kind": "say", "text": "☀️ 叔叔阿姨们早上好！",
                          "why": "发送超时"}],
            } | _ONLY.get(script, {})


_WAITER = {"member_name": "张姐", "member_id": "wxid_zhang", "topic": "金秋俱乐部1群", "room_id": "r1",
           "excerpt": "请问明天几点集合？", "kind": "question", "opened_at": datetime(2026, 11, 23, 1, 0, tzinfo=UTC)}
_DAY = {"date": date(2026, 11, 23), "weekday": "星期一", "lunar": "十月十五", "lunar_year": "丙午马年",
        "solar_term": None, "festivals": (), "festival": None, "holiday": None, "adjusted_workday": False,
        "workday": True, "holidays_known": True, "season": "autumn", "remembrance": False, "weekend": False,
        "text": "11月23日 星期一 农历十月十五"}
_TOMORROW = _DAY | {"date": date(2026, 11, 24), "weekday": "星期二", "lunar": "十月十六",
                    "text": "11月24日 星期二 农历十月十六"}
_ONLY: dict[str, dict[str, Any]] = {
    "nudge/digest.j2": {"items": [_WAITER]},
    "moderation/ask_remove.j2": {"strike": 3},
    "nudge/complaint.j2": {"p": _WAITER | {"kind": "complaint", "excerpt": "买的东西坏了，没人管吗？"}},
    "nudge/emergency.j2": {"kind": "trapped", "lift": True, "private": False},
    "nudge/emergency_alert.j2": {"p": _WAITER | {"kind": "emergency", "excerpt": "救命，我被关在3栋电梯里了"},
                                 "escalate_s": 60, "owners_s": 120, "next_on_duty": True},
    "nudge/despair_alert.j2": {"p": _WAITER | {"kind": "emergency", "excerpt": "活着真没意思 不想拖累孩子了"},
                               "escalate_s": 60, "next_on_duty": True, "wrote": True, "another": False},
    "posts/preview.j2": {"today": "☀️ 叔叔阿姨们早上好！\n今天是11月23日 星期一 农历十月十五。",
                         "tomorrow": "🌞 各位老朋友，早上好！\n今天是11月24日 星期二 农历十月十六。"},
    "posts/added.j2": {"text": "天凉了，早晚出门加件外套。"},
    "activities/remind.j2": {"hours": 24, "a": {"title": "周六太极拳", "id": 1},
                             "start": datetime(2026, 11, 28, 8, 30)},
    "members/greeting.j2": {"tags": {"爱好": ["太极"]}},
    "welcome/missed.j2": {"count": 3, "rooms": [
        {"topic": "金秋俱乐部1群", "names": ["李叔", "钱哥"], "joined": "11月23日 09:00"},
        {"topic": "金秋俱乐部2群", "names": ["王阿姨"], "joined": "11月23日 09:05"}]},
    "system/alerts_folded.j2": {"count": 12, "more": 10, "lines": [
        "【广告提醒】「金秋俱乐部1群」的张姐发了广告（contact：微信号（拆开写的））：“加我微信……”",
        "【广告提醒】「金秋俱乐部2群」的李叔第2次发了广告（link：外部链接）：“点这个领……”"]},
    "nudge/daily.j2": {"given_up": {"群里的自动答疑": 12}},
    "system/outbox_pressure.j2": {"given_up": {"群里的自动答疑": 120, "给发广告的人的私信": 35}, "folded": 40,
                                  "limit": 200},
    **dict.fromkeys(("activities/dice_open.j2", "activities/dice_won.j2", "activities/dice_over.j2",
                     "activities/dice_running.j2"), {"g": {"target": 6, "prize": "鸡蛋一盒"}, "minutes": 10}),
    "members/member.j2": {"p": {"name": "张姐", "contact_id": "wxid_zhang", "joined": datetime(2026, 3, 1, 9, 0),
                                "last_spoke": datetime(2026, 11, 20, 9, 0)},
                          "segment": "active", "tags": {"爱好": ["太极", "合唱"]}},
    "members/review.j2": {"members": 186, "members_change": 4, "per_day": 52, "per_day_before": 47, "joins": 6,
                          "leaves": 2, "thank": ["张姐", "李叔"], "reach": ["王姨"],
                          "watch": {"topic": "金秋俱乐部2群", "warnings": ["活跃成员退群"]}},
}
_SLA = {"total": 12, "answered": 10, "within_3m": 9, "covers": 2, "nudges": 3, "p50_s": 75.0, "p90_s": 160.0,
        "share_within_3m": 0.75, "worst": [("张姐", "金秋俱乐部1群", 200.0)], "complaints": 1,
        "complaints_answered": 1, "complaint_p50_s": 95.0, "waits": [20.0, 30.0, 45.0, 60.0, 75.0, 75.0, 90.0, 120.0,
                                                                     160.0, 300.0], "complaint_waits": [95.0],
        "emergencies": [("周阿姨", "金秋俱乐部1群", datetime(2026, 11, 23, 6, 0, tzinfo=UTC), 95.0)]}


def check(env: Environment, text: str) -> str:
    """A Chinese sentence saying where the Jinja syntax is wrong, or "" when it is fine."""
    try:
        env.parse(text)
    except TemplateSyntaxError as exc:
        return f"第 {exc.lineno} 行有语法错误：{exc.message}"
    return ""


def render(env: Environment, text: str, values: dict[str, Any]) -> tuple[str, str]:
    """The preview text and a problem (syntax or rendering), one of them empty; cut as the bot cuts it."""
    problem = check(env, text)
    if problem:
        return "", problem
    try:
        parts: list[str] = []
        for chunk in env.from_string(text).generate(**values):
            parts.append(chunk)
            if sum(map(len, parts)) > MAX_CHARS * 2:
                break
        shown = "".join(parts).strip()
    except Exception as exc:  # a script may fail in many ways; the operator needs the reason, not a 500
        return "", f"预览出错：{exc}"
    if len(shown) > MAX_CHARS:
        shown = shown[: MAX_CHARS - len(TOO_LONG)].rstrip() + TOO_LONG
    return shown, ""


def routes(console: Console) -> list[Route]:
    """/scripts, /scripts/{folder}/{name} (edit, save, reset; covers one folder deeper), /scripts/preview.

    Edited scripts are saved into the folder config.yaml names in bot.scripts_override (inside the config's
    folder). Like every key naming a folder, that one is set in the file on the machine, never from the console:
    until it is, scripts preview but do not save, and the page says how to set it."""
    app = console.app

    def override_dir() -> Path | None:
        name = app.config.bot.scripts_override
        return app.config_path.parent / name if name else None

    def names() -> dict[str, list[str]]:
        """Every script by its folder ("nudge", "nudge/covers"), shipped or the operators' own."""
        found: dict[str, set[str]] = {}
        for base in [DEFAULT_DIR, override_dir()]:
            if base is not None and base.is_dir():
                for path in base.glob("*/**/*.j2"):
                    found.setdefault(path.parent.relative_to(base).as_posix(), set()).add(path.name)
        return {folder: sorted(files) for folder, files in sorted(found.items())}

    def texts(script: str) -> tuple[str | None, str | None]:
        """(shipped text, the operators' own text) of one script."""
        shipped, own = DEFAULT_DIR / script, (override_dir() or Path("/nonexistent")) / script
        return (shipped.read_text("utf-8") if shipped.is_file() else None,
                own.read_text("utf-8") if own.is_file() else None)

    def known(request: Request) -> str | None:
        folder, _, name = request.path_params["script"].rpartition("/")
        return f"{folder}/{name}" if name in names().get(folder, []) else None

    def env() -> Environment:
        return previewing(app.scripts.env)

    def values(script: str) -> dict[str, Any]:
        return sample(app.config.bot.name, app.clock.now(), script)

    def unsaved_why() -> str:
        """Why edited scripts cannot be saved yet, or "" when they can."""
        if override_dir() is None:
            return (f"还没有设置保存话术的文件夹，改过的话术暂时不能保存。请在运行机器人的电脑上，"
                    f"在 config.yaml 旁边新建一个文件夹 {EXAMPLE_FOLDER}，再编辑 config.yaml，在 bot: 下面加一行 "
                    f"scripts_override: {EXAMPLE_FOLDER}，保存后几秒内生效，就可以回到这里保存话术了。")
        return ""

    async def index(request: Request, viewer: Viewer) -> Response:
        return console.render(request, "scripts.html", viewer, folders=names(),
                              override=app.config.bot.scripts_override, unsaved=unsaved_why())

    async def edit(request: Request, viewer: Viewer, text: str | None = None, problem: str = "",
                   status: int = 200, refused: str = "") -> Response:
        script = known(request)
        if script is None:
            return console.render(request, "missing.html", viewer, status=404, what="没有这个话术。")
        shipped, own = texts(script)
        text = text if text is not None else (own if own is not None else shipped or "")
        preview, render_problem = render(env(), text, values(script))
        folder, _, name = script.rpartition("/")
        return console.render(request, "script_edit.html", viewer, status=status, folder=folder, name=name,
                              text=text, own=own is not None, shipped=shipped is not None, preview=preview,
                              problem=problem or render_problem, saved=request.query_params.get("saved", ""),
                              override=app.config.bot.scripts_override, unsaved=unsaved_why(),
                              refused=refused)

    async def preview(request: Request, viewer: Viewer) -> Response:
        form = await form_of(request)
        shown, problem = render(env(), form.get("text", ""), values(form.get("script", "")))
        return console.render(request, "script_preview.html", viewer, preview=shown, problem=problem)

    async def save(request: Request, viewer: Viewer) -> Response:
        script = known(request)
        if script is None:
            return console.render(request, "missing.html", viewer, status=404, what="没有这个话术。")
        form = await form_of(request)
        text = form.get("text", "").replace("\r\n", "\n")
        why = unsaved_why()
        if why:
            return await edit(request, viewer, None if form.get("reset") else text, status=409, refused=why)
        folder = override_dir()
        assert folder is not None
        target = folder / script
        if not target.resolve().is_relative_to(app.config_path.parent.resolve()):  # a link put there since
            why = "话术文件夹指向了 config.yaml 所在文件夹以外的地方，没有保存。请在电脑上检查这个文件夹。"
            return await edit(request, viewer, text, status=409, refused=why)
        if form.get("reset"):
            target.unlink(missing_ok=True)
            app.scripts.reload()
            return RedirectResponse(f"/scripts/{script}?saved=reset", status_code=303)
        problem = check(env(), text)
        if problem:
            return await edit(request, viewer, text, problem, status=400)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
        app.scripts.reload()
        return RedirectResponse(f"/scripts/{script}?saved=1", status_code=303)

    return [Route("/scripts", console.page(index)), Route("/scripts/preview", console.page(preview), methods=["POST"]),
            Route("/scripts/{script:path}", console.page(edit), methods=["GET"]),
            Route("/scripts/{script:path}", console.page(save), methods=["POST"])]
