"""The console's pages with 200 rooms and 50,000 members in the store: how long does the server take per page?

python bench/console_pages.py [--rooms 200] [--members 50000] [--runs 20]
A fresh SQLite store gets the rooms, their members (250 a room, one in ten a strike), 2,000 incidents and 5,000
pending responses over 30 days, and the members plugin's figures (five weeks of daily counts with one member in
ten speaking a day, every member's segment and a tag, two nights of counts, owners' posts, and the night's health
of every room as the members job keeps it); each page is then asked for `runs` times through Starlette's test
client, in process, so the figure is server time (routing, store reads, rendering) without a network: wall
(p50, max) and the process's CPU (cpu_p50: the same work, read apart from how busy the machine is).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

import plugins.members as members_plugin  # noqa: E402
from bot.adapters.memory import MemoryAdapter  # noqa: E402
from bot.app import App  # noqa: E402
from bot.console.keys import Keys  # noqa: E402
from bot.console.site import build  # noqa: E402
from bot.context import Context  # noqa: E402
from bot.models import Member, Room  # noqa: E402
from plugins.members.store import Roster  # noqa: E402
from plugins.members.tables import MemberDay, OwnerPost, Segment, SegmentCount, Tag  # noqa: E402
from plugins.moderation.store import Incident  # noqa: E402
from plugins.nudge.store import Pending  # noqa: E402

CONFIG = """bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
store:
  url: sqlite:///console.db
plugins:
  moderation: {}
  faq: {file: faq.yaml}
  nudge: {}
  members: {review_cron: null}
"""
PAGES = ["/", "/rooms", "/rooms/room-007", "/contacts?q=成员123", "/config/faq", "/config/faq?room=room-007",
         "/faq", "/faq/try?q=你们几点开门", "/moderation", "/responses", "/outbox", "/scripts",
         "/scripts/faq/answer.j2", "/members", "/members/room-007", "/members/room-007/wxid_007_0001", "/health",
         "/health/room-007"]
DOWNLOADS = ["/export/members.csv"]  # a file of every member, timed but not a page


def fill(app: App, rooms: int, members: int) -> None:
    """Write the rooms, members, incidents and pendings straight into the store."""
    now = app.clock.now()
    per_room = members // rooms
    with app.store.engine.begin() as db:
        db.execute(insert(Room), [{"id": f"room-{r:03d}", "topic": f"金秋俱乐部{r}群", "first_seen": now,
                                   "last_active": now - timedelta(minutes=r)} for r in range(rooms)])
        db.execute(insert(Member), [{"room_id": f"room-{r:03d}", "contact_id": f"wxid_{r:03d}_{m:04d}",
                                     "name": f"成员{r * per_room + m}", "role": "member", "first_seen": now,
                                     "joined_at": now, "last_spoke": now - timedelta(minutes=m),
                                     "message_count": m % 50} for r in range(rooms) for m in range(per_room)])
        db.execute(insert(Incident), [{"ts": now - timedelta(hours=i % 700), "room_id": f"room-{i % rooms:03d}",
                                       "member_id": f"wxid_{i % rooms:03d}_{i % per_room:04d}", "rule": "contact",
                                       "original": "加我微信 abc123", "normalized": "加我微信abc123",
                                       "action": "notice", "strike": 1} for i in range(2000)])
        db.execute(insert(Pending), [{"room_id": f"room-{i % rooms:03d}", "member_id": f"wxid_{i % rooms:03d}_0001",
                                      "opened_at": now - timedelta(minutes=9 * i), "state": "answered",
                                      "closed_at": now - timedelta(minutes=9 * i - 1 - i % 5), "closed_by": "op1",
                                      "kind": "question"} for i in range(5000)])
    fill_members(app, rooms, per_room)


def fill_members(app: App, rooms: int, per_room: int) -> None:
    """The members plugin's figures: daily counts over five weeks, segments, tags, counts, owners' posts."""
    now = app.clock.now()
    today = now.astimezone(app.clock.tz).date().toordinal()
    kinds = ["kol", "active", "ordinary", "lurker", "lurker"]
    with app.store.engine.begin() as db:
        db.execute(insert(MemberDay), [{"room_id": f"room-{r:03d}", "day": today - d,
                                        "contact_id": f"wxid_{r:03d}_{m:04d}", "messages": 1 + m % 7,
                                        "replies": m % 3} for r in range(rooms) for d in range(1, 36)
                                       for m in range(per_room) if (m + d) % 10 == 0])
        db.execute(insert(Segment), [{"room_id": f"room-{r:03d}", "contact_id": f"wxid_{r:03d}_{m:04d}",
                                      "segment": kinds[m % 5], "previous": kinds[(m + 1) % 5] if m % 7 == 0 else "",
                                      "since": today - m % 14, "score": (per_room - m) % 90,
                                      "score_before": m % 60} for r in range(rooms) for m in range(per_room)])
        db.execute(insert(Tag), [{"contact_id": f"wxid_{r:03d}_{m:04d}", "key": "爱好", "value": "太极",
                                  "source": "intro"} for r in range(rooms) for m in range(0, per_room, 3)])
        db.execute(insert(SegmentCount), [{"room_id": f"room-{r:03d}", "day": today - back, "segment": s,
                                           "count": per_room // 5 * (2 if s == "lurker" else 1)}
                                          for r in range(rooms) for back in (0, 7) for s in set(kinds)])
        db.execute(insert(OwnerPost), [{"id": f"post-{r}-{i}", "room_id": f"room-{r:03d}",
                                        "posted_at": now - timedelta(hours=7 * i + 1),
                                        "answered_s": None if i % 3 == 0 else 60 * i} for r in range(rooms)
                                       for i in range(40)])


async def night(ctx: Context) -> None:
    """The members job's health step for every room: it keeps each room's health for the console's list."""
    roster = ctx.records(Roster)
    members_plugin.warn(ctx, roster, roster.rooms(limit=100_000), ctx.now())


