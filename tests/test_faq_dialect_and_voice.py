"""FAQ in dialect and by voice: a voice slip or a dialect word for when, Cantonese, Wu and north-western ways to
ask, a flat s for sh, a question read from its transcript; everyday Mandarin sharing a character is left as it is."""
from __future__ import annotations

from bot.dialect import everyday_in_mandarin
from tests.faq_wording_bot import CANTEEN_AND_KEYS, CENTRE, HEALTH_CENTRE, _bot

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


async def test_a_voice_question_is_answered_from_its_transcript(make_bot):
    bot = _bot(make_bot, CENTRE)
    await bot.start()
    # WeChat's transcript of a spoken question, with voice input's 那里 for 哪里
    await bot.send_voice("活动在那里呀", sender="u1")
    await bot.send_voice("", sender="u2")  # a voice message without a transcript is not asked in words
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("活动地点", ("u1",))]


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


async def test_a_longer_word_for_the_entrys_word_or_a_flat_s_for_sh_is_answered(make_bot):
    bot = _bot(make_bot, CANTEEN_AND_KEYS)
    await bot.start()
    # 中午饭 holds the answer's 午饭; 配要死 is 配钥匙 said with a flat s
    for n, text in enumerate(("请问中午饭几点开始", "配要死多少钱")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("开饭时间", ("u0",)), ("配钥匙", ("u1",))]


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
