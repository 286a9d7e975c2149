"""Session 20: a native reader's findings on the session's scripts (/work/reviews20/scripts.md), each as a member or an
operator would notice it: the right first aid for who is hurt and how, the right number for the right trouble, and the
operator sent the right way (a teacher of ours who locks a child up is a complaint against us, the gravest there is)."""
from __future__ import annotations

from datetime import datetime

from bot.danger.emergency import emergency
from bot.templates import Scripts
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
SCRIPTS = Scripts()


def _word(text: str, deaf: bool = False, **values) -> str:
    """The first word a member gets for `text`, read as the bot reads it."""
    found = emergency(text)
    assert found is not None, text
    return SCRIPTS.render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                          no_phone=deaf, sms_alarm="12110", **values).text


# 1. a teenager cutting herself is not a child banging his head on a wall
async def test_a_daughter_who_cut_her_wrist_gets_the_wound_pressed_blades_taken_away_and_12356(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我女儿又自残了 手腕上都是血 流血不止", sender="u5", name="小雨妈")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "按住伤口" in step and "刀片" in step and "12356" in step and "别让孩子一个人待着" in step
    assert "墙" not in step and "枕头" not in step and "他" not in step
    (alert, *_) = _to(bot, "op1")
    assert alert.startswith("🚨 有人在伤害自己") and "12356" in alert and "想不开" in alert


def test_an_old_mother_banging_her_head_keeps_the_cushion_and_the_operator_is_not_told_it_is_a_child():
    step = _word("我妈老年痴呆 一直拿头往墙上撞 头都撞破了 流血了")
    assert "枕头" in step and "12356" not in step


# 2. a teacher of ours who locks a child up is the gravest complaint against us, not "someone outside"
async def test_a_teacher_locking_a_child_up_tells_the_operator_to_check_whether_she_is_ours_and_act_today(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("今天", "在康复中心", "王老师把孩子关小黑屋", "孩子回来一直哭"):
        await bot.send_message(line, sender="u1", name="豆豆妈")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    (alert, *_) = [t for t in _to(bot, "op1") if "豆豆妈" in t]
    assert "这不是对我们的投诉" not in alert
    assert "对我们的投诉" in alert and "报告负责人" in alert and "监控" in alert and "道歉" in alert
    assert alert.index("对我们的投诉") < alert.index("那家机构")



async def test_a_child_locked_up_by_your_teacher_is_the_gravest_complaint_with_no_refund_offered(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("你们康复中心", "你们的老师把孩子关小黑屋", "孩子回来一直哭"):
        await bot.send_message(line, sender="u1", name="豆豆妈")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    (alert, *_) = [t for t in _to(bot, "op1") if "豆豆妈" in t]
    assert alert.startswith("🚨 最要紧的投诉") and "可能被我们这里的人欺负了" in alert
    assert "报告负责人" in alert and "先别单独带这个孩子" in alert and "监控" in alert and "当面道歉" in alert
    assert "换、退、补" not in alert and "外面的机构" not in alert


# 14. the operator about to call a crying mother gets the first line to say
async def test_a_child_mistreated_gives_the_operator_a_first_line_of_empathy_to_say(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("今天", "在康复中心", "王老师把孩子关小黑屋", "孩子回来一直哭"):
        await bot.send_message(line, sender="u1", name="豆豆妈")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    (alert, *_) = [t for t in _to(bot, "op1") if "豆豆妈" in t]
    assert "1. 先共情：“让孩子遭这个罪，您一定又心疼又生气。" in alert  # review21 #8: the harm not played down


# 3. a member who cannot phone is sent to the police only for police matters, and a pan fire is lidded first
def test_a_deaf_transplant_patient_with_a_fever_is_sent_to_the_transplant_hospital_not_to_text_the_police():
    step = _word("换肾的那块肿起来了 疼得厉害 还发烧", deaf=True)
    assert "12110" not in step and "报警" not in step
    assert "马上去做移植的医院看急诊" in step and "移植科发个短信" in step and "请身边的人马上替您打120" in step


def test_a_deaf_member_who_typed_her_id_number_into_a_link_is_not_told_to_text_the_police_first():
    step = _word("群里那个网址是不是骗人的 我点进去输了身份证", deaf=True)
    assert step.startswith("收到，") and "关掉那个页面" in step and "请身边的人打反诈专线96110" in step
    assert step.index("关掉那个页面") < step.index("12110") and "敲邻居的门" not in step


def test_a_deaf_member_with_a_pan_on_fire_reads_the_lid_first_and_the_text_only_if_it_is_out_of_hand():
    text = "油锅着火了 怎么办"
    found = emergency(text)
    assert found is not None and found.kind == "oil_fire"
    step = _word(text, deaf=True)
    assert step.index("锅盖") < step.index("12110") and "控制不住" in step[:step.index("12110")]


def test_a_pan_fire_closes_the_stove_first_then_the_gas_and_sends_only_a_bad_burn_to_120():
    step = _word("油锅着火了 怎么办")
    assert step.index("把灶关掉") < step.index("锅盖") < step.index("燃气阀门")
    assert "凉水冲十几分钟" in step and "起大泡" in step and "先用凉水冲伤处，再打120" not in step


# 4. an old man who cannot speak, lost in a park, is no "child"
def test_a_husband_who_cannot_speak_lost_in_the_park_is_not_called_a_child_and_the_exits_are_watched():
    text = "我老伴中风后不会说话 在公园走丢了"
    found = emergency(text)
    assert found is not None and found.kind == "lost"
    step = _word(text)
    assert "孩子" not in step and "守住出口" in step and "调监控" in step and "110" in step


def test_a_small_child_who_cannot_speak_yet_is_still_looked_for_as_a_child():
    assert "最后看到孩子的地方" in _word("在商场走丢了 他还不会说话 粉衣服")


def test_a_husband_who_cannot_speak_since_his_stroke_lost_in_the_park_is_a_danger_now():
    found = emergency("我老伴中风后不会说话 在公园走丢了")
    assert found is not None and found.kind == "lost"
    assert emergency("说话不清楚 嘴也歪了 上个月中风后就这样") is None


# 5. a child beaten at home, told privately by the mother: the silent way to the police, her own safety, 12338
async def test_a_mother_told_of_a_child_beaten_by_his_father_gets_the_silent_text_her_own_safety_and_12338(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孩子他爸又打孩子了 孩子头都打破了 流了好多血", sender="u1", name="刘姐")
    await bot.wait(minutes=1)
    (word, *_) = [a.text for a in bot.sent if a.to == "u1" and a.ref == "emergency.j2"]
    assert "110" in word and "发短信到12110" in word and "别一个人去拦" in word and "12338" in word
    (alert, *_) = _to(bot, "op1")
    assert "请马上打电话联系对方" not in alert and "别贸然打过去" in alert and "别在群里细问" in alert


def test_a_deaf_member_told_of_a_child_beaten_is_never_told_to_phone_110_herself():
    step = _word("孩子他爸又打孩子了 孩子头都打破了 流了好多血", deaf=True)
    assert "马上打110" not in step and "马上发短信到12110报警" in step and "请身边的人打120" in step


# 6. the rescuer's gloves come before carrying the poisoned man out
def test_a_farmer_poisoned_by_spraying_the_rescuer_reads_gloves_before_carrying_him_out():
    step = _word("他在果园喷农药 回来就昏倒了 浑身是汗")
    assert step.index("手套") < step.index("抬离") < step.index("脱掉沾了药的衣服")
    assert "肥皂水" in step and "乡镇卫生院" in step


# 7. a theft or extortion by strangers: the operator helps call 110 first, 12345 only for the city's own matters
async def test_a_stall_robbed_by_thugs_sends_the_operator_to_110_before_12345(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("市场里那几个混混又来收保护费了 不给就砸摊子 这还让不让人活了", sender="u1", name="刘姐")
    await bot.wait(minutes=4)
    (told, *_) = [t for t in _to(bot, "op1") if "刘姐" in t]
    assert "在外面遇到了难处" in told and "打110报警" in told and told.index("110") < told.index("12345")


# 9. the medicine, to a person in despair, asked gently after the warm words, and only when the medicine is stopped
def test_despair_that_gives_up_the_medicine_is_asked_gently_after_the_staff_line():
    step = _word("今天查出来肌酐又涨到300多了 换了肾还是保不住 不想连累家里了 药我也不想吃了")
    assert "药先别停，好吗？" in step and "很危险" not in step
    assert step.index("值班的工作人员") < step.index("药先别停")


def test_despair_with_crying_that_will_not_stop_gets_no_medicine_line():
    step = SCRIPTS.render("nudge/emergency.j2", kind="despair", lift=False, told=True,
                          text="我天天哭个不停 吃了安眠药也睡不着 活着没意思").text
    assert "药先别停" not in step and "12356" in step


# 10. a diabetic's regular pills are not stopped by us; the pill box goes along only if he goes to hospital
def test_low_sugar_after_pills_bought_online_skips_only_the_next_dose_until_a_doctor_is_asked():
    step = _word("我爸吃了网上买的降糖药 一身冷汗 手抖 心慌")
    assert "下一顿先别吃，问过医生再说" in step and "去医院的话把药盒带上" in step and "先别再吃了" not in step


# 11. the fraud's app is kept for the police, not deleted
def test_an_app_a_fraud_had_installed_is_kept_for_the_police_not_deleted():
    step = _word("有人说是快递理赔 叫我下载了一个APP 现在让我输银行卡密码")
    assert "先别删" in step and "派出所" in step and "卸载、删掉" not in step


# 12. a thank-you to a complaint: called what it is, and the owner reads who said it apart from what was said
async def test_a_thank_you_to_a_complaint_is_named_as_such_and_the_owner_reads_who_said_it(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("你们超市小程序上买的鸡蛋 送来碎了一半 打客服电话没人接 我这么大岁数了折腾不起",
                           sender="u1", name="赵大妈")
    await bot.wait(seconds=30)
    await bot.send_message("@赵大妈 赵阿姨您好，太好了，感谢您的反馈！", sender="op1", name="小王", mentions=("u1",))
    await bot.wait(minutes=4)
    (staff,) = [t for t in _to(bot, "op1") if "客气话" in t]
    assert not staff.startswith("\n") and "像在夸" not in staff and "先道歉" in staff and "请下一位同事帮忙" in staff
    (owner, *_) = [t for t in _to(bot, "boss") if "赵大妈" in t]
    assert "群里小王只回了一句“赵阿姨您好" in owner and "“小王：" not in owner and "没有道歉" in owner


async def test_a_thank_you_to_a_member_wronged_outside_asks_after_her_and_never_for_our_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("城管又来收摊子了 说我们占道 东西都给拉走了 这还让不让人活了", sender="u1", name="刘姐")
    await bot.wait(seconds=30)
    await bot.send_message("@刘姐 感谢您的反馈！", sender="op1", name="小王", mentions=("u1",))
    await bot.wait(minutes=4)
    staff = [t for t in _to(bot, "op1") if "客气话" in t]
    assert staff and "先问问人怎么样" in staff[0] and "道歉" not in staff[0]
    owner = [t for t in _to(bot, "boss") if "刘姐" in t and "客气话" in t]
    assert owner and "没问对方怎么样" in owner[0] and "没有道歉" not in owner[0]


# 13. a matter outside, escalated, is never called a complaint
def test_an_outside_matter_escalated_after_a_question_waited_is_not_called_a_complaint():
    from types import SimpleNamespace
    p = SimpleNamespace(member_name="刘姐", member_id="u1", topic="菜市场群", room_id="r1",
                        excerpt="城管又来收摊子了 东西都给拉走了")
    text = SCRIPTS.render("nudge/complaint.j2", p=p, minutes=12, before=5, escalated=True, praised="",
                          outside="third_party").text
    assert "说这事之前，对方的提问已经等了5分钟" in text and "投诉前" not in text


# 15. the joy greeting names nobody by a WeChat id and presumes no long wait
async def test_a_new_grandmother_posted_under_a_wechat_id_gets_a_sample_greeting_without_the_id(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我当奶奶了！今天早上生的 六斤八两", sender="u1", name="wxid_8a7f")
    await bot.wait(minutes=10)
    (nudge, *_) = [t for t in _to(bot, "op1") if "喜事" in t]
    assert "“wxid_8a7f，" not in nudge and "盼了好久" not in nudge and "称呼按您平时怎么叫对方" in nudge


# 16. a joy told privately, still waiting in the digest, is greeted privately
def test_a_joy_told_privately_is_greeted_privately_in_the_digest():
    from types import SimpleNamespace
    p = SimpleNamespace(id=1, kind="joy", member_name="王姐", member_id="u1", topic=None, room_id=None,
                        covered_at=None, excerpt="我当奶奶了！今天早上生的 六斤八两")
    text = SCRIPTS.render("nudge/nudges.j2", items=[(p, 12)], more=0, answers={}, deaths={}, people={}).text
    assert "私信道一声喜" in text and "在群里道一声喜" not in text


# 17. a visit to hospital tomorrow is no stay in hospital
async def test_a_visit_to_hospital_tomorrow_is_not_told_to_the_operator_as_a_stay(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老伴今晚发烧了 明天去医院看看", sender="u2", name="李叔")
    await bot.wait(minutes=10)
    (nudge, *_) = [t for t in _to(bot, "op1") if "李叔" in t]
    assert "说起有人生病的事" in nudge and "住院" not in nudge


# 18. a member who cannot phone, in a field or a market, can say where without a flat number
def test_a_deaf_member_texting_the_police_from_a_field_is_asked_where_not_for_a_flat_number():
    step = _word("他在果园喷农药 回来就昏倒了 浑身是汗", deaf=True)
    assert "村子、街道、附近的店" in step and "几号楼几室" not in step


# 19. strangers beating someone: keep away, protect the head, never be seen filming
def test_strangers_beating_someone_the_member_shields_his_head_and_is_not_told_to_film():
    step = _word("收保护费的又来了 把老张打了 还砸了摊子")
    assert "护住头往外跑" in step and "别让他们看见您在拍" in step and "能远远拍下来就拍" not in step
    assert "也别还手" not in step


# 20. a transplant fever: now, not today; the operator gets a step of his own
async def test_a_transplant_fever_is_sent_to_hospital_now_and_the_operator_told_whom_to_call(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("换肾的那块肿起来了 疼得厉害 还发烧", sender="u5", name="老郑")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "请马上去做移植的医院看急诊" in step and "今天就去" not in step
    (alert, *_) = _to(bot, "op1")
    assert "帮着联系做移植的医院" in alert and "谁陪着去" in alert


# 21. a fit that stops and leaves him unconscious and not breathing
def test_a_fit_that_leaves_him_not_breathing_gets_cpr():
    assert "没有呼吸，会做心肺复苏的马上做" in _word("老伴羊角风犯了 抽了好几分钟还没停下")


# 22. the group's word for a trouble outside: seen, not filed; no "look after yourself" when it is a child
def test_the_group_covers_for_a_trouble_outside_never_sound_like_a_counter():
    covers = SCRIPTS.render("nudge/covers/outside.j2").text  # the lines the group's covers take turns over
    assert len(covers.splitlines()) == 5 and "记下了" not in covers and "先顾好自己" not in covers
    assert "抱歉" not in covers and "一起想办法" in covers
