"""Dangers whose first step a plain "call 120" leaves out, told at home, on a farm or at a stall (issue 13, fixcare20).

Each is its own kind for bot.emergency, with the step the Red Cross teaches for it:
- `seizure` (癫痫发作了 抽了五分钟还没停): a fit that does not stop is a 120 call; on the side, nothing in the mouth,
  nobody holding him down, the time it began;
- `oil_fire` (油锅着了 火窜老高): burning oil; the gas off, a lid or a wet cloth over it, never water;
- `pesticide` (在猪圈里打药 打完就晕倒了 口吐白沫): poisoned by spraying, breathed or through the skin: out into the
  air, the soaked clothes off, on his side, the bottle to the hospital;
- `self_injury` (孩子一直拿头往墙上撞 额头撞出血了 我拦不住): a child hurting himself and bleeding: something soft
  between him and the wall, the cut pressed, 120 if it will not stop;
- `transplant` (移植的那个肾那块疼得厉害 还发烧): a transplanted organ sore, swollen or with fever, or the urine
  falling: rejection or infection, the transplant centre's emergency today;
and the words of kinds bot.emergency already has, told otherwise: coal smoke in a room (煤烟味 + 头疼恶心: `fumes`),
blood pouring from a bite (血呼呼往外冒: `bleeding`), a lost child who cannot speak or ask for help (`lost`), low blood
sugar after diabetes pills (降糖药 + 冷汗 + 手抖: `low_sugar`).
Each is read as a danger named plainly: the past, an article, advice or a joke still put it elsewhere (bot.emergency).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# a fit that goes on (抽了五分钟还没停, 一直抽 叫不醒): a short one over (抽了一下就好了) is no 120 call
_FIT = _any(r"癫痫 羊癫疯 羊角风 羊儿疯 抽风 惊厥 抽搐 (浑身|全身|手脚)\S{0,2}抽")
_MACHINE = _any("手机 电脑 网络 网又 系统 电视 机器 软件 app 信号")  # 手机又抽风了 一直重启: no body
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

# poisoned by spraying (打药, 喷农药, 配药): a sign of the body beside it (晕倒, 口吐白沫, 抽, 吐, 出汗, 看不清)
_SPRAYED = _any("打药 喷药 打农药 喷农药 打完药 喷完药 打了药 喷了药 打除草剂 喷除草剂 打杀虫剂 喷杀虫剂 配农药 兑药")
_POISONED = _any(r"""晕倒 晕过去 昏倒 昏过去 口吐白沫 吐白沫 抽搐 抽起来 叫不醒 不省人事 吐了 呕吐
浑身(是)?汗 大汗 流口水 看不清 瞳孔 喘不上气 站不住 倒(在)?地""")  # 有点头晕 alone: rest and watch
PESTICIDE = rf"({_SPRAYED})\S{{0,16}}({_POISONED})"

# a child hurting himself (拿头往墙上撞, 一直打自己的头, 咬自己) and hurt or not to be stopped
_HURTS_SELF = _any(r"""(拿|用)头\S{0,3}(往|朝|撞)\S{0,4} 头往\S{0,3}(墙|地|桌|门)\S{0,2}(上)?撞 撞头 磕头撞
(打|咬|抓|掐)自己(的)?(头|脸|手|胳膊)? 自己咬自己 自残 自伤""")
_HURT_OR_UNSTOPPED = _any("出血 流血 撞破 磕破 破了 肿 拦不住 拉不住 按不住")
SELF_INJURY = rf"({_HURTS_SELF})\S{{0,16}}({_HURT_OR_UNSTOPPED})"

# a transplanted organ in trouble: the graft sore, swollen or hot, a fever, little urine (移植的那个肾那块疼得厉害)
_GRAFT = _any("移植 换肾 换了肾 换的肾 新肾 移植肾 移植的肾 换肝 换了肝 移植的肝")
_REJECTION = _any(r"""发烧 高烧 发热 [34]\d(\.\d)?度 疼得厉害 疼得 痛得 肿(起来|了) 鼓起来 鼓了 尿(也|都)?少
尿不出 没尿 尿量\S{0,2}少""")
_ASKS = _any("吗 正常 会不会 是不是 有没有人 一般 多久")  # 移植后发烧正常吗: a question for the clinic, not now
TRANSPLANT = (rf"^(?!.*({_ASKS}))(?=.*({_GRAFT}))(?:.*({_REJECTION})\S{{0,20}}({_REJECTION})"
              rf"|.*({_GRAFT})\S{{0,12}}(疼得厉害|痛得厉害|肿起来|鼓起来))")

# coal smoke in a room with a headache or sickness (一股煤烟味儿 老伴头疼恶心): carbon monoxide (bot.body_danger's step)
_COAL = _any("煤烟 煤味 煤气味儿 炉子 火墙 土暖气 煤火 烟筒 烟囱 倒烟 回烟")
_CO_SIGN = _any("头晕 头疼 头痛 恶心 想吐 吐了 呕吐 迷糊 没劲 起不来 叫不醒 站不稳")
_FIGURE = _any("让人头疼 真头疼 头疼的是 电炉 头疼医头")  # 炉子又坏了 真让人头疼: a bother, no fumes
FUMES = rf"^(?!.*({_FIGURE}))(?:.*({_COAL})\S{{0,20}}({_CO_SIGN})|.*({_CO_SIGN})\S{{0,20}}({_COAL}))"

# blood pouring out (血呼呼往外冒, 血直往外涌): the wound is open now, whatever made it; a nosebleed is not 120's
BLEEDING = (r"(?<!鼻)血\S{0,3}(往外|直往外|一直往外)(冒|涌|喷|淌|流)"
            r"|(大口子|口子很深|伤口很深)\S{0,8}血\S{0,3}(冒|涌|喷|止不住)")

# a child or a person lost who cannot ask for help (他不会说话, 自闭) or sought for long (找了半个小时了)
_GONE = _any("走丢 走失 走散 跑丢 跑没影")  # a person, not a thing (书包找不到了 找了一个小时)
_CANNOT_ASK = _any(r"""不会说话 说不了话 不会讲话 不说话 自闭 孤独症 智力 听不见 聋哑
找了\S{0,3}(半个|一个|两个|几个|好几个|快一个)?(多)?(小时|钟头)""")
LOST = rf"({_GONE})\S{{0,20}}({_CANNOT_ASK})|({_CANNOT_ASK})\S{{0,20}}({_GONE})"

# low blood sugar after diabetes pills or insulin: a sweat and a tremor or a racing heart (冷汗 手抖 心慌)
_SUGAR_DRUG = _any("降糖药 降血糖 胰岛素 二甲双胍 格列 优降糖 消渴丸")
_SWEAT = _any("冷汗 出汗 大汗 虚汗")
_SHAKES = _any("手抖 发抖 哆嗦 心慌 迷糊 说话不清 叫不醒 站不住 晕")
_NOT_NOW = _any("就会 容易 平时 一般 有时候 每次 经常 正常吗 副作用 会不会")
LOW_SUGAR = rf"^(?!.*({_NOT_NOW}))(?=.*({_SWEAT}))(?=.*({_SHAKES})).*({_SUGAR_DRUG})"

KINDS = {"seizure": SEIZURE, "oil_fire": OIL_FIRE, "pesticide": PESTICIDE, "self_injury": SELF_INJURY,
         "transplant": TRANSPLANT, "fumes": FUMES, "bleeding": BLEEDING, "lost": LOST, "low_sugar": LOW_SUGAR}
