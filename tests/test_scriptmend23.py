"""Session 23: the native reader's findings on session 22's scripts not mended then (/work/reviews22/scripts2.md,
findings 3, 4, 6-10, 12-15), as a member or an operator would notice them."""
from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import pytest

from bot.danger.body_now import in_pain
from bot.danger.emergency import emergency
from bot.danger.no_sight import no_sight
from bot.templates import Scripts
from bot.testing import TZ
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to


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


# finding 3: a man alone with chest pain is told what to do himself, not to let his wife sit down

@pytest.mark.parametrize(("text", "who"), [
    ("我胸口疼得厉害，老伴不在家，现在好点了", "我"),
    ("胸口疼得厉害，现在好点了，他们都上班去了", "我"),
    ("俺心口绞着疼 出了一身冷汗 这会儿好些了", "我"),
    ("老伴说胸口疼得厉害 要不要紧", "老伴"),
    ("我妈心口压得慌 像压了块石头 现在缓过来了", "妈妈"),
    ("刚才心口绞着疼 出了一身冷汗 现在缓过来了 严不严重", ""),
])
def test_who_has_the_chest_pain_is_read_from_the_words(text, who):
    found = emergency(text)
    assert found is not None and found.kind == "chest_pain"
    assert in_pain(text) == who


@pytest.mark.parametrize("text", ["我胸口疼得厉害，老伴不在家，现在好点了",
                                  "胸口疼得厉害，现在好点了，他们都上班去了"])
def test_a_writer_alone_with_chest_pain_is_told_to_sit_open_the_door_and_call_a_neighbour(text):
    word = _word(text)
    assert "坐下或半躺着" in word and "把家门打开" in word and "邻居" in word and "陪着您" in word
    assert "先让老伴" not in word and "先让他" not in word and "陪着老伴" not in word


def test_a_writer_whose_husband_has_the_pain_is_told_to_keep_him_still():
    word = _word("老伴说胸口疼得厉害 要不要紧")
    assert "先让老伴坐下或半躺着" in word and "身边一直有人陪着老伴" in word


def test_when_the_words_cannot_tell_who_hurts_the_word_covers_both():
    word = _word("刚才心口绞着疼 出了一身冷汗 现在缓过来了 严不严重")
    assert "疼的是您自己的话" in word and "疼的是家里人" in word and "把家门打开" in word


# finding 4: a mother or a grandmother who threatens to die is 她; a deaf member is given the text number

@pytest.mark.parametrize("text", ["我妈说要去我爸单位门口喝农药", "那个老太太说要去村委会门口跳楼 让村干部看看",
                                  "我奶奶闹着要去村委会门口喝农药", "媳妇说要去我妈家门口喝农药给我看"])
def test_a_woman_who_threatens_to_die_is_she_to_the_member_and_to_the_operator(text):
    found = emergency(text)
    assert found is not None and found.kind == "threat_to_die"  # a threat not carried out, never a poison swallowed
    word = _word(text)
    assert "陪着她" in word and "听她把委屈说完" in word and "他" not in word
    assert "陪着她" in _alert(text) and "陪着他" not in _alert(text)


def test_a_man_who_threatens_to_die_is_still_he():
    word = _word("今天调解的那个大爷说 儿子不给养老钱 他要去儿子单位门口喝农药 让所有人看看")
    assert "陪着他" in word and "她" not in word and "农药已经拿在手上" in word


def test_a_deaf_member_told_of_a_threat_is_given_the_police_text_number_and_no_doubled_please():
    word = _word("我女儿说要去她男朋友公司楼顶跳楼 让他看看", deaf=True)
    assert "发短信到12110报警，也请身边的人打110" in word and "请马上请" not in word
    assert "往楼顶去了" in word and "往那边去了" not in word


# finding 6: the operator is not told to ring a blind member standing in gas, and is told what to do about the gas

@pytest.mark.parametrize(("text", "topic"), [("燃气灶好像没关 有股味道 我看不见开关在哪", "幸福里二群"),
                                             ("煤气灶开着呢 屋里呛得很", "盲人读书会"),
                                             ("液化气罐好像忘了关 屋里一股臭味 我眼睛不好", "幸福里二群")])
def test_the_operator_gets_the_member_out_of_the_gas_before_any_call(text, topic):
    alert = _alert(text, topic)
    assert "请先发一条语音" in alert and "出门到楼下，到了回我一句" in alert and "等她回了再打电话" in alert
    assert "119或燃气抢修电话" in alert and "关燃气阀门" in alert
    assert "请马上打电话联系对方" not in alert and "请直接打电话" not in alert


