"""The native review of the scripts merged at the end of session 24 (issue 13, scriptmend25): a mother who would jump
with her baby hears the baby put down first and a call now; a rite scam's line only for a rite; a phishing victim who
typed her code in after a link is read; a tenant unseen for days is someone to look for, not a complaint."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _told(make_bot, text: str, private: bool = True) -> tuple[str, str, list[str]]:
    """What the group is told, what the operator on duty reads, and what the member gets privately."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    if private:
        await bot.send_private(text, sender="u5", name="小林")
    else:
        await bot.send_message(text, sender="u5", name="小林")
    await bot.wait(minutes=2)
    ops = _to(bot, "op1")
    return "\n".join(_said(bot)), ops[0] if ops else "", _to(bot, "u5")


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


# 2. a claims scam with a 快递师傅 is no rite: no temple, no "钱请先存回银行"; a rite still hears its own line
@pytest.mark.parametrize("text", ["快递师傅打电话说我的包裹丢了要理赔，让我加他QQ，现在让我转钱过去激活",
                                  "有个自称快递客服的打电话，说我包裹丢了要给我理赔，让我先转三百块过去激活，他还在电话上等我",
                                  "刚才有人冒充修车师傅打电话，说我儿子出车祸了，让我马上转两万过去"])
async def test_a_claims_scam_told_with_a_shifu_hears_the_scams_own_step_not_a_temples(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请先别转钱！") and "法事" not in word and "寺院" not in word
    assert "先挂掉电话" in word and alert.startswith("🚨")


async def test_a_claim_told_with_qq_hears_not_to_add_him_nor_share_the_screen(make_bot):
    _, _, (word,) = await _told(make_bot, "快递师傅打电话说我的包裹丢了要理赔，让我加他QQ，现在让我转钱过去激活")
    assert "不会让您先转钱“激活”" in word and "别加对方的QQ、微信" in word and "共享屏幕" in word


@pytest.mark.parametrize("text", ["师父说捐一万给儿子消业障 病就好了，存款都取出来了",
                                  "大师说要做场法事化解 孙子的病才能好 收八千八 我明天去银行取"])
async def test_money_for_a_rite_still_hears_the_rites_own_line(make_bot, text):
    _, _, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请先别把钱给出去！") and "正规的寺院不会开价要您的存款" in word


# 3. a PIN typed in after a link, told as people tell it (我点了链接 输了): the bank first, privately and in the group
@pytest.mark.parametrize("text", ["刚才收到短信说卡被冻结了，让我输银行卡密码，我点了链接，输了",
                                  "收到短信说卡被冻结了…让我输密码，我点了链接，输了",
                                  "客服发了个网址说要退款，让我输银行卡密码，我点了那个网址输了"])
@pytest.mark.parametrize("private", [True, False])
async def test_a_pin_typed_in_after_a_link_gets_the_bank_first(make_bot, text, private):
    group, alert, words = await _told(make_bot, text, private=private)
    word = words[0] if private else group
    assert "银行卡背面印的客服电话" in word and "把卡冻结" in word and "请稍等" not in word
    assert alert.startswith("🚨")


@pytest.mark.parametrize("text", ["短信说卡被冻结了，让我输密码，我点了链接，没输",
                                  "银行APP让我输密码，我点了链接输了好几次都不对"])
async def test_a_link_opened_and_nothing_typed_or_a_pin_mistyped_is_no_emergency(make_bot, text):
    _, alert, words = await _told(make_bot, text)
    assert "把卡冻结" not in "".join(words) and not alert.startswith("🚨")


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
@pytest.mark.parametrize("text", ["我姥爷突然不认识人了，一直说胡话", "我爷爷早上喝了牛奶，突然就糊涂了，不认识人了",
                                  "老伴突然说胡话，不认识我了"])
async def test_a_grandfather_suddenly_confused_is_him_and_sugar_is_the_one_exception(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert "别让他一个人走动" in word and "她" not in word
    assert word.index("先别给他吃东西、喝水") < word.index("血糖仪") < word.index("叫不太醒、咽不好，就什么都别喂")
    assert "还能咽东西，就先喂" not in word and "一杯糖水" not in word and alert.startswith("🚨")


async def test_a_grandmother_suddenly_confused_is_still_her(make_bot):
    _, _, (word,) = await _told(make_bot, "我外婆突然不认识人了，一直说胡话，她有糖尿病")
    assert "别让她一个人走动" in word and "半杯糖水" in word


# 10. asked for a person beside "are you a robot": an apology and a person nudged, never a smiley
@pytest.mark.parametrize("text", ["你是机器人吧，怎么老答非所问，我要找真人",
                                  "你是不是机器人啊 听不懂我说话 给我转人工",
                                  "你是真人吗 我要找工作人员"])
@pytest.mark.parametrize("private", [True, False])
async def test_a_member_who_asks_for_a_person_hears_an_apology_and_a_person_is_nudged(make_bot, text, private):
    group, alert, words = await _told(make_bot, text, private=private)
    word = words[0] if private else group
    assert word.startswith("对不起，我是自动回复的机器人") and "请工作人员来回您" in word and "🙂" not in word
    assert len(words if private else group.split("\n")) == 1 and text in alert


# 11. two things asked: the about-me line, then the real question goes on (answered or a person nudged)
@pytest.mark.parametrize("text", ["你是真人吗？鸡蛋今天几点到货", "你是机器人吗 下周几点集合"])
async def test_a_second_question_beside_are_you_a_person_still_reaches_a_person(make_bot, text):
    group, alert, _ = await _told(make_bot, text, private=False)
    assert "不是真人" in group and text in alert


# 12. the bot's own answer about itself is true where it is asked; asked alone, nobody is troubled
@pytest.mark.parametrize("private", [True, False])
async def test_are_you_a_person_alone_gets_a_true_line_and_no_errand(make_bot, private):
    group, alert, words = await _told(make_bot, "你是真人还是机器人", private=private)
    word = words[0] if private else group
    assert word.startswith("我是小助手，是自动回复的机器人，不是真人") and "自动回复的程序" not in word
    assert ("我会转告工作人员" in word) if private else ("没人回的话我会提醒工作人员" in word)
    assert "看得到" not in word and alert == "" and len(words if private else [group]) == 1


# 13. an item queued days ahead: each of its words said with the date it meant, never the day it goes out as the fix
POSTS = """
plugins:
  posts: {}
"""


async def _queued(make_bot, *items: str) -> str:
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))  # after the 07:30 post
    await bot.start()
    await bot.send_message("早", room="r1")
    for item in items:
        await bot.send_command(f"/post add morning {item}", sender="op1")
        await bot.settle()
    return bot.texts("commands")[-1]


