"""The busy hour the crash test plays: two rooms, a dozen members asking the FAQ, chatting, asking what only a
person can answer and joining, posts every 15 minutes; and the bot's folder for it (config.yaml, the FAQ)."""
from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 9, 1, tzinfo=TZ)  # a Monday morning, a minute past a post's time
ROOMS = {"r1": "金秋俱乐部1群", "r2": "金秋俱乐部2群"}
POST_EVERY_MIN = 15
GRACE_MIN = 14  # posts.late_grace_min: longer than a restart takes on the fast clock, so none is skipped
NUDGE_AFTER_S = 60
FAQ_QUESTIONS = ["门店几点开门？", "门店地址在哪里？", "坐几路公交车可以到？", "门口可以停车吗？", "活动怎么报名？"]
CHAT = ["大家早上好", "今天天气真好", "谢谢大家", "我刚到家", "这个不错", "哈哈", "收到", "好的好的"]
OPEN_ASKS = ["请问下周的讲座换老师了吗", "我的会员卡积分怎么少了", "上次说的体检报告什么时候能拿", "能帮我查一下订单吗"]

CONFIG = """\
bot:
  name: 小助手
  adapter: wechaty
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "23:59-00:00"
store:
  url: sqlite:///bot.db
outbox:
  room_min_interval_s: 1
  room_per_minute: 20
  global_per_minute: 60
  room_switch_gap_s: [0, 1]
wechaty:
  ding_every_s: 1
  backoff_start_s: 0.2
  backoff_max_s: 1
  tell_owners_after_s: 3600
console:
  enabled: false
plugins:
  welcome: {window_s: 0}
  faq: {file: faq.yaml, cooldown_min: 0}
  nudge: {nudge_after_s: %(nudge)s, cover_after_s: 3000, nudge_gap_s: 0, daily_report: null, morning_digest: false}
  posts:
    schedules:
      tick: {cron: "*/%(every)s * * * *", template: topic.j2, draw: questions}
    late_grace_min: %(grace)s
"""


def scripted_events(rng: random.Random, minutes: int) -> list[tuple[float, str, dict]]:
    """(virtual seconds from the start, kind, details): a busy hour in two rooms."""
    plan: list[tuple[float, str, dict]] = [  # every room known before the first post
        (1.0 + i, "say", {"room": room, "who": "m1", "text": f"大家早上好（{room}）"}) for i, room in enumerate(ROOMS)]
    t, n = 5.0, 0
    while t < minutes * 60 - 90:  # the last minute and a half is left for nudges to come due
        n += 1
        room = rng.choice(list(ROOMS))
        member = f"m{rng.randrange(1, 13)}"
        roll = rng.random()
        if roll < 0.08:
            plan.append((t, "join", {"room": room, "who": f"new{n}", "name": f"新朋友{n}"}))
        elif roll < 0.30:
            plan.append((t, "say", {"room": room, "who": member, "text": rng.choice(FAQ_QUESTIONS)}))
        elif roll < 0.40:
            plan.append((t, "say", {"room": room, "who": member, "text": f"{rng.choice(OPEN_ASKS)}（{n}）"}))
        else:
            plan.append((t, "say", {"room": room, "who": member, "text": f"{rng.choice(CHAT)}（{n}）"}))
        t += rng.uniform(6, 18)
    return plan


def prepare(folder: Path, every: int = POST_EVERY_MIN, nudge: int = NUDGE_AFTER_S) -> None:
    """The bot's folder: config.yaml, the FAQ; the store is made by the bot."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text(CONFIG % {"every": every, "nudge": nudge, "grace": GRACE_MIN},
                                         encoding="utf-8")
    (folder / "faq.yaml").write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")
