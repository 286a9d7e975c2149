"""FAQ: members' own wording (voice slips, dialect, a plain wish) reaches the entry; a member's own symptom does not."""
from __future__ import annotations

from bot.dialect import everyday_in_mandarin
from bot.testing import TestBot
from plugins.faq.words import asks

CONFIG = """
plugins:
  faq:
    file: faq.yaml
"""
# a township health centre's FAQ, pasted from a notice the plain way
HEALTH_CENTRE = """\
entries:
  - id: 开诊时间
    question: 卫生院几点开门？
    answer: 周一到周六早上7点半到下午5点，周日只开上午。
    keywords: [开门, 上班, 下班, 几点]
  - id: 挂号
    question: 怎么挂号？
    answer: 带医保卡到一楼窗口挂号，也可以在"健康乡镇"小程序上预约。
    keywords: [挂号, 预约]
  - id: 疫苗时间
    question: 流感疫苗什么时候打？
    answer: 流感疫苗每周三、周五上午在三楼接种室打，带身份证。
    keywords: [流感, 疫苗, 打针, 接种]
  - id: 药费
    question: 降压药能报销吗？
    answer: 高血压、糖尿病的常用药在卫生院开，医保报销七成。
    keywords: [报销, 医保]
"""
REACTIONS = """\
  - id: 接种反应
    question: 打完疫苗发烧怎么办？
    answer: 打完疫苗一两天内有点低烧、胳膊酸痛是常见反应，多喝水多休息；烧到38.5度以上请来卫生院看看。
"""
# a water park's FAQ, for members who write Cantonese
WATER_PARK = """\
entries:
  - id: 补卡
    question: 会员卡丢了怎么办？
    answer: 带身份证到游客中心挂失补办，工本费20元，卡里余额会转到新卡上。
    keywords: [会员卡, 丢了, 补卡, 挂失]
  - id: 刷脸入园
    question: 可以刷脸入园吗？
    answer: 年卡会员在小程序里录入人脸后，从会员通道刷脸入园。
    keywords: [刷脸, 人脸, 会员通道]
  - id: 淋浴
    question: 淋浴间有洗发水吗？
    answer: 淋浴间有免费的洗发水和沐浴露，毛巾要自己带或在前台租，5元一条。
    keywords: [淋浴, 洗澡, 洗发水, 毛巾]
  - id: 门票
    question: 门票多少钱？
    answer: 成人单次票128元，1.2米以下儿童68元。
    keywords: [门票, 票价, 多少钱]
"""


def _bot(make_bot, faq: str = HEALTH_CENTRE) -> TestBot:
    bot = make_bot(CONFIG)
    (bot.folder / "faq.yaml").write_text(faq, encoding="utf-8")
    return bot


async def test_a_voice_slip_or_dialect_word_for_when_is_answered(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    # 机点: voice input's 几点; 啥辰光: Shanghai for 什么时候
    for n, text in enumerate(("卫生院机点开门", "流感疫苗啥辰光打")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("开诊时间", ("u0",)), ("疫苗时间", ("u1",))]


async def test_how_long_or_a_voice_slip_for_ma_is_asking_but_a_mother_is_not(make_bot):
    bot = _bot(make_bot, HEALTH_CENTRE + """\
  - id: 体检报告
    question: 体检报告多久能拿到？
    answer: 体检报告三个工作日后到一楼服务台取。
""")
    await bot.start()
    # 马 for 吗: what voice input writes; 多长 asks how long as 多久 does
    for n, text in enumerate(("降压药能报销马", "体检报告要等多长", "降压药是给我妈")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("药费", ("u0",)), ("体检报告", ("u1",))]


async def test_a_member_saying_what_they_want_done_is_told_how_and_small_talk_is_not(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("我要挂号", sender="u1")
    await bot.send_message("我要去买菜了", sender="u2")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("挂号", ("u1",))]


async def test_a_member_who_wants_to_borrow_something_is_told_how(make_bot):
    bot = make_bot(CONFIG)
    (bot.folder / "faq.yaml").write_text("""\
entries:
  - id: 轮椅借用
    question: 可以借轮椅吗？
    answer: 可以，带身份证登记，押金200元，最长借一个月。
  - id: 开门时间
    question: 康复站几点开门？
    answer: 周一到周五上午8:30到11:30。
""", encoding="utf-8")
    await bot.start()
    await bot.send_message("我想借个轮椅用用", sender="u1")  # wanting it done asks how, with no question mark
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("轮椅借用", ("u1",))]


