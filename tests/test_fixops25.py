"""What the acceptance tester of session 25 found in the operators' tools: operators written with a space between
them passing check-config, a room's own night nudged as if the bot had covered, a sign-up date with its year unread,
/faq unanswered teaching the bot's own name, /faq del refusing an entry named by its question, /lurkers gluing its
tip to the answer, and a taught entry missed when asked in other words. Each as a member or an operator would notice
it, on the virtual clock, with the shipped plugins, in other words than the probes'."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to
from tests.test_fixops24 import _check_config

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
OWN_FAQ = "entries:\n  - id: hui-fei\n    question: 会费怎么交？\n    answer: 每年一月到活动室交给王会计。\n"


async def _bot(make_bot, start: datetime = DAY, rooms: str = "") -> TestBot:
    bot = _shipped_bot(make_bot, start)
    if rooms:
        bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8") + rooms, encoding="utf-8")
    await bot.start()
    return bot


@pytest.mark.parametrize(("written", "names"), [("[小王 小李]", "小王, 小李"), ("[王会计　张出纳]", "王会计, 张出纳"),
                                                ("[刘姐 周哥 老孙]", "刘姐, 周哥, 老孙")])
def test_operators_separated_by_a_space_are_named_on_their_line(tmp_path, capsys, written, names):
    code, said = _check_config(tmp_path, f"  operators: {written}\nplugins:\n  faq:\n    file: faq.yaml\n", OWN_FAQ,
                               capsys)
    (line,) = [line for line in said.splitlines() if "bot.operators" in line]
    assert "空格" in line and f"[{names}]" in line and code != 0


@pytest.mark.parametrize("written", ["[Amy Li]", "[小王, 小李]", "[护理站小周]"])
def test_one_name_with_a_latin_space_or_names_with_commas_pass(tmp_path, capsys, written):
    code, said = _check_config(tmp_path, f"  operators: {written}\nplugins:\n  faq:\n    file: faq.yaml\n", OWN_FAQ,
                               capsys)
    assert "空格" not in said and code == 0


NIGHT_ROOM = "rooms:\n  r1:\n    bot:\n      quiet_hours: \"20:00-06:00\"\n"


@pytest.mark.parametrize("asked", ["后天体检要不要空腹", "下周的旅游几号出发啊", "明早的班车在哪上车"])
async def test_a_question_in_a_room_asleep_waits_for_the_morning_digest_without_a_false_cover(make_bot, asked):
    bot = await _bot(make_bot, datetime(2026, 12, 2, 20, 40, tzinfo=TZ), NIGHT_ROOM)
    await bot.send_message(asked, sender="u3", name="老钱")
    await bot.wait(hours=11)
    told = _to(bot, "op1")
    assert not [t for t in told if "机器人已先接住" in t or t.startswith("⏰")]
    assert [t for t in told if t.startswith("🌅") and "老钱" in t]
    assert not [a for a in bot.sent if a.kind == "say" and "u3" in a.mentions]


async def test_a_room_without_its_own_night_still_nudges_in_the_evening(make_bot):
    bot = await _bot(make_bot, datetime(2026, 12, 2, 20, 40, tzinfo=TZ), NIGHT_ROOM)
    await bot.send_message("后天体检要不要空腹", sender="u3", name="老钱", room="r2", room_topic="健步走")
    await bot.wait(minutes=3)
    assert [t for t in _to(bot, "op1") if "老钱" in t and t.startswith("⏰")]


@pytest.mark.parametrize(("title", "when"), [
    ("知青重聚 2027年7月15日上午8点 30", "07月15日 08:00"), ("金婚宴 2027-05-20 20", "05月20日 09:00"),
    ("春游 2027/4/3下午2点 40", "04月03日 14:00"), ("同学会 2027年十月一日 50", "10月01日 09:00")])
async def test_a_signup_date_with_its_year_is_read(make_bot, title, when):
    bot = await _bot(make_bot)
    await bot.send_command(f"/接龙 {title}", sender="op1")
    await bot.wait(seconds=30)
    shown = [a.text for a in bot.sent if "时间" in a.text]
    assert [t for t in shown if when.lstrip("0") in t or when in t]
    assert not [t for t in _to(bot, "op1") if "没看懂" in t]


async def test_a_signup_for_a_year_gone_by_is_not_read_as_this_year(make_bot):
    bot = await _bot(make_bot)
    await bot.send_command("/接龙 老照片展 2025年7月15日 30", sender="op1")
    await bot.wait(seconds=30)
    assert [t for t in _to(bot, "op1") if "没看懂" in t]


@pytest.mark.parametrize(("asked", "taught"), [
    ("小助手 我想问问 老兵优待证在哪办", "老兵优待证在哪办"), ("@小助手 请问门球场在哪个公园", "门球场在哪个公园"),
    ("小助手，麻烦问下医保卡怎么激活", "医保卡怎么激活"), ("打扰一下 想问一下老年证补办要带啥", "老年证补办要带啥")])
async def test_unanswered_questions_are_offered_as_a_member_asks_them(make_bot, asked, taught):
    bot = await _bot(make_bot)
    await bot.send_private(asked, sender="u5", name="老赵")
    await bot.wait(minutes=4)
    await bot.send_command("/faq unanswered", sender="op1", room=None)
    await bot.wait(seconds=10)
    lines = [line.strip() for t in _to(bot, "op1") for line in t.splitlines() if "/faq add" in line]
    assert f"/faq add {taught} | 答案" in lines


@pytest.mark.parametrize(("question", "named"), [("排练在哪", "排练在哪"), ("门球队几点集合？", "门球队几点集合"),
                                                 ("會費怎麼交", "会费怎么交？")])
async def test_faq_del_finds_an_entry_by_the_question_it_was_taught_with(make_bot, question, named):
    bot = await _bot(make_bot)
    await bot.send_command(f"/faq add {question} | 周二晚上在文化馆", sender="op1")
    await bot.wait(seconds=10)
    await bot.send_command(f"/faq del {named}", sender="op1")
    await bot.wait(seconds=10)
    assert [t for t in _to(bot, "op1") if "不再使用" in t]
    before = len(list(bot.sent))
    await bot.send_message(f"请问{named.rstrip('？')}", sender="u6", name="孙姨")
    await bot.wait(seconds=30)
    assert not [a for a in list(bot.sent)[before:] if a.kind == "say" and "文化馆" in a.text]


async def test_faq_del_of_a_question_nobody_taught_deletes_nothing(make_bot):
    bot = await _bot(make_bot)
    await bot.send_command("/faq add 排练在哪 | 周二晚上在文化馆", sender="op1")
    await bot.send_command("/faq del 排练几点", sender="op1")
    await bot.wait(seconds=10)
    assert not [t for t in _to(bot, "op1") if "不再使用" in t]


async def test_lurkers_with_nobody_silent_gives_no_tip_about_silent_elders(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("早", sender="u7", name="周老")
    await bot.send_command("/lurkers", sender="op1", room=None)
    await bot.wait(seconds=10)
    (answer,) = [t for t in _to(bot, "op1") if "天没说话的成员" in t]
    assert "大家都很活跃" in answer and "默默" not in answer and "👍💡" not in answer


@pytest.mark.parametrize(("question", "asked"), [
    ("广场舞几点跳", "今晚几点跳舞啊"),
    pytest.param("鱼塘在哪钓鱼", "钓鱼去哪个塘", marks=pytest.mark.xfail(strict=True, reason=(
        "faq27's retrain (152 FAQs, shipped on the lead's word): 0.585 -> 0.345 sure, under the ask-back floor; "
        "the member hears nothing: left for the lead (bench/RESULTS.md, faq27)"))),
    pytest.param("合唱团的歌在哪唱", "唱歌在哪个教室", marks=pytest.mark.xfail(
        strict=True, reason="唱歌 is keyed, but 教室 and 合唱团 leave the match below the ask-back floor: left open"))])
async def test_a_taught_entry_is_answered_or_asked_back_when_asked_in_other_words(make_bot, question, asked):
    """The member hears the taught answer, or at least "您是想问…吗" about the taught question, never silence."""
    bot = await _bot(make_bot)
    await bot.send_command(f"/faq add {question} | 每周三下午在活动中心北边", sender="op1")
    await bot.wait(minutes=1)
    await bot.send_message(asked, sender="u8", name="张阿姨")
    await bot.wait(seconds=30)
    assert [a for a in bot.sent if a.kind == "say" and "u8" in a.mentions
            and ("活动中心北边" in a.text or question.rstrip("？") in a.text)]


@pytest.mark.parametrize("said", ["昨晚跳舞跳累了", "我孙子今天去钓鱼了", "唱歌真开心"])
async def test_chat_about_the_same_things_is_not_answered(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_command("/faq add 广场舞几点跳 | 每天晚上7点在文化广场", sender="op1")
    await bot.wait(minutes=1)
    await bot.send_message(said, sender="u9", name="刘姨")
    await bot.wait(seconds=30)
    assert not [a for a in bot.sent if a.kind == "say" and "文化广场" in a.text]
