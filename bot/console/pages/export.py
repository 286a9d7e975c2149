"""CSV export of members, incidents, FAQ entries and the daily SLA, for a spreadsheet."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select as select_columns
from sqlmodel import select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console.web import Console, Viewer
from bot.context import Context
from bot.keeping import Records
from bot.models import Member

Table = tuple[list[str], list[list[Any]]]


class _Rows(Records):
    """The core's tables, read for export."""


def _members(ctx: Context) -> Table:
    m: Any = Member
    rows = ctx.records(_Rows).db.execute(select_columns(
        m.room_id, m.contact_id, m.name, m.joined_at, m.left_at, m.last_spoke, m.message_count)
        .order_by(m.room_id, m.contact_id))  # plain rows: 50,000 members are no ORM objects
    segments, tags = _segments_and_tags(ctx)
    return (["群 ID", "微信 ID", "名字", "加入时间", "离开时间", "最近发言", "发言数", "分层", "标签"],
            [[*row, segments.get((row[0], row[1]), ""), "；".join(tags.get(row[1], []))] for row in rows])


def _segments_and_tags(ctx: Context) -> tuple[dict[tuple[str, str], str], dict[str, list[str]]]:
    """Each member's segment (in Chinese) and tags, when the members plugin keeps them."""
    if not _has(ctx, "members_segments"):
        return {}, {}
    from bot.console.pages.members import LABELS
    from plugins.members.tables import Segment, Tag
    db = ctx.records(_Rows).db
    segments = {(r, c): LABELS.get(s, s) for r, c, s in db.exec(select(Segment.room_id, Segment.contact_id,
                                                                     Segment.segment))}
    tags: dict[str, list[str]] = {}
    for contact, key, value in db.exec(select(Tag.contact_id, Tag.key, Tag.value).order_by(Tag.key, Tag.value)):
        tags.setdefault(contact, []).append(f"{key}:{value}")
    return segments, tags


def _has(ctx: Context, name: str) -> bool:
    connection = ctx.records(_Rows).db.connection()
    return connection.dialect.has_table(connection, name)


def _incidents(ctx: Context) -> Table:
    from plugins.moderation.store import Incidents
    rows = ctx.records(Incidents).latest(None, 100_000)
    return (["编号", "时间", "群 ID", "微信 ID", "名字", "规则", "原文", "识别为", "处理", "第几次", "撤销"],
            [[i.id, i.ts, i.room_id, i.member_id, i.member_name, i.rule, i.original, i.normalized, i.action,
              i.strike, i.revoked or ""] for i in rows])


def _faq(ctx: Context) -> Table:
    from plugins.faq import index_for
    return (["ID", "问题", "答案", "来源"],
            [[e.id, e.question, e.answer, e.source] for e in index_for(ctx, None).entries])


def _sla(ctx: Context) -> Table:
    from bot.console.pages.responses import figures
    _, s = figures(ctx)
    return (["日期", "一半在几分钟内", "九成在几分钟内", "3分钟内回复%", "运营回复", "机器人代答"],
            [list(r) for r in zip(s["days"], s["p50"], s["p90"], s["within"], s["answered"], s["covers"],
                                  strict=True)])


EXPORTS: dict[str, tuple[str, str, Callable[[Context], Table]]] = {
    "members": ("commands", "成员", _members), "incidents": ("moderation", "广告记录", _incidents),
    "faq": ("faq", "问答", _faq), "sla": ("nudge", "每天的回复时效", _sla)}


def routes(console: Console) -> list[Route]:
    """/export and /export/{what}.csv."""

    async def index(request: Request, viewer: Viewer) -> Response:
        shown = [(k, title) for k, (plugin, title, _) in EXPORTS.items()
                 if plugin == "commands" or plugin in console.app.plugins]
        return console.render(request, "export.html", viewer, exports=shown)

    async def download(request: Request, viewer: Viewer) -> Response:
        found = EXPORTS.get(request.path_params["what"])
        if found is None or (found[0] != "commands" and found[0] not in console.app.plugins):
            return console.render(request, "missing.html", viewer, status=404)
        plugin, _, table = found

        async def read(ctx: Context) -> Table:
            return table(ctx)
        head, rows = await console.act(plugin, read)
        out = io.StringIO()
        out.write("\ufeff")  # Excel opens UTF-8 Chinese correctly only with the byte-order mark
        writer = csv.writer(out)
        writer.writerow(head)
        writer.writerows([[console.when(v, "%Y-%m-%d %H:%M:%S") if isinstance(v, datetime) else v for v in row]
                          for row in rows])
        name = request.path_params["what"]
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})

    return [Route("/export", console.page(index)), Route("/export/{what}.csv", console.page(download))]
