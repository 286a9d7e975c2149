"""Activities: a 接龙 opened by an operator, +1 and 取消, WeChat's own 接龙, the full list, reminders, attendance."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text
from sqlmodel import select

from bot import discovery
from bot.store import Store, alembic_config
from bot.testing import NINE_AM, join, message, store_url
from plugins.activities import wording
from plugins.activities.store import Signup

ACTIVITIES = """
plugins:
  activities: {}
"""


def test_times_and_numbers_read_as_people_write_them():
    now = NINE_AM  # a Monday
    assert wording.opening("周六太极 周六9点 20人", now) == wording.Opening(
        "周六太极", now.replace(day=28, hour=9), 20)
    tomorrow, december = now.replace(day=24, hour=14, minute=30), now.replace(month=12, day=5, hour=15)
    assert wording.opening("包饺子 明天 14:30", now) == wording.Opening("包饺子", tomorrow, None)
    assert wording.opening("茶话会 12月5日下午3点", now) == wording.Opening("茶话会", december, None)
    assert wording.opening("合唱排练", now) == wording.Opening("合唱排练", None, None)
    assert wording.says_join("+1") and wording.says_join("报名！") and not wording.says_join("+10")
    assert wording.says_leave("-1") and wording.says_leave("取消") and not wording.says_join("报名怎么弄")


async def test_a_signup_fills_up_and_the_list_is_posted(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ("u2", "王阿姨"), ("u3", "赵姐"), ts=bot.now))
    await bot.send_message("/接龙 周六太极 周六9点 2人", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.send_message("取消", sender="u1", name="李叔")
    await bot.send_message("报名", sender="u2", name="王阿姨")
    await bot.send_message("#接龙\n周六太极\n\n1. 王阿姨\n2. 赵姐", sender="u3", name="赵姐")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.settle()
    texts = bot.texts("activities")
    assert "活动接龙：周六太极" in texts[0] and "名额：2 位" in texts[0]
    assert any("名额已满" in t and "1. 王阿姨\n2. 赵姐" in t for t in texts)
    assert "名额已经满了" in texts[-1]


async def test_reminders_go_the_day_before_and_an_hour_before_mentioning_those_signed_up(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 包饺子 周三10点", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.send_message("+1", sender="u2", name="王阿姨")
    await bot.wait(days=2, hours=2)
    reminders = [a for a in bot.sent if a.ref.endswith("remind.j2")]
    assert [a.at.isoformat()[:16] for a in reminders] == ["2026-11-24T10:00", "2026-11-25T09:00"]
    assert all(a.mentions == ("u1", "u2") and "11月25日 10:00" in a.text for a in reminders)


async def test_attendance_is_marked_privately(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ("u2", "王阿姨"), ts=bot.now))
    await bot.send_message("/接龙 包饺子 明天10点", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.wait(days=1, hours=3)
    await bot.send(message("/到场 @李叔 @王阿姨", sender="op1", name="小王", ts=bot.now, mentions=("u1",)))
    await bot.settle()
    assert bot.sent[-1].to == "op1" and "到场记好了：2 位（报名 1 位）" in bot.sent[-1].text


def test_the_dice_face_is_read_from_wechats_xml_or_the_exported_text_form():
    from plugins.activities.dice import face
    xml = '<msg><emoji fromusername="wxid_a" type="2" md5="a1b2"><gameext type="2" content="7"></gameext></emoji></msg>'
    assert face(xml) == 4 and face('<gameext content="9" type="2" />') == 6
    assert face('<gameext type="1" content="2"></gameext>') is None  # rock-paper-scissors, not dice
    assert face("[骰子]3") == 3 and face("[骰子] 5") == 5 and face("🎲6") == 6
    assert face("[微笑]") is None and face("[骰子]") is None and face("[骰子]12") is None


async def test_the_first_member_to_roll_the_named_number_wins_and_the_group_hears_it(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/骰子 6 鸡蛋一盒", sender="op1", name="小王")
    await bot.send_message("[骰子]6", sender="op1", name="小王", type="emoticon")  # staff do not play
    await bot.send_message("[骰子]3", sender="u1", name="李叔", type="emoticon")
    await bot.send_message("[骰子]6", sender="u2", name="王阿姨")  # typed, not rolled
    await bot.send_message('<msg><emoji><gameext type="2" content="9"></gameext></emoji></msg>',
                           sender="u3", name="赵姐", type="emoticon")
    await bot.send_message("[骰子]6", sender="u1", name="李叔", type="emoticon")
    await bot.wait(minutes=15)
    said = [a for a in bot.sent if a.plugin == "activities"]
    assert [a.kind for a in said] == ["say", "say"]
    assert "谁先掷出 6 点" in said[0].text and "鸡蛋一盒" in said[0].text and "10 分钟" in said[0].text
    assert "恭喜赵姐" in said[1].text and said[1].mentions == ("u3",) and "时间到" not in said[1].text


async def test_a_dice_game_nobody_wins_ends_kindly_and_one_game_runs_at_a_time(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/骰子 2", sender="op1", name="小王")
    await bot.send_message("/骰子 5", sender="op1", name="小王")
    await bot.send_message("[骰子]4", sender="u1", name="李叔", type="emoticon")
    await bot.wait(minutes=11)
    await bot.send_message("[骰子]2", sender="u1", name="李叔", type="emoticon")  # too late
    await bot.settle()
    group = [a.text for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert len(group) == 2 and "掷出 2 点" in group[0] and "时间到了" in group[1]
    busy = [a for a in bot.sent if a.to == "op1"]
    assert len(busy) == 1 and "已经有一局" in busy[0].text
    await bot.send_message("/骰子", sender="op1", name="小王")
    await bot.settle()
    assert "用法：/dice 点数(1-6) [奖品]（也可以发 /骰子）\n" in bot.sent[-1].text and bot.sent[-1].to == "op1"


async def test_seniors_signing_up_in_their_own_words_right_after_a_signup_are_counted(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 周六加演报名 周六14:30 5", sender="op1", name="小王")
    for n, words in enumerate(["算我一个", "我也去", "报一个", "+1 我报名"], 1):
        await bot.send_message(words, sender=f"u{n}", name=f"团员{n}")
    await bot.send_message("我去，这么冷的天还加演", sender="u5", name="老郑")  # chat, not a sign-up
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    said = [a for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert [a.mentions for a in said if "报上名" in a.text] == [("u1",), ("u2",), ("u3",), ("u4",)]
    assert "报名名单（4/5）" in said[-1].text and "老郑" not in said[-1].text
    assert "还剩 0" not in " ".join(a.text for a in said)
    await bot.wait(hours=4)
    await bot.send_message("我也去", sender="u6", name="冯阿姨")  # hours later: chat about something else
    await bot.settle()
    assert not [a for a in bot.sent if a.plugin == "activities" and "冯阿姨报上名" in a.text]



async def test_a_sign_up_in_dialect_counts_like_its_mandarin(make_bot):
    """acceptance19 26: 俺也去 (northern "I'm going too") was ignored while 我也去 counted."""
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 冬至包饺子 12月21日上午9点半 30", sender="op1", name="小王")
    for n, words in enumerate(["俺也去", "算俺一个", "咱也报名", "俺和老伴都去"], 1):
        await bot.send_message(words, sender=f"u{n}", name=f"食客{n}")
    await bot.send_message("俺也不知道", sender="u9", name="老郑")  # chat, not a sign-up
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    listed = [a for a in bot.sent if a.plugin == "activities" and a.kind == "say"][-1].text
    assert "报名名单（5/30）" in listed and "食客4的老伴" in listed and "老郑" not in listed


def test_next_weeks_day_and_a_part_of_the_day_are_read_as_people_say_them():
    """acceptance19 27: "/接龙 冬至聚餐 下周三中午" was "没看懂", and nobody would be reminded."""
    now = NINE_AM.replace(month=12, day=1)  # a Tuesday
    assert wording.opening("冬至聚餐 下周三中午", now) == wording.Opening(
        "冬至聚餐", now.replace(day=9, hour=12), None)
    assert wording.opening("读书会 这周五下午 12", now) == wording.Opening("读书会", now.replace(day=4, hour=15), 12)
    assert wording.opening("体检 下下周一早上8点", now) == wording.Opening("体检", now.replace(day=14, hour=8), None)
    assert wording.opening("包饺子 礼拜六中午1点", now) == wording.Opening(
        "包饺子", now.replace(day=5, hour=13), None)
    assert wording.opening("午休 中午", now) == wording.Opening("午休 中午", None, None)  # no day: not a time
    assert wording.opening("复盘 本周一下午", now) == wording.Opening("复盘 本周一下午", None, None)  # past


async def test_a_voice_sign_up_counts_and_one_for_two_puts_both_on_the_list(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 书法展参观 周六14:30 20", sender="op1", name="小王")
    await bot.send_message("[语音] 我也报名", type="voice", sender="u1", name="二叔")
    await bot.send_message("我也报名", sender="u2", name="三姑")
    await bot.send_message("我和老伴两个人都去", sender="u3", name="大军")
    await bot.send_message("[语音] 报名", type="voice", sender="u4", name="四婶")
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    said = [a for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert [a.mentions for a in said if "报上名" in a.text] == [("u1",), ("u2",), ("u3",), ("u4",)]
    assert "大军这边 2 位都报上名啦（第 3、4 位）" in " ".join(a.text for a in said)
    assert "报名名单（5/20）" in said[-1].text
    assert "1. 二叔\n2. 三姑\n3. 大军\n4. 大军的老伴\n5. 四婶" in said[-1].text
    await bot.send_message("-1", sender="u3", name="大军")  # one word takes both off
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    assert "空出 2 个名额" in bot.sent[-2].text and "报名名单（3/20）" in bot.sent[-1].text


def test_a_sign_up_for_more_than_oneself_is_read_only_when_the_message_is_just_that():
    assert wording.party("我和老伴两个人都去") == (2, "老伴") and wording.party("+2") == (2, "")
    assert wording.party("我们俩报名") == (2, "") and wording.party("报两个") == (2, "")
    assert wording.party("我和老伴两个人都去过北京") is None and wording.party("我们去") is None
    assert wording.party("+1") is None and wording.party("我也报名") is None


async def test_parents_signing_up_their_children_in_their_own_words_are_counted_per_child(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 元旦象棋比赛 周六9:00 20", sender="op1", name="小王")
    await bot.send_message("报名 俺家两个娃", sender="u1", name="浩浩爸")  # two children: two places
    await bot.send_message("接龙", sender="u2", name="朵朵妈")  # WeChat's word for joining the chain
    await bot.send_message("我家小宇报一个", sender="u3", name="小宇妈")  # a child named by a parent
    await bot.send_message("我家两个孩子都感冒了", sender="u4", name="乐乐妈")  # news, not a sign-up
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    said = [a for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert [a.mentions for a in said if "报上名" in a.text] == [("u1",), ("u2",), ("u3",)]
    assert "报名名单（4/20）" in said[-1].text and "乐乐妈" not in said[-1].text
    assert "1. 浩浩爸\n2. 浩浩爸的孩子\n3. 朵朵妈\n4. 小宇妈" in said[-1].text
    assert not [a for a in bot.sent if "谢谢您分享" in a.text]


def test_a_lunar_date_is_read_as_the_village_writes_it():
    now = NINE_AM.replace(month=12, day=1)
    assert wording.opening("村口团拜会 正月初三上午10点 30", now) == wording.Opening(
        "村口团拜会", now.replace(year=2027, month=2, day=8, hour=10), 30)  # 春节 2027 is 6 February
    assert wording.opening("年夜饭 腊月二十八 下午2点半", now) == wording.Opening(
        "年夜饭", now.replace(year=2027, month=2, day=4, hour=14, minute=30), None)
    moon = wording.opening("赏月 农历八月十五晚上7点", now)
    assert moon is not None and moon.starts_at == now.replace(year=2027, month=9, day=15, hour=19)


async def test_the_lunar_sign_up_gets_its_time_and_reminders_and_a_time_not_read_is_said_to_the_operator(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 村口团拜会 正月初三上午10点 30", sender="op1", name="小王")
    await bot.settle()
    opened = [a for a in bot.sent if a.ref.endswith("opened.j2")]
    assert "🕘 时间：" in opened[-1].text and "正月" not in opened[-1].text.splitlines()[0]
    assert not [a for a in bot.sent if a.to == "op1"]
    await bot.send_message("/接龙 守岁 腊月三十晚上8点", sender="op1", name="小王")  # 腊月 has 29 days this winter
    await bot.settle()
    told = [a for a in bot.sent if a.to == "op1"]
    assert len(told) == 1 and "“腊月三十晚上8点”这个时间我没看懂" in told[0].text and "不会提前提醒" in told[0].text


def test_a_gregorian_date_in_chinese_numerals_is_not_read_as_lunar():
    now = NINE_AM.replace(month=12, day=1)
    assert wording.opening("茶话会 十二月五日下午3点", now) == wording.Opening(
        "茶话会", now.replace(day=5, hour=15), None)  # not 2027-01-12, 农历十二月初五
    assert wording.opening("妇女节联欢 三月八日 40", now) == wording.Opening(
        "妇女节联欢", now.replace(year=2027, month=3, day=8), 40)  # not 2027-04-14, 农历三月初八
    assert wording.opening("国庆游园 十月一号上午9点", now) == wording.Opening(
        "国庆游园", now.replace(year=2027, month=10, day=1), None)
    assert wording.opening("看兰展 十二月十八", now) == wording.Opening(  # 腊月, not 十二月, is the lunar one
        "看兰展", now.replace(day=18), None)
    # lunar only as the village writes it: 农历, a lunar month (正/冬/腊), or a lunar day (初X, 廿X, 十X with no 日)
    assert wording.opening("包粽子 五月初五", now) == wording.Opening(
        "包粽子", now.replace(year=2027, month=6, day=9), None)  # 端午 2027
    assert wording.opening("赏月 八月十五晚上7点", now) == wording.Opening(
        "赏月", now.replace(year=2027, month=9, day=15, hour=19), None)
    assert wording.opening("祭灶 腊月廿三", now) == wording.Opening(
        "祭灶", now.replace(year=2027, month=1, day=30), None)  # 小年 (北方) 2027
    assert wording.opening("冬至饺子 冬月十三日", now) == wording.Opening(
        "冬至饺子", now.replace(month=12, day=21), None)  # 冬月 is lunar, with 日 or not
    assert wording.opening("生日会 农历三月八日", now) == wording.Opening(
        "生日会", now.replace(year=2027, month=4, day=14), None)


async def test_a_reminder_after_plus_two_mentions_only_the_member_and_the_list_shows_who_comes_along(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 包饺子 周三10点 4", sender="op1", name="小王")
    await bot.send_message("+2", sender="u3", name="大军")
    await bot.wait(minutes=1)
    await bot.send_message("我和老伴两个人都去", sender="u2", name="王阿姨")
    await bot.send_message("+1", sender="u1", name="李叔")  # the 5th place of 4
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.wait(days=2, hours=2)
    said = [a for a in bot.sent if a.plugin == "activities" and a.kind == "say"]
    assert "大军这边 2 位都报上名啦（第 1、2 位）" in said[1].text and "（第 3、4 位）" in said[2].text
    assert "1. 大军\n2. 大军的同伴\n3. 王阿姨\n4. 王阿姨的老伴" in said[3].text  # full: the list
    assert "不好意思，李叔" in said[4].text and "报名名单（4/4）" in said[5].text
    reminders = [a for a in said if a.ref.endswith("remind.j2")]
    assert len(reminders) == 2 and all(a.mentions == ("u3", "u2") for a in reminders)  # never "u3#2"
    with bot.app.store.session() as db:  # the members plugin counts one sign-up per member, never a companion
        assert sorted(db.exec(select(Signup.contact_id, Signup.party)).all()) == [("u2", 2), ("u3", 2)]


async def test_plus_three_when_two_places_are_left_takes_two_and_says_so(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 包饺子 周三10点 3", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.send_message("+3", sender="u3", name="大军")
    await bot.send_message("-1", sender="u3", name="大军")
    await bot.send_message("/名单", sender="op1", name="小王")
    await bot.settle()
    texts = bot.texts("activities")
    assert "大军这边 2 位都报上名啦（第 2、3 位）" in texts[2] and "不好意思，大军" in texts[3]
    assert "1. 李叔\n2. 大军\n3. 大军的同伴" in texts[4]  # the list once full (+3 with two places: 同伴, no 2)
    assert "空出 2 个名额" in texts[5] and "报名名单（1/3）" in texts[6]


def test_companions_stored_as_made_up_contacts_are_folded_into_the_members_sign_up(tmp_path):
    store = Store(store_url(tmp_path), base_dir=tmp_path)  # the copy made before migrating goes there too
    cfg = alembic_config(discovery.migration_folders())
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "activities_0002")  # as misc17 kept them: 大军 and his 老伴 as `u3#2`
        for contact, name, cancelled in [("u3", "大军", None), ("u3#2", "大军的老伴", None), ("u4", "四婶", None),
                                         ("u5", "老郑", "2026-11-23 10:00:00"),
                                         ("u5#2", "老郑的同伴1", "2026-11-23 10:00:00"),
                                         ("u5#3", "老郑的同伴2", "2026-11-23 10:00:00")]:
            conn.execute(text("INSERT INTO activities_signups (activity_id, contact_id, room_id, name, signed_at, "
                              "cancelled_at, attended) VALUES (1, :c, 'r1', :n, '2026-11-23 09:00:00', :x, false)"),
                         {"c": contact, "n": name, "x": cancelled})
    store.migrate()
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT contact_id, party, companions, cancelled_at IS NULL FROM activities_signups "
                                 "ORDER BY contact_id")).all()
    assert [tuple(r) for r in rows] == [("u3", 2, "老伴", True), ("u4", 1, "", True), ("u5", 1, "", False)]
    store.close()


async def test_an_early_morning_start_is_reminded_the_evening_before_never_after_it_began(make_bot):
    """acceptance20 32: a 06:00 swim's one-hour reminder fell in quiet hours and went out at 07:00, "再过 1 小时"."""
    bot = make_bot(ACTIVITIES)  # quiet hours 22:30-07:00
    await bot.start()
    await bot.send_message("/接龙 冬泳 明天早上6点", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="老孙")
    await bot.wait(days=2)
    reminders = [a for a in bot.sent if a.ref.endswith("remind.j2")]
    assert [f"{a.at:%m-%d %H:%M}" for a in reminders] == ["11-23 22:00"]  # before the night, not at 05:00 or 07:00
    assert "明天" in reminders[0].text and "11月24日 06:00" in reminders[0].text and "1 小时" not in reminders[0].text
