"""A body failing, told by what the one beside it sees rather than by the illness's name (issue 13, emergency25).

What anyone who has stood beside it knows:
- *a fit told as a cramp*: 抽筋 is a leg's cramp, but the whole body shaking (全身抖, 浑身抽) or foam at the mouth
  (嘴里有白沫) beside it is a fit, whatever word opened it (`seizure`: nothing in the mouth, time it, 120); foam
  alone, someone down (倒了 嘴里冒白沫), stays `unwell`: a poison as likely as a fit;
- *drunk past waking*: a great deal drunk (一斤白的, 喝多了, 喝醉了), then lying still, not waking, or a snore that
  sounds wrong (打呼噜声音很怪): alcohol poisoning, and the vomit may choke him (`unwell`: on his side, 120);
- *no breath, and someone pressing the chest*: 没有呼吸 beside CPR begun (按胸口, 心肺复苏) or a body pulled out
  (捞上来) is the breath gone now, though no 了 closes it (`unwell`);
- *an asthma attack with the inhaler gone or the lips going blue* (就喘 + 哮喘药找不到了, 喷雾没带, 嘴唇都紫了)
  (`unwell`); an inhaler running low (哮喘药快用完了 明天去开) is no attack;
- *a solvent's fumes breathed all morning*, then vomiting, unsteady, eyes that will not open (洗板水, 天那水, 稀料,
  油漆, 胶水) (`unwell`: fresh air, 120 and the bottle's name).
A cramp in the calf, a drink remembered, a question about an inhaler or a paint's smell stay quiet: each needs the
sign of the body failing beside it.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_PET = r"^(?!.*(猫|狗|宠物|鸡|鸭|猪|牛|羊))"
FIT = (rf"{_PET}(?:.*(抽筋|抽搐|抽风|抽起来)\S{{0,10}}((全身|浑身|身子)\S{{0,2}}(抖|抽|发抖|打颤)|白沫)"
       rf"|.*(全身|浑身)\S{{0,2}}(抖|抽)\S{{0,12}}白沫)")
_DRANK = _any(r"""喝(了)?\S{0,3}(一斤|半斤|两斤|一瓶|两瓶|好几瓶|一整瓶)\S{0,2}(白的|白酒|酒|二锅头)?
喝多了 喝醉了 喝大了 喝断片 灌醉 醉得 醉了""")
_PAST_WAKING = _any(r"""(躺|倒|趴)\S{0,4}(不动|叫不醒|没反应) 叫不醒 喊不醒 推不醒 没反应
(打)?呼噜\S{0,4}(声音)?\S{0,2}(很怪|好怪|奇怪|不对|不正常|怪怪的|吓人|呼噜噜)""")
DRUNK_OUT = rf"^(?!.*(明天|昨天|头疼|解酒|醒酒药))(?=.*({_DRANK})).*({_PAST_WAKING})"
# a bare 没气 is a tyre's, a balloon's or a gas bottle's as often as a person's (车胎没气了 倒在路边了: code review 26,
# finding 5): never right after the thing, nor in a line about air let out or pumped in
_NO_BREATH = (r"((没有|没了|没)\S{0,1}(呼吸|心跳)|(?<![胎球罐瓶车])(?<!煤气)(没有|没了|没)\S{0,1}气)"
              r"(?!困难|急|道|机|氛|味|愤|质)")
_NO_AIR_HELD = r"^(?!.*(轮胎|车胎|气球|煤气罐|气罐|打气|充气|篮球|足球|皮球))"
_CPR_OR_FOUND = _any(r"""按胸口 按压 心肺复苏 人工呼吸 捞上来 拉上来 救上来 抬上来 救护车 倒在 倒地""")
NO_BREATH = (rf"{_PET}(?:(?=.*(呼吸|心跳))|{_NO_AIR_HELD})"
             rf"(?:.*{_NO_BREATH}\S{{0,12}}({_CPR_OR_FOUND})|.*({_CPR_OR_FOUND})\S{{0,12}}{_NO_BREATH})")
_ASTHMA = _any("哮喘(又)?(犯|发作) 喘得 喘不上 喘不过 喘起来 就喘 一直喘 喘个不停")  # an attack now, not the illness
_NO_INHALER = _any(r"""(哮喘药|喷雾|喷剂|气雾剂|吸入剂|药)\S{0,3}(找不到|找不着|没带|用完|没了|忘带|不见了)
(嘴唇|嘴|脸)\S{0,2}(都|有点|已经|开始)?(发)?(紫|乌|青)(了)?""")
ASTHMA = (rf"^(?!.*(以前|平时|怎么预防|会不会|备着))"
          rf"(?:.*({_ASTHMA})\S{{0,20}}({_NO_INHALER})|.*({_NO_INHALER})\S{{0,20}}({_ASTHMA}))")
_SOLVENT = _any("洗板水 天那水 香蕉水 稀料 稀释剂 清洗剂 油漆 胶水 溶剂 甲醛 氨水 开油水 白电油")
_FAILING = _any(r"""吐 站都站不稳 站不稳 站不住 睁不开 晕倒 倒了 迷糊 叫不应 没反应 抽""")
SOLVENT = rf"^(?!.*(味道大吗|有毒吗|会不会|怎么去味|散味))(?=.*({_SOLVENT})).*(熏|擦|刷|闻|用|喷)\S{{0,16}}({_FAILING})"

KINDS: list[tuple[str, str]] = [("seizure", FIT), ("unwell", DRUNK_OUT), ("unwell", NO_BREATH), ("unwell", ASTHMA),
                                ("unwell", SOLVENT)]
