"""A body losing its heat (hypothermia), told by the cold it came from and the signs it shows (issue 13, emergency22).

A person cold through after the water, the ice, the snow or a night out is in danger when the body shows it: shaking
hard with blue lips or icy hands after the water, or, worse, slow answers, drowsiness, slurred speech, stumbling, a body
that has stopped shivering (不抖了 is the cold winning, not over) or one lying still in the snow. 冻得直哆嗦 on a cold
day, a winter swimmer shaking until the hot shower, is no danger. The step (nudge/emergency_body.j2): 120, out of the
wind, wet clothes off and wrapped dry, moved gently, nothing rubbed, no alcohol, no hot bath; warm sweet drinks only
if awake.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# where the cold came from: water and ice, snow, a night out, a cold store, wet through in the wind; a person out in
# it, not the day's weather (今天零下五度 犯困), a job (在冷库上班) or a cabbage (在外面冻了一晚上的白菜)
_COLD = _any(r"""冬泳 冰水 冰窟 冰窟窿 冰洞 冰面 冰上 冰河 冰湖 雪地 雪里 雪堆 雪窝 冰天雪地
零下\S{0,8}(在外面|在外头|户外|一夜|一宿|一晚上|找到) (在外面|在外头|户外)\S{0,8}零下
(人|他|她|老|爸|妈|爷|奶|哥|姐|叔|婶|孩子)\S{0,10}((在外面|在外头)冻|冻了一(夜|宿|晚))(?!\S{0,6}(白菜|菜|萝卜|柿子|梨|肉|鱼))
露天\S{0,4}(冻|睡) (冷库|冻库|冰库)\S{0,8}(锁|关在|关里|困|出不来) (锁|关|困)在\S{0,2}(冷库|冻库|冰库)
湿透 浑身湿 衣服\S{0,2}(湿|冻) 寒风 刮大风 下大雪 暴雪 (遇着|遇到|碰上|赶上)\S{0,2}(雪|暴雪|冻雨)
淋(了)?\S{0,4}雨\S{0,6}(山上|野外|一天|一下午|一夜) (山上|野外|半山腰)\S{0,6}淋(了)?\S{0,4}雨
(救|捞|拉|拖)(上来|出来)""")
# the water or the ice itself: beside it even shaking with blue lips or icy hands is the body losing
_FROM_THE_WATER = _any(r"冬泳 冰水 冰窟 冰洞 冰面 冰河 冰湖 落水 掉水 (救|捞|拉|拖)(上来|出来) 湿透 浑身湿 水里泡")
# the body losing: slow, drowsy, slurred, stumbling, no longer shivering, still, stiff; drowsy alone (犯困 想睡 迷糊)
# is a winter's afternoon, a sign only beside another (不抖了 犯困, 浑身发抖 人迷迷糊糊的)
_DROWSY = _any("迷糊 犯困 想睡")
_HARD = _any(r"""反应\S{0,2}(慢|迟钝|不过来) 睡过去 (睁|睁开)不开眼 叫不醒 叫\S{0,2}不(应|答应)
(说话|讲话)\S{0,3}(不清|含糊|不利索|大舌头|说不清|打结) 说不出话 舌头\S{0,2}(硬|木)
站不稳 走不稳 (手|脚|手脚|腿)\S{0,2}不听使唤 不(抖|发抖|哆嗦|打哆嗦|打颤)了 颠三倒四 糊里糊涂 说胡话
(一动不动|不动了|动不了|趴着不动|躺着不动)
(人|身子|浑身|全身|整个人)\S{0,2}冻僵 冻(得)?(发)?硬了 (冻|冷)得\S{0,2}(受不了|不行了|说不出话|站不住|不会动)""")
_LOSING = f"{_DROWSY}|{_HARD}"
# icy hands or feet (手脚冰凉): the cold's sign, and beside any danger a harm (bot.danger.danger_words' HARM)
ICY_HANDS = r"(手脚|手|脚)\S{0,2}(冰凉|冰冷|冰冰)"
# the body still fighting: shaking, blue lips, icy skin
_SHAKING = _any(r"""打哆嗦 哆嗦 发抖 抖个不停 抖得\S{0,2}(厉害|停不下) 牙(齿)?(打颤|打架|咯咯)
嘴唇\S{0,2}(发)?(紫|乌|青|白)
(身上|浑身|全身)\S{0,2}(冰凉|冰冷|冰冰|冻得冰凉|发青|发紫) (手脚|手|脚)\S{0,2}(冻得冰凉|发青|发紫)""") + f"|{ICY_HANDS}"
COLD = (rf"^(?=.*({_COLD}))(?=.*({_HARD}|({_DROWSY}).*({_HARD}|{_SHAKING})|({_SHAKING}).*({_DROWSY}))).*({_LOSING})"
        rf"|^(?=.*({_FROM_THE_WATER}))(?=.*({_SHAKING})).*({_SHAKING}).*({_SHAKING}|{_LOSING})"
        # 失温 named of someone now (好像失温了), not as a warning (小心失温); 手都冻僵了 is a cold day's word
        r"|(失温|低体温)了|(已经|好像|可能|有点|开始|怕是)(失温|低体温)")

KINDS = {"cold": COLD}
