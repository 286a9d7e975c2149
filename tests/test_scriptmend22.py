"""Session 22: a native reader's re-read of last session's mended scripts (/work/reviews22/recheck.md), as a member or
an operator would notice them."""
from __future__ import annotations

import shutil
from datetime import datetime
from types import SimpleNamespace

import pytest

from bot.cli import main
from bot.danger.emergency import ORDER, emergency
from bot.danger.ill_child import ill_child
from bot.templates import Scripts
from bot.testing import TZ, join
from plugins.nudge.emergency_word import SAFE_TO_VISIT
from tests.shipped_bot import ROOT
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)



def _deaf_word(kind: str, text: str = "") -> str:
    """The word as the plugin renders it for a deaf member in a group (its `visit` from the code's SAFE_TO_VISIT)."""
    return Scripts().render("nudge/emergency.j2", kind=kind, lift=False, told=True, text=text, no_phone=True,
                            sms_alarm="12110", private=False, name="王阿姨", visit=kind in SAFE_TO_VISIT).text


def _word(text: str, deaf: bool = True) -> str:
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=deaf, sms_alarm="12110", private=False, name="王阿姨").text


@pytest.mark.parametrize("kind", [k for k in ORDER if k not in SAFE_TO_VISIT])
def test_a_deaf_members_neighbours_are_never_sent_toward_a_knife_a_dark_hill_a_river_fire_or_water(kind):
    assert "过去看看" not in _deaf_word(kind)


def test_neighbours_are_asked_to_go_and_look_where_it_is_safe_a_fall():
    last = _deaf_word("fall", "我妈摔倒了起不来").splitlines()[-1]
    assert last == "群里离王阿姨近的朋友，请马上替王阿姨打120，能过去的请过去看看。"


@pytest.mark.parametrize("kind", ["assault", "calling"])
def test_neighbours_told_of_a_fight_or_a_cry_for_help_are_told_not_to_step_in(kind):
    assert _deaf_word(kind).splitlines()[-1].endswith("打110。别自己上前，等民警来。")


def test_the_group_line_comes_last_so_the_member_reads_her_own_steps_without_a_change_of_person():
    word = _word("我老伴去赶海，潮水涨上来了，人被困在滩涂上")
    lines = word.splitlines()
    assert lines[-1] == "群里离王阿姨近的朋友，请马上替王阿姨打12395和110，住得近的请去王阿姨家陪着她。"
    assert "潮水涨得比人走得快" in lines[0] and len(lines) == 2
    shut = _word("门缝里有烧炭的味道 一直不开门").splitlines()
    assert shut[-1].startswith("群里离王阿姨近的朋友") and "门开了" in shut[0]


def test_a_deaf_member_lost_on_a_hill_is_asked_for_the_hill_and_the_path_not_a_house_number_or_the_neighbours_door():
    word = _deaf_word("astray", "我在山上迷路了")
    assert "哪座山、从哪条路上去的" in word and "门牌" not in word and "敲邻居的门" not in word
    assert "给家里人发微信、发定位" in word and word.count("路标") == 1
    assert "哪座山" in _word("上山采药天黑了还没回来")


def _cannot_hear_bot(make_bot):
    """The shipped bot, its room r1 set `suggest_voice: false` (members who cannot hear)."""
    shipped = (ROOT / "config.yaml").read_text(encoding="utf-8")
    bot = make_bot(shipped[shipped.index("\nplugins:"):shipped.index("\nrooms:")]
                   + "\nrooms:\n  r1:\n    bot: {suggest_voice: false}\n", start=DAY)
    for name in ("faq.yaml", "ad_keywords.txt"):
        shutil.copy(ROOT / name, bot.folder / name)
    return bot


async def test_a_room_set_to_invite_no_voice_is_answered_in_an_emergency_as_a_room_that_cannot_hear(make_bot):
    bot = _cannot_hear_bot(make_bot)
    await bot.start()
    await bot.send_message("我妈摔倒了起不来", sender="u5", name="小聂")
    await bot.send_message("我妈摔倒了起不来", sender="u6", name="老周", room="r3")
    await bot.wait(seconds=5)
    (deaf,) = [a.text for a in bot.sent if a.kind == "say" and a.room == "r1"]
    (usual,) = [a.text for a in bot.sent if a.kind == "say" and a.room == "r3"]
    assert "请马上打120" not in deaf and "发短信到12110" in deaf and "请身边的人替您打120" in deaf
    assert deaf.splitlines()[-1].startswith("群里离小聂近的朋友，请马上替小聂打120")
    assert usual.startswith("收到，请马上打120") and "短信" not in usual
    (alert, *_) = [t for t in _to(bot, "op1") if "小聂" in t]
    assert "设为听不见的群里" in alert and "没法打电话" in alert


