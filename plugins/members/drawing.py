"""The weekly review's charts drawn in a child process (bot.child): `python -m plugins.members.drawing`.

matplotlib, its font and the figures' garbage stay in the child and go when it exits (~40-70 MB the bot kept
for the rest of its life when it drew them itself; bench/RESULTS.md, perf18).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.child import run_module, work_from_stdin
from plugins.members import chart


def work(title: str, drawings: list[tuple[dict[str, Any], Path]], copies: list[tuple[Path, Path]]) -> dict[str, Any]:
    """What the child is to do: each drawing (its series, its file), then each copy (drawn file, reader's file)."""
    return {"title": title, "drawings": [[data, str(path)] for data, path in drawings],
            "copies": [[str(drawn), str(path)] for drawn, path in copies]}


def draw_all(job: dict[str, Any]) -> None:
    """Draw every chart of `job` (see `work`) and make the readers' copies."""
    for data, path in job["drawings"]:
        chart.draw(data, Path(path), job["title"])
    for drawn, path in job["copies"]:
        chart.copy(Path(drawn), Path(path))


async def in_child(job: dict[str, Any]) -> None:
    """Draw `job` in a child process and wait for it (bot.child.ChildFailed when it fails)."""
    await run_module(__name__, job)


if __name__ == "__main__":
    draw_all(work_from_stdin())