@pytest.mark.parametrize(("item", "said"), [
    ("今晚有雨，明天出门带伞", "「今晚」指的是12月2日晚上，「明天」指的是12月3日"),
    ("明早体检要空腹", "「明早」指的是12月3日早上"), ("今天降温 出门多穿点", "「今天」指的是12月2日")])
async def test_an_item_queued_behind_another_says_what_each_day_word_meant(make_bot, item, said):
    reply = await _queued(make_bot, "天凉了，早晚出门加件外套。", item)
    assert "这条要到12月4日才发" in reply and said in reply and "到时候已经过了" in reply
    assert "比如「12月4日上午" not in reply and "/post drop morning" in reply


async def test_an_item_with_no_day_word_queued_ahead_has_no_warning(make_bot):
    reply = await _queued(make_bot, "天凉了，早晚出门加件外套。", "多喝热水 注意保暖")
    assert "提醒一下" not in reply and "12月4日" in reply


# 14, 24. skipping tomorrow's twice: told it is already skipped, never sent round again; the first time in plain words
@pytest.mark.parametrize("first", ["/post skip morning 明天", "/定时问候 跳过 morning 明天"])
async def test_skipping_tomorrows_post_twice_says_it_is_already_skipped(make_bot, first):
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command(first, sender="op1", room="r1")
    await bot.settle()
    once = bot.texts("commands")[-1]
    await bot.send_command("/post skip morning 明天", sender="op1", room="r1")
    await bot.settle()
    twice = bot.texts("commands")[-1]
    assert once.startswith("好的，明天（12月3日）的 morning 不发了") and "不再" not in once
    assert twice.startswith("明天（12月3日）的 morning 已经跳过了，不会发。") and "/post skip" not in twice


# 15. a baby's head hit: no word of an old person's aspirin in the line a frightened mother reads
@pytest.mark.parametrize("text", ["月嫂把孩子摔了，宝宝头上起了个包，一直吐", "孩子从床上掉下来磕到头了，吐了两次"])
async def test_a_babys_head_hit_has_no_old_persons_thinner_line(make_bot, text):
    _, _, (word,) = await _told(make_bot, text)
    assert "请马上打120" in word and "孩子" in word and "阿司匹林" not in word and "老人" not in word


async def test_an_old_mans_head_hit_still_names_the_thinners(make_bot):
    _, _, (word,) = await _told(make_bot, "我爸摔了一跤头磕破了，一直吐")
    assert "吃阿司匹林、华法林这类药的老人，一定要去医院查一查" in word


