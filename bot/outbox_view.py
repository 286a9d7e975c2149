"""/outbox (/发送队列): what is queued, held and failed, and retry or drop from chat (operators, answered privately)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from bot.actions import Action
from bot.context import Context
from bot.events import MessageReceived
from bot.keeping import Records
from bot.models import ActionLog
from bot.plugin import Plugin

SHOWN = 20
GIVEN_UP = "backlog full"  # the note of an action the full backlog gave up (bot.outbox_pressure)
Ctx = Context[Any, Any]


class FailedActions(Records):
    """The action log's failed rows, for operators."""

    def failed(self, ids: list[int] | None) -> list[Action]:
        """Failed actions, newest first (only these ids when given)."""
        query = select(ActionLog).where(ActionLog.status == "failed")
        if ids is not None:
            query = query.where(col(ActionLog.id).in_(ids))
        return [Action.of(r) for r in self.db.exec(query.order_by(col(ActionLog.id).desc()).limit(500)).all()]

    def given_up_since(self, since: datetime) -> dict[str, int]:
        """How many actions made since `since` the full backlog gave up (never sent), by "plugin/kind"."""
        rows = self.db.exec(select(ActionLog.plugin, ActionLog.kind, func.count()).where(
            ActionLog.status == "dropped", col(ActionLog.created_at) >= since,
            col(ActionLog.note).startswith(GIVEN_UP)).group_by(col(ActionLog.plugin), col(ActionLog.kind))).all()
        return {f"{plugin}/{kind}": n for plugin, kind, n in rows}

    def forsake(self, action: Action) -> None:
        """An operator gives a failed action up."""
        row = self.db.get(ActionLog, action.id)
        assert row is not None
        row.status, row.note = "dropped", f"dropped by an operator after: {row.note}"
        self.db.add(row)


def _line(action: Action, held: str | None = None) -> dict:
    return {"id": action.id, "plugin": action.plugin, "kind": action.kind, "where": action.room or action.to,
            "text": action.text, "why": action.note, "until": held}


def _answer(ctx: Ctx, name: str, **values: Any) -> None:
    assert isinstance(ctx.event, MessageReceived)
    ctx.private(ctx.event.sender, ctx.render(f"commands/{name}", **values))


def _ids(args: str) -> list[int] | None:
    words = args.split()
    if words in (["all"], ["全部"]):
        return None
    return [int(w) for w in words if w.isdigit()]


async def show(ctx: Ctx, args: str) -> None:
    """What waits to go out (held until when) and what failed, with the counts given up."""
    outbox = ctx.outbox()
    waiting = sorted(outbox.queued, key=lambda a: a.id or 0)
    held = [(a, outbox.held_until(a)) for a in waiting]
    _answer(ctx, "outbox.j2", queued=[_line(a) for a, until in held if until is None][:SHOWN],
            held=[_line(a, until.strftime("%H:%M")) for a, until in held if until is not None][:SHOWN],
            failed=[_line(a) for a in ctx.records(FailedActions).failed(None)[:SHOWN]], total=len(waiting),
            dropped=outbox.given_up.by("dropped"), gave_up=outbox.given_up.by("failed"),
            folded=sum(outbox.given_up.by("folded").values()))


async def retry(ctx: Ctx, args: str) -> None:
    """Send failed actions again: `/outbox retry 12 13` or `/outbox retry all`."""
    ids = _ids(args)
    found = ctx.records(FailedActions).failed(ids) if ids != [] else []
    ctx.outbox().requeue(found)
    _answer(ctx, "outbox_retried.j2", ids=[a.id for a in found])


async def drop(ctx: Ctx, args: str) -> None:
    """Give up waiting or failed actions by id: `/outbox drop 12`."""
    ids = _ids(args) or []
    done = [i for i in ids if ctx.outbox().drop(i, "dropped by an operator") is not None]
    records = ctx.records(FailedActions)
    for action in records.failed([i for i in ids if i not in done]):
        records.forsake(action)
        done.append(action.id or 0)
    _answer(ctx, "outbox_dropped.j2", ids=sorted(done))


def register(plugin: Plugin) -> None:
    """Add /outbox and its verbs to the built-in commands."""
    plugin.command("outbox", aliases=["发送队列"], role="operator",
                   summary="查看待发送、暂缓和发送失败的消息（私聊回复）")(show)
    plugin.command("outbox retry", aliases=["发送队列 重试"], role="operator", usage="编号… | all", min_args=1,
                   summary="把发送失败的消息重新放回队列")(retry)
    plugin.command("outbox drop", aliases=["发送队列 放弃"], role="operator", usage="编号…", min_args=1,
                   summary="放弃待发送或失败的消息")(drop)
