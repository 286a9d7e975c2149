"""Covers per room-hour in a replay's actions: how often the bot itself answered members in public."""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path


def main(events: Path, actions: Path) -> None:
    """Print covers, rooms, active hours and covers per room-hour (hours from each room's first to last message)."""
    span: dict[str, list[datetime]] = {}
    for line in events.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        if event.get("kind") == "message" and event.get("room"):
            span.setdefault(event["room"], []).append(datetime.fromisoformat(event["ts"]))
    hours = sum((max(ts) - min(ts)).total_seconds() / 3600 for ts in span.values())
    covers = [a for line in actions.read_text(encoding="utf-8").splitlines() if (a := json.loads(line))
              and a["plugin"] == "nudge" and a["action"] == "say"]
    texts = Counter(a["text"] for a in covers)
    per_room = Counter(a["room"] for a in covers)
    print(json.dumps({"covers": len(covers), "rooms": len(span), "room_hours": round(hours, 1),
                      "covers_per_room_hour": round(len(covers) / hours, 2), "distinct_texts": len(texts),
                      "most_in_one_room": max(per_room.values(), default=0),
                      "most_repeated_text": texts.most_common(1)[0][1] if texts else 0}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
