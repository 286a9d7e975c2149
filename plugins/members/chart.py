"""The weekly review's chart: segments, activity trend, response times, joins and leaves; one PNG per reader.

Drawn with matplotlib's Agg backend and the Noto Sans CJK font that the `mplfonts` package ships, loaded
by its path (no system fonts assumed). The plotted series are written beside the image as JSON.
"""
from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import Any

from plugins.members.health import Health
from plugins.members.store import SEGMENTS

FONT_FILE = "NotoSansCJKsc-Regular.otf"
SEGMENT_NAMES = {"kol": "意见领袖", "active": "活跃", "ordinary": "普通", "lurker": "潜水", "newcomer": "新人"}
WEEK_LABELS = ["三周前", "两周前", "上周", "本周"]


@cache
def font_path() -> Path:
    """The CJK font file inside the installed mplfonts package (found without importing it)."""
    spec = importlib.util.find_spec("mplfonts")
    assert spec is not None and spec.submodule_search_locations, "mplfonts is not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE


def series(groups: list[Health], counts: dict[str, dict[str, int]]) -> dict[str, Any]:
    """What the chart plots, per room (by topic): segment counts now, and four weeks of the rest."""
    return {
        "weeks": WEEK_LABELS,
        "segments": {h.topic: {s: counts.get(h.room, {}).get(s, 0) for s in SEGMENTS} for h in groups},
        "messages_per_day": {h.topic: [round(w.per_day, 1) for w in h.weeks] for h in groups},
        "response_min": {h.topic: [None if w.response_s is None else round(w.response_s / 60, 1) for w in h.weeks]
                         for h in groups},
        "joins": {h.topic: [w.joins for w in h.weeks] for h in groups},
        "leaves": {h.topic: [w.leaves for w in h.weeks] for h in groups},
    }


def draw(data: dict[str, Any], path: Path, title: str) -> Path:
    """Render the four panels to `path` (PNG) and keep `data` beside it (`path` with .json)."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font_manager.fontManager.addfont(str(font_path()))
    name = font_manager.FontProperties(fname=str(font_path())).get_name()
    with matplotlib.rc_context({"font.family": name, "axes.unicode_minus": False}):
        fig, axes = plt.subplots(2, 2, figsize=(10, 7), dpi=90)
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
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
        plt.close(fig)
    path.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