def run(rooms: int, members: int, runs: int) -> dict:
    """Fill a store, then time every page."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "config.yaml").write_text(CONFIG, encoding="utf-8")
        shutil.copy(ROOT / "faq.yaml", folder / "faq.yaml")
        app = App(folder / "config.yaml", MemoryAdapter())
        keys = Keys(b"bench")
        with TestClient(build(app, keys), base_url="http://127.0.0.1:8750", follow_redirects=False) as client:
            assert client.portal is not None
            client.portal.call(app.start)
            fill(app, rooms, members)
            client.portal.call(app.as_plugin, "members", night)
            assert client.get(f"/signin?t={keys.link_token('boss')}").status_code == 303
            timings: dict[str, list[float]] = {}
            cpu_times: dict[str, list[float]] = {}  # the process's CPU: the server's work, whatever the load
            for page in PAGES + DOWNLOADS:
                assert client.get(page).status_code == 200, page  # warm: templates compiled, FAQ indexed
                for _ in range(runs):
                    started, cpu = time.perf_counter(), time.process_time()
                    response = client.get(page)
                    timings.setdefault(page, []).append((time.perf_counter() - started) * 1000)
                    cpu_times.setdefault(page, []).append((time.process_time() - cpu) * 1000)
                    assert response.status_code == 200, page
            client.portal.call(app.stop)
    return {page: {"p50_ms": round(statistics.median(t), 1), "max_ms": round(max(t), 1),
                   "cpu_p50_ms": round(statistics.median(cpu_times[page]), 1)} for page, t in timings.items()}


def main() -> None:
    """Print one JSON line per page and the slowest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=200)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    result = run(args.rooms, args.members, args.runs)
    for page, figures in result.items():
        print(json.dumps({"page": page, **figures}, ensure_ascii=False))
    slowest = max(((p, f) for p, f in result.items() if p in PAGES), key=lambda kv: kv[1]["p50_ms"])
    print(json.dumps({"slowest": slowest[0], **slowest[1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