async def test_the_person_on_duty_for_a_deaf_member_whose_husband_is_cut_off_by_the_tide_is_told_12395(make_bot):
    bot = _cannot_hear_bot(make_bot)
    await bot.start()
    await bot.send_message("我老伴去赶海，潮水涨上来了，人被困在滩涂上", sender="u5", name="王阿姨")
    await bot.wait(seconds=5)
    (alert, *_) = [t for t in _to(bot, "op1") if "王阿姨" in t]
    assert "再替对方打12395和110" in alert and "119、120或110" not in alert and "去家里陪着" in alert


async def test_with_nobody_configured_a_room_that_cannot_hear_is_told_to_text_in_an_emergency_not_to_phone(make_bot):
    bot = make_bot("rooms:\n  r1:\n    bot: {suggest_voice: false}\n")
    text = bot.config_path.read_text(encoding="utf-8")
    text = text.replace("owners: [boss]", "owners: []").replace("operators: [op1]", "operators: []")
    bot.config_path.write_text(text, encoding="utf-8")
    await bot.start()
    await bot.send_message("/help", sender="u1", name="李叔")
    await bot.settle()
    (said,) = bot.texts()
    assert "发短信到12110报警" in said and "打电话" not in said and "打120" not in said and "120、110" not in said


@pytest.mark.parametrize("text", ["外孙女在我家住，半夜发烧39度", "孙女在我这儿住 吐了两回", "孙子跟我说他肚子疼"])
def test_a_childs_illness_is_not_hidden_by_where_the_child_stays(text):
    assert ill_child(text) == "yes"


@pytest.mark.parametrize("text", ["孙子在家 我头疼得厉害", "孙子住我家，我发烧了"])
def test_the_members_own_illness_beside_a_grandchild_is_still_not_read_as_the_childs(text):
    assert ill_child(text) == "maybe"


def test_a_fever_at_night_whose_owner_one_cannot_tell_still_gets_the_childs_fever_care():
    word = Scripts().render("nudge/unwell.j2", private=True, name="李阿姨", phone="", text="孙子住我家，我发烧了").text
    assert "少盖点" in word and "不满3个月的宝宝发烧，别等" in word and "是您自己不舒服" in word
    plain = Scripts().render("nudge/unwell.j2", private=True, name="李阿姨", phone="", text="孙子住我家，我咳嗽").text
    assert "少盖点" not in plain


def test_a_member_just_cheated_reports_to_110_and_asks_96110_what_next_a_deaf_one_has_someone_ring_the_bank():
    word = _word("刚给骗子转了两万 对方电话关机了", deaf=False)
    assert "110打不通" not in word and "96110报案" not in word and "想问问接下来怎么办，可以打反诈专线96110" in word
    deaf = _word("刚给骗子转了两万 对方电话关机了")
    assert "96110报案" not in deaf and "请身边的人打银行卡背面的客服电话，或者在手机银行里马上把卡冻结" in deaf
    assert "同时打银行卡背面印的客服电话" not in deaf


async def test_the_person_on_duty_for_a_member_just_cheated_helps_her_call_110_who_can_stop_the_payment(make_bot):
    bot = _cannot_hear_bot(make_bot)
    await bot.start()
    await bot.send_message("刚给骗子转了两万 对方电话关机了", sender="u6", name="老周", room="r3")
    await bot.wait(seconds=5)
    (alert, *_) = [t for t in _to(bot, "op1") if "老周" in t]
    assert "打110报警（警方能紧急止付）" in alert and "银行客服止付" not in alert and "报警、止付" not in alert


def test_an_old_person_pushed_over_by_our_carer_is_reached_before_the_family_is_phoned():
    p = SimpleNamespace(topic="幸福家园", room_id="r1", member_name="李姐", member_id="u1", danger="",
                        excerpt="你们的护工推了我妈一把 老人摔了 胳膊都青了")
    alert = Scripts().render("nudge/complaint.j2", p=p, ours_hurt=True, escalated=False, praised="", before=0,
                             minutes=0, praised_by="").text
    step = next(line for line in alert.splitlines() if line.startswith("1. 先顾老人"))
    assert step.index("马上派人过去看") < step.index("给家属打电话") and "让老人家遭这个罪" in step


def _alert(danger: str, text: str, **values: object) -> str:
    p = SimpleNamespace(topic="幸福小区", room_id="r1", member_name="王阿姨", member_id="u1", excerpt=text,
                        danger=danger)
    base: dict[str, object] = dict(wrote=True, escalated=False, minutes=5, escalate_s=180, owners_s=600,
                                   next_on_duty=True, owner=False, other_owners=False)
    return Scripts().render("nudge/emergency_alert.j2", p=p, **{**base, **values}).text


def test_the_operator_told_of_a_child_abused_that_the_bot_could_not_answer_is_given_the_order_once():
    alert = _alert("child_abused", "我孙女说幼儿园的叔叔摸她 还叫她别告诉别人", wrote=False)
    assert alert.count("请马上私信或打电话") == 1 and "对方现在还没听到任何回应。" in alert


