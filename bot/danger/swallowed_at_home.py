"""Something swallowed at home that poisons: a child who ate a grown-up's pills, a cleaner drunk from its bottle
(issue 13, fixcare23). Both are bot.danger.emergency's `poison`: 120 now, the bottle or the box to the doctor, no
vomiting made, on the side if drowsy.

俺孙女吃了俺的降压药 吃了好几片 现在迷迷糊糊的: pills not one's own, several, and a sign in the body (or a child);
乐乐把一整瓶洗洁精喝了几口 现在一直咳: the cleaner named before its verb (把…喝了), which the plain reading misses.
降压药吃了好几年了, 医生让我一次吃两片, 洗洁精喝了会怎么样 (a question in general) stay quiet.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.people import CHILD, words

_CHILD = words(CHILD, "学生", but="外孙女")
_PILLS = _any("药 药片 药丸 安眠药 降压药 降糖药 退烧药 感冒药 止疼药 止痛药 钙片 维生素 铁片 避孕药")
_MANY = _any(r"""好几片 好几粒 好几颗 十几片 十几粒 一把 一板 半板 一整板 半瓶 一瓶 一整瓶 整瓶 好多片 好多粒
(几|两|三|四|五|六|七|八|九|十)(片|粒|颗) 当(成)?糖(吃|豆) 偷吃 误吃 误服""")
_DROWSY = _any(r"""迷迷糊糊 迷糊 昏睡 想睡 睡过去 叫不醒 喊不醒 叫不应 没精神 发蔫 打蔫 站不稳 走不稳 晕 吐了 呕吐 抽
脸色发白 嘴唇发紫 心跳 没反应""")
# 吃了…药…好几片 … 迷糊 (one's own dose told as a habit, 每天吃两片, is no swallowing)
PILLS = (rf"^(?!.*(每天|每次|一天|一次|医生让|遵医嘱|按时))(?=.*({_DROWSY}|{_CHILD}))"
         rf"(?:.*(吃|吞|喝|咽)\S{{0,8}}({_PILLS})\S{{0,10}}({_MANY})"
         rf"|.*把\S{{0,6}}({_PILLS})\S{{0,2}}(当(成)?糖|全|都)\S{{0,2}}(吃|吞)(了|下去|掉))")

_CLEANER = _any(r"""洗洁精 洗衣液 洗衣粉 洗衣凝珠 消毒液 消毒水 84 八四 洁厕灵 洁厕 漂白水 漂白剂 管道疏通剂 除垢剂
干燥剂 酒精 汽油 柴油 煤油 机油 防冻液 玻璃水 杀虫剂 蟑螂药 灭蚊液 老鼠药 农药""")
# 把一整瓶洗洁精喝了几口, 84消毒液喝了两口: the thing first, then the verb done
CLEANER = (rf"把\S{{0,4}}({_CLEANER})\S{{0,3}}(喝|吃|吞|舔)(了|下去|进去)"
           rf"|({_CLEANER})\S{{0,3}}(喝|吃|吞)了(一|几|两|好几|半)(口|瓶|杯)")

# a child who drank from a bottle of medicine or a farm's, whatever was in it (把窗台上的药瓶子拿着喝了两口 … 哭着吐):
# the bottle told, not the name (emergency24)
_BODY_ANSWERS = _any(r"吐 脸(色)?\S{0,2}(煞白|发白|苍白) 迷糊 叫不醒 抽 嘴里\S{0,4}(味|白沫)")
BOTTLE = (rf"^(?=.*({_CHILD}))(?=.*({_BODY_ANSWERS}))"
          rf".*把\S{{0,10}}药(瓶|水瓶)(子)?\S{{0,6}}(喝|吃|吞|舔)(了|下|掉|进)")

KINDS = {"poison": f"{PILLS}|{CLEANER}|{BOTTLE}"}
