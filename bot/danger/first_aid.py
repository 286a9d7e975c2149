"""Dangers whose first step a plain "call 120" leaves out, told at home, on a farm or at a stall (issue 13, fixcare20).

Each is its own kind for bot.danger.emergency, with the step the Red Cross teaches for it:
- `seizure` (癫痫发作了 抽了五分钟还没停): a fit that does not stop is a 120 call; on the side, nothing in the mouth,
  nobody holding him down, the time it began;
- `oil_fire` (油锅着了 火窜老高): burning oil; the gas off, a lid or a wet cloth over it, never water;
- `pesticide` (在猪圈里打药 打完就晕倒了 口吐白沫): poisoned by spraying, breathed or through the skin: out into the
  air, the soaked clothes off, on his side, the bottle to the hospital;
- `self_injury` (孩子一直拿头往墙上撞 额头撞出血了 我拦不住): a child hurting himself and bleeding: something soft
  between him and the wall, the cut pressed, 120 if it will not stop;
- `transplant` (移植的那个肾那块疼得厉害 还发烧): a transplanted organ sore, swollen or with fever, or the urine
  falling: rejection or infection, the transplant centre's emergency today.

The same dangers told in other words (coal smoke, blood pouring from a bite, a lost child who cannot speak, low sugar
after diabetes pills) are the kinds bot.danger.body_danger and bot.danger.danger_words already read.
Each is read as a danger named plainly: the past, an article, advice or a joke still put it elsewhere
(bot.danger.emergency).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.lost_words import DEMENTIA
from bot.people import CHILD, words

# a fit that goes on (抽了五分钟还没停, 一直抽 叫不醒): a short one over (抽了一下就好了) is no 120 call
_FIT = _any(r"癫痫 羊癫疯 羊角风 羊儿疯 抽风 惊厥 抽搐 (浑身|全身|手脚)\S{0,2}抽")
# 手机又抽风了 一直重启, 抽水泵抽了十分钟: no body
_MACHINE = _any("手机 电脑 网络 网又 系统 电视 机器 软件 app 信号 泵 抽水 抽油 抽烟")
_GOES_ON = _any(r"""还没停 还没有停 没停下 停不下 不停(地)?抽 抽个不停 一直(在)?抽 还在抽 一个接一个 接连
(抽|发作)了?\S{0,2}([三四五六七八九十两\d]+|好几)(分钟|次) 叫不醒 醒不过来 没醒""")
SEIZURE = (rf"^(?!.*({_MACHINE}))(?:.*({_FIT})\S{{0,14}}({_GOES_ON})"
           r"|.*抽了?\S{0,2}([三四五六七八九十两\d]+|好几)分钟\S{0,4}(还没停|还在抽|停不下))")

# burning oil in a pan or a wok (油锅着了, 锅里的油烧起来了, 炸串的锅起火了)
_PAN = _any("油锅 锅里的油 炸锅 炸串的锅 炒锅 一锅油 热油")
# ... still in the pan: once it has spread (窜到抽油烟机上了, 锅盖盖不住, 烟往大厅里冒, 火往屋顶蹿) or someone is
# still inside (老人还在里面) it is a fire's step (get out)
_SPREAD = _any("""盖不住 灭不了 窜到 蹿到 烧到 蔓延 油烟机 整个厨房 大厅 楼道 满屋 烟往
屋顶 房顶 顶棚 房梁 还在里(面|头|边)""")
OIL_FIRE = rf"^(?!.*({_SPREAD})).*({_PAN})\S{{0,4}}(着了|着火|起火|烧起来|冒火|火苗|窜火|火窜|蹿火|火蹿)"

# poisoned by spraying (打药, 喷农药, 配药): a sign of the body beside it (晕倒, 口吐白沫, 抽, 吐, 出汗, 看不清);
# 打了药 at a clinic (化疗打了药 吐了, 去医院打了药) is a dose, not a spray
_SPRAYED = _any("打药 喷药 打农药 喷农药 打完药 喷完药 打了药 喷了药 打除草剂 喷除草剂 打杀虫剂 喷杀虫剂 配农药 兑药")
_CLINIC = _any("医院 诊所 卫生室 化疗 打针 输液 点滴 吊瓶 疫苗 针")
_POISONED = _any(r"""晕倒 晕过去 昏倒 昏过去 口吐白沫 吐白沫 抽搐 抽起来 叫不醒 不省人事 吐了 呕吐
浑身(是)?汗 大汗 流口水 看不清 瞳孔 喘不上气 站不住 倒(在)?地""")  # 有点头晕 alone: rest and watch
PESTICIDE = rf"^(?!.*({_CLINIC})).*({_SPRAYED})\S{{0,16}}({_POISONED})"

# a child hurting himself (拿头往墙上撞, 一直打自己的头, 咬自己) again and again or till he bleeds; a grown-up's
# bump (在车门上撞头了) or a scratched bite (一直抓自己的腿) is no 120 call
_CHILD = words(CHILD, "学生", but="外孙女")
_UNAWARE = _any(f"{DEMENTIA} 自闭 孤独症")  # 我妈老年痴呆 一直拿头往墙上撞: cannot stop herself either
_HURTS_SELF = _any(r"""(拿|用)头\S{0,3}(往|朝|撞)\S{0,4} 头往\S{0,3}(墙|地|桌|门)\S{0,2}(上)?撞 磕头撞
(打|咬|掐)自己(的)?(头|脸|手|胳膊)? 自己咬自己 自残 自伤""")
_HURT_OR_UNSTOPPED = _any("出血 流血 撞破 磕破 打破 咬破 拦不住 拉不住 按不住")
_AGAIN = _any("一直 又 不停 拦不住 拉不住 按不住")
SELF_INJURY = (rf"^(?=.*({_CHILD}|{_UNAWARE}))(?:.*({_HURTS_SELF})\S{{0,16}}({_HURT_OR_UNSTOPPED})"
               rf"|.*({_AGAIN})\S{{0,4}}({_HURTS_SELF})\S{{0,16}}(破|肿|青|紫))")

# a transplanted organ in trouble: the graft sore, swollen or hot, a fever, little urine (移植的那个肾那块疼得厉害)
_GRAFT = _any("移植 换肾 换了肾 换的肾 新肾 移植肾 移植的肾 换肝 换了肝 移植的肝")
# 移植后发烧正常吗: a question for the clinic (要去医院吗 is a plea: bot.danger.emergency weighs it)
_ASKS = _any("正常吗 一般 多久")
# one plain sign is enough beside the graft (换肾后发烧了 怎么办): fever after a transplant is the centre's emergency
_GRAFT_SIGN = _any(r"""发烧 高烧 发热 (3[89]|4[01])(\.\d)?度 疼得厉害 痛得厉害 肿(起来|了) 鼓起来 尿(也|都)?少
尿不出 没尿 尿量\S{0,2}少 (肾|那块|那里|那儿)\S{0,4}(疼|痛|胀|鼓|肿)""")
TRANSPLANT = rf"^(?!.*({_ASKS})).*({_GRAFT})\S{{0,16}}({_GRAFT_SIGN})"

KINDS = {"seizure": SEIZURE, "oil_fire": OIL_FIRE, "pesticide": PESTICIDE, "self_injury": SELF_INJURY,
         "transplant": TRANSPLANT}
