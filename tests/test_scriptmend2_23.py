"""Session 23: the native reader's review of this session's danger scripts (/work/reviews23/scripts.md), as a member
or an operator would notice it: the detector notes first (which script a person in danger gets), then findings 1-13."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.danger.emergency import emergency
from bot.danger.no_sight import no_sight
from bot.templates import Scripts


def _word(text: str, deaf: bool = False, topic: str = "") -> str:
    found = emergency(text)
    assert found is not None, text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=deaf, sms_alarm="12110", private=False, name="王阿姨",
                            no_sight=no_sight(text, topic)).text


def _alert(text: str, topic: str = "幸福里二群") -> str:
    found = emergency(text)
    assert found is not None, text
    p = SimpleNamespace(danger=found.kind, topic=topic, room_id="r1", member_name="张阿姨", member_id="u1",
                        excerpt=text)
    return Scripts().render("nudge/emergency_alert.j2", p=p, escalated=False, minutes=0, escalate_s=180,
                            owners_s=600, next_on_duty=True).text


# note A: a relative's threat told by the writer is a threat to die of THAT person, never the writer's own despair

@pytest.mark.parametrize("text", ["我老伴说要喝农药，跟儿子吵了一架", "我闺女说不想活了要跳楼",
                                  "我妈说活着没意思要去跳河", "大姐说要跳江", "他爸喝了酒说要上吊"])
def test_a_relatives_threat_to_die_tells_the_writer_how_to_protect_that_person(text):
    found = emergency(text)
    assert found is not None and found.kind == "threat_to_die", (text, found)
    word = _word(text)
    assert "一直陪着" in word and "110" in word and "12356" in word
    assert "心里苦" not in word and "别一个人扛着" not in word  # no comfort for the writer's own despair


@pytest.mark.parametrize("text", ["他说今晚要喝农药", "我儿子说要跳槽", "我妈说跳楼价甩卖", "我妈说她年轻时候差点跳河"])
def test_a_plan_of_ones_own_a_new_job_a_sale_and_an_old_story_are_no_relatives_threat(text):
    found = emergency(text)
    assert found is None or found.kind != "threat_to_die", (text, found)


def test_a_shift_not_up_from_the_mine_is_the_mine_not_a_gas_leak():
    found = emergency("矿上出事了，我老公在井下没上来")
    assert found is not None and found.kind == "mine"
    word = _word("矿上出事了，我老公在井下没上来", deaf=True)
    assert "调度室" in word and "燃气" not in word and "电灯" not in word


@pytest.mark.parametrize("text", ["我眼睛看不见，导盲犬跑了，一个人在路口不知道在哪", "我看不见，在公园里走迷路了"])
def test_a_blind_member_lost_is_read_as_lost(text):
    found = emergency(text)
    assert found is not None and found.kind == "astray", (text, found)
    assert "站在原地别动" in _word(text)


def test_a_blind_member_who_found_the_way_again_stays_quiet():
    assert emergency("上次我看不见 在公园迷路了") is None


# finding 1: a river is a river, not a roof; what may have happened is said with 要是

@pytest.mark.parametrize("text", ["我妈说活着没意思要去跳河", "大姐说要跳江"])
def test_a_threat_to_jump_into_a_river_is_told_as_the_river(text):
    word = _word(text)
    assert "跳河" in word and "河边" in word and "跳楼" not in word and "楼顶" not in word
    assert "要是她已经往河边去了" in word and "别自己下水救" in word
    alert = _alert(text)
    assert "河边" in alert and "农药" not in alert and "已经跳了，帮忙打110和120" in alert


def test_a_threat_to_jump_from_a_roof_keeps_her_from_the_roof_and_windows():
    word = _word("我闺女说不想活了要跳楼")
    assert "楼顶" in word and "窗户先关好" in word and "刀、绳子" not in word
    assert "要是她已经往楼顶去了" in word and "她已经往楼顶去了，请" not in word.replace("要是她已经往楼顶去了", "")


def test_a_threat_of_pesticide_with_no_place_named_asks_if_he_has_gone_out():
    word = _word("我老伴说要喝农药，跟儿子吵了一架")
    assert "农药这类东西先拿走收好" in word and "要是他已经出门了" in word and "说的那个地方" not in word
    # never "他已经去了", read as "he has died" (native re-read 24, finding 3)
    assert "要是他已经出门了，或者农药已经拿在手上" in _alert("我老伴说要喝农药")


# finding 2: one order to the operator, never the generic line before a kind's own

@pytest.mark.parametrize("text", ["我胸口疼得厉害，现在好点了", "我妈说活着没意思要去跳河",
                                  "我看不见，在公园里走迷路了",
                                  "楼房裂了大缝，墙皮直往下掉，我妈还在屋里", "矿上出事了，我老公在井下没上来"])
def test_the_operator_gets_one_order_for_a_kind_with_its_own_line(text):
    alert = _alert(text)
    assert "派人到场" not in alert and "情况危险就直接帮忙打" not in alert
    assert "请马上打给对方" in alert


# finding 3: a deaf member in a cracking building is told to get out first, to text second

def test_a_deaf_member_in_a_cracking_building_gets_out_before_texting():
    word = _word("楼房裂了大缝，墙皮直往下掉，我还在屋里", deaf=True)
    assert word.startswith("收到！请先出门")
    assert word.index("走楼梯下楼") < word.index("发短信到12110") and "到了外面空地上，再发短信" in word
    assert "人都出来了再打119" not in word and "您不方便打电话" not in word


# finding 4: a member who can neither see nor hear, lost: stand still first, nothing asked about what she hears

@pytest.mark.parametrize(("text", "road"), [("我看不见，在公园里走迷路了", False),
                                            ("我眼睛看不见，导盲犬跑了，一个人在路口不知道在哪", True)])
def test_a_deaf_blind_member_lost_stands_still_before_texting(text, road):
    word = _word(text, deaf=True)
    assert word.startswith("收到！请先站在原地别动")
    assert word.index("扶着墙") < word.index("发短信到12110")
    assert "听到" not in word and "手边摸到什么" in word
    assert ("别过马路" in word) is road and word.index("站在原地") < word.index("发短信") if road else True


# finding 5: a blind member at a gas leak is told to go out first, the valve last

@pytest.mark.parametrize("deaf", [False, True])
def test_a_blind_member_at_a_gas_leak_hears_go_out_first(deaf):
    word = _word("我眼睛看不见，闻到家里煤气味很大", deaf=deaf)
    assert word.index("请马上摸着出门") < word.index("燃气阀门不用去摸") < word.index("别挨个去找")
    assert "请先出门：燃气阀门" not in word


# finding 6: a writer alone with chest pain opens the door first, then sits down

def test_a_writer_alone_with_chest_pain_opens_the_door_before_sitting_down():
    word = _word("我胸口疼得厉害，老伴不在家，现在好点了")
    assert word.index("把家门打开") < word.index("坐下或半躺着")


def test_when_the_words_cannot_tell_who_hurts_the_family_member_is_the_patient_not_he():
    word = _word("刚才心口绞着疼 出了一身冷汗 现在缓过来了 严不严重")
    assert "让病人坐着或半躺着别动" in word and "就让他坐着" not in word
    assert "给家里人或邻居打个电话，叫人过来陪着您" in word
    assert word.index("把家门打开") < word.index("坐下或半躺着")


# finding 7: the relative she named inside the cracking building is spoken of as named, and helped down

@pytest.mark.parametrize("deaf", [False, True])
def test_the_mother_named_inside_a_cracking_building_is_called_out_and_helped_down(deaf):
    word = _word("楼房裂了大缝，墙皮直往下掉，我妈还在屋里", deaf=deaf)
    assert "妈妈还在屋里的" not in word and "叫妈妈出来" in word and "帮着扶下楼" in word


# finding 8: to one who would follow the dead, the word imagines her pain, never claims to know it

@pytest.mark.parametrize(("text", "loss"), [("老伴走了，我也想跟他一块去了算了", "老伴"),
                                            ("我妈没了，我也想跟着去了", "妈妈"),
                                            ("老太太走了 我也想跟着去了", "亲人")])
def test_the_word_to_one_who_would_follow_the_dead_says_her_pain_must_be_great(text, loss):
    word = Scripts().render("nudge/emergency.j2", kind="despair", told=True, text=text, private=True,
                            name="王阿姨", another=False).text
    assert word.startswith(f"王阿姨，{loss}走了，您心里一定苦得很。") and "我们知道" not in word
    assert "12356" in word and "马上给您打电话" in word


# finding 9: a miner's wife with no dispatch number is told whom else to ring

def test_a_miners_wife_is_told_to_ring_his_team_leader_if_she_has_no_dispatch_number():
    word = _word("煤矿透水了，我老公还在井下")
    assert word.startswith("收到，请马上打矿上调度室的电话，没有号码就打他班组长、工友或单位的电话问。")
    assert "等消息最难熬" in word


# finding 10 and 11: the operator sits with an old grief by the member's own name, the dead spoken of warmly

def test_the_operators_example_for_an_old_grief_uses_this_members_name():
    p = SimpleNamespace(id=7, kind="sorrow", member_name="李阿姨", member_id="u1", topic="幸福里二群", room_id="r1",
                        excerpt="今天是我妈的祭日 早上去坟上看了看 回来一直掉眼泪", covered_at=None)
    text = Scripts().render("nudge/nudge.j2", p=p, minutes=3, answer=None, deaths={}, aches={7: "missing"}).text
    assert "“李阿姨，看到您的消息了，又想妈妈了吧？" in text and "王姐" not in text


# finding 12: the operator's voice message to a blind member in gas asks her to answer once outside

def test_the_operator_asks_a_blind_member_in_gas_to_answer_once_outside_before_ringing():
    alert = _alert("我眼睛看不见，闻到家里煤气味很大")
    assert "到了回我一句" in alert and "等她回了再打电话" in alert and "确认出门了" not in alert
    assert alert.index("请先发一条语音") < alert.index("119或燃气抢修电话")


# finding 13: night hours typed with a Chinese colon are quoted in Chinese quotes, not Python's

def test_night_hours_with_a_chinese_colon_are_quoted_the_chinese_way(tmp_path, capsys):
    from bot.cli import main
    (tmp_path / "config.yaml").write_text('bot:\n  timezone: Asia/Shanghai\n  owners: [王老师]\n'
                                          '  quiet_hours: "22：00-07：00"\n', encoding="utf-8")
    assert main(["check-config", str(tmp_path / "config.yaml")]) != 0
    err = capsys.readouterr().err
    assert "现在写的是「22：00-07：00」" in err and "'22：00-07：00'" not in err
