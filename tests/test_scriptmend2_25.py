"""The native review of session 25's scripts (issue 13, scriptmend2_25): an electric shock told as 叫电打了 has the
power off first; a man fallen into a biogas pit is no gas leak; a ritual scam whose savings are already out is heard;
each tried in wordings written before the change, with everyday lines that stay as they are."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 23, 0, tzinfo=TZ)


async def _told(make_bot, text: str, private: bool = False, at: datetime = DAY) -> tuple[str, str, list[str]]:
    """What the group is told, what the operator on duty reads, and what the member gets privately."""
    bot = _shipped_bot(make_bot, at)
    await bot.start()
    if private:
        await bot.send_private(text, sender="u5", name="小林")
    else:
        await bot.send_message(text, sender="u5", name="小林")
    await bot.wait(minutes=2)
    ops = _to(bot, "op1")
    return "\n".join(_said(bot)), ops[0] if ops else "", _to(bot, "u5")


# finding 1: an electric shock, however it is told, has the power off before anyone touches him
@pytest.mark.parametrize("text", ["我家那口子在院子里叫电打了 躺那不出声", "我爸修电闸让电打了 倒地上不动了",
                                  "邻居大哥给电打着了 甩地上没反应", "装修师傅触电了 倒在地上不动了"])
async def test_a_shock_tells_the_member_to_cut_the_power_first_and_look_at_his_breathing(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert group.startswith("收到！先拉电闸断电，电没断之前千万别用手碰他")
    assert group.index("干木棍、竹竿把电线挑开") < group.index("断了电马上打120") < group.index("胸口有没有起伏")
    assert alert.startswith("🚨 有人触电倒地") and "请提醒对方先断电再碰人" in alert


@pytest.mark.parametrize("text", ["我老伴在家摔倒了 叫不醒", "我爸突然晕倒了 躺地上不动"])
async def test_a_fall_without_a_shock_keeps_its_own_word(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert group.startswith("收到，请马上打120！") and "电闸" not in group + alert and "触电" not in alert


@pytest.mark.parametrize("text", ["小时候叫电打过一次 现在还怕", "电表跳闸了 怎么合上", "我家电饭锅漏电 手麻了一下"])
def test_a_shock_long_past_or_a_tripped_switch_is_no_emergency(text):
    assert emergency(text) is None


# finding 2: a man fallen into a pit is pit air, never a gas leak
@pytest.mark.parametrize("text", ["邻居老王掉进沼气池里了 没动静了", "我爸掉到化粪池里了 不动了",
                                  "我哥栽进粪坑里了 叫他没反应", "老周掉下去窨井了 没反应"])
async def test_a_fall_into_a_pit_tells_nobody_to_go_down_after_him(make_bot, text):
    danger = emergency(text)
    assert danger is not None and danger.kind == "pit_air"
    group, alert, _ = await _told(make_bot, text)
    assert group.startswith("收到，请马上打119和120！千万别下去救人！") and "开关电灯" not in group
    # finding 17: a rope is for whoever below can still answer
    assert "大声喊下面的人，能应声的就扔绳子让他系在身上" in group and "能扔绳子就扔下去" not in group
    assert alert.startswith("🚨 有人在井下或池子里晕倒了")
    # finding 4: the operator sends nobody down
    assert "千万叮嘱在场的人谁也别再下去救" in alert and "只在上面守着" in alert and "派人到场" not in alert


@pytest.mark.parametrize("text", ["厨房有股煤气味 是不是漏气了", "家里燃气泄漏了 味道很大"])
def test_a_gas_smell_stays_gas(text):
    danger = emergency(text)
    assert danger is not None and danger.kind == "gas"


@pytest.mark.parametrize("text", ["我家沼气池今年产气不多 怎么弄", "化粪池满了 找谁来抽"])
def test_a_pit_talked_about_is_no_emergency(text):
    assert emergency(text) is None


# finding 5: a ritual scam whose savings are already out
@pytest.mark.parametrize("text", ["大师说我老伴的病是业障 要捐三万做法事才能好 我钱都取出来了",
                                  "大师说我家有业障 要三万块做法事 我把存款取出来了",
                                  "有个师父说我儿子犯太岁 要做法事消灾 我存款都取出来了"])
async def test_money_drawn_for_a_rite_is_a_scam_and_the_member_is_told_to_bank_it(make_bot, text):
    danger = emergency(text)
    assert danger is not None and danger.kind == "scam"
    group, alert, _ = await _told(make_bot, text)
    assert "钱请先存回银行" in group and "对方先把钱存回去" in alert


@pytest.mark.parametrize("text", [
    "今天去庙里烧香了 求个平安",
    "大师讲的养生课挺好 下周还去听", "我把存款取出来给孙子交学费了"])
def test_a_temple_visit_or_a_withdrawal_is_no_scam(text):
    assert emergency(text) is None


# finding 3: a newcomer's pain now is asked after privately first; a reading's worry is never laid out in the group
async def _first_words(make_bot, said: str) -> str:
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_join(("u7", "老李"))
    await bot.wait(minutes=1)
    await bot.send_message(said, sender="u7", name="老李")
    await bot.wait(minutes=5)
    return "\n".join(t for t in _to(bot, "op1") if "第一次发言" in t)


@pytest.mark.parametrize("said", ["大家好 我是新来的 这两天胸口一阵阵疼", "大家好 我是新来的 最近心口老是疼",
                                  "大家好 新来的 这几天头疼得厉害"])
async def test_a_newcomers_pain_has_the_operator_ask_privately_how_she_is_now(make_bot, said):
    told = await _first_words(make_bot, said)
    assert "新朋友老李第一次发言就说身体不舒服（原话见上）" in told and "请对方马上打120" in told
    assert "别着急" not in told and "一起想办法" not in told and "🌷" not in told and "群里欢迎的话可以晚点说" in told


@pytest.mark.parametrize(("said", "measure"), [("大家好 我是新来的 血糖老是降不下来", "血糖的事挺让人发愁的"),
                                               ("大家好 我是新来的 我这血压老是降不下来", "血压的事挺让人发愁的"),
                                               ("大家好 新来的 尿酸总是偏高", "尿酸的事挺让人发愁的")])
async def test_a_newcomers_worry_about_a_reading_is_asked_about_privately(make_bot, said, measure):
    told = await _first_words(make_bot, said)
    assert "请在群里叫一声名字欢迎（比如“欢迎老李！”），再私信问问情况" in told and measure in told
    assert "跟我们具体说说" not in told and "一起想办法" not in told


async def test_a_newcomers_plain_hello_keeps_its_welcome_prompt(make_bot):
    told = await _first_words(make_bot, "大家好 我是新来的 喜欢唱歌 请多关照")
    assert "快去叫一声名字欢迎一下，比如：“欢迎老李！有什么事随时在群里说🌷”" in told


# finding 16: the operator's rite line keys on the member's reading, never on 化解 alone
@pytest.mark.parametrize("text", [
    "有人说能帮我化解理赔的事 让我先交手续费",
    "快递员说包裹丢了 能帮我化解理赔 让我先转五百手续费",
                                  "客服说能化解我的贷款问题 要我先交三千保证金"])
async def test_a_claims_scam_saying_huajie_is_no_rite_to_the_operator(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "做法事" not in alert and "对方可能正在被骗：请马上联系对方，先别让对方转钱" in alert and "先别转钱" in group


# findings 6 and 11: one order on the phone with a mother at a window; her words apart from the bot's report
@pytest.mark.parametrize("text", [
    "生完孩子一个月了 天天哭 真想抱着孩子从楼上跳下去",
    "刚生完孩子 天天哭 真想抱着孩子从窗户跳下去",
                                  "月子里天天哭 真想抱着孩子从楼上跳下去"])
async def test_a_new_mother_at_a_window_gives_the_operator_one_order(make_bot, text):
    _, alert, _ = await _told(make_bot, text, private=True)
    assert "”\n机器人" in alert
    first, then = "请她先把孩子放到床上、离开窗边", "电话接通后，先请她把孩子放下、离开窗边，再听她说"
    assert alert.index(first) < alert.index(then)
    assert "先听对方说，别急着讲道理，可以温和地直接问一句" not in alert


@pytest.mark.parametrize("text", ["活着太累了 不想活了", "我真的撑不下去了 想一了百了"])
async def test_despair_without_a_child_keeps_the_listening_first_line(make_bot, text):
    _, alert, _ = await _told(make_bot, text, private=True)
    assert "先听对方说，别急着讲道理" in alert and "”\n机器人" in alert and "把孩子放下" not in alert


# findings 7 and 10: a dose taken twice at night has 120 or the A&E, a sulfonylurea is seen today, the operator hears
# who took it as it was said
@pytest.mark.parametrize("text", [
    "我妈把格列美脲吃了两遍",
    "老伴的消渴丸忘了吃没吃 又吃了一遍", "我爸的格列齐特早上吃了两次"])
async def test_a_sugar_pill_taken_twice_at_night_sends_her_to_120_or_the_emergency_room(make_bot, text):
    group, alert, _ = await _told(make_bot, text, at=NIGHT)
    assert "夜里找不到医生，就打120问问，或者去医院急诊看看" in group and "打电话问问医生怎么办" not in group
    assert "低血糖会反复好一阵，老人最好今晚就去医院急诊查一查" in group and "半夜也叫醒测一次血糖" in group
    assert "提醒让用药的人现在就吃点东西" in alert and "还没不舒服" not in alert and "夜里就打120问" in alert


@pytest.mark.parametrize("text", ["老头子早上打了胰岛素 忘了又打了一针", "我早上胰岛素打了两遍"])
async def test_insulin_twice_by_day_still_rings_the_doctor(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "打电话问问医生怎么办" in group and "反复好一阵" not in group and "提醒让用药的人" in alert


# finding 14: a black toe is no diagnosis of diabetes
@pytest.mark.parametrize("text", [
    "我爸脚趾头发黑了 还流脓水",
    "我妈脚上的伤口发黑了 有股味", "老伴脚底的口子流脓了 还发黑"])
async def test_a_black_toe_is_taken_to_the_emergency_room_without_naming_diabetes(make_bot, text):
    group, alert, _ = await _told(make_bot, text, at=NIGHT)
    assert "老人（特别是有糖尿病的）最怕这样，请今晚就" in group and "有糖尿病的人最怕这样" not in group
    assert alert.startswith("🚨 老人脚上的伤口发黑流脓，要今天就医") and "糖尿病足" not in alert


# finding 8: vomiting blood on a blood thinner: the next dose waits for the emergency doctor
@pytest.mark.parametrize("text", [
    "我老伴吃华法林 今天吐血了",
    "我妈吃阿司匹林 拉黑便 头晕", "我爸吃利伐沙班 今天吐血了"])
async def test_grave_bleeding_on_a_thinner_leaves_the_next_dose_to_the_emergency_doctor(make_bot, text):
    group, _, _ = await _told(make_bot, text)
    assert "最后一次是几点吃的；下一顿先别吃，等急诊医生定" in group
    assert "千万别自己停药" not in group and "别自己加量" not in group


# finding 9: a confused diabetic with a low reading who can still sit and swallow gets the sugar
@pytest.mark.parametrize("text", ["我老伴突然说胡话 不认识人了 他有糖尿病", "我妈突然糊涂了 不认识我了 她打胰岛素的",
                                  "我爸突然说胡话 不认识人了 他打胰岛素"])
async def test_a_confused_diabetic_gets_sugar_when_the_reading_is_low_and_he_can_swallow(make_bot, text):
    group, _, _ = await _told(make_bot, text)
    assert "血糖低、人还能自己坐稳、能好好咽东西，就喂几块糖或半杯糖水；叫不太醒、咽不好，就什么都别喂" in group
    assert "人清醒、能自己坐稳" not in group


# finding 12: a grievance told privately at night is heard, never sent to a crisis hotline
@pytest.mark.parametrize("text", [
    "凭什么每次领唱都是她们几个 不公平",
    "凭什么每次领唱都是她们几个，我跳了三年了也没人看得见",
                                  "俺太笨了 跟不上大家 别教了"])
async def test_a_grievance_or_a_learner_giving_up_at_night_hears_no_hotline(make_bot, text):
    _, _, words = await _told(make_bot, text, private=True, at=NIGHT)
    assert words and "12356" not in words[0] and "会认真对待" in words[0] and "明天一早就联系您，听您细说" in words[0]


async def test_loneliness_at_night_keeps_the_hotline(make_bot):
    _, _, words = await _told(make_bot, "老伴走了以后 晚上一个人在家 心里空落落的", private=True, at=NIGHT)
    assert words and "12356" in words[0]


# finding 19: no 🙂 to an old member asking whether we are a person
@pytest.mark.parametrize("text", ["你是真人吗", "你是机器人吗", "请问你是真人还是机器人"])
async def test_are_you_a_person_is_answered_without_the_cold_smile(make_bot, text):
    _, _, words = await _told(make_bot, text, private=True)
    assert any("不是真人" in w for w in words) and not any("🙂" in w for w in words)
