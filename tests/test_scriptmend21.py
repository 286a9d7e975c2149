"""Session 21: the three lines the native reader's check of session 20 left (/work/reviews20/scripts-check.md), as a
member or an operator would notice them: when our own carer hurt someone, the doctor comes before the inquiry and a
family that calls the police is helped, not talked out of it; a grown-up lost from home gets the estate's guards, not
"watch the exits" (the third, a repeated FAQ question told "跟您说一下", not "再跟您说一遍", is in
tests/test_faq_follow_ups.py)."""
from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import pytest

from bot.danger.emergency import emergency
from bot.templates import Scripts
from bot.testing import TZ
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def test_a_child_hurt_by_our_teacher_is_seen_by_a_doctor_first_and_the_police_not_stood_in_the_way(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("你们康复中心", "你们的老师把孩子关小黑屋", "孩子回来一直哭 胳膊也青了"):
        await bot.send_message(line, sender="u1", name="乐乐奶奶")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    (alert, *_) = [t for t in _to(bot, "op1") if "乐乐奶奶" in t]
    assert alert.startswith("🚨 最要紧的投诉")
    assert alert.index("陪着去看病") < alert.index("查一查监控")
    assert "家属要报警的，全力配合" in alert and "别拦" in alert


def _lost_word(text: str) -> str:
    found = emergency(text)
    assert found is not None and found.kind == "lost", text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=False, sms_alarm="12110").text


def test_a_grandfather_who_walked_out_of_home_gets_the_estate_guards_and_someone_waiting_at_home():
    step = _lost_word("我妈老年痴呆 从家里走丢了")
    assert "110" in step and "小区物业" in step and "留一个人在家里" in step
    assert step.index("商场、公园走丢的") < step.index("守住出口") < step.index("从家里走丢的")



# --- the native reader's review of session 21's scripts (/work/reviews21/scripts.md), worst first ---

def _night_word(text: str) -> str:
    return Scripts().render("nudge/unwell.j2", name="王阿姨", private=True, phone="", text=text).text


@pytest.mark.parametrize("text", ["孩子们都不在身边，我一个人胸口闷得睡不着", "闺女在外地，我头疼了一晚上",
                                  "娃他爹出差了，我发烧38度5", "我儿子今年45岁了，今晚头疼得厉害"])
def test_a_senior_ill_alone_at_night_is_told_about_herself_not_about_a_child(text):
    word = _night_word(text)
    assert "孩子" not in word and "先叫他们陪着您" in word and "120" in word


@pytest.mark.parametrize("text", ["孙子发烧39度", "我儿子3岁，半夜一直咳", "宝宝晚上哭闹不吃奶"])
def test_a_child_ill_at_night_still_gets_the_word_about_the_child(text):
    word = _night_word(text)
    assert word.startswith("王阿姨您好，孩子夜里") and "陪着您" not in word


def test_a_baby_with_a_fever_is_not_kept_waiting_and_a_city_member_is_not_sent_to_a_township_clinic():
    word = _night_word("孙子发烧39度")
    assert "不满3个月的宝宝发烧，别等" in word and "乡镇卫生院" not in word and "最近的医院" in word


def test_when_one_cannot_tell_who_is_ill_the_word_fits_both_the_child_and_the_member():
    word = _night_word("孩子睡了，我肚子疼得厉害")
    assert "是孩子不舒服的话" in word and "是您自己不舒服" in word and "120" in word