async def test_a_newcomer_reads_each_rule_once_and_a_room_that_cannot_hear_may_send_photos_and_video(make_bot):
    bot = make_bot("plugins:\n  welcome: {}\nrooms:\n  r1:\n    bot: {suggest_voice: false}\n")
    await bot.start()
    for room in ("r1", "r3"):
        await bot.send(join(("u1", "老赵"), room=room, ts=bot.now))
    await bot.wait(minutes=1)
    deaf, usual = ([a.text for a in bot.sent if a.plugin == "welcome" and a.room == room] for room in ("r1", "r3"))
    for text in (*deaf, *usual):
        assert text.count("广告") == 1 and text.count("有问题") == 1 and "屡次" not in text
    assert "多次再发，会请群主请出本群" in usual[0] and "打字不方便，发语音也可以" in usual[0]
    assert "发照片、发视频也可以，我们都用文字回您" in deaf[0] and "语音" not in deaf[0]


def test_a_body_burning_hot_on_a_winter_night_is_not_cooled_like_heat_stroke_unless_the_heat_or_sun_is_named():
    winter = _word("我爸浑身滚烫叫不醒", deaf=False)
    assert "阴凉通风" not in winter and "有没有呼吸" in winter
    assert "阴凉通风" in _word("我爸在地里干活 浑身滚烫 叫不醒", deaf=False)
    assert "阴凉通风" in _word("我妈中暑了 叫不醒", deaf=False)
    assert "阴凉通风" in _word("送水的师傅坐在马路牙子上 脸通红 说胡话 身上烫手", deaf=False)


def test_fumes_behind_a_shut_door_the_door_is_opened_then_the_window_from_inside_not_all_at_once_from_outside():
    word = _word("门缝里有烧炭的味道 一直不开门", deaf=False)
    assert "门开了先把门敞开，捂住口鼻再进去，先开窗" in word and "先别急着进去" not in word


@pytest.mark.parametrize("room", ["聋老人交流群:\n    bot: {tone: gentle}",
                                  "幸福老年群:\n    bot: {suggest_voice: false}"])
def test_check_config_asks_for_the_local_police_sms_number_where_a_room_cannot_hear(tmp_path, capsys, room):
    path = tmp_path / "config.yaml"
    path.write_text(f"bot:\n  timezone: Asia/Shanghai\n  owners: [boss]\nrooms:\n  {room}\n", encoding="utf-8")
    assert main(["check-config", str(path)]) == 0
    err = capsys.readouterr().err
    assert "bot.sms_alarm" in err and room.split(":")[0] in err and "12110010" in err
    path.write_text(f"bot:\n  timezone: Asia/Shanghai\n  owners: [boss]\n  sms_alarm: \"12110010\"\nrooms:\n  {room}\n",
                    encoding="utf-8")
    assert main(["check-config", str(path)]) == 0
    assert "sms_alarm" not in capsys.readouterr().err


def test_a_deaf_dialysis_patient_whose_fistula_stopped_reads_one_plain_request_and_a_potassium_line_has_no_splice():
    assert "请马上让家里人给透析中心打个电话" in _deaf_word("fistula", "内瘘摸不到震颤了")
    word = _deaf_word("potassium", "我在透析 吃了香蕉 心慌 手脚发麻")
    assert "身边别离人；一个人在家的话，先把门打开，再躺下等。" in word


def _bereaved(**values: object) -> str:
    base: dict[str, object] = dict(name="王阿姨", said="医生说我爸走了 孩子还不知道", where="幸福小区", dying=False,
                                   fresh=False, confirmed=True, complaint=False, carer=False, children=True)
    return Scripts().render("nudge/bereaved.j2", **{**base, **values}).text


def test_the_paragraph_on_telling_the_children_starts_a_line_of_its_own():
    lines = _bereaved().splitlines()
    assert lines[-1].startswith("家里还有孩子不知道这件事") and lines[-2].endswith("群里其他人也好表达心意。")


def test_a_volunteer_who_was_there_at_the_end_is_asked_who_is_with_her_and_the_call_is_asked_for_once():
    alert = _bereaved(said="王奶奶刚刚走了，我握着她的手", carer=True, fresh=True, children=False)
    assert "问问身边有没有人陪着" in alert and "家里人" not in alert and "再私信或打个电话问候一下" not in alert


def test_a_fall_off_a_tricycle_in_the_road_gets_a_word_about_the_traffic():
    word = _word("我妈骑三轮车摔倒了，起不来", deaf=False)
    assert "摔倒的人先别急着起来" in word and "请人站到后面远一点提醒来车绕开" in word
    assert "来车" not in _word("我妈在家摔倒了起不来", deaf=False)
