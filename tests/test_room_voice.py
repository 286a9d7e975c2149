"""A room's own audience and tone (rooms.ROOM.bot): a hospice families' group is welcomed and greeted quietly, a
chess club's parents are not called 老朋友; every other room keeps the bot-wide voice; check-config names slips."""
from __future__ import annotations

from datetime import datetime

from bot.cli import main
from bot.testing import TZ, join, message

VOICES = """
plugins:
  welcome: {}
  posts: {}
rooms:
  r1:
    bot: {tone: gentle}
  r2:
    bot: {audience: parents}
"""
SEVEN = datetime(2026, 11, 23, 7, 0, tzinfo=TZ)  # a Monday
CHEERFUL = ("平安喜乐", "开开心心", "🎉", "心情舒畅")


async def test_a_gentle_room_is_welcomed_quietly_and_another_room_as_ever(make_bot):
    bot = make_bot(VOICES)
    await bot.start()
    await bot.send(join(("u1", "王大姐"), room="r1", ts=bot.now))
    await bot.send(join(("u2", "李叔"), room="r3", ts=bot.now))
    await bot.wait(minutes=1)
    gentle, = [a.text for a in bot.sent if a.plugin == "welcome" and a.room == "r1"]
    usual, = [a.text for a in bot.sent if a.plugin == "welcome" and a.room == "r3"]
    assert gentle.startswith("欢迎王大姐来到") and "🎉" not in gentle and "我们都在" in gentle
    assert usual.startswith("🎉 热烈欢迎李叔加入")
    # acceptance20 decision: a patients' group is never greeted with a threat of removal; the usual room keeps it
    assert "不发广告" in gentle and "移出" not in gentle and "私下跟对方说一声" in gentle
    assert "请群主请出本群" in usual


async def test_the_operators_own_words_on_ads_are_said_as_written_and_empty_says_nothing(make_bot):
    bot = make_bot(VOICES.replace("  welcome: {}", "  welcome: {ads: 本群禁止广告}")
                   .replace("    bot: {audience: parents}", "    bot: {audience: parents}\n    welcome: {ads: ''}"))
    await bot.start()
    for room in ("r1", "r2"):
        await bot.send(join(("u1", "王大姐"), room=room, ts=bot.now))
    await bot.wait(minutes=1)
    gentle, = [a.text for a in bot.sent if a.plugin == "welcome" and a.room == "r1"]
    silent, = [a.text for a in bot.sent if a.plugin == "welcome" and a.room == "r2"]
    assert "🚫 本群禁止广告" in gentle and "🚫" not in silent


async def test_posts_follow_each_rooms_tone_and_audience_for_a_week(make_bot):
    bot = make_bot(VOICES, start=SEVEN)
    await bot.start()
    for room in ("r1", "r2", "r3"):
        await bot.send(message("早", room=room, ts=bot.now))
    await bot.wait(days=7)
    posts = bot.sent.by_plugin("posts")
    by_room = {room: [a.text for a in posts if a.room == room] for room in ("r1", "r2", "r3")}
    assert len(by_room["r1"]) == 14  # seven mornings and seven evenings
    assert not [t for t in by_room["r1"] if any(w in t for w in CHEERFUL)]
    assert not [t for t in by_room["r2"] if "老朋友" in t or "叔叔阿姨" in t]
    assert any("老朋友" in t or "叔叔阿姨" in t or "平安喜乐" in t for t in by_room["r3"])  # seniors, cheerful


def test_check_config_names_a_tone_it_does_not_know_and_a_key_a_room_cannot_set(tmp_path, capsys):
    (tmp_path / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\nrooms:\n  安宁家属群:\n"
                                          "    bot: {tone: quiet, owners: [x]}\n", encoding="utf-8")
    assert main(["check-config", str(tmp_path / "config.yaml")]) == 1
    err = capsys.readouterr().err
    assert "config.yaml:5 rooms.安宁家属群.bot.tone" in err and "gentle" in err
    assert "rooms.安宁家属群.bot.owners" in err


async def test_a_gentle_rooms_tips_give_no_advice_on_drinking_food_or_medicine(make_bot):
    """acceptance20 decision: "冬天在家也要喝水…常常喝几口" in a group whose members may be on dialysis goes against
    their doctors' orders; a gentle room's tips leave the body's intake to the doctors."""
    bot = make_bot(VOICES, start=SEVEN)
    await bot.start()
    for room in ("r1", "r3"):
        await bot.send(message("早", room=room, ts=bot.now))
    await bot.wait(days=21)
    tips = {room: [line for a in bot.sent.by_plugin("posts") if a.room == room for line in a.text.splitlines()
                   if line.startswith("📌")] for room in ("r1", "r3")}
    assert len(tips["r1"]) >= 30 and len(tips["r3"]) >= 30
    assert not [t for t in tips["r1"] if any(w in t for w in ("喝", "吃", "药", "饮", "盐", "运动"))]


