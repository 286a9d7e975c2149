"""A diabetic's three dangers told without the words the older readings wait for (issue 13, fixcare25).

- `low_sugar`, measured (心慌 出虚汗 手抖 测了一下血糖3.1): a reading under 4 (3.9, 三点一, 2点8) or 血糖很低 beside
  a sign of the body (sweat, trembling, a racing heart, dizziness, no strength): the low's own step, sugar first, by day
  or at night. A figure alone, or a low told as a habit (血糖一低到3点多就会心慌), is not read; 13.1 is no 3.1;
- `sugar_dose` (我把胰岛素打了两遍 刚才忘了已经打过了): insulin or a sugar pill taken twice, before the body shows it:
  the crash comes within the hour, so food now, sugar at hand, the sugar measured every half hour, the doctor asked,
  and 120 if speech goes or nobody can wake him. Metformin alone (二甲双胍) brings no low and stays a question; a
  double dose already felt (头晕 手抖) is bot.danger.body_now's `double_dose`, read first;
- `foot_wound` (我家老头子脚上那个口子发黑了 流脓 还有味儿): a foot going black, full of pus, smelling or reddening
  upward: a diabetic foot, to hospital today (急诊, 内分泌科, 伤口门诊); two of the signs, or one where diabetes is
  named. Athlete's foot, a toenail, a pig's trotter are no foot in danger.
Each is read as a danger named plainly: the past, an article, advice or a joke still put it elsewhere
(bot.danger.emergency).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.body_now import COUNTED, MISTAKE, TWICE
from bot.medicines import BRINGS_A_LOW

# a reading under 4 mmol/L, in figures or in words (3.1, 2.8, 三点一, 两点几, 3点多), not 13.1 nor 3月 nor 3盒, nor the
# type of diabetes (2型, 1类: code review 26, finding 1)
_LOW_FIGURE = (r"(?<![\d.０-９点])([0-3]((\.|点)\d+)?|[0-3]点(\d|多|几)|[零一二两三]点[一二三四五六七八九几多])"
               r"(?![\d.０-９点]|\s?(月|号|日|次|天|点钟|盒|块|元|岁|年|个|瓶|支|片|针|遍|回|小时|分钟|袋|斤|型|类|级|代))")
_MEASURED = rf"血糖(仪\S{{0,4}}?测)?(?!仪|试纸|机)\S{{0,8}}?{_LOW_FIGURE}"
_LOW_SAID = _any(r"血糖\S{0,3}(很低|太低|偏低|低了|低得|特别低|好低|掉得厉害|往下掉|掉下来|降得厉害|一下子降) 低血糖")
_BODY = _any(r"""心慌 心里发慌 出汗 虚汗 冷汗 大汗 冒汗 手抖 发抖 哆嗦 抖得 头晕 眼前发黑 没劲 没力气 腿软 发软
饿得发慌 迷糊 说话\S{0,2}不清 站不住 站不稳""")
# a habit or a question in general (一低就会, 平时, 正常吗, 是副作用吗): not a low now
_HABIT = _any("就会 容易 平时 一般 有时候 每次 经常 正常吗 会不会 副作用")
# a sugar told high (血糖有点高, 偏高, 降不下来) is no low, whatever figure stands beside it
_HIGH = r"血糖\S{0,3}(?<!低)高(?!血压|压)|偏高|降不下来|下不来|居高不下"
LOW_SUGAR = rf"^(?!.*({_HABIT}|{_HIGH}))(?=.*({_BODY})).*({_MEASURED}|{_LOW_SAID})"

# insulin by its names, and the pills that bring a low (sulphonylureas); 二甲双胍 alone does not
_SUGAR_DRUG = rf"{BRINGS_A_LOW}|打针的药|那一针"  # bot.medicines
_AGAIN = _any(r"""又打了一(针|次|遍|回) 打了两(遍|次|回) 打重了 打重复了 重复打了 多打了 打了双份 打了二遍""")
# a regimen told (一天打两次, 医生让我早晚各打一次) or a question in general (胰岛素打重了会怎样): no dose doubled now
_REGIMEN = _any(r"一天 每天 每日 早晚各 医生(让|说|叫) 如果 万一 要是 会怎样 会怎么样 有人")
# a count (打了两针, 吃两次, 吃了两片) is a dose twice only with a mistake told beside it (code review 26, finding 1)
_DOSE_TWICE = rf"{TWICE}|{_AGAIN}"
SUGAR_DOSE = (rf"^(?!.*({_REGIMEN}))(?:.*({_SUGAR_DRUG})\S{{0,12}}({_DOSE_TWICE})"
              rf"|.*({_DOSE_TWICE})\S{{0,6}}({_SUGAR_DRUG})"
              rf"|(?=.*({MISTAKE}))(?:.*({_SUGAR_DRUG})\S{{0,12}}({COUNTED})|.*({COUNTED})\S{{0,6}}({_SUGAR_DRUG})))")

_FOOT = _any(r"脚 足(?!球|够|迹|浴|疗|协|以|足) 趾")
# not a foot in danger: athlete's foot, a nail, a shoe, a dish, a table's leg, dirty feet
_NOT_A_FOOT = _any(r"""脚气 脚臭 汗脚 指甲 趾甲 鞋 袜 猪脚 猪蹄 鸡脚 鸭脚 凤爪 桌脚 床脚 椅子脚 又黑又臭 脏 泥
臭豆腐 脚本 手脚麻利 脚步""")
_SIGNS = [_any(r"发黑 变黑 黑了 黑紫 发紫 变紫 坏死"), _any(r"流脓 化脓 有脓 出脓 冒脓 脓水 淌脓"),
          _any(r"(有|发|一股)\S{0,2}(味|臭) 臭(了|味|得) 烂(了|得|掉) 溃烂"),
          _any(r"红肿\S{0,4}(发烫|往上) (红|肿)\S{0,3}(往上|到了?(小腿|脚脖|脚踝)) 发烧")]
_TWO = "|".join(f"(?=.*({b})).*({a})" for i, a in enumerate(_SIGNS) for b in _SIGNS[i + 1:])
_DIABETIC = _any("糖尿病 糖友 血糖 胰岛素 降糖")
_WOUND = _any(r"口子 伤口 破了 破口 磨破 裂口 溃疡 疮 泡")
FOOT_WOUND = (rf"^(?!.*({_NOT_A_FOOT}))(?=.*({_FOOT}))(?:{_TWO}"
              rf"|(?=.*({_DIABETIC}))(?=.*({_WOUND})).*({'|'.join(_SIGNS)}))")

KINDS = {"low_sugar": LOW_SUGAR, "sugar_dose": SUGAR_DOSE, "foot_wound": FOOT_WOUND}