def test_an_operator_told_of_a_gas_leak_by_a_member_who_sees_is_unchanged():
    alert = _alert("煤气灶开着呢 屋里呛得很")
    assert "请马上打电话联系对方或派人到场" in alert and "先发语音" not in alert


# finding 7: a blind member in gas is sent out at once, not around the room feeling for windows and switches

def test_a_blind_member_in_gas_leaves_first_and_is_not_sent_to_find_switches_or_windows():
    word = _word("燃气灶好像没关 有股味道 我看不见开关在哪")
    assert "燃气阀门不用去摸" in word and "别按任何开关和门铃" in word and "也别在屋里打电话" in word
    assert "别挨个去找" in word and "请马上摸着出门，走楼梯到楼下" in word and "到了外面再打燃气抢修电话或119" in word
    assert "开关找不到" not in word and "摸着打开门窗通风" not in word


# finding 8: a blind member lost is asked for what he hears or touches, never for landmarks he cannot see

def test_a_deaf_blind_member_lost_texts_what_he_hears_and_touches_not_what_he_sees():
    word = _word("我听不见 盲杖掉了 我站在马路边 不知道这是哪", deaf=True)
    assert "手边摸到什么" in word and "在哪条路" in word and "听到" not in word  # scriptmend2_23, finding 4
    assert "能看到" not in word and "路标" not in word and "哪座山" not in word


@pytest.mark.parametrize("text", ["盲杖掉了 我站在马路边 不知道这是哪", "我眼睛看不见 在山上迷路了"])
def test_a_blind_member_lost_asks_the_police_to_come_and_is_not_promised_they_will(text):
    word = _word(text)
    assert "请民警来接您" in word and "民警会来接您" not in word and "看到" not in word


def test_a_blind_member_lost_on_a_hill_is_not_told_of_a_crossroads():
    word = _word("我眼睛看不见 在山上迷路了")
    assert "路口" not in word and "车道" not in word and "过马路" not in word and "大声喊人" in word


def test_a_seeing_deaf_member_lost_on_a_hill_still_texts_the_path_and_the_signs():
    word = _word("我听不见 我在山上迷路了", deaf=True)
    assert "哪座山、从哪条路上去的、附近能看到的路标" in word


# finding 9: a writer inside a cracking building is told to come out, not to phone first

def test_a_writer_inside_a_cracking_building_comes_out_with_the_one_beside_her():
    word = _word("楼房裂了大缝 墙皮直往下掉 我在屋里 老伴也在")
    assert "请现在就叫上老伴一起出来" in word and "先打电话" not in word and "走楼梯下楼" in word


def test_a_writer_outside_calls_the_one_named_inside_out_and_comes_out_herself_if_inside():
    word = _word("房子墙上的裂缝越裂越大 天花板直掉渣 我妈还在里屋")
    assert "您在屋里的话，现在就出来" in word and "马上打电话叫妈妈出来" in word and "先打电话叫" not in word


def test_a_deaf_writer_is_asked_to_message_or_send_a_neighbour_not_to_phone():
    word = _word("老宅子墙歪了 咯吱咯吱响 奶奶还在屋里睡觉", deaf=True)
    assert "发消息或者请邻居去叫奶奶出来" in word and "打电话叫" not in word


def test_a_writer_already_downstairs_is_not_told_to_come_out_with_anyone():
    word = _word("楼房裂了大缝 墙皮直往下掉 我们在楼下 老伴还在屋里")
    assert "叫上" not in word and "您在屋里的话" not in word and "马上打电话叫老伴出来" in word


# finding 10: a mother waiting on a son below ground is not left alone with the wait; a deaf one names the mine

def test_a_family_waiting_at_a_mine_is_told_to_keep_someone_beside_them_and_to_tell_us_news():
    word = _word("矿上冒顶了 我家老大还困在下面 电话打不通")
    assert "知道的话说清是哪个班、哪个工作面" in word
    assert word.endswith("等消息最难熬，您身边请留个家里人陪着；有什么消息，随时跟我们说。")


def test_a_deaf_member_at_a_mine_texts_the_mine_and_the_shaft_not_a_flat_number():
    word = _word("我听不见 煤矿出事了 透水 我儿子那个班十几个人还没出来", deaf=True)
    assert "写清在哪儿（哪个矿、哪个井口）" in word and "小区和门牌" not in word
    assert "请人打120" in word and "请人打119" in word


# finding 12: a member with chest pain who keeps heart pills is told whose word to follow, never a bot's pill

