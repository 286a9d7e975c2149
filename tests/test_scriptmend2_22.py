"""Session 22: a native reader's review of this session's new emergency scripts (/work/reviews22/scripts.md), as a
member or an operator would notice them."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.danger.despair import of_another
from bot.danger.emergency import emergency
from bot.templates import Scripts


def _word(text: str, deaf: bool = False, **kw: object) -> str:
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=deaf, sms_alarm="12110", private=False, name="王阿姨", **kw).text


def _close(text: str) -> str:
    found = emergency(text)
    assert found is not None and found.kind == "despair" and of_another(text), text
    return _word(text, another=True)


@pytest.mark.parametrize("text", ["我妈说不想活了 已经计划好了", "我老伴说不想活了 他都想好了"])
def test_a_relatives_plan_is_answered_as_the_gravest_sign_now_not_as_cutting(text):
    word = _close(text)
    assert "划伤" not in word and "伤口" not in word and "这几天" not in word
    assert "现在就陪在身边" in word and "110" in word and "12356" in word


def test_a_child_cutting_herself_still_gets_the_blades_put_away():
    word = _close("我女儿拿刀片划伤自己了 说不想活了")
    assert "刀片" in word and "12355" in word


def test_a_man_with_petrol_is_answered_for_fire_not_a_knife():
    word = _word("他拎着一桶汽油说要烧死全家")
    assert "刀" not in word and "119" in word and "离开这栋楼" in word and "别点火" in word


def test_a_deaf_member_texting_of_petrol_names_the_petrol_and_asks_someone_beside_him_to_phone():
    word = _word("我听不见 打不了电话 楼下有人拎着一桶汽油说要烧死全家", deaf=True)
    assert "有人拿着汽油要伤人" in word and "砍人" not in word and "同时请身边的人替您打110" in word


def test_the_armed_word_says_where_in_the_same_breath_as_the_call():
    word = _word("邻居拿着菜刀说要砍死他")
    assert word.startswith("收到，请马上打110，说清在哪个小区、几号楼！") and "离拿刀的人远一点" in word


def _alert(danger: str, excerpt: str) -> str:
    p = SimpleNamespace(danger=danger, topic="幸福里二群", room_id="r1", member_name="张阿姨", member_id="u1",
                        excerpt=excerpt)
    return Scripts().render("nudge/emergency_alert.j2", p=p, escalated=False, minutes=0, escalate_s=180,
                            owners_s=600, next_on_duty=True).text


def test_the_operator_is_told_not_to_ring_first_a_member_near_a_weapon():
    alert = _alert("armed", "他拎着一桶汽油说要烧死全家")
    assert "别先打电话" in alert and "拿刀" not in alert and "别派人过去" in alert
    assert "请马上打电话联系对方" not in alert


def test_a_parent_before_a_shut_door_after_a_farewell_calls_110_and_120_first_and_knows_what_to_do_inside():
    word = _word("我儿子留了张纸条说对不起爸妈 把自己反锁在屋里 敲门也不开")
    assert word.startswith("收到，请马上打110和120，同时想办法进屋！")
    assert "人吊着的" in word and "心肺复苏" in word and "陪着他，听他说" in word and "家里人" not in word


def test_a_deaf_parent_before_a_shut_door_is_told_the_calls_once_and_the_group_is_asked_to_help_with_the_door():
    word = _word("我听不见 我女儿留了张纸条说对不起爸妈 把自己反锁在屋里 敲门也不开", deaf=True)
    assert word.count("110和120") == 2  # once in her own steps, once asking the group
    assert word.endswith("群里离王阿姨近的朋友，请马上替王阿姨打110和120，能过去的请过去帮着开门。")


@pytest.mark.parametrize("danger", ["shut_in", "scam_more", "cold", "snakebite", "crush"])
def test_the_operator_gets_one_order_not_the_generic_line_before_the_kinds_own(danger):
    assert "请马上打电话联系对方或派人到场" not in _alert(danger, "…")


def test_an_old_man_beaten_by_his_son_is_him_and_is_sent_to_the_police_and_legal_aid_not_the_womens_federation():
    word = _word("他儿子天天打他 老爷子不敢回家 身上都是伤")
    assert "她" not in word and "12338" not in word and "告诉他挨打不怪自己" in word and "12348" in word


def test_a_woman_beaten_by_her_husband_told_by_a_neighbour_still_hears_of_12338():
    word = _word("隔壁小刘她老公又打她了 身上都是伤")
    assert "12338" in word and "告诉她" in word


def test_a_deaf_neighbour_is_asked_to_have_someone_phone_without_a_double_qing_and_is_not_rebuked():
    word = _word("我听不见 他儿子天天打他 老爷子不敢回家 身上都是伤", deaf=True)
    assert "马上请身边的人打110" in word and "请马上请" not in word
    assert "这件事先别在群里多说，打人的人可能也看得到" in word


@pytest.mark.parametrize("reach", [False, True])
def test_a_deaf_member_telling_of_a_beating_in_the_group_is_told_to_text_the_police_of_whoever_is_beaten(reach):
    word = _word("我听不见 他儿子天天打他 老爷子不敢回家 身上都是伤", deaf=True, in_group=True, reach=reach)
    assert "发短信到12110报警" in word and "她" not in word and "挨打的人" in word
    hearing = _word("他儿子天天打他 老爷子不敢回家 身上都是伤", in_group=True, reach=reach)
    assert "先打110" in hearing and "短信" not in hearing


def test_a_deaf_member_still_sending_money_reads_the_stop_first_and_texts_what_a_fraud_report_needs():
    word = _word("我听不见 网上认识个老师带着炒外汇 说稳赚 我先投了一万 今天又催我再投三万", deaf=True)
    assert word.startswith("收到！请先别再转了，一分钱也别再转，也别再回他。")
    assert "转了多少钱、转到哪个账号" in word and "门牌" not in word and word.count("别再转了") == 1


def test_money_already_sent_is_for_the_police_to_stop_and_the_bank_only_freezes_the_card():
    word = _word("网上认识个老师带着炒外汇 说稳赚 我先投了一万 今天又催我再投三万")
    assert "转出去的钱，请马上打110报警，越快越有可能拦下来" in word and "把卡冻结" in word
    assert "问问还能不能拦下来" not in word
    alert = _alert("scam_more", "我先投了一万 今天又催我再投三万")
    assert "止付" in alert and "警方能紧急止付" in alert and "银行客服止付" not in alert


def _own(text: str) -> str:
    found = emergency(text)
    assert found is not None and found.kind == "despair" and not of_another(text), text
    return Scripts().render("nudge/emergency.j2", kind="despair", told=True, text=text, private=True, name="王阿姨",
                            another=False).text


def test_farewell_words_get_a_call_now_and_someone_beside_her_not_the_everyday_word():
    word = _own("存折在枕头底下 这些年谢谢大家 以后就不麻烦大家了")
    assert "现在就叫家里人或邻居过来陪陪您" in word and "马上给您打电话" in word and "会尽快" not in word


def test_a_widows_wish_to_follow_names_her_loss_first():
    word = _own("老伴走了 我也想跟他一块去了算了")
    assert word.startswith("王阿姨，老伴走了，您心里一定苦得很。") and "马上给您打电话" in word
    assert "老伴走了" not in _own("我不想活了")


def test_in_a_crush_nobody_is_asked_to_shield_a_fallen_stranger_inside_the_crowd():
    word = Scripts().render("nudge/emergency.j2", kind="crush", told=True, text="庙会门口人太多 挤倒了好几个",
                            private=True, name="王阿姨").text
    assert "先护着他" not in word and "有人倒了，别挤" in word and "人流停了再把他扶起来" in word


def test_the_cold_is_said_in_plain_words_to_the_operator_and_in_a_deaf_members_text_to_the_police():
    word = Scripts().render("nudge/emergency.j2", kind="cold", told=True, text="老孙冬泳上来一直打哆嗦", no_phone=True,
                            sms_alarm="12110", private=True, name="王阿姨").text
    assert "有人冻坏了、浑身冰凉" in word and "失温" not in word
    assert "失温" not in _alert("cold", "老孙冬泳上来一直打哆嗦") and "冻坏了" in _alert("cold", "…")


def _fixer_alert(done: list[str]) -> str:
    return Scripts().render("moderation/alert.j2", vip=False, fixer=True, topic="透析病友群", name="李某", strike=1,
                            rule="fixer", detail="", excerpt="给个红包就能插队", done=done, can_private=True,
                            treatment="", medicine="").text


def test_an_operator_alerted_of_a_red_envelope_at_night_is_not_asked_to_post_in_the_group_before_morning():
    night = _fixer_alert(["notice-morning", "private"])
    assert "等早上发出" in night and "等早上再在群里说一句" in night and "尽快在群里" not in night
    assert "已经群里提醒" not in night
    day = _fixer_alert(["notice", "private"])
    assert "已经群里提醒并私信说明了" in day and "请您尽快在群里说一句" in day


def test_a_daughter_cutting_herself_is_her_after_the_first_mention_not_the_same_noun_again_and_again():
    word = _close("我女儿拿刀片划伤自己了 说不想活了")
    assert "抱抱她，告诉她您在" in word and word.count("孩子") <= 3 and "家里人" not in word


def test_a_deaf_members_help_says_a_text_to_the_police_also_brings_an_ambulance():
    text = Scripts().render("commands/help_member.j2", topics=[], staffed=False, voice=False, sms="12110").text
    assert "发短信到12110报警（受了伤、急病也可以发，写清要120）" in text
    hearing = Scripts().render("commands/help_member.j2", topics=[], staffed=False, voice=True, sms="12110").text
    assert "写清要120" not in hearing