# 16. a heartache told privately by day: heard, and a person today, not the order desk's "请稍等"
@pytest.mark.parametrize(("text", "extra"), [("我太笨了 学了三遍还是不会 算了不学了", "学得慢一点很正常，一点都不笨"),
                                             ("凭什么每次领唱都是她们几个，我跳了三年了也没人看得见", ""),
                                             ("儿媳妇又骂我了，我在屋里哭了一下午", "")])
async def test_a_heartache_told_privately_by_day_is_heard_not_queued(make_bot, text, extra):
    _, _, (word,) = await _told(make_bot, text)
    assert word.startswith("收到您的消息了，您说的我们都看到了") and "工作人员今天就联系您，听您说说" in word
    assert "请稍等" not in word and extra in word and ("不笨" in word) == bool(extra)


async def test_an_errand_told_privately_by_day_still_gets_the_plain_ack(make_bot):
    _, _, (word,) = await _told(make_bot, "我想改一下收货地址")
    assert word == "收到您的消息啦，已经转告工作人员，稍后会有专人回复您，请稍等🙏"


# 17. money for a rite asked as a transfer (让我给他转三千): read now, before the tap, and no "存回银行" for it
@pytest.mark.parametrize("text", ["有个大师说我孙子的病要化解，让我给他转三千",
                                  "师父说我老伴的病是业障，要消灾得做法事，叫我转八千八过去",
                                  "神婆说儿子今年有劫，要化解让我交五千"])
