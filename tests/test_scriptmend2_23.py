"""Session 23: the native reader's review of this session's danger scripts (/work/reviews23/scripts.md), as a member
or an operator would notice it: the detector notes first (which script a person in danger gets), then findings 1-13."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.emergency import emergency
from bot.no_sight import no_sight
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

@pytest.mark.parametrize("text", ["我老伴说要喝农药，跟儿子吵了一架", "我闺女说不想活了要跳楼", "我妈说活着没意思要去跳河",
                                  "大姐说要跳江", "他爸喝了酒说要上吊"])
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
    assert "要是他已经去了，或者东西已经在手上" in _alert("我老伴说要喝农药")


# finding 2: one order to the operator, never the generic line before a kind's own

@pytest.mark.parametrize("text", ["我胸口疼得厉害，现在好点了", "我妈说活着没意思要去跳河", "我看不见，在公园里走迷路了",
                                  "楼房裂了大缝，墙皮直往下掉，我妈还在屋里", "矿上出事了，我老公在井下没上来"])
def test_the_operator_gets_one_order_for_a_kind_with_its_own_line(text):
    alert = _alert(text)
    assert "派人到场" not in alert and "情况危险就直接帮忙打" not in alert
    assert "请马上打给对方" in alert
