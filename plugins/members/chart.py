"""The weekly review's chart: segments, activity trend, response times, joins and leaves; one PNG per reader.

The series are worked out here; the images are drawn in a short-lived child process (plugins.members.drawing,
bot.child), so matplotlib's memory goes when the drawing is done. The series are written beside each image as JSON.
"""
from __future__ import annotations

from pathlib import Path
from statistics import median
from typing import Any

from bot.child import run_script
from plugins.members import drawing
from plugins.members.health import Health
from plugins.members.tables import SEGMENTS

SEGMENT_NAMES = {"kol": "意见领袖", "active": "活跃", "ordinary": "普通", "lurker": "潜水", "newcomer": "新人"}
WEEK_LABELS = ["三周前", "两周前", "上周", "本周"]


SHOWN_ROOMS = 6  # rooms drawn by name; the rest of a reader's rooms are summed as one (a legend of 50 reads as noise)


def series(groups: list[Health], counts: dict[str, dict[str, int]]) -> dict[str, Any]:
    """What the chart plots, per room (by topic): segment counts now, and four weeks of the rest.

    With more than SHOWN_ROOMS rooms, the ones to look at first (most warnings, fewest speaking) are
    named and the others are one series, "其他N个群": counts summed, response the median of theirs.
    """
    shown = sorted(groups, key=lambda h: (-len(h.warnings), h.now.active_share))[:SHOWN_ROOMS] \
        if len(groups) > SHOWN_ROOMS else groups
    rest = [h for h in groups if h not in shown] if len(groups) > SHOWN_ROOMS else []
    data: dict[str, Any] = {
        "weeks": WEEK_LABELS,
        "segments": {h.topic: {s: counts.get(h.room, {}).get(s, 0) for s in SEGMENTS} for h in shown},
        "messages_per_day": {h.topic: [round(w.per_day, 1) for w in h.weeks] for h in shown},
        "response_min": {h.topic: [None if w.response_s is None else round(w.response_s / 60, 1) for w in h.weeks]
                         for h in shown},
        "joins": {h.topic: [w.joins for w in h.weeks] for h in shown},
        "leaves": {h.topic: [w.leaves for w in h.weeks] for h in shown},
    }
    if rest:
        name = f"其他{len(rest)}个群"
        weeks = range(len(WEEK_LABELS))
        data["segments"][name] = {s: sum(counts.get(h.room, {}).get(s, 0) for h in rest) for s in SEGMENTS}
        data["messages_per_day"][name] = [round(sum(h.weeks[i].per_day for h in rest), 1) for i in weeks]
        medians = [[r for h in rest if (r := h.weeks[i].response_s) is not None] for i in weeks]
        data["response_min"][name] = [round(median(m) / 60, 1) if m else None for m in medians]
        data["joins"][name] = [sum(h.weeks[i].joins for h in rest) for i in weeks]
        data["leaves"][name] = [sum(h.weeks[i].leaves for h in rest) for i in weeks]
    return data


def work(title: str, drawings: list[tuple[dict[str, Any], Path]], copies: list[tuple[Path, Path]]) -> dict[str, Any]:
    """What the child is to draw: each chart (its series, its file), then each copy (drawn file, reader's file)."""
    return {"title": title, "segments": [[s, SEGMENT_NAMES[s]] for s in SEGMENTS],
            "drawings": [[data, str(path)] for data, path in drawings],
            "copies": [[str(drawn), str(path)] for drawn, path in copies]}


async def draw_in_child(job: dict[str, Any]) -> None:
    """Draw `job` (see `work`) in a child process and wait for it (bot.child.ChildFailed when it fails)."""
    await run_script(Path(drawing.__file__), job)
