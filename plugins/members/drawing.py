"""The weekly review's charts drawn in a child process: `python plugins/members/drawing.py` (bot.child.run_script).

Run as a script, it imports nothing of the bot (only matplotlib), so the child starts fast, and matplotlib, its font
and the figures' garbage (~40-70 MB the bot kept for the rest of its life when it drew them itself; bench/RESULTS.md,
perf18) go when it exits. Drawn with matplotlib's Agg backend and the Noto Sans CJK font that the `mplfonts`
package ships, loaded by its path (no system fonts assumed). The work comes as JSON on stdin (chart.work).
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from functools import cache
from pathlib import Path
from typing import Any

FONT_FILE = "NotoSansCJKsc-Regular.otf"


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


def draw(data: dict[str, Any], path: Path, title: str, segments: list[list[str]]) -> Path:
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
        for s, name in segments:
            values = [data["segments"][r][s] for r in rooms]
            ax.bar(rooms, values, bottom=bottom, label=name)
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


def draw_all(job: dict[str, Any]) -> None:
    """Draw every chart of `job` (plugins.members.chart.work) and make the readers' copies."""
    for data, path in job["drawings"]:
        draw(data, Path(path), job["title"], job["segments"])
    for drawn, path in job["copies"]:
        copy(Path(drawn), Path(path))


if __name__ == "__main__":
    draw_all(json.loads(sys.stdin.buffer.read().decode("utf-8")))
