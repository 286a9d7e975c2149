"""Mends of session 16's code review of the emergency steps: what a member or an operator would notice."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.danger.typed_in_pieces import Pieces
from bot.testing import TZ, TestBot
from tests.roster_bot import _roster_bot

AFTERNOON = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 2, 0, tzinfo=TZ)


def _seconds(bot: TestBot, action) -> int:
    return int((action.at - bot.begin).total_seconds())


def _alerts(bot: TestBot) -> list[tuple[str | None, int]]:
    return [(a.to, _seconds(bot, a)) for a in bot.sent if a.ref and a.ref.startswith("emergency_alert")]


async def test_out_of_the_lift_and_thanking_twenty_seconds_later_pages_nobody_else(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("电梯困住了", name="周阿姨")
    await bot.wait(seconds=20)
    await bot.send_message("出来了 谢谢", name="周阿姨")
    await bot.wait(minutes=5)
    assert [to for to, _ in _alerts(bot)] == ["op1"]  # the danger is over: neither op2 nor the owner woken


def test_a_dog_that_fell_typed_in_three_lines_is_no_emergency():
    pieces = Pieces()
    for n, line in enumerate(("我家狗狗", "摔了", "起不来")):
        found = pieces.danger("room", "u1", AFTERNOON + timedelta(seconds=10 * n), line)
    assert found is None
    for n, line in enumerate(("我老伴", "摔了", "起不来")):  # a person: still one
        found = pieces.danger("room", "u2", AFTERNOON + timedelta(seconds=10 * n), line)
    assert found is not None and found.kind == "fall"


async def test_a_restart_at_ninety_seconds_still_tells_the_owner_at_two_minutes(make_bot):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=90)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=90))
    await bot.wait(minutes=5)
    alerts = _alerts(bot)
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"]
    assert 120 <= alerts[2][1] <= 125  # not at the restart (90 s): the owner's time is the owner's time


async def test_a_long_message_alert_quotes_who_and_where_from_its_start(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    said = ("我是5栋2单元的刘阿姨，我老伴刚才在卫生间摔倒了，头上流血了，起不来，我一个人扶不动他，"
            "家里孩子都不在身边，电话也打不通，我现在特别害怕，也不知道该怎么办才好，求求你们快派个人来帮帮忙吧")
    assert len(said) > 80
    await bot.send_message(said, name="刘阿姨")
    await bot.wait(seconds=10)
    (first,) = [a for a in bot.sent if a.ref == "emergency_alert.j2"]
    assert "5栋2单元" in first.text and "卫生间摔倒了" in first.text


async def test_an_old_config_telling_both_at_two_minutes_says_so_and_does_so(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "nudge: {}", "nudge: {emergency_escalate_s: 120}"), encoding="utf-8")
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(minutes=5)
    first = next(a for a in bot.sent if a.ref == "emergency_alert.j2")
    assert "2分钟内群里没有工作人员回应，机器人会同时告诉下一位值班同事和群主" in first.text
    assert "到第2分钟" not in first.text
    alerts = _alerts(bot)
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"] and abs(alerts[1][1] - alerts[2][1]) <= 5


async def test_an_escalation_under_a_minute_is_said_in_seconds(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "nudge: {}", "nudge: {emergency_escalate_s: 20, emergency_owners_s: 90}"), encoding="utf-8")
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=5)
    first = next(a for a in bot.sent if a.ref == "emergency_alert.j2")
    assert "20秒内群里没有工作人员回应" in first.text and "到第90秒还没人回应，就告诉群主" in first.text
    assert "0分钟" not in first.text


async def test_an_owner_told_first_with_nobody_on_duty_is_asked_to_handle_it_not_told_the_owner_will_be(make_bot):
    bot = make_bot("plugins:\n  nudge: {}\n", start=AFTERNOON)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "operators: [op1]", "operators: []"), encoding="utf-8")
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(minutes=5)
    (first,) = [a for a in bot.sent if a.ref and a.ref.startswith("emergency_alert")]
    assert first.to == "boss" and "告诉群主" not in first.text and "请您亲自处理" in first.text


def test_check_config_warns_when_the_owners_would_be_told_with_the_next_on_duty(tmp_path, capsys):
    from bot.cli import main
    from bot.workdir import init
    init(tmp_path)
    path = tmp_path / "config.yaml"
    text = path.read_text(encoding="utf-8").replace("owners: []", "owners: [wxid_owner01]", 1)
    assert "nudge_after_s: 60" in text
    path.write_text(text.replace("nudge_after_s: 60", "nudge_after_s: 60\n    emergency_escalate_s: 120", 1),
                    encoding="utf-8")
    code = main(["check-config", str(path)])
    out = capsys.readouterr()
    assert code == 0 and "同时收到提醒" in out.out + out.err and "emergency_owners_s" in out.out + out.err


async def test_after_a_restart_a_reminder_about_one_member_does_not_silence_another_members_plea(make_bot):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=5)
    await bot.send_message("2栋门口有个老太太摔倒了起不来，头上流血了，谁在附近快去看看", name="小陈", sender="u2")
    await bot.wait(seconds=10)
    await bot.send_message("@周阿姨 收到，马上到", sender="op1", name="物业小王", mentions=["u1"])
    await bot.send_message("@小陈 收到，这就过去", sender="op1", name="物业小王", mentions=["u2"])
    await bot.wait(seconds=20)
    await bot.send_message("还在里面，快点来人啊！！", name="周阿姨")
    await bot.wait(seconds=10)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=50))
    before = len(bot.sent)
    await bot.send_message("还没人来吗 快来人啊！！", name="小陈", sender="u2")
    await bot.wait(minutes=2)
    reminders = [a for a in bot.sent[before:] if a.ref == "emergency_still.j2"]
    assert [a.to for a in reminders] == ["op1"] and "小陈" in reminders[0].text


def test_who_was_told_of_an_emergency_is_read_back_by_index_not_by_scanning_the_whole_action_log(tmp_path):
    import pytest
    from sqlalchemy import text

    from bot.store import Store
    from bot.testing import on_postgres, store_url
    if on_postgres():
        pytest.skip("the plan is read from SQLite's EXPLAIN QUERY PLAN")
    store = Store(store_url(tmp_path))
    store.migrate()
    with store.engine.connect() as conn:
        told = " ".join(str(row[-1]) for row in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT \"to\", created_at FROM actions WHERE cause = 'm1' AND kind = 'private' "
            "AND ref IN ('emergency_alert.j2', 'emergency_alert.j2:escalated') ORDER BY id")))
        reminded = " ".join(str(row[-1]) for row in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT \"to\", created_at FROM actions WHERE ref = 'emergency_still.j2' "
            "AND kind = 'private' AND \"to\" = 'op1' ORDER BY id DESC LIMIT 1")))
    store.close()
    assert "USING INDEX" in told and "SCAN actions" not in told
    assert "USING INDEX" in reminded and "SCAN actions" not in reminded


def test_lines_read_together_do_not_fill_the_readings_cache():
    from bot.danger.emergency import read
    pieces = Pieces()
    before = read.cache_info().currsize
    for n, line in enumerate(("我老伴", "在厕所摔倒了", "叫他不答应")):
        pieces.danger("room-cache", "u9", AFTERNOON + timedelta(seconds=5 * n), line)
    assert read.cache_info().currsize == before  # each joined string is met once: caching it evicts real messages
