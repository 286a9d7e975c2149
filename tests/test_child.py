"""Work done in a child process (bot.child): the weekly review's charts come out of it, and a child that fails says
which module failed and why, so the operator's log shows it."""
import asyncio
import json
import os

import pytest

from bot.child import ChildFailed, run_script
from plugins.members import chart


def test_the_review_charts_drawn_in_a_child_are_the_readers_pngs(tmp_path):
    data = {"weeks": chart.WEEK_LABELS, "segments": {"晨练群": {s: 2 for s in chart.SEGMENT_NAMES}},
            "messages_per_day": {"晨练群": [3, 4, 5, 6]}, "response_min": {"晨练群": [2.0, None, 1.5, 3.0]},
            "joins": {"晨练群": [1, 0, 2, 1]}, "leaves": {"晨练群": [0, 1, 0, 0]}}
    first, second = tmp_path / "review-op1.png", tmp_path / "review-op2.png"
    asyncio.run(chart.draw_in_child(chart.work("12月07日 一周复盘", [(data, first)], [(first, second)])))
    for png in (first, second):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))["joins"] == {"晨练群": [1, 0, 2, 1]}


def test_a_child_that_fails_names_its_module_and_its_error(tmp_path):
    with pytest.raises(ChildFailed, match=r"drawing.py exited with 1: .*No such file or directory"):
        asyncio.run(chart.draw_in_child(chart.work("标题", [], [(tmp_path / "missing.png", tmp_path / "copy.png")])))
    script = tmp_path / "broken.py"
    script.write_text("import no_such_module\n", encoding="utf-8")
    with pytest.raises(ChildFailed, match="broken.py exited with 1: .*No module named 'no_such_module'"):
        asyncio.run(run_script(script, {}))


HANGS = """import os, pathlib, sys, time
pathlib.Path(sys.argv[0]).with_suffix(".pid").write_text(str(os.getpid()))
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_hung_child_is_killed_at_its_limit_and_the_caller_told(tmp_path):
    script = tmp_path / "hangs.py"
    script.write_text(HANGS, encoding="utf-8")
    with pytest.raises(ChildFailed, match=r"hangs.py still working after 3 s: killed"):
        asyncio.run(run_script(script, {}, limit_s=3))
    assert not _alive(int(script.with_suffix(".pid").read_text()))


def test_a_child_is_killed_when_the_bot_stops_waiting_for_it(tmp_path):
    script = tmp_path / "hangs.py"
    script.write_text(HANGS, encoding="utf-8")

    async def stop_while_drawing() -> None:
        drawing = asyncio.create_task(run_script(script, {}))
        while not script.with_suffix(".pid").exists():
            await asyncio.sleep(0.05)
        drawing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await drawing

    asyncio.run(stop_while_drawing())
    assert not _alive(int(script.with_suffix(".pid").read_text()))