async def test_the_morning_digest_asks_after_the_lonely_senior_not_a_child(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 24, 0, 30, tzinfo=TZ))
    await bot.start()
    await bot.send_message("孩子们都不在身边，我一个人头疼得睡不着", sender="u5", name="刘婆婆")
    await bot.wait(hours=8)
    (word,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "陪着您" in word.text and "孩子夜里" not in word.text
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    assert "身体不适" in digest.text and "孩子不舒服" not in digest.text


def _bereaved(**values: object) -> str:
    base: dict[str, object] = dict(name="王阿姨", said="我爸刚刚没气了 孩子还不知道", where="", dying=False, fresh=True,
                                   confirmed=False, complaint=False, carer=False, children=True)
    return Scripts().render("nudge/bereaved.j2", **{**base, **values}).text


def test_a_death_not_yet_confirmed_is_not_explained_to_the_children_while_120_may_still_help():
    alert = _bereaved()
    assert "先打120" in alert and "孩子" not in alert.split("：", 1)[1].replace("孩子还不知道", "")
    told = _bereaved(confirmed=True, said="医生说我爸走了 孩子还不知道")
    assert "说清人已经去世了" in told and "孩子想哭就让他哭，不哭也别怪他" in told and "让孩子哭出来" not in told


def test_a_carer_who_was_not_there_at_the_end_is_not_told_she_held_the_hand():
    alert = _bereaved(carer=True, fresh=False, children=False, said="我陪了三年的李奶奶昨天走了")
    assert "这些日子有您陪着" in alert and "握着手" not in alert


def _alert(danger: str, text: str, **values: object) -> str:
    p = SimpleNamespace(topic="幸福小区", room_id="r1", member_name="王阿姨", member_id="u1", excerpt=text,
                        danger=danger)
    base: dict[str, object] = dict(wrote=True, escalated=False, minutes=5, escalate_s=180, owners_s=600,
                                   next_on_duty=True, owner=False, other_owners=False)
    return Scripts().render("nudge/emergency_alert.j2", p=p, **{**base, **values}).text


def test_an_operator_is_not_told_a_member_was_answered_when_the_bot_could_not_write_about_a_child_abused():
    alert = _alert("child_abused", "我孙女说幼儿园的叔叔摸她 还叫她别告诉别人", wrote=False)
    assert "机器人已经回复对方" not in alert and "对方现在还没听到任何回应" in alert
    assert "只回一句“已经私下联系了”" in alert
    late = _alert("child_abused", "我孙女说幼儿园的叔叔摸她 还叫她别告诉别人", wrote=False, escalated=True)
    assert late.startswith("🚨 孩子可能被大人侵害，已经5分钟") and "没有工作人员回应" not in late


@pytest.mark.parametrize("danger", ["tide", "at_sea"])
def test_an_operator_is_never_told_to_send_someone_out_onto_the_mud_or_the_sea(danger):
    alert = _alert(danger, "我家老头子赶海到现在没回来 潮水涨上来了")
    assert "派人到场" not in alert and "派人去家里陪着" in alert and "别让人自己下海、下滩去找" in alert
    deaf = _alert(danger, "我家老头子赶海到现在没回来 潮水涨上来了", no_phone=True)
    assert "哪片滩涂、哪条船" in deaf and "先问清地址" not in deaf


def test_an_operator_told_of_a_sting_knows_it_is_an_allergy_and_to_call_120():
    alert = _alert("sting", "被马蜂蜇了 脸肿了喘不上气")
    assert "是过敏" in alert and "打120" in alert


def test_an_operator_told_of_money_just_lost_to_a_scam_is_not_curt_with_the_member():
    alert = _alert("scam_paid", "刚给骗子转了两万")
    assert "先别解释" in alert and "别道歉" not in alert and "咱们" not in alert


def _word(text: str, deaf: bool = True) -> str:
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=deaf, sms_alarm="12110", private=False, name="王阿姨").text


@pytest.mark.parametrize("text", ["我家老头子赶海到现在没回来 潮水涨上来了", "门缝里有烧炭的味道 一直不开门",
                                  "有人掉河里了"])
def test_a_deaf_members_neighbours_are_asked_to_call_never_sent_into_the_sea_the_fumes_or_the_water(text):
    word = _word(text)
    (group_line,) = [line for line in word.splitlines() if line.startswith("群里离王阿姨近的朋友")]
    assert "过去看看" not in group_line and "替王阿姨打" in group_line


def test_a_deaf_member_on_the_shore_is_asked_which_mudflat_not_which_house_number():
    word = _word("我家老头子赶海到现在没回来 潮水涨上来了")
    assert "哪片滩涂" in word and "门牌" not in word and "去王阿姨家陪着" in word


def test_a_door_shut_on_fumes_is_opened_by_110_or_119_and_the_rescuer_does_not_rush_in():
    deaf = _word("门缝里有烧炭的味道 一直不开门")
    assert "替王阿姨打110或119" in deaf and "门开了先把门敞开，捂住口鼻再进去" in deaf  # review22 #15
    assert deaf.count("打开门窗") == 0


def test_the_details_to_give_on_the_sea_call_come_with_the_call_and_no_weather_is_assumed():
    word = _word("我家老头子出海打鱼到现在没回来 电话打不通", deaf=False)
    assert word.index("打通了说清船名") < word.index("我们已经通知了值班的工作人员")
    assert "风浪大" not in word and "免得再有人出事" in word


