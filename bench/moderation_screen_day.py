"""The benchmark day's messages through the moderation screen, for instruction counts (load does not change them).

valgrind --tool=callgrind --callgrind-out-file=OUT python bench/moderation_screen_day.py ROOT PASSES [afresh]
A warm pass, then PASSES passes each on a new screen (as the bot meets a day once), with the code and keyword list
of the checkout at ROOT; `afresh` judges every message again (no look-up of words judged before). Instructions per
message = (count with PASSES=1 - count with PASSES=0) / messages, both runs with or both without `afresh`.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

root, passes, afresh = sys.argv[1], int(sys.argv[2]), len(sys.argv) > 3
sys.path.insert(0, root)

from bench.workload import events as day_events  # noqa: E402
from bench.workload import faq_entries  # noqa: E402
from bot.adapters.replay import parse_event  # noqa: E402
from bot.events import MessageReceived  # noqa: E402
from plugins.moderation import NEWS_DOMAINS  # noqa: E402
from plugins.moderation.detectors import Keywords, Screen  # noqa: E402
from plugins.moderation.learned import Model  # noqa: E402

rng = random.Random(7)
day = [parse_event(e) for e in day_events(5, 200, 400, rng, faq_entries(200, rng))]
messages = [e for e in day if isinstance(e, MessageReceived) and e.type != "image"]
listed = [ln.strip() for ln in (Path(root) / "ad_keywords.txt").read_text(encoding="utf-8").splitlines()
          if ln.strip() and not ln.startswith("#")]
model = Model.load()
extra: dict[str, Any] = {"remembered": 0} if afresh else {}  # (checkouts before the look-up have no such field)


def screen() -> Screen:
    """A new screen, as the bot builds one for a config."""
    return Screen(Keywords(listed, []), tuple(NEWS_DOMAINS), (), model=model, **extra)


for _ in range(1 + passes):
    fresh = screen()
    for message in messages:
        fresh.check(message)
print(f"{len(messages)} messages, {1 + passes} passes")
