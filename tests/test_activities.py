"""Activities: a 接龙 opened by an operator, +1 and 取消, sign-ups in members' own words (dialect, voice, for
a child or a companion), the full list, attendance."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text
from sqlmodel import select

from bot import discovery
from bot.store import Store, alembic_config
from bot.testing import join, message, store_url
from plugins.activities import wording
from plugins.activities.store import Signup
from tests.activities_bot import ACTIVITIES


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
