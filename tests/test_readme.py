"""The README's plugin example is real: it loads, answers, and its command is operator-only."""
from __future__ import annotations

import re
import types
from pathlib import Path

README = Path(__file__).parent.parent / "README.md"


def _example_plugin():
    text = README.read_text(encoding="utf-8")
    found = re.search(r"## Writing a plugin.*?```python\n(.*?)```", text, re.S)
    assert found is not None, "the README lost its plugin example"
    code = found.group(1)
    module = types.ModuleType("plugins.thanks")
    exec(compile(code, "README.md", "exec"), module.__dict__)
    return module.plugin


async def test_the_readme_plugin_example_works(harness):
    plugin = _example_plugin()
    bot = harness("plugins:\n  thanks: {}\n", {"thanks": plugin})
    config = bot.config_path.read_text(encoding="utf-8").replace("  vips: [vip1]\n",
                                                                 "  vips: [vip1]\n  scripts_override: mine\n")
    bot.config_path.write_text(config, encoding="utf-8")
    (bot.folder / "mine" / "thanks").mkdir(parents=True)
    (bot.folder / "mine" / "thanks" / "answer.j2").write_text("不客气，{{ name }}！", encoding="utf-8")
    await bot.start()
    await bot.say("谢谢大家", name="李叔")
    await bot.say("/感谢", sender="u2")
    await bot.say("/thanks", sender="op1")
    await bot.settle()
    assert bot.texts() == ["不客气，李叔！", bot.texts()[1], "谢谢、感谢"]
    assert "需要群管理员" in bot.texts()[1]
