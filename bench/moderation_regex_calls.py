"""Regex calls per message in moderation, counted (cProfile), not timed: a figure the machine's load cannot move.

python bench/moderation_regex_calls.py   (the micro benchmark's 2,000 messages and 5,000 keywords, judged afresh)
"""
from __future__ import annotations

import cProfile
import pstats
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.workload import ADS, CHAT, QUESTIONS, keywords  # noqa: E402

_CALLS = ("search", "match", "fullmatch", "finditer", "sub", "findall")


def main() -> None:
    from bot.events import MessageReceived
    from plugins.moderation import NEWS_DOMAINS
    from plugins.moderation.detectors import Keywords, Screen
    from plugins.moderation.learned import Model
    rng = random.Random(1)  # the same draws as bench/micro.py moderation
    screen = Screen(Keywords(keywords(5000, rng), []), tuple(NEWS_DOMAINS), (), model=Model.load(), remembered=0)
    texts = [rng.choice(CHAT + QUESTIONS + ADS) for _ in range(2000)]
    events = [MessageReceived(id=str(i), ts=datetime.now(UTC), sender="u", room="r", text=t)
              for i, t in enumerate(texts)]
    profile = cProfile.Profile()
    profile.enable()
    for event in events:
        screen.check(event)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    names = {f"<method '{c}' of '{k}.Pattern' objects>" for c in _CALLS for k in ("re", "_regex")}
    calls = sum(v[1] for k, v in stats.items() if k[2] in names)
    print(f"regex calls per message: {calls / len(events):.2f} ({len(events)} messages)")


if __name__ == "__main__":
    main()
