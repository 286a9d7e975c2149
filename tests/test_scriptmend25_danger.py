"""Someone in danger hears the step that fits them (the native review of session 25's scripts, scriptmend25,
findings 1, 4-9, 15): a mother who would jump with her baby hears the baby put down first and a call now;
bleeding on a thinner or an antiplatelet; a caesarean wound; someone unseen for days is looked for, not a
complaint; sudden confusion; a baby's head hit with no old person's thinner line."""
from __future__ import annotations

import pytest

from tests.scriptmend25_kit import told as _told


# 1. a new mother who would jump with her baby: the baby down, away from the window, a call now, an illness treated
@pytest.mark.parametrize("text", ["生完孩子一个月了，天天哭，真想抱着孩子从楼上跳下去",
                                  "宝宝才满月，我天天睡不着，好几次想抱着宝宝从阳台跳下去",
                                  "坐月子这段时间太难熬了，真想搂着孩子从窗户跳下去算了"])
async def test_a_new_mother_who_would_jump_with_her_baby_hears_the_baby_put_down_and_a_call_now(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert word.index("把孩子放回小床上") < word.index("离开阳台和窗户") < word.index("马上给您打电话")
    assert "这不是您的错，是能治好的" in word and "这些年太不容易" not in word and "尽快" not in word
    assert "孩子" in alert and "12356" in word


async def test_a_lifelong_carer_who_would_take_her_child_along_still_hears_her_years_and_a_call_now(make_bot):
    _, _, (word,) = await _told(make_bot, "我死了以后这孩子怎么办 有时候想带他一起走")
    assert "这些年太不容易了" in word and "马上给您打电话" in word and "小床" not in word


async def test_a_jump_from_the_sofa_with_the_baby_is_no_danger(make_bot):
    _, alert, words = await _told(make_bot, "抱着宝宝从沙发上跳下来，把他逗得哈哈笑")
    assert "12356" not in "".join(words) and not alert.startswith("🚨")


# 4. bleeding on an antiplatelet: the next dose asked of the prescriber, never stopped alone; no warfarin's INR for it
@pytest.mark.parametrize("text", ["我老伴装了支架，吃氯吡格雷，今天牙龈一直出血", "我妈吃替格瑞洛，尿里有血了"])
async def test_bleeding_on_an_antiplatelet_never_hears_to_skip_the_next_dose(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert "下一顿药先别吃" not in word and "药劲太大" not in word and "抽血查" not in word
    assert "先打电话问开药的医生" in word and "千万别自己停药" in word and "今天就看" in word
    assert alert.startswith("🚨")


# 5. blood vomited or a black stool on a thinner: 120 now, lying still, not a trip to the hospital alone
@pytest.mark.parametrize("text", ["我孩子吃华法林，今天吐血了", "我老伴吃华法林，今天拉的大便是黑的",
                                  "我妈吃阿司匹林，刚才呕血了"])
async def test_blood_vomited_or_a_black_stool_on_a_thinner_gets_120_and_lying_still(make_bot, text):
    _, _, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请马上打120！") and "人先躺下别动" in word and "侧过身子" in word
    assert "路上要是" not in word and "去医院看急诊" not in word


# 6. the mother's own caesarean wound: she lies down, covers it and rings 产科; a daughter's is pressed at her side
@pytest.mark.parametrize("text", ["剖腹产第五天，伤口一直往外渗血，还发烧",
                                  "我剖宫产刚一个礼拜，刀口渗血，今天烧到38度5"])
async def test_a_mother_with_her_own_caesarean_wound_seeping_is_spoken_to_as_the_patient(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert word.index("您先躺下歇着") < word.index("产科") < word.index("可能是伤口感染了") < word.index("打120")
    assert "让病人躺下" not in word and "按十分钟" not in word and "剖腹产第几天" in word
    assert alert.startswith("🚨")


async def test_a_daughters_caesarean_wound_is_told_to_the_carer_with_the_maternity_ward(make_bot):
    _, _, (word,) = await _told(make_bot, "我女儿剖腹产第五天，伤口一直往外渗血，还发烧")
    assert "请先让产妇躺下别动" in word and "生孩子的医院产科" in word and "您先躺下" not in word


async def test_a_wound_after_an_operation_still_goes_to_the_surgical_ward(make_bot):
    _, _, (word,) = await _told(make_bot, "我老伴做完手术第三天，伤口一直往外渗血，还发烧")
    assert "做手术的医院病房" in word and "告诉医生是刚做完手术的病人" in word and "产科" not in word


# 7. someone unseen for days, phone and door unanswered, whoever they are: a welfare check, never a shop's apology
@pytest.mark.parametrize("text", ["租我房子的小伙子三天没见人了，电话也不接，敲门没人应",
                                  "楼下那个单身的姑娘好几天没见她出门了，敲门没人开",
                                  "同事小王两天没见人了，手机一直关机，他一个外地人在这边"])
async def test_someone_unseen_for_days_is_looked_for_whoever_they_are(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert "请再给对方打一次电话" in word and "请民警来开门" in word and "老人" not in word
    assert alert.startswith("🚨") and "道歉" not in alert


# acceptance25 veteran_alone_unreachable_three_days: unseen is also unheard in the group for days, the phone unanswered
@pytest.mark.parametrize("text", ["老孙三天没在群里说话了 打电话也不接 他一个人住",
                                  "刘姐好几天没在群里冒泡了，微信语音也没人接"])
async def test_a_member_unheard_in_the_group_for_days_with_the_phone_unanswered_is_looked_for(make_bot, text):
    said, alert, _ = await _told(make_bot, text, private=False)
    assert alert.startswith("🚨") and "道歉" not in alert and "添麻烦" not in said


@pytest.mark.parametrize("text", ["李叔两天没在群里说话了 估计忙着带孙子", "王姐好几天没冒泡了 出去旅游了吧"])
async def test_a_member_quiet_in_the_group_for_days_alone_is_no_emergency(make_bot, text):
    _, alert, _ = await _told(make_bot, text, private=False)
    assert not alert.startswith("🚨")


async def test_a_father_unseen_for_days_is_still_the_old_persons_check(make_bot):
    _, _, (word,) = await _told(make_bot, "我爸三天没见人了，电话也不接，敲门没人应")
    assert "请再给老人打一次电话" in word and "请民警来开门" in word


@pytest.mark.parametrize("text", ["租我房子的小伙子三天没见人了，电话也不接，房租都欠两个月了",
                                  "隔壁小伙子三天没见人了 电话也不接 估计回老家了"])
async def test_a_tenant_gone_owing_rent_or_likely_away_is_no_emergency(make_bot, text):
    _, alert, words = await _told(make_bot, text)
    assert "请民警来开门" not in "".join(words) and not alert.startswith("🚨")


# 8-9. sudden confusion: sugar only as the one exception, for one awake who swallows well; 姥爷 and 牛奶 are no woman
# 老伴 says no sex: named, never a guessed 他 (script review 26, finding 8)
@pytest.mark.parametrize("text, him", [("我姥爷突然不认识人了，一直说胡话", "他"),
                                       ("我爷爷早上喝了牛奶，突然就糊涂了，不认识人了", "他"),
                                       ("老伴突然说胡话，不认识我了", "老伴")])
async def test_a_grandfather_suddenly_confused_is_him_and_sugar_is_the_one_exception(make_bot, text, him):
    _, alert, (word,) = await _told(make_bot, text)
    assert f"别让{him}一个人走动" in word and "她" not in word
    assert word.index(f"先别给{him}吃东西、喝水") < word.index("血糖仪") < word.index("叫不太醒、咽不好，就什么都别喂")
    assert "还能咽东西，就先喂" not in word and "一杯糖水" not in word and alert.startswith("🚨")


async def test_a_grandmother_suddenly_confused_is_still_her(make_bot):
    _, _, (word,) = await _told(make_bot, "我外婆突然不认识人了，一直说胡话，她有糖尿病")
    assert "别让她一个人走动" in word and "半杯糖水" in word


# 15. a baby's head hit: no word of an old person's aspirin in the line a frightened mother reads
@pytest.mark.parametrize("text", ["月嫂把孩子摔了，宝宝头上起了个包，一直吐", "孩子从床上掉下来磕到头了，吐了两次"])
async def test_a_babys_head_hit_has_no_old_persons_thinner_line(make_bot, text):
    _, _, (word,) = await _told(make_bot, text)
    assert "请马上打120" in word and "孩子" in word and "阿司匹林" not in word and "老人" not in word


async def test_an_old_mans_head_hit_still_names_the_thinners(make_bot):
    _, _, (word,) = await _told(make_bot, "我爸摔了一跤头磕破了，一直吐")
    assert "吃阿司匹林、华法林这类药的老人，一定要去医院查一查" in word
