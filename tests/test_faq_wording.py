"""FAQ: members' own wording (voice slips, dialect, a plain wish) reaches the entry; a member's own symptom does not."""
from __future__ import annotations

from bot.testing import TestBot

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
