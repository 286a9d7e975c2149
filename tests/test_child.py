"""Work done in a child process (bot.child): the weekly review's charts come out of it, and a child that fails says
which module failed and why, so the operator's log shows it."""
import asyncio
import json

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
