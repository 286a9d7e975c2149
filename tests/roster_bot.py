"""The bot with an operators' roster that the emergency tests meet: its config, an afternoon and a night to start
at, and how many seconds after the start an action went."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ, TestBot

ROSTER = """
plugins:
  nudge: {}
  faq:
    file: faq.yaml
"""


LIFT_FAQ = """entries:
  - id: lift
    question: 电梯坏了找谁？
    questions: [电梯出问题了怎么办, 电梯关人了找谁]
    keywords: [电梯, 困, 关]
    answer: 电梯有问题请拨打物业电话 12345678，工作日 8:00-17:00 有人接听。
"""


AFTERNOON = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 2, 0, tzinfo=TZ)


def _roster_bot(make_bot, start: datetime) -> TestBot:
    """A property office's bot: op1 then op2 on duty, the owner `boss`, an FAQ that knows about the lift."""
    bot = make_bot(ROSTER, start=start)
    (bot.folder / "faq.yaml").write_text(LIFT_FAQ, encoding="utf-8")
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "operators: [op1]", "operators: [op1, op2]\n  duty: [{operator: op1}, {operator: op2}]"), encoding="utf-8")
    return bot


def _seconds(bot: TestBot, action) -> int:
    return int((action.at - bot.begin).total_seconds())
