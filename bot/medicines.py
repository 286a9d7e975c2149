"""Medicines named once, for every reading that meets them (code review 26, findings 7-8).

A member rarely says "medicine": she names it, by its brand or as the family calls it (诺和锐, 那一针, 消渴丸, 华法林,
稀释血的药). Each list here is whole, so a name added once is known to every reading: the low blood sugar after a dose
(bot.danger.body_signs, bot.danger.body_danger), a dose taken twice (bot.danger.diabetes), a bleed on a blood thinner
(bot.danger.quiet_signs, bot.danger.danger_words), a health matter asked of the group (plugins.nudge.addressing).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# insulin by its names (a pen's brand, the kind: 甘精, 门冬, 赖脯, 德谷)
INSULIN = _any("胰岛素 诺和灵 诺和锐 诺和平 甘精 来得时 长秀霖 优泌乐 门冬 赖脯 德谷")
# the sugar pills that can bring a low (sulphonylureas: 格列美脲, 格列齐特, 优降糖, 消渴丸), and the pills by what
# they do
SUGAR_PILL = _any("降糖药 降血糖 格列 优降糖 消渴丸")
# metformin and its kin (二甲双胍, 苯乙双胍): they lower the sugar but bring no low alone (a dose twice stays a
# question)
METFORMIN = "双胍"
# the sugar medicines that bring a low: a dose twice is a danger before the body shows it
BRINGS_A_LOW = f"{INSULIN}|{SUGAR_PILL}"
# every sugar medicine: beside a sweat and a tremor, a low now
SUGAR_DRUG = f"{BRINGS_A_LOW}|{METFORMIN}"
# blood thinners and the drugs against clots, by name or as the family says it: a bleed on one cannot wait
THINNER = _any("""华法林 华法令 阿司匹林 波立维 氯吡格雷 替格瑞洛 倍林达 利伐沙班 拜瑞妥 达比加群 泰毕全 阿哌沙班
艾乐妥 肝素 抗凝 稀释血的药 化血栓的药 抗血小板""")
