"""The README's plugin example is real, and so is its test written with the kit: both are run from the README."""
from __future__ import annotations

import inspect
import re
import sys
import types
from pathlib import Path

from bot.plugin import Plugin
from bot.testing import BotMaker

README = Path(__file__).parent.parent / "README.md"


def _examples() -> list[str]:
    """The python blocks of the section "Writing a plugin": the plugin, then its test."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"## Writing a plugin\n(.*?)\n## ", text, re.S)
    assert section is not None, "the README lost its section on writing a plugin"
    return re.findall(r"^```python\n(.*?)^```", section.group(1), re.S | re.M)


def _module(name: str, code: str) -> types.ModuleType:
    module = types.ModuleType(name)
    exec(compile(code, "README.md", "exec"), module.__dict__)
    return module


def _example_plugin() -> Plugin:
    return _module("plugins.thanks", _examples()[0]).plugin


async def test_the_readme_plugin_example_works(make_bot):
    bot = make_bot("plugins:\n  thanks: {}\n", _example_plugin(), scripts={"thanks/answer.j2": "不客气，{{ name }}！"})
    await bot.start()
    await bot.send_message("谢谢大家", name="李叔")
    await bot.send_message("/感谢", sender="u2")
    await bot.send_message("/thanks", sender="op1")
    await bot.settle()
    assert bot.texts() == ["不客气，李叔！", bot.texts()[1], "谢谢、感谢"]
    assert bot.sent[-1].kind == "private"  # an operator's command is answered privately
    assert "需要群管理员" in bot.texts()[1]


async def test_the_readme_test_example_passes(tmp_path, monkeypatch):
    plugin_code, test_code = _examples()[:2]
    monkeypatch.setitem(sys.modules, "plugins.thanks", _module("plugins.thanks", plugin_code))
    tests = _module("test_thanks", test_code)
    cases = [f for name, f in vars(tests).items() if name.startswith("test_") and inspect.iscoroutinefunction(f)]
    assert len(cases) == 3
    for case in cases:  # as pytest would run each: a folder of its own, the make_bot fixture
        maker = BotMaker(tmp_path / case.__name__)
        (tmp_path / case.__name__).mkdir()
        try:
            await case(maker)
        finally:
            maker.close()
