"""Session 24, the code review's findings (/work/reviews24/code.md, issue 13, codemend24): each reviewer's line that
went wrong, beside lines of our own in other words and the everyday lines that must stay as they are. A reading that
decides whether a person is called errs toward calling one."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency
from bot.danger.threat_to_die import gone_to
from plugins.faq.after_a_loss import the_question
from tests.test_scriptmend2_23 import _alert, _word
from tests.test_scriptmend24 import _told


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# finding 2: an act already under way is no threat still to be acted on: the alert says 120, never 还没做

@pytest.mark.parametrize("text", ["他说要去村委会门口喝农药 已经在那边喝上了",
                                  "他说要去单位门口喝农药 他已经到了 正在喝",
                                  "大爷嚷着要去厂门口喝敌敌畏 人已经喝进去了",
                                  "她说要去医院门口喝百草枯 已经在门口喝下去了"])
def test_a_threat_already_being_carried_out_is_a_poisoning(text):
    assert _kind(text) == "poison"


@pytest.mark.parametrize("text", ["那个大爷说要去儿子单位门口喝农药 让所有人看看",
                                  "他说要去村委会门口喝农药 已经在楼顶了"])
def test_a_threat_not_yet_acted_on_stays_a_threat(text):
    assert _kind(text) == "threat_to_die"


# finding 3: one list for "gone there": the one who has left is searched for, with 110, never told as still at home

@pytest.mark.parametrize("text", ["我儿子说要去单位楼顶跳楼 已经上楼了",
                                  "我爸说要去村委会门口喝农药 已经拿着农药走了",
                                  "我儿子说要跳河 人已经走了",
                                  "我闺女说要去学校楼顶跳楼 人已经上楼顶了",
                                  "我老伴说要去河边跳河 已经往河边去了"])
def test_a_threatener_who_has_left_is_searched_for_with_110(text):
    assert _kind(text) == "threat_to_die"
    alert = _alert(text)
    alert, word = _alert(text), _word(text)  # the operator calls her first and asks whether 110 is rung (native 24b)
    assert "人已经" in alert and "打110" in alert and "还没做" not in alert and "打110" in word
    _, spot = gone_to(text)  # a place named: the police told it and someone near goes there; else a search
    assert (spot in alert and spot in word) if spot else ("分头去找" in alert and "分头去找" in word)
    assert "已经去了" not in word and "已经走了" not in word  # never read as "has died"


@pytest.mark.parametrize("text", ["我老伴说要喝农药，跟儿子吵了一架", "他喊着要去厂门口喝敌敌畏 死给老板看"])
def test_a_threatener_still_at_home_is_kept_company(text):
    alert = _alert(text)
    assert "还没做" in alert and "一直陪着" in alert


# finding 9: 家里人 on their way is no death at home: a hospice ward's death gets the bell and the nurses' station

@pytest.mark.parametrize("text", ["我爸刚走了 安宁病房 护士说马上过来 家里人都在路上",
                                  "我妈刚在安宁病房走了 家里人都赶过来了 护士还没来",
                                  "老伴刚走了 在临终关怀病房 护士快到了 家里人我都通知了"])
async def test_a_hospice_ward_death_with_the_family_on_its_way_gets_the_bell(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert "床头铃" in word and "护士站" in word and "打120" not in word
    assert "病房" in alert and "床头铃" in alert  # her own word for the ward, never 安宁病房 put in her mouth


async def test_a_hospice_death_at_home_still_asks_sudden_or_expected(make_bot):
    _, _, (word,) = await _told(make_bot, "我妈刚走了 在家里 安宁疗护的护士说今晚过来", private=True)
    assert "床头铃" not in word and "突然没了呼吸的，请马上打120" in word  # stated, not asked (native review 24b, 5)


# finding 10: a death said as 再也不回来了, beside a quarrel, or confirmed by a doctor is named as her loss

@pytest.mark.parametrize(("text", "who"), [("我妈走了 再也不回来了 我不想活了", "妈妈"),
                                           ("我爸走了 走之前还跟我吵架 我也不想活了", "爸爸"),
                                           ("老公走了 医生说没救过来 我不想活了", "老伴"),
                                           ("我妈去世了 她再也不回来了 我活着还有啥意思", "妈妈"),
                                           ("老伴走了 抢救无效 我也不想活了", "老伴")])
async def test_a_death_said_in_other_words_is_named_as_her_loss(make_bot, text, who):
    _, _, (word,) = await _told(make_bot, text, private=True)
    assert f"{who}走了，您心里一定苦得很" in word and "马上给您打电话" in word


@pytest.mark.parametrize("text", ["老公走了 不要我了 我不想活了", "老公走了 跟我吵完架就走了 再也不回来了 我不想活了"])
async def test_a_husband_who_walked_out_is_still_never_mourned(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert "您心里一定苦得很" not in word and "12356" in word


# finding 11: the amount asked about keeps its decimal point when the death told beside it is set aside

@pytest.mark.parametrize(("text", "asked"), [("我爸过世了。请问3.5万的抚恤金什么时候到？", "3.5万"),
                                             ("我妈昨天走了 丧葬费是2.5个月工资吗", "2.5个月")])
def test_the_question_after_a_death_keeps_its_amount_whole(text, asked):
    assert asked in the_question(text) and "过世" not in the_question(text) and "走了" not in the_question(text)
