"""Script review 26 (scriptmend26): who the danger words speak of, as a member or an operator reads them.

One finding a test, worst first (/work/reviews26/scripts.md): the beaten one, never the one who hits; an old member
alone told to eat now, never to see to "老人"; a mother read only where the words name one.
"""
from __future__ import annotations

from bot.templates import Scripts

SCRIPTS = Scripts()


def _step(kind: str, said: str) -> str:
    return SCRIPTS.render("nudge/emergency.j2", kind=kind, text=said, told=True, private=True, lift=False,
                          name="王阿姨").text


def test_the_member_who_tells_of_a_beating_is_asked_to_reach_the_beaten_one_not_the_one_who_hits():
    said = _step("violence_told", "我爸喝了酒就打我妈，我妈脸上都是青的")
    assert "私下问问她现在安不安全，告诉她挨打不怪自己" in said and "问问他" not in said
    assert "私下问问他现在安不安全" in _step("violence_told", "隔壁大爷被他儿子打了")
    unsure = _step("violence_told", "邻居家男的天天打得很凶")
    assert "挨打的人要是还在挨打" in unsure and "私下问问对方" in unsure


def test_an_old_member_alone_with_a_double_dose_is_told_to_eat_now_not_to_see_to_an_old_one():
    alone = _step("sugar_dose", "我今年七十了，早上胰岛素好像打了两次")
    assert "请现在就吃点东西" in alone and "老人" not in alone.split("吃点东西")[0]
    assert "请今天就去医院急诊看" in _step("foot_wound", "我独居，糖尿病十几年了，脚上的伤口发黑流脓")
    assert "请让老人现在就吃点东西" in _step("sugar_dose", "我妈降糖药吃重了")


def test_a_son_out_of_reach_is_no_old_one_whatever_age_his_mother_gives():
    son = _step("unreachable", "我七十多了，我儿子三天联系不上了")
    assert "请再给对方打一次电话" in son and "老人" not in son
    assert "请再给老人打一次电话" in _step("unreachable", "隔壁独居的张大爷两天没见人了 电话也打不通")


def test_a_girl_shut_in_next_door_is_not_told_to_the_police_as_a_mother():
    girl = _step("shut_in", "隔壁小姑娘把自己关在屋里不开门，留了遗书")
    assert "妈妈" not in girl and "家里人" not in girl and "说有人留了告别的话" in girl and "陪着她" in girl
    assert "说妈妈留了告别的话" in _step("shut_in", "我妈把自己关在屋里不开门，留了字条")


def test_a_dying_spouse_is_called_laoban_not_a_guessed_he():
    bedside = _step("last_days", "我老伴这两天不吃东西一直昏睡")
    assert "多握握老伴的手" in bedside and "他" not in bedside.replace("他们", "")
    assert "多握握她的手" in _step("last_days", "我妈这两天不吃东西一直昏睡")


async def test_with_nobody_to_answer_a_child_ill_from_the_cake_is_promised_no_private_message(make_bot):
    from datetime import datetime

    from bot.testing import TZ
    from tests.shipped_bot import said, shipped_bot

    bot = shipped_bot(make_bot, datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    text = bot.config_path.read_text(encoding="utf-8")
    nobody = text.replace("owners: [boss]", "owners: []").replace("operators: [op1]", "operators: []")
    bot.config_path.write_text(nobody, encoding="utf-8")
    await bot.start()
    await bot.send_message("你们家的肉松面包我孙子吃了 半夜吐了好几回 太不像话了", sender="u5", name="王姐")
    await bot.wait(minutes=4)
    assert not [s for s in said(bot) if "私信" in s or "负责人" in s]


def test_a_wife_ill_from_the_buns_is_asked_after_not_the_husband_who_wrote():
    from bot.danger.made_ill import made_ill

    who = made_ill("我媳妇吃了你们的包子拉肚子")
    cover = SCRIPTS.render("nudge/covers/sickened.j2", who=who, name="老李").text
    assert "家里人现在好些了吗" in cover and "您现在" not in cover and "您要是" not in cover


def test_an_earache_that_spoils_sleep_is_not_answered_as_ringing_ears():
    def word(said: str) -> str:
        return SCRIPTS.render("nudge/unwell.j2", name="王姐", private=True, text=said, phone="").text

    assert "耳朵响得睡不着" not in word("耳朵疼得厉害 影响睡觉")
    assert "耳朵响得睡不着" in word("耳朵一直响个不停 吵得睡不着")


def test_a_folk_cure_for_blood_pressure_is_set_right_without_a_word_of_hearing_aids():
    def told(words: str) -> str:
        return SCRIPTS.render("nudge/folk_cure.j2", name="王姐", topic="老年大学", words=words).text

    assert "助听器" not in told("玉米须泡水能治高血压 降压药我都停了 大家也试试")
    assert "原来的药和助听器千万别停" in told("喝芹菜汁能治耳鸣 俺助听器都不戴了 你们也试试")


def test_a_forwarded_scare_is_checked_before_the_operator_denies_it_and_no_rumour_is_named_in_the_group():
    told = SCRIPTS.render("nudge/chain_rumour.j2", name="王姐", topic="老年大学", words="微信要收费了 赶紧转发").text
    line = told[told.index("比如“"):told.index("”）")]
    assert "请您先查一下" in told and "我查了一下" in line and "谣言" not in line