@pytest.mark.parametrize("text", ["我一个人在家 刚才胸口疼得厉害 现在好点了 要不要紧", "老伴说胸口疼得厉害 要不要紧",
                                  "刚才心口绞着疼 出了一身冷汗 现在缓过来了 严不严重"])
def test_chest_pain_says_to_take_medicine_only_as_the_doctor_says(text):
    word = _word(text)
    assert "要不要吃药，听120电话里医生的" in word and "硝酸甘油的，照医生交代的吃" in word
    assert "阿司匹林" not in word


def test_a_deaf_member_with_chest_pain_is_not_told_to_listen_on_the_phone():
    word = _word("我听不见 我一个人在家 刚才胸口疼得厉害 现在好点了 要不要紧", deaf=True)
    assert "要不要吃药，听急救医生的" in word and "电话里" not in word


# finding 13: the operator asked to sit with an old grief is shown how to call the member by name, and what not to say

def _nudge(excerpt: str, name: str = "快乐每一天") -> str:
    p = SimpleNamespace(id=7, kind="sorrow", member_name=name, member_id="u1", topic="幸福里二群", room_id="r1",
                        excerpt=excerpt, covered_at=None)
    return Scripts().render("nudge/nudge.j2", p=p, minutes=3, answer=None, deaths={}, aches={7: "missing"}).text


def test_an_old_grief_is_met_with_company_named_as_the_operator_calls_the_member_and_no_move_on():
    text = _nudge("老伴没了快两年了 昨晚又梦见他了 醒了就再也睡不着")
    assert "称呼按您平时怎么叫对方" in text and "又想老伴了吧？想说就跟我说说" in text
    assert "别急着劝“想开点、别难过”" in text and "别当成刚出的事来慰问" in text
    assert "“快乐每一天，又想" not in text and "不用办什么事" not in text


def test_an_old_grief_for_a_mother_names_her():
    assert "又想妈妈了吧" in _nudge("今天是我妈的祭日 早上去坟上看了看 回来一直掉眼泪")


# finding 14: a voice answer is listened to, not looked at, whatever the question

def _answered(text: str, health: bool = False, unsure: bool = False) -> str:
    p = SimpleNamespace(id=8, kind="question", member_name="刘阿姨", member_id="u1", topic="幸福里二群", room_id="r1",
                        excerpt="血压药饭前吃还是饭后吃", covered_at=None)
    answer = SimpleNamespace(name="老周", text=text, health=health, unsure=unsure)
    return Scripts().render("nudge/nudge.j2", p=p, minutes=4, answer=answer, deaths={}, aches={}).text


def test_a_voice_answer_to_a_health_question_is_listened_to():
    text = _answered("[语音] 12秒", health=True)
    assert "点开听一下对不对" in text and "看一眼" not in text
    assert "看一眼对不对" in _answered("饭后吃", health=True)


def test_an_unsure_voice_answer_is_called_a_voice_not_quoted_as_a_bracket():
    text = _answered("[语音] 8秒", unsure=True)
    assert "回了一条语音，听着不太确定。麻烦您点开听一下" in text and "“[语音]" not in text
    assert "回了一句“好像是饭后吧”" in _answered("好像是饭后吧", unsure=True)


# finding 15: the morning digest tells the operator that a member missing the dead is not a fresh loss to condole

async def test_the_morning_digest_names_who_misses_the_dead_and_how_to_meet_it(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 12, 2, 23, 50, tzinfo=TZ))
    await bot.start()
    await bot.send_message("老伴没了快两年了 昨晚又梦见他了 醒了就再也睡不着", sender="u1", name="孙大姐")
    await bot.send_message("就剩我一个了 家里空荡荡的 翻来覆去睡不着", sender="u2", name="何阿姨")
    await bot.wait(hours=7, minutes=20)
    morning = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert morning, _to(bot, "op1")
    assert "孙大姐是想念走了的亲人，别当新丧慰问" in morning[0] and "陪着说说走了的那位亲人就好" in morning[0]
    assert "何阿姨是想念" not in morning[0] and "何阿姨、孙大姐是想念" not in morning[0]


def test_a_member_who_can_neither_see_nor_phone_leaves_the_gas_before_texting_the_police():
    word = _word("我听不见 液化气罐好像忘了关 屋里一股臭味 我眼睛看不见", deaf=True)
    assert word.startswith("收到！请马上摸着出门") and "到了楼下，再发短信到12110报警" in word
    assert word.index("摸着出门") < word.index("12110")
    assert word.endswith("群里离王阿姨近的朋友，请马上替王阿姨打119。")