async def test_a_members_own_symptom_gets_no_timetable(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("我外孙女打了流感疫苗 晚上发烧了 正常吗", sender="u1")
    await bot.send_message("流感疫苗哪天打啊", sender="u2")
    await bot.settle()
    # the timetable shares 打 and 疫苗, but the first member asks a doctor's question
    assert [(a.ref, a.mentions) for a in bot.sent] == [("疫苗时间", ("u2",))]


async def test_a_symptom_an_entry_speaks_of_is_answered_with_it(make_bot):
    bot = _bot(make_bot, HEALTH_CENTRE + REACTIONS)
    await bot.start()
    await bot.send_message("打完流感疫苗胳膊疼 正常吗", sender="u1")
    await bot.settle()
    assert [a.ref for a in bot.sent] == ["接种反应"]


async def test_another_centre_or_office_named_by_where_it_is_gets_no_answer(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    # 城东那边的卫生院: a centre across town; 移动营业厅: a phone shop; this centre's hours would mislead both
    for n, text in enumerate(("城东那边的卫生院几点开门", "移动营业厅几点开门", "卫生院几点开门")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("开诊时间", ("u2",))]


# a community activity centre's FAQ: the weekend, parking and the fee written the operator's way
CENTRE = """\
entries:
  - id: 开放时间
    question: 活动中心几点开门？
    answer: 周一到周五早上8点半开门，下午5点关门。
    keywords: [开门, 关门]
  - id: 周末开放
    question: 周末开不开门？
    answer: 周六全天开放，周日闭馆。
  - id: 停车
    question: 活动中心能停车吗？
    answer: 汽车停东门停车场，前两小时免费；电动车停西门车棚。
  - id: 活动费
    question: 参加活动收费吗？
    answer: 太极、合唱免费；手工课每次收材料费10元。
    keywords: [收费, 交钱]
  - id: 活动地点
    question: 活动在哪里？
    answer: 活动在中心二楼多功能厅，电梯上二楼左转。
"""


async def test_members_everyday_words_for_the_weekend_parking_and_the_fee_are_answered(make_bot):
    bot = _bot(make_bot, CENTRE)
    await bot.start()
    # 礼拜天 is a day of the weekend; 车放哪 is where to park; 交多少 asks the fee; 在那里 is voice input's 在哪里
    for n, text in enumerate(("礼拜天开不开门", "开车来的 车放哪", "手工课要交多少", "活动在那里呀")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [
        ("周末开放", ("u0",)), ("停车", ("u1",)), ("活动费", ("u2",)), ("活动地点", ("u3",))]


async def test_saying_where_one_is_is_no_question_about_where(make_bot):
    bot = _bot(make_bot, CENTRE)
    await bot.start()
    await bot.send_message("我在那里等你", sender="u1")
    await bot.settle()
    assert bot.sent == []
    await bot.send_message("活动中心那里人好多", sender="u2")
    await bot.settle()
    # the group hears nothing; at 0.35 sure of 活动地点 it reaches the operator on duty as a suggestion (suggest.py),
    # one of the ~3% of queries that should get silence that make one (bench/faq_diagnose.py)
    assert [s for s in bot.sent if s.room is not None] == [] and all(s.to == "op1" for s in bot.sent)


async def test_a_day_the_hours_entry_leaves_out_gets_no_weekday_hours(make_bot):
    bot = _bot(make_bot, CENTRE)
    await bot.start()
    # the weekday entry shares 活动中心 and 开门 but lists 周一到周五: telling a Sunday visitor those hours misleads
    await bot.send_message("星期天活动中心开不开门", sender="u1")
    await bot.settle()
    assert "开放时间" not in [a.ref for a in bot.sent]


async def test_a_voice_question_is_answered_from_its_transcript(make_bot):
    bot = _bot(make_bot, CENTRE)
    await bot.start()
    # WeChat's transcript of a spoken question, with voice input's 那里 for 哪里
    await bot.send_voice("活动在那里呀", sender="u1")
    await bot.send_voice("", sender="u2")  # a voice message without a transcript is not asked in words
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("活动地点", ("u1",))]


async def test_a_fee_asked_with_a_bare_duoshao_is_answered_but_another_class_fee_is_not(make_bot):
    bot = _bot(make_bot, """\
entries:
  - id: 学费
    question: 一学期学费多少钱？
    answer: 一学期16次课，学费480元，报名时交。
  - id: 上课时间
    question: 书法班什么时候上课？
    answer: 每周二和周四下午2点到4点上课。
""")
    await bot.start()
    # 学费多少 / 学费是多少 ask what 学费多少钱 asks; a piano class is another class
    for n, text in enumerate(("学费多少", "学费是多少", "我孙子的钢琴课学费多少")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("学费", ("u0",)), ("学费", ("u1",))]


HOUSEKEEPING = """\
entries:
  - id: insurance
    question: 阿姨上门有没有保险？
    answer: 每位阿姨都买了家政服务意外险，服务中磕碰受伤由保险公司负责。
  - id: hourly_price
    question: 钟点工多少钱一小时？
    answer: 钟点工45元一小时，两小时起约。
  - id: change_worker
    question: 对阿姨不满意能换人吗？
    answer: 可以，跟客服说一声，三天内给您换一位阿姨，不另收费。
"""


async def test_cantonese_ways_to_ask_are_answered_and_a_cantonese_remark_is_not(make_bot):
    bot = _bot(make_bot, HOUSEKEEPING)
    await bot.start()
    # 有冇 (有没有), 得唔得 (行不行), 几钱 (多少钱): questions, though no Mandarin question word is in them
    for n, text in enumerate(("阿姨有冇买保险㗎", "个阿姨唔啱 换第二个得唔得", "钟点工几钱一个钟",
                              "阿姨今日做得好好 多谢晒")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [
        ("insurance", ("u0",)), ("change_worker", ("u1",)), ("hourly_price", ("u2",))]


async def test_a_place_the_member_is_going_to_is_their_plan_not_another_place(make_bot):
    bot = _bot(make_bot, """\
entries:
  - id: 请假
    question: 有事不能来上课怎么请假？
    answer: 提前在群里跟班长或者周老师说一声就行，缺的课可以看回放。
  - id: 上课时间
    question: 书法班什么时候上课？
    answer: 每周二和周四下午2点到4点上课。
""")
    await bot.start()
    await bot.send_message("下周二我要去医院来不了，怎么请假", sender="u1")  # the member's own plan
    await bot.send_message("医院几点上课", sender="u2")  # asks about the hospital
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("请假", ("u1",))]


# a village canteen and a key-cutting stall, each pasted the plain way
CANTEEN_AND_KEYS = """\
entries:
  - id: 开饭时间
    question: 食堂每天几点开饭？
    answer: 早饭7:00-8:30，午饭11:00-12:30，晚饭17:00-18:00。
  - id: 饭卡
    question: 饭卡在哪里办？
    answer: 带身份证到社区服务中心一楼窗口办理，工本费5元。
  - id: 配钥匙
    question: 配一把钥匙多少钱？
    answer: 普通钥匙5元一把，防盗门钥匙15元。
  - id: 报名
    question: 怎么报名参加活动？
    answer: 在群里接龙写上名字，或者到服务中心前台登记。
"""


async def test_a_longer_word_for_the_entrys_word_or_a_flat_s_for_sh_is_answered(make_bot):
    bot = _bot(make_bot, CANTEEN_AND_KEYS)
    await bot.start()
    # 中午饭 holds the answer's 午饭; 配要死 is 配钥匙 said with a flat s
    for n, text in enumerate(("请问中午饭几点开始", "配要死多少钱")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("开饭时间", ("u0",)), ("配钥匙", ("u1",))]


async def test_how_many_people_signed_up_is_not_how_to_sign_up(make_bot):
    bot = _bot(make_bot, CANTEEN_AND_KEYS)
    await bot.start()
    for n, text in enumerate(("报名的人多吗", "活动名额满了没", "怎么报名啊")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("报名", ("u2",))]


async def test_what_typed_as_shenma_or_a_yes_no_with_haiyao_is_asking(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    # 神马: what pinyin typing offers first for 什么; 还要…啊: a yes/no question said as a sigh
    for n, text in enumerate(("流感疫苗神马时候打", "挂号还要预约啊", "今天天气真好啊")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("疫苗时间", ("u0",)), ("挂号", ("u1",))]


async def test_how_deep_or_hot_asked_with_youduo_is_asking_but_a_sigh_is_not(make_bot):
    bot = _bot(make_bot, HEALTH_CENTRE + """\
  - id: 浅水区
    question: 浅水区有多深
    answer: 浅水区水深一米二，深水区一米八，不会游的老人请在浅水区。
""")
    await bot.start()
    for n, text in enumerate(("康复池的浅水区有多深", "今天浅水区外面有多冷啊")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("浅水区", ("u0",))]


def test_a_member_telling_what_she_remembers_or_tapped_is_not_asking():
    assert not asks("我记得是三个工作日能拿到体检报告")
    assert not asks("我点开体检报告了")
    assert asks("体检报告要等几耐")


async def test_a_question_in_cantonese_wu_or_north_western_words_is_answered(make_bot):
    bot = _bot(make_bot, HEALTH_CENTRE + """\
  - id: 体检报告
    question: 体检报告多久能拿到？
    answer: 体检报告三个工作日后到一楼服务台取。
""")
    await bot.start()
    # 几耐: Cantonese 多久; 阿能: Wu 能不能; 额 (North-West 我) and 乃达 (哪里)
    for n, text in enumerate(("体检报告要等几耐先有", "降压药阿能报销", "额想挂号 去乃达挂")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("体检报告", ("u0",)), ("药费", ("u1",)), ("挂号", ("u2",))]


def test_everyday_mandarin_that_shares_a_character_with_a_dialect_word_is_left_as_it_is():
    # 系/点/额/介/伐/晒/贼/泊/得是/点解/阿拉/要得 are dialect words only beside what shows it
    plain = ("关系到系统 几点开门 早点来 金额和额度 介绍一下 步伐 晒太阳 抓到小偷贼 湖泊 我记得是周三 我觉得是他 "
             "我点开了没反应 快点解决 有个女的插队 我这边处理不了 请您了解 要得到 我觉得行 阿拉伯 一个仔细 "
             "令人咋舌 搬场地")
    assert everyday_in_mandarin(plain) == plain
    assert everyday_in_mandarin("侬晓得伐") == "你知道吗"
    assert everyday_in_mandarin("点解唔得") == "为什么不得"
    assert everyday_in_mandarin("额走十公里没麻达 车泊边度") == "我走十公里没问题 车停哪里"
    # Cantonese particles and pronouns, Wu and northern everyday words
    assert everyday_in_mandarin("张卡唔见咗 佢哋几时嚟") == "张卡丢了 他们什么时候来"
    assert everyday_in_mandarin("冲凉房有冇洗头水") == "淋浴间有没有洗发水"
    assert everyday_in_mandarin("俺家麦子咋报名 搬场公司晓得伐") == "我家麦子怎么报名 搬家公司知道吗"


async def test_a_cantonese_member_who_lost_a_card_or_asks_for_shampoo_is_answered(make_bot):
    bot = _bot(make_bot, WATER_PARK)
    await bot.start()
    # 唔见咗: Cantonese 丢了; 冲凉: 洗澡; 有冇: 有没有; 洗头水: 洗发水
    for n, text in enumerate(("我张会员卡唔见咗点算好", "冲凉嗰度有冇洗头水")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("补卡", ("u0",)), ("淋浴", ("u1",))]


LIFT = """\
entries:
  - id: 电梯困人
    question: 被困在电梯里怎么办？
    answer: 别慌，别扒门，按电梯里的黄色警铃按钮，或者打电梯里贴的救援电话，维保人员30分钟内到。
    keywords: [电梯, 困, 关在]
"""


async def test_a_grievance_about_the_lift_is_left_to_a_person_not_told_the_how_to(make_bot):
    # accept14: "你们维保怎么搞的" blames, it asks nothing the FAQ could tell: "别慌，按警铃" to someone who did
    assert not asks("昨天电梯把我关在里面半个多小时，按警铃都没人应，你们维保怎么搞的")
    assert asks("电梯又停了，怎么搞的，什么时候能修好")  # a real ask beside the blame still asks
    bot = make_bot(CONFIG.replace("plugins:\n", "plugins:\n  nudge: {}\n"))
    (bot.folder / "faq.yaml").write_text(LIFT, encoding="utf-8")
    await bot.start()
    await bot.send_message("昨天电梯把我关在里面半个多小时，按警铃都没人应，你们维保怎么搞的", name="黄阿姨")
    await bot.wait(seconds=30)
    assert not [a for a in bot.sent if a.plugin == "faq"]
    assert any(a.kind == "private" and "黄阿姨" in a.text for a in bot.sent if a.plugin == "nudge")
    await bot.send_message("万一被困在电梯里该怎么办", sender="u2", name="小林")  # trapped now is an emergency's
    await bot.settle()
    assert [a.ref for a in bot.sent if a.plugin == "faq"] == ["电梯困人"]
