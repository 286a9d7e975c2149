"""What the acceptance tester of session 26 found in the operators' config: quiet hours written twelve hours off
("10:30-07:00") passing check-config, a morning post scheduled inside the night skipped every day without a word, and
a room's own quiet hours written one level too high told in words nobody can act on. Each as the operator would see it
from `qunbot check-config`, in other settings than the probes'."""
from __future__ import annotations

import pytest

from tests.test_fixops24 import _check_config
from tests.test_fixops25 import OWN_FAQ


def _lines(said: str, key: str) -> list[str]:
    return [line for line in said.splitlines() if f" {key}:" in line]


@pytest.mark.parametrize(("written", "meant"), [("10:30-07:00", "22:30-07:00"), ("09:00-06:00", "21:00-06:00"),
                                                ("11:00-7:30", "23:00-07:30"), ("22:00-18:00", "22:00-06:00")])
def test_quiet_hours_that_swallow_the_day_are_named_with_the_night_meant(tmp_path, capsys, written, meant):
    code, said = _check_config(tmp_path, f'  quiet_hours: "{written}"\n  owners: [店长]\n', OWN_FAQ, capsys)
    (line,) = _lines(said, "bot.quiet_hours")
    assert line.startswith("config.yaml:3 ") and "不说话" in line and f'"{meant}"' in line and code == 0


@pytest.mark.parametrize("written", ["22:30-07:00", "21:00-04:00", "20:00-08:00", "23:00-06:00", "00:00-00:00"])
def test_an_ordinary_night_passes_quietly(tmp_path, capsys, written):
    code, said = _check_config(tmp_path, f'  quiet_hours: "{written}"\n  owners: [店长]\n', OWN_FAQ, capsys)
    assert not _lines(said, "bot.quiet_hours") and code == 0


def test_a_rooms_own_night_that_swallows_the_day_is_named_on_its_line(tmp_path, capsys):
    rooms = 'rooms:\n  太极晨练群:\n    bot:\n      quiet_hours: "09:00-05:00"\n'
    code, said = _check_config(tmp_path, "  owners: [店长]\n" + rooms, OWN_FAQ, capsys)
    (line,) = _lines(said, "rooms.太极晨练群.bot.quiet_hours")
    assert line.startswith("config.yaml:7 ") and '"21:00-05:00"' in line


POSTS = ("plugins:\n  faq:\n    file: faq.yaml\n  posts:\n    schedules:\n"
         "      {slot}: {{cron: \"{cron}\", template: {slot}.j2}}\n")


@pytest.mark.parametrize(("slot", "cron", "at"), [("morning", "30 5 * * *", "5:30"),
                                                  ("morning", "0 6 * * 1-5", "6:00"),
                                                  ("evening", "0 23 * * *", "23:00"),
                                                  ("evening", "45 22 * * sun", "22:45")])
def test_a_post_scheduled_in_the_night_is_named_with_what_to_do(tmp_path, capsys, slot, cron, at):
    code, said = _check_config(tmp_path, "  owners: [店长]\n" + POSTS.format(slot=slot, cron=cron), OWN_FAQ, capsys)
    (line,) = _lines(said, f"plugins.posts.schedules.{slot}.cron")
    assert line.startswith("config.yaml:9 ") and at in line and "22:30-7:00" in line and "发不出去" in line
    assert "7:00 以后" in line and "quiet_hours" in line and code == 0


@pytest.mark.parametrize("cron", ["30 7 * * *", "0 21 * * *", "0 7 * * *", "15 22 * * *"])
def test_a_post_in_the_day_passes_quietly(tmp_path, capsys, cron):
    posts = POSTS.format(slot="morning", cron=cron)
    code, said = _check_config(tmp_path, "  owners: [店长]\n" + posts, OWN_FAQ, capsys)
    assert "发不出去" not in said and code == 0


def test_an_early_post_in_a_room_up_at_four_passes(tmp_path, capsys):
    rooms = 'rooms:\n  渔村群:\n    bot:\n      quiet_hours: "21:00-04:00"\n    posts:\n      schedules:\n' \
            '        morning: {cron: "30 5 * * *", template: morning.j2}\n'
    code, said = _check_config(tmp_path, '  owners: [店长]\n' + POSTS.format(slot="evening", cron="0 20 * * *") + rooms,
                               OWN_FAQ, capsys)
    assert "发不出去" not in said and code == 0


