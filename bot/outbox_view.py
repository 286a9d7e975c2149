"""/outbox (/发送队列): what is queued, held and failed, and retry or drop from chat (operators, answered privately)."""
from __future__ import annotations

from sqlmodel import col, select

from bot.actions import Action
from bot.context import Context
from bot.events import MessageReceived
from bot.models import ActionLog

SHOWN = 20


def _line(action: Action, held: object = None) -> dict:
    return {"id": action.id, "plugin": action.plugin, "kind": action.kind, "where": action.room or action.to,
            "text": action.text, "why": action.note, "until": held}


def _answer(ctx: Context, name: str, **values) -> None:
    assert isinstance(ctx.event, MessageReceived)
    ctx.private(ctx.event.sender, ctx.render(f"commands/{name}", **values))


def _failed(ctx: Context, ids: list[int] | None) -> list[Action]:
    query = select(ActionLog).where(ActionLog.status == "failed")
    if ids is not None:
        query = query.where(col(ActionLog.id).in_(ids))
    return [Action.of(r) for r in ctx.db.exec(query.order_by(col(ActionLog.id).desc()).limit(500)).all()]


async def show(ctx: Context, args: str) -> None:
    """What waits to go out (held until when, and why) and what failed, with the counts given up."""
    outbox = ctx.app.outbox
    waiting = sorted(outbox.pending, key=lambda a: a.id or 0)
    held = [(a, outbox.held_until(a)) for a in waiting]
    _answer(ctx, "outbox.j2", queued=[_line(a) for a, until in held if until is None][:SHOWN],
            held=[_line(a, until.strftime("%H:%M")) for a, until in held if until is not None][:SHOWN],
            failed=[_line(a) for a in _failed(ctx, None)[:SHOWN]], total=len(waiting),
            dropped=outbox.given_up.by("dropped"), gave_up=outbox.given_up.by("failed"))


def _ids(args: str) -> list[int] | None:
    words = args.split()
    if words == ["all"] or words == ["全部"]:
        return None
    return [int(w) for w in words if w.isdigit()] or []


async def retry(ctx: Context, args: str) -> None:
    """Send failed actions again: `/outbox retry 12 13` or `/outbox retry all`."""
    ids = _ids(args)
    found = _failed(ctx, ids) if ids != [] else []
    ctx.app.outbox.requeue(found)
    _answer(ctx, "outbox_retried.j2", ids=[a.id for a in found])


async def drop(ctx: Context, args: str) -> None:
    """Give up waiting or failed actions by id: `/outbox drop 12`."""
    ids = _ids(args) or []
    done = [i for i in ids if ctx.app.outbox.drop(i, "dropped by an operator") is not None]
    for action in _failed(ctx, [i for i in ids if i not in done]):
        row = ctx.db.get(ActionLog, action.id)
        assert row is not None
        row.status, row.note = "dropped", f"dropped by an operator after: {row.note}"
        ctx.db.add(row)
        done.append(row.id)
    _answer(ctx, "outbox_dropped.j2", ids=sorted(i for i in done if i is not None))