def test_a_fall_off_an_e_bike_gets_bleeding_and_head_advice_not_a_traffic_accident_report():
    word = _word("我爸骑电动车摔了一跤，头撞到地上流血了", deaf=False)
    assert "122" not in word and "被车撞" not in word and "用力按住" in word and "头磕到了" in word
    hit = _word("我妈在路边被车撞了 躺地上起不来", deaf=False)
    assert "122报交通事故" in hit and "您自己站到路边安全的地方" in hit and "把门打开" not in hit


def test_a_high_fever_in_winter_is_not_cooled_like_heat_stroke_but_heat_stroke_still_is():
    fever = _word("我妈发高烧浑身滚烫，叫不醒", deaf=False)
    assert "阴凉通风" not in fever and "有没有呼吸" in fever
    heat = _word("我爸在地里干活 浑身滚烫 叫不醒", deaf=False)
    assert "同时把人挪到阴凉通风的地方" in heat and heat.index("有没有呼吸") < heat.index("阴凉")


def test_an_old_person_pushed_over_by_our_carer_is_seen_at_once_and_the_harm_not_played_down():
    p = SimpleNamespace(topic="幸福家园", room_id="r1", member_name="李姐", member_id="u1", danger="",
                        excerpt="你们的护工推了我妈一把 老人摔了 胳膊都青了")
    alert = Scripts().render("nudge/complaint.j2", p=p, ours_hurt=True, escalated=False, praised="", before=0,
                             minutes=0, praised_by="").text
    assert "让老人家遭这个罪，您一定又心疼又生气" in alert and "受委屈" not in alert  # review22 #9: 老人家, warmer
    assert "人还在我们这里的，马上派人过去看，摔了、磕了的请医生检查，别等家属来" in alert


def test_a_good_luck_chain_letter_is_not_called_a_threat_and_the_member_is_thanked_before_corrected():
    note = Scripts().render("nudge/chain_letter.j2", name="张大爷", topic="幸福小区",
                            words="看到的都要转发，转了保佑全家发财平安").text
    assert "转发保平安、不转就倒霉”这类" in note and "也没有道谢" not in note
    assert note.index("知道您是好心") < note.index("都是人编的") and "大家放宽心" in note


def test_a_member_just_cheated_is_told_it_is_not_her_fault_and_the_bank_freezes_her_own_card():
    word = _word("刚给骗子转了两万 对方电话关机了", deaf=False)
    assert "这不怪您" in word and "先把自己的卡冻结" in word and "请银行帮忙止付" not in word
    assert "拿不准" not in word and "反诈专线96110" in word  # review22 #7: a case is reported to 110, not to 96110


def test_a_parent_of_a_child_touched_by_a_grown_up_keeps_the_evidence_and_asks_before_a_hug():
    text = "我孙女说幼儿园的叔叔摸她 还叫她别告诉别人"
    found = emergency(text)
    assert found is not None and found.kind == "child_abused"
    word = Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=False, sms_alarm="12110", private=True, name="王阿姨").text
    assert "先别给孩子洗澡" in word and "孩子愿意的话抱抱孩子" in word and "先抱抱孩子" not in word


def test_a_confused_stranger_is_kept_near_where_he_was_found_for_the_police():
    word = _word("路上有个老爷子 说找不到家了 问啥都说不清", deaf=False)
    assert "就在附近找个安全、能坐下的地方等民警，别带远了" in word and "暖和" not in word


@pytest.mark.parametrize("text", ["我透析的 吃了两根香蕉 现在心慌 手脚发麻", "我的内瘘摸不到震颤了"])
def test_a_kidney_patient_alone_is_told_what_to_do_alone_and_not_frightened(text):
    deaf = _word(text)
    if "香蕉" in text:
        assert "一个人在家的话，先把门打开，再躺下等" in deaf
    else:
        assert "越早处理越容易通开" in deaf and "保不住" not in deaf
        assert "让家里人给透析中心打个电话，或者您自己给透析中心发微信、短信" in deaf  # review22 #17


def test_a_sting_word_says_what_an_adrenaline_pen_is_and_tentacles_are_not_touched():
    word = _word("在海边被水母蜇了 现在喘不上气 嘴都肿了", deaf=False)
    assert "急救用的肾上腺素针（笔）" in word and "别用手直接碰" in word