@pytest.mark.parametrize(("key", "value", "shown"), [("quiet_hours", '"21:00-05:00"', '"21:00-05:00"'),
                                                     ("tone", "gentle", '"gentle"'),
                                                     ("suggest_voice", "false", "false")])
def test_a_rooms_own_setting_written_above_its_bot_says_where_it_goes(tmp_path, capsys, key, value, shown):
    code, said = _check_config(tmp_path, f"  owners: [店长]\nrooms:\n  安宁家属群:\n    {key}: {value}\n", OWN_FAQ,
                               capsys)
    (line,) = _lines(said, f"rooms.安宁家属群.{key}")
    assert f"{key} 要写在这个群的 bot 下面" in line and f"{{安宁家属群: {{bot: {{{key}: {shown}}}}}}}" in line
    assert code != 0


def test_a_plugin_written_wrong_in_a_room_is_not_sent_under_bot(tmp_path, capsys):
    code, said = _check_config(tmp_path, "  owners: [店长]\nplugins:\n  faq:\n    file: faq.yaml\nrooms:\n  r1:\n"
                               "    faq: off\n", OWN_FAQ, capsys)
    (line,) = _lines(said, "rooms.r1.faq")
    assert "bot 下面" not in line and code != 0


ASKED_OF_THE_SHOP = ["你们面包能送货上门不 我腿脚不方便", "你们还收旧助听器不 我那个坏了",
                     "药房能送到小区不 我一个人在家", "咱们这个月饼能寄到外地不，我闺女在广州",
                     "店里周日开门不 想去换个电池"]


@pytest.mark.parametrize("asked", ASKED_OF_THE_SHOP)
async def test_a_customer_asking_the_shop_in_the_norths_way_is_not_told_off_as_an_ad(make_bot, asked):
    from tests.test_fixops25 import _bot
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u7", name="林姐")
    await bot.wait(minutes=3)
    said = [a.text for a in bot.sent]
    assert not [t for t in said if "广告" in t or "推广" in t]


@pytest.mark.parametrize("ad", ["面包现烤现卖 能送货上门 加我微信 wx123456", "新到的助听器 八折 能上门验配 有意私聊"])
async def test_an_ad_offering_delivery_is_still_stopped(make_bot, ad):
    from tests.test_fixops25 import _bot
    bot = await _bot(make_bot)
    await bot.send_message(ad, sender="u7", name="钱老板")
    await bot.wait(minutes=3)
    assert [a.text for a in bot.sent if "u7" in a.mentions and "广告" in a.text]


@pytest.mark.parametrize(("cron", "at"), [("30 5 * * *", "5:30"), ("0 23 * * *", "23:00"), ("15 6 * * *", "6:15")])
async def test_a_post_never_sent_for_the_night_is_told_to_the_staff_once_in_the_day(make_bot, cron, at):
    from datetime import datetime

    from bot.testing import TZ
    from tests.shipped_bot import shipped_bot
    from tests.shipped_bot import to as to_
    bot = shipped_bot(make_bot, datetime(2026, 12, 2, 4, 0, tzinfo=TZ))
    text = bot.config_path.read_text(encoding="utf-8")
    bot.config_path.write_text(text.replace('morning: {cron: "30 7 * * *"', f'morning: {{cron: "{cron}"'),
                               encoding="utf-8")
    await bot.start()
    await bot.send_message("早上好", sender="u3", name="老钱")
    await bot.wait(hours=44)
    told = [t for t in to_(bot, "op1") if "定时问候「morning」" in t]
    assert len(told) == 1 and f"定在 {at}" in told[0] and "没有发出去" in told[0] and "7:00 以后" in told[0]
    assert not [a for a in bot.sent if a.kind == "say" and a.plugin == "posts" and "morning" in (a.ref or "")]


async def test_posts_in_the_day_tell_the_staff_nothing(make_bot):
    from datetime import datetime

    from bot.testing import TZ
    from tests.shipped_bot import shipped_bot
    from tests.shipped_bot import to as to_
    bot = shipped_bot(make_bot, datetime(2026, 12, 2, 4, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早上好", sender="u3", name="老钱")
    await bot.wait(hours=44)
    assert not [t for t in to_(bot, "op1") if "定时问候" in t]
