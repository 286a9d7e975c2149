"""The reviews' findings on conv17's nudge work (session 17): the daily report names only members a person still owes
an answer, news of an illness keeps the bot's cover off after a restart too, deaths are bereavement's to read, and the
operator's scripts for illness news, a member's health advice and the day's report read as the native reviewer asked.
Each as the operator or a member would notice it, on the virtual clock."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.testing import TZ, Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""
REPORT = """
plugins:
  nudge: {daily_report: "0 21 * * *"}
"""


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


def _to(bot: TestBot, person: str) -> list[Sent]:
    return [a for a in _nudge(bot, "private") if a.to == person]


async def test_the_daily_report_leaves_out_a_private_chat_and_a_night_item_handed_over(make_bot):
    bot = make_bot(REPORT)
    await bot.start(at=bot.begin - timedelta(hours=8, minutes=30))  # 00:30
    await bot.send_message("请问明天几点开门", sender="u7", name="钱叔")  # handed over in the 07:00 digest
    await bot.wait(hours=8, minutes=30)
    await bot.send_private("请问明天体检要空腹吗", sender="u5", name="孙大爷")  # the operator answers her privately
    await bot.wait(minutes=5)
    await bot.send_message("请问有没有布洛芬", sender="u1", name="郑姐")
    await bot.wait(hours=12)
    (report,) = [a.text for a in _to(bot, "op1") if a.ref == "daily.j2"]
    owed = report.split("还没等到人工回复的：")[1]
    assert "郑姐" in owed and "钱叔" not in owed and "孙大爷" not in owed


def test_the_days_figures_list_as_unanswered_only_those_a_person_still_owes():
    from plugins.nudge.sla import Wait, sla

    nine = datetime(2026, 11, 23, 9, tzinfo=TZ)

    def wait(n: int, name: str, room: str, state: str) -> Wait:
        return Wait(n, room, room and "金秋俱乐部1群", f"u{n}", name, f"m{n}", "question", nine + timedelta(minutes=n),
                    state, "op1", None, None, None, f"{name}的话")

    rows = [wait(1, "郑姐", "r1", "nudged"), wait(2, "孙大爷", "", "handed_over"), wait(3, "钱叔", "r1", "handed_over"),
            wait(4, "周奶奶", "r1", "covered"), wait(5, "吴叔", "r1", "expired"), wait(6, "何阿姨", "r1", "open")]
    figures = sla(rows, nine + timedelta(hours=12))
    assert [name for name, *_ in figures.unanswered] == ["郑姐", "周奶奶", "吴叔", "何阿姨"]