async def test_the_ads_line_and_the_help_line_are_two_lines_in_every_welcome(make_bot):
    """acceptance21 35: "…移出本群💡 有问题…" read on a phone as one block; each sentence keeps a line of its own."""
    bot = make_bot(VOICES.replace("  welcome: {}", "  welcome: {private_welcome: true}"))
    await bot.start()
    for room in ("r1", "r3"):  # the gentle room and the usual one, each in the group and privately
        await bot.send(join(("u1", "王大姐"), room=room, ts=bot.now))
    await bot.wait(minutes=1)
    said = [a.text for a in bot.sent if a.plugin == "welcome"]
    assert len(said) == 4
    for text in said:
        ads, = [line for line in text.splitlines() if line.startswith("🚫")]
        assert ads.endswith("。") and "有问题" not in ads
        assert any(line.lstrip("💡 ").startswith("有问题直接在群里问") for line in text.splitlines())


async def test_a_room_whose_members_cannot_hear_is_never_invited_to_send_voice(make_bot):
    """FINDINGS21 decision: in a hearing-impaired group (rooms.ROOM.bot.suggest_voice: false) the welcome, the private
    welcome and a member's /help say to type and that the answer comes in writing; every other room keeps the voice."""
    bot = make_bot(VOICES.replace("  welcome: {}", "  welcome: {private_welcome: true}")
                   .replace("    bot: {tone: gentle}", "    bot: {tone: gentle, suggest_voice: false}"))
    await bot.start()
    for room in ("r1", "r3"):
        await bot.send(join(("u1", "老赵"), room=room, ts=bot.now))
    await bot.wait(minutes=1)
    await bot.send(message("/help", room="r1", sender="u1", ts=bot.now))
    await bot.wait(seconds=5)
    first_private, second_private = [a.text for a in bot.sent if a.plugin == "welcome" and a.kind == "private"]
    deaf = [first_private] + [a.text for a in bot.sent if a.room == "r1" and a.plugin in ("welcome", "commands")]
    usual = [second_private] + [a.text for a in bot.sent if a.room == "r3" and a.plugin == "welcome"]
    assert len(deaf) == 3 and all("语音" not in t and "打字" in t and "文字回您" in t for t in deaf)
    assert len(usual) == 2 and all("发语音也可以" in t for t in usual)


async def test_a_village_that_rises_at_four_keeps_its_own_night_and_other_rooms_keep_the_bots(make_bot):
    """FINDINGS21 decision: a fishermen's village up at four (rooms.ROOM.bot.quiet_hours: "21:00-04:00") is welcomed
    at five, and a newcomer at half past nine at night waits for four; another room keeps bot.quiet_hours (to 07:00)."""
    village = VOICES.replace("    bot: {tone: gentle}", '    bot: {quiet_hours: "21:00-04:00"}')
    bot = make_bot(village, start=datetime(2026, 11, 23, 5, 0, tzinfo=TZ))
    await bot.start()
    for room in ("r1", "r3"):
        await bot.send(join(("u1", "阿旺"), room=room, ts=bot.now))
    await bot.wait(minutes=5)
    early = {a.room for a in bot.sent if a.plugin == "welcome"}
    assert early == {"r1"}  # the village is up; the other room still sleeps
    await bot.wait(hours=2)
    assert {a.room for a in bot.sent if a.plugin == "welcome"} == {"r1", "r3"}
    await bot.wait(hours=14, minutes=30)  # 21:35
    await bot.send(join(("u2", "阿水"), room="r1", ts=bot.now))
    await bot.wait(hours=6)  # 03:35: still the village's night
    assert not [a for a in bot.sent if a.plugin == "welcome" and a.mentions == ("u2",)]
    await bot.wait(hours=1)
    late, = [a for a in bot.sent if a.plugin == "welcome" and a.mentions == ("u2",)]
    assert late.at.hour == 4


def test_check_config_names_a_rooms_night_it_cannot_read(tmp_path, capsys):
    (tmp_path / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\nrooms:\n  渔村老友群:\n"
                                          "    bot: {quiet_hours: 晚上9点到4点}\n", encoding="utf-8")
    assert main(["check-config", str(tmp_path / "config.yaml")]) == 1
    assert "config.yaml:5 rooms.渔村老友群.bot.quiet_hours" in capsys.readouterr().err
