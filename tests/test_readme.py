"""The README's plugin example is real: it loads, answers, and its command is operator-only."""
from __future__ import annotations

import re
import types
from pathlib import Path

from bot.plugin import Plugin

README = Path(__file__).parent.parent / "README.md"


def _examples() -> list[str]:
    """The python blocks of the section "Writing a plugin": the plugin, then its test."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"## Writing a plugin\n(.*?)\n## ", text, re.S)
    assert section is not None, "the README lost its section on writing a plugin"
    return re.findall(r"```python\n(.*?)```", section.group(1), re.S)


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
    assert "需要群管理员" in bot.texts()[1]

