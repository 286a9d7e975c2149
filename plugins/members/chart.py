"""The weekly review's chart: segments, activity trend, response times, joins and leaves; one PNG per reader.

Drawn with matplotlib's Agg backend and the Noto Sans CJK font that the `mplfonts` package ships, loaded
by its path (no system fonts assumed). The plotted series are written beside the image as JSON.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
from functools import cache
from pathlib import Path
from statistics import median
from typing import Any

from plugins.members.health import Health
from plugins.members.tables import SEGMENTS

FONT_FILE = "NotoSansCJKsc-Regular.otf"
SEGMENT_NAMES = {"kol": "意见领袖", "active": "活跃", "ordinary": "普通", "lurker": "潜水", "newcomer": "新人"}
WEEK_LABELS = ["三周前", "两周前", "上周", "本周"]


@cache
def font_path() -> Path:
    """The CJK font file inside the installed mplfonts package (found without importing it)."""
    spec = importlib.util.find_spec("mplfonts")
    assert spec is not None and spec.submodule_search_locations, "mplfonts is not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE


@cache
def font_name() -> str:
    """The CJK font's family name, its file added to matplotlib's fonts once per process (each addition parses the
    16 MB file, adds one more entry to the list every text's font is looked up in, and empties the look-up cache)."""
    from matplotlib import font_manager
    font_manager.fontManager.addfont(str(font_path()))
    return font_manager.FontProperties(fname=str(font_path())).get_name()


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


def draw(data: dict[str, Any], path: Path, title: str) -> Path:
    """Render the four panels to `path` (PNG) and keep `data` beside it (`path` with .json)."""
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: its import and figure registry are not needed for a file

    with matplotlib.rc_context({"font.family": font_name(), "axes.unicode_minus": False}):
        fig = Figure(figsize=(10, 7), dpi=90)
        axes = fig.subplots(2, 2)
        rooms = list(data["segments"])
        x = range(len(data["weeks"]))
        ax = axes[0][0]
        bottom = [0] * len(rooms)
        for s in SEGMENTS:
            values = [data["segments"][r][s] for r in rooms]
            ax.bar(rooms, values, bottom=bottom, label=SEGMENT_NAMES[s])
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_title("成员分层")
        ax.legend(fontsize=8)
        ax = axes[0][1]
        for r in rooms:
            ax.plot(x, data["messages_per_day"][r], marker="o", label=r)
        ax.set_title("每天消息数（近四周）")
        ax = axes[1][0]
        for r in rooms:
            ax.plot(x, [v if v is not None else float("nan") for v in data["response_min"][r]], marker="o", label=r)
        ax.set_ylim(bottom=0)
        ax.set_title("群主/运营发言后多久有人回（分钟，中位数）")
        ax = axes[1][1]
        width = 0.8 / max(1, len(rooms))
        for i, r in enumerate(rooms):
            ax.bar([p + i * width for p in x], data["joins"][r], width=width / 2, label=f"{r} 进群")
            ax.bar([p + i * width + width / 2 for p in x], [-v for v in data["leaves"][r]], width=width / 2,
                   label=f"{r} 退群")
        ax.axhline(0, color="grey", linewidth=0.5)
        ax.set_title("进群和退群")
        for ax in (axes[0][1], axes[1][0], axes[1][1]):
            ax.set_xticks(list(x), data["weeks"])
            ax.legend(fontsize=7)
        fig.suptitle(title)
        fig.tight_layout()
        fig.set_layout_engine(None)  # laid out already: with an engine left on it, savefig draws the figure twice
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    path.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def copy(drawn: Path, path: Path) -> Path:
    """The same chart for another reader: the image and its series copied to `path`."""
    shutil.copyfile(drawn, path)
    shutil.copyfile(drawn.with_suffix(".json"), path.with_suffix(".json"))
    return path