async def test_money_for_a_rite_asked_as_a_transfer_is_read_before_it_is_sent(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert word.startswith("收到，请先别把钱给出去！") and "先别转账，先给儿女" in word and "存回银行" not in word
    assert alert.startswith("🚨")


async def test_a_temples_everyday_offering_is_no_scam(make_bot):
    _, alert, (word,) = await _told(make_bot, "庙里师父说初一可以去上香，功德随喜")
    assert "别把钱给出去" not in word and not alert.startswith("🚨")


# 18. the operator, of a new mother who would jump with her baby: the baby's life, postpartum depression, a doctor;
# and what the bot told her, truly
@pytest.mark.parametrize("text", ["生完孩子一个月了，天天哭，真想抱着孩子从楼上跳下去",
                                  "坐月子这段时间太难熬了，真想搂着孩子从窗户跳下去算了",
                                  "产后一直哭，活着没意思，想带着孩子一起死"])
async def test_the_operator_hears_of_a_new_mother_the_babys_risk_and_postpartum_depression(make_bot, text):
    _, alert, _ = await _told(make_bot, text)
    assert "刚生完孩子的妈妈" in alert and "可能是产后抑郁" in alert and "精神心理科或产科" in alert
    assert "请她先把孩子放到床上" in alert and "被照顾的那个人" not in alert
    assert "说工作人员马上给对方打电话" in alert and "请对方马上打120" not in alert


async def test_the_operator_hears_of_a_lifelong_carer_as_before(make_bot):
    _, alert, _ = await _told(make_bot, "我死了以后这孩子怎么办 有时候想带他一起走")
    assert "被照顾的那个人也有生命危险" in alert and "产后抑郁" not in alert


# 20-21, 25, 27. the operator's word about a heartache: a baby's food only when a baby is named, a question of safety
# at home, a slighted member not judged nor named to others, a learner spoken to as a grown-up; what she was told, truly
@pytest.mark.parametrize("text", ["婆婆非要我吃猪蹄，我说不过她，气哭了", "儿子骂我老不死的，我哭了一晚上"])
async def test_the_operator_of_one_hurt_at_home_asks_about_safety_and_no_babys_doctor_without_a_baby(make_bot, text):
    _, alert, _ = await _told(make_bot, text)
    assert alert.startswith("💗") and "有没有动过手" in alert and "按紧急情况处理" in alert
    assert "儿科医生" not in alert and "工作人员今天就联系您" in alert and "稍后会有专人回复" not in alert


async def test_the_operator_of_a_grandmother_feeding_the_baby_still_hears_of_the_paediatrician(make_bot):
    _, alert, _ = await _told(make_bot, "婆婆非要给宝宝喂米糊，我说不过她，气哭了")
    assert "儿科医生" in alert and "有没有动过手" in alert


async def test_the_operator_of_a_slighted_dancer_neither_judges_nor_names_her(make_bot):
    _, alert, _ = await _told(make_bot, "凭什么每次领唱都是她们几个，我跳了三年了也没人看得见")
    assert alert.startswith("💗 小林私聊机器人说觉得不公平：") and "受了不公平的对待" not in alert
    assert "谢谢对方一直这么上心地来参加" in alert and "别跟其他人说是谁提的" in alert and "坚持" not in alert


async def test_the_operator_of_a_learner_giving_up_praises_as_to_a_grown_up(make_bot):
    _, alert, _ = await _told(make_bot, "我太笨了 学了三遍还是不会 算了不学了")
    assert "学会一步就说一声“对了，就是这样”" in alert and "夸一句" not in alert


# 26. 明天也不来了 is a learner giving up, never going on; 明天再来试试 still is going on
@pytest.mark.parametrize("text", ["我学不会，老了脑子不中用，算了不学了，明天也不来了",
                                  "我太笨了 学不会 算了 明天就不去了"])
async def test_a_learner_who_will_not_come_tomorrow_is_heard_as_giving_up(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert "学得慢一点很正常，一点都不笨" in word and alert.startswith("💗") and "学不会、想放弃了" in alert


async def test_a_learner_who_will_try_again_tomorrow_is_not_mourned(make_bot):
    _, alert, _ = await _told(make_bot, "我太笨了 学不会 明天再来试试")
    assert "想放弃了" not in alert


# 28-29. the operator's plain words: nothing to take back; a schedule that is off, and how to turn it on
async def test_dropping_with_nothing_queued_says_so_plainly(make_bot):
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command("/post drop morning", sender="op1")
    await bot.settle()
    assert bot.texts("commands")[-1].strip() == "morning 现在没有排着要发的内容，不用撤。"


async def test_an_item_for_a_schedule_that_is_off_says_how_to_turn_it_on(make_bot):
    off = ("plugins:\n  posts:\n    schedules:\n"
           "      morning: {cron: '30 7 * * *', template: morning.j2, enabled: false}\n")
    bot = make_bot(off, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command("/post add morning 多喝热水", sender="op1")
    await bot.settle()
    reply = bot.texts("commands")[-1]
    assert "这个时段现在没开，这条先存着；在设置里把 morning 打开后才会发。" in reply and "关着" not in reply


# 23. an operator's own item in the morning post: her words, with no "提醒" before a greeting or a recipe
@pytest.mark.parametrize("item", ["祝大家重阳节快乐", "今天教大家做个山药排骨汤：山药去皮切段，排骨焯水"])
async def test_an_operators_item_goes_out_in_her_own_words_with_no_reminder_label(make_bot, item):
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 7, 0, tzinfo=TZ))  # before the 07:30 post
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command(f"/post add morning {item}", sender="op1")
    await bot.wait(hours=1)
    (post,) = [a.text for a in bot.sent.by_plugin("posts").with_ref("morning")]
    assert f"📌 {item}" in post and "提醒：" not in post


# 19. the operator, of money asked for a rite: named as a scam, and her children rung now; a claims scam as before
@pytest.mark.parametrize(("text", "step"), [
    ("有个大师说我孙子的病要化解，让我给他转三千", "劝对方先别转、别给"),
    ("师父说捐一万给儿子消业障 病就好了，存款都取出来了", "劝对方先把钱存回去")])
async def test_the_operator_of_money_for_a_rite_rings_her_children(make_bot, text, step):
    _, alert, _ = await _told(make_bot, text)
    assert alert.startswith("🚨 有人可能正在被骗钱，请马上处理") and step in alert
    assert "联系对方的儿女，别让对方一个人去见那个人" in alert


async def test_the_operator_of_a_claims_scam_hears_no_rite(make_bot):
    _, alert, _ = await _told(make_bot, "快递师傅打电话说我的包裹丢了要理赔，让我加他QQ，现在让我转钱过去激活")
    assert alert.startswith("🚨 有人可能正在被骗钱") and "法事" not in alert and "先别让对方转钱" in alert


# 22. the morning digest of the night's heartaches: a learner giving up and a member slighted each with her own step
@pytest.mark.parametrize(("text", "step"), [
    ("我太笨了 学了三遍还是不会 算了不学了", "灰心想放弃的，请老师约个时间一对一再教一遍"),
    ("凭什么每次领唱都是她们几个，我跳了三年了也没人看得见", "站位分工可以商量轮换")])
async def test_the_morning_digest_gives_each_nights_heartache_its_own_step(make_bot, text, step):
    bot = _shipped_bot(make_bot, datetime(2026, 12, 2, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message(text, sender="u5", name="小林")
    await bot.wait(hours=10)
    (digest, *_) = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert "觉得不公平、灰心想放弃" in digest and step in digest
