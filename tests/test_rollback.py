"""A handler whose store write fails leaves no trace: no reply, no row, and no remembered state."""
from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

from bot.testing import TestBot, join, message

DATA = Path(__file__).parent / "data"


@contextmanager
def failing_writes(bot: TestBot, table: str, on: str = "INSERT"):
    """Every `on` write to `table` fails (as a full disk would) until the block ends."""
    assert bot.app is not None
    engine = bot.app.store.engine
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("CREATE OR REPLACE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql "
                                 "AS $$BEGIN RAISE EXCEPTION 'disk full'; END$$")
            conn.exec_driver_sql(f"CREATE TRIGGER fail_once BEFORE {on} ON {table} "
                                 "FOR EACH ROW EXECUTE FUNCTION fail_once()")
        else:
            conn.exec_driver_sql(f"CREATE TRIGGER fail_once BEFORE {on} ON {table} "
                                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    try:
        yield
    finally:
        with engine.begin() as conn:
            on_table = f" ON {table}" if engine.dialect.name == "postgresql" else ""
            conn.exec_driver_sql(f"DROP TRIGGER fail_once{on_table}")


async def test_an_faq_answer_lost_to_a_failed_write_is_given_to_the_next_asker(make_bot):
    bot = make_bot("plugins:\n  faq:\n    file: faq.yaml\n")
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    with failing_writes(bot, "faq_recent"):
        await bot.send_message("活动怎么报名", sender="u1")
    await bot.wait(minutes=1)
    await bot.send_message("请问活动在哪报名啊", sender="u2")
    await bot.settle()
    (answer,) = bot.sent
    assert answer.text.startswith("报名很简单") and answer.mentions == ("u2",)


async def test_first_words_lost_to_a_failed_write_are_passed_on_next_time(make_bot):
    bot = make_bot("plugins:\n  welcome: {}\n")
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(minutes=3)
    with failing_writes(bot, "welcome_newcomers", on="UPDATE"):
        await bot.send(message("大家好，我是老李", sender="u1", name="李叔", ts=bot.now))
    await bot.send(message("今天天气不错", sender="u1", name="李叔", ts=bot.now))
    await bot.settle()
    private = [a for a in bot.sent if a.kind == "private"]
    assert len(private) == 1 and private[0].to == "op1" and "今天天气不错" in private[0].text
