"""A child touched by a grown-up and told to keep it secret: a child at risk of abuse, for bot.danger.emergency (issue
13).

孙女跟我说 学校有个老师老摸她 还不让她告诉别人 is a child asking for help through the one she trusts: a person must
hear of it at once, privately (the one who does it, or his family, may be in the group), and the grandparent must hear
to believe the child, keep her away from him and call 110 (12355 for what comes next). Read from the words: a grown-up
(老师, 教练, 叔叔, 邻居, 一个男的) who touches, kisses or undresses the child, with a sign it is no pat on the head
(told to keep it secret, a private part, the child afraid); or the crime named beside a child (猥亵, 性侵). Not a
lesson or a notice about keeping children safe (防性侵教育, 讲座), the news, or a forward.
"""
from __future__ import annotations

from bot.chinese_text import FORWARDED
from bot.chinese_text import any_of as _any
from bot.people import CHILD, words

_ADULT = _any("""老师 教练 班主任 校长 叔叔 伯伯 大爷 爷爷 舅舅 姑父 姨父 邻居 继父 后爸 司机 保安 门卫 男的 那人
有个人 有个男的 大哥哥 亲戚""")
_KID = words(CHILD, but="小朋友")
_CHILD = rf"她|他|{_KID}"  # 她 and 他 only in a message that names a child (有个男的偷偷摸她: a grown friend)
# long ago (以前我女儿小时候, 现在长大了还有阴影): a wound to hear with care, not a child to keep from him now
_LONG_AGO = _any("小时候 长大了 那时候 以前 当年 多年前 年前")
_TOUCH = rf"(老|总|经常|又|偷偷|老是|总是|好几次)?(摸|亲|脱)(了)?(我|我家|俺|俺家)?({_CHILD})"
# no pat on the head: a secret demanded, a private part, the child afraid of him
_NOT_A_PAT = _any(r"""不让\S{0,6}(告诉|说) 别告诉 不许\S{0,4}(说|告诉) 不准\S{0,4}(说|告诉) 保密 秘密
下面 下身 胸 屁股 隐私 裤子 内裤 衣服里 裙子里 脱(了)?(她|他)的 害怕(去|见|上学) 不敢(去|见|上学)""")
_CRIME = _any("猥亵 性侵 强奸 摸下面 摸隐私")
# a lesson, a notice or the news about keeping children safe (防性侵教育, 家长讲座): no child in danger now
_NOT_THIS = _any(FORWARDED + " 新闻 报道 防性侵 预防 教育 讲座 课上 宣传 视频里 电视")
ABUSED = (rf"^(?!.*({_NOT_THIS}|{_LONG_AGO}))(?=.*({_KID}))(?:(?=.*({_NOT_A_PAT})).*({_ADULT})\S{{0,8}}{_TOUCH}"
          rf"|.*({_CHILD})\S{{0,8}}({_CRIME})|.*({_CRIME})\S{{0,6}}({_CHILD}))")
# the kind bot.danger.emergency reads (its word is private only: plugins.nudge.emergencies)
KINDS = {"child_abused": ABUSED}
