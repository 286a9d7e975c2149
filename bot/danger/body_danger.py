"""A body in danger now, told in the words of a long illness or of winter (issue 13, care17), for bot.danger.emergency.

Bleeding from a needle site or a wound that pressing does not stop, low blood sugar with sweating, trembling or
slurred speech, very high blood pressure with dizziness or unable to stand, and charcoal or coal fumes with headache
or sickness (carbon monoxide: fresh air first, never a sealed room), told the city's way or the village's (炭盆, 煤炉,
一股煤烟味儿 老伴头疼恶心; 降糖药 + 冷汗 + 手抖). Each is read as a danger named plainly (the past, an article, advice
or a joke still put it elsewhere, in bot.danger.emergency); each has its own safety step. A habit (就会, 平时) or a
question to the clinic (正常吗, 副作用) is no danger now, whichever words told it. A transplant in trouble is
bot.danger.first_aid's.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.body_signs import CHEST
from bot.medicines import SUGAR_DRUG

# a stove or coal burning in a room (炭盆, 煤炉, 一股煤烟味, 炉子倒烟); a stove alone (炉子又坏了) only with smoke
# or a smell
_FUMES_SOURCE = _any(r"""炭火 炭盆 火盆 炭炉 烧炭 木炭 煤炉 煤球 蜂窝煤 煤炭炉 取暖炉 烤火炉 (燃气|煤气)热水器
煤烟 煤味 火墙 土暖气 煤火 烟筒 烟囱 倒烟 回烟 炉子\S{0,6}(烟|味)""")
# ... or a person shut in with it who does not answer (门缝里有烧炭的味道 不开门): nobody can see how they are
_FUMES_SIGN = _any(r"""头晕 头疼 头痛 想吐 恶心 呕吐 吐了 没劲 没力气 迷糊 晕倒 晕过去 叫不醒 昏 站不稳 心慌 起不来
不开门 敲不开 反锁 叫不应 没动静
(怎么|咋)\S{0,2}(叫|喊|敲)都不(应|开|理|吭声) (叫|喊|敲)都不(应|开)""")
_FIGURE = _any("让人头疼 真头疼 头疼的是 电炉 头疼医头")  # 炉子又坏了 真让人头疼: a bother, no fumes
_SUGAR_DRUG = SUGAR_DRUG  # its medicine (bot.medicines): a sweat and a tremor beside it
_LOW_SUGAR_SIGN = _any(r"""冷汗 出汗 大汗 手抖 发抖 哆嗦 抖得 说话\S{0,2}不清 说不清 迷糊 糊涂 叫不醒 晕 心慌
站不住 没劲 没力气 饿得发慌""")
_SWEAT = _any("冷汗 出汗 大汗 虚汗")
_SHAKES = _any("手抖 发抖 哆嗦 心慌 迷糊 说话不清 叫不醒 站不住 晕")
# a habit or a question for the clinic (我有低血糖 早上不吃饭就会晕; 吃了降糖药 出冷汗 手抖 是副作用吗): not now
_HABIT = _any("就会 容易 平时 一般 有时候 每次 经常 正常吗 副作用 会不会")
_BP_FIGURE = r"(1[89]\d|2\d\d|一百[八九]|两百|二百)"
_BP_HIGH = rf"血压\S{{0,6}}{_BP_FIGURE}|高压\S{{0,3}}{_BP_FIGURE}"
_BP_SIGN = _any(r"""站不住 站不稳 站不起来 起不来 天旋地转 看不清 眼前发黑 吐了 呕吐 想吐 说话\S{0,2}不清
手脚发麻 半边\S{0,2}麻 头(疼|痛)(得|的)(厉害|要裂|受不了) 头晕得 晕得 胸(口)?(闷|疼|痛)""")
_BLEEDING_ON = r"(出血|渗血|流血|冒血|在流|在渗)\S{0,14}(止不住|按不住|压不住|湿透|不停|停不下)"
BODY = {
    "fumes": (rf"^(?!.*({_FIGURE}))(?:.*({_FUMES_SOURCE})\S{{0,24}}({_FUMES_SIGN})"
              rf"|.*({_FUMES_SIGN})\S{{0,24}}({_FUMES_SOURCE}))"),
    "low_sugar": (rf"^(?!.*({_HABIT}))(?!.*{CHEST})"
                  rf"(?:.*(低血糖\S{{0,16}}({_LOW_SUGAR_SIGN})|({_LOW_SUGAR_SIGN})\S{{0,16}}低血糖)"
                  rf"|(?=.*({_SWEAT}))(?=.*({_SHAKES})).*({_SUGAR_DRUG}))"),
    "blood_pressure": rf"({_BP_HIGH})\S{{0,16}}({_BP_SIGN})|({_BP_SIGN})\S{{0,16}}({_BP_HIGH})",
    "bleeding": rf"{_BLEEDING_ON}|(针眼|针孔|伤口|刀口|内瘘|穿刺)\S{{0,8}}(一直|不停|还在)(在)?(出|流|渗|冒)血",
}
