"""The FAQ bot the wording tests meet: its config and the FAQs of the places they are set in."""
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


def _bot(make_bot, faq: str = HEALTH_CENTRE) -> TestBot:
    bot = make_bot(CONFIG)
    (bot.folder / "faq.yaml").write_text(faq, encoding="utf-8")
    return bot


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
