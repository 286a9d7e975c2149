"""People in danger reach a person at once, however they say it (issue 13, fixcare21).

A sting the whole body answers, a dialysis patient's high potassium or clotted fistula, someone cut off by the tide or
a boat not back in a wind, a grown-up gone from home, a fire or a fall typed in pieces by a deaf member, a member who
says after the danger that they cannot phone, and a child's fever at night. Each is told here in other words than the
acceptance tester's; the everyday lines of the same words stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 0, 30, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("我爸在菜地被一群黄蜂蛰了 脸肿得厉害 直恶心", "sting"),
    ("孩子游泳被海蜇蜇了 嗓子发紧 说不出话", "sting"),
    ("老伴叫蝎子咬了一口 喘不上气", "sting"),
    ("我妈透析的 刚才吃了两个橘子 这会儿胸闷 嘴唇发麻", "potassium"),
    ("尿毒症的老父亲 晚上腿软站不住 手也麻了", "potassium"),
    ("老头胳膊上的瘘管不震了 昨晚透完还好的", "fistula"),
    ("我的内瘘感觉不到搏动了 怎么办", "fistula"),
    ("阿爸一早去赶海 潮水涨上来了 电话打不通", "tide"),
    ("我老公下午去礁石上捡螺 涨潮了 现在还没回来", "tide"),
    ("三叔的渔船昨晚出海 到现在联系不上 台风要来了", "at_sea"),
    ("我婆婆有点糊涂 下午自己出门了 到处都找不着", "lost"),
    ("俺爹出去遛弯 一上午了 不见人了", "lost"),
])
def test_a_danger_told_in_its_own_words_is_read_with_its_kind(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "被蜜蜂蛰了一下 起了个包 有点疼", "惊蛰到了 天气转暖 有点头晕", "养蜂人说被蜂蛰多了就不怕了",
    "透析病人少吃香蕉橘子 记住了", "我吃了个香蕉 有点心慌", "透析完浑身没劲 歇会儿就好 每次都这样",
    "内瘘的震颤应该是什么感觉", "每天摸一摸内瘘有没有震颤 大家记得",
    "明天早上赶海 几点涨潮", "赶海要注意涨潮 别走太远", "老公出海了 要三天后回来",
    "我妈出去了 找不到人帮忙搬家", "老爷子出去买菜了 一会就回来",
    "厨房烟很大 油烟机该洗了", "我妈倒了杯水给我", "今天外面烟很大",
    "奶奶走了 到处都找不到她的照片", "我妈出门前 钥匙一直找不到", "刚透析完 心慌 没劲 歇一会",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert _kind(text) is None


async def test_many_wasp_stings_get_120_and_the_sting_scraped_out(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("在后山砍柴碰到马蜂 被叮了二十多口 人有点迷糊", sender="u5", name="老吴")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "刮出来" in step and "躺下" in step
    assert _to(bot, "op1")[0].startswith("🚨 蜇伤后全身有反应") and "老吴" in _to(bot, "op1")[0]


async def test_a_jellyfish_sting_is_rinsed_with_sea_water_not_fresh(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孙女被水母蜇了 浑身起疹子 喘气费劲", sender="u5", name="阿秀")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "海水" in step and "别用淡水" in step


async def test_a_dialysis_patient_numb_and_weak_after_fruit_gets_120_not_the_next_session(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老伴下午吃了半个柚子 现在手脚发麻 一点力气都没有", sender="u5", name="周阿姨")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "血钾" in step and "别等到下次透析" in step
    assert _to(bot, "op1")[0].startswith("🚨 可能是血钾高")


async def test_a_fistula_without_its_thrill_gets_the_dialysis_centre_today_and_a_person_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我爸手上的瘘管摸不着震颤了", sender="u5", name="小林")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "透析中心" in step and "今天" in step and "量血压" in step
    assert _to(bot, "op1")[0].startswith("🚨 透析内瘘可能堵了")


async def test_someone_cut_off_by_the_tide_gets_110_and_12395_and_nobody_wading_out(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈去滩涂挖蛏 潮水上来了 人还没回来", sender="u5", name="阿娟")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "110" in step and "12395" in step and "别一个人下滩去找" in step
    assert "守住出口" not in step


async def test_a_boat_not_back_in_a_wind_gets_12395_the_harbour_and_the_boats_near(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我哥的船中午就该回港了 到现在没回来 浪越来越大", sender="u5", name="阿海")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert step.index("12395") < step.index("110") and "渔港" in step and "对讲机" in step
    assert "守住出口" not in step and "店家" not in step
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨 有船出海没回来") and "12395" in alert


async def test_a_grandmother_gone_from_home_gets_110_the_estate_and_someone_at_home(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我婆婆有点糊涂 下午自己出门了 到处都找不着", sender="u5", name="小何")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "110" in step and "小区物业" in step and "留一个人在家里" in step


@pytest.mark.parametrize(("lines", "number"), [
    (("快来人", "我爸", "倒在地上了"), "120"),
    (("卧室", "全是烟", "出不去"), "119"),
])
async def test_a_danger_typed_in_pieces_by_a_deaf_member_reaches_a_person_at_once(make_bot, lines, number):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in lines:
        await bot.send_message(line, sender="u5", name="老聂")
    await bot.wait(seconds=5)
    assert any(number in s for s in _said(bot))
    assert _to(bot, "op1")[0].startswith("🚨") and not [s for s in _said(bot) if "添麻烦" in s]


async def test_a_member_who_says_after_the_danger_that_they_cannot_phone_is_not_told_to_phone(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("我妈晕倒了", "我是聋人", "没法打电话"):
        await bot.send_message(line, sender="u5", name="小聂")
    await bot.wait(seconds=5)
    steps = _said(bot)
    assert steps and not [s for s in steps if "请马上打120" in s]
    assert any("群里离小聂近的朋友，请马上替小聂打120" in s for s in steps)
    alerts = _to(bot, "op1")
    assert alerts[0].startswith("🚨") and "聋" in alerts[-1] and "没法打电话" in alerts[-1]


async def test_one_who_said_from_the_start_they_cannot_phone_is_not_alerted_twice(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("我听不见 老伴晕倒了", "我打不了电话"):
        await bot.send_message(line, sender="u5", name="小聂")
    await bot.wait(seconds=5)
    assert len(_to(bot, "op1")) == 1 and len(_said(bot)) == 1


async def test_in_a_group_for_the_deaf_the_first_word_asks_others_to_phone_and_the_operator_texts(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我老伴摔倒了 起不来", sender="u5", name="老聂", room_topic="听障朋友之家")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "请马上打120" not in step and "替老聂打120" in step
    assert "用文字" in _to(bot, "op1")[0]


async def test_a_childs_fever_at_night_gets_a_word_about_the_child_and_the_digest_says_so(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("外孙女烧到三十九度多 乡下半夜找不到大夫 咋整", sender="u5", name="刘婆婆")
    await bot.wait(hours=8)
    (word,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "孩子" in word.text and "陪着您" not in word.text and "别用酒精" in word.text and "120" in word.text
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    assert "孩子不舒服" in digest.text and "身体不适" not in digest.text


async def test_a_grown_ups_pain_at_night_still_gets_family_to_sit_with_them(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("孩子他爸发烧38度5 一直退不下去", sender="u5", name="刘婆婆")
    await bot.wait(minutes=5)
    (word,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "陪着您" in word.text and "孩子" not in word.text


def test_a_grandfather_who_walked_out_of_home_gets_the_estate_guards_and_someone_waiting_at_home():
    """The lead's finding (session 21): a grown-up lost from home, not only a child lost in a mall."""
    from bot.templates import Scripts
    for text in ("我爸老年痴呆 早上自己从家里走出去了 到现在找不到人", "老爷子一早出去 找不着人了"):
        found = emergency(text)
        assert found is not None and found.kind == "lost", text
        step = Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                                no_phone=False, sms_alarm="12110").text
        assert "110" in step and "小区物业" in step and "留一个人在家里" in step
        assert step.index("商场、公园走丢的") < step.index("守住出口") < step.index("从家里走丢的")
