"""A transplant patient's dangers after the operation (issue 13, fixcare23):

- `wound_bleeding`: a wound after an operation bleeding through its dressings (移植后第三天 伤口渗血渗得厉害 纱布换了
  三块了): press on it, lie down, the ward now, 120 if it soaks through or he feels faint; 术后伤口有点渗血正常吗
  (a question in general) stays for a person;
- `drug_level`: ciclosporin or tacrolimus with grapefruit, and the body shows it (手抖得厉害, 头疼, 迷糊): no more
  grapefruit, the transplant centre today;
- `medicine_out`: the anti-rejection medicine run out (他克莫司断了 医院要下周才能开): the transplant centre today
  (its clinic or emergency can prescribe), never tablets bought from members.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_OPERATED = _any(r"移植 手术 术后 开刀 开完刀 刀口 伤口 做完手术 动了手术 引流")
_BLEEDS = _any(r"渗血 出血 流血 冒血 血止不住 往外渗 往外冒 血水")
_MUCH = _any(r"""厉害 止不住 不停 一直 湿透 透了 换了\S{0,3}(块|次|回|条) 好多 越来越多 滴 一大片""")
_ASKS = _any("正常吗 正不正常 一般 多久 会不会")
_HURT_SO = "摔|跌|磕|砍|碰伤|割伤|划伤"  # a wound from a fall or a cut is bleeding's, not the ward's
WOUND_BLEEDING = rf"^(?!.*({_ASKS}))(?!.*({_HURT_SO})).*({_OPERATED})\S{{0,16}}({_BLEEDS})\S{{0,12}}({_MUCH})"

# the anti-rejection medicines, by name and by use
DRUG = _any(r"""他克莫司 环孢素 环孢霉素 普乐可复 新山地明 赛斯平 田可 FK506 fk506 吗替麦考酚酯 麦考酚 骁悉 米芙 赛可平
西罗莫司 雷帕霉素 依维莫司 抗排异药 抗排异的药 抗排斥药 抗排斥的药 免疫抑制剂 五酯胶囊""")
_FRUIT = _any("西柚 葡萄柚 柚子汁")
_SHOWS = _any(r"手抖 抖得 发抖 头疼 头痛 迷糊 抽 尿少 恶心 吐了 麻 心慌 没劲 说胡话")
# the grapefruit eaten or drunk (喝了一大杯西柚汁), not asked about (环孢素能和西柚一起吃吗 会手抖吗)
_TAKEN = rf"(喝|吃)了\S{{0,6}}({_FRUIT})|({_FRUIT})\S{{0,3}}(汁)?\S{{0,2}}(喝|吃)(了|完)"
DRUG_LEVEL = rf"^(?=.*({DRUG}))(?=.*({_TAKEN})).*({_SHOWS})"

_RUN_OUT = _any(r"""断了 断药 断顿 吃完了 用完了 没了 没有了 没药了 开不到 买不到 缺货 没货 停了\S{0,3}天 接不上""")
MEDICINE_OUT = rf"({DRUG})\S{{0,10}}({_RUN_OUT})|({_RUN_OUT})\S{{0,6}}({DRUG})"

KINDS = {"wound_bleeding": WOUND_BLEEDING, "drug_level": DRUG_LEVEL, "medicine_out": MEDICINE_OUT}
