"""The body's own signs of a danger told without its name: low blood sugar, heat stroke, a heart attack (issue 13,
emergency23).

- *low blood sugar*: insulin or a sugar pill (胰岛素, 降糖药) and no meal or a long ride (没吃饭, 没吃早饭,
骑了三十公里),
  then sweat (一身汗, 满头汗, 冒汗, 虚汗), trembling, a mind going (说话颠三倒四, 说胡话, 答非所问, 眼神发直/散了,
  认不得人): sugar now if awake, 120 if not. A habit or advice (要按时吃饭 不然容易低血糖, 记得带糖) is not now;
- *heat stroke*: the skin hot and dry (不出汗 + 脸/身上烫), or someone felled by the sun (晒晕了, 热晕了) who barely
  answers (只哼一下, 叫不应);
- *a heart attack*: the chest tight, pressed or aching with sweat pouring (冷汗, 虚汗, 凉汗), a pain or an ache
  spreading to the left arm or shoulder (左边膀子酸), the back or the jaw, or a face gone grey, told as nothing by the
  patient (没啥 就是胸口发紧 一头的汗 躺会儿就好);
- *a stroke*: one side gone weak (半边身子使不上劲) with the speech gone (话也说不利索), told as "a bit off".
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.medicines import SUGAR_DRUG

_SUGAR_DRUG = f"{SUGAR_DRUG}|糖尿病"  # bot.medicines
_NO_MEAL = _any(r"""没吃(饭|早饭|午饭|晚饭|东西|早点|早餐)? (没|冇|没有)过早 忘了吃 空腹 饿着
骑了\S{0,6}(公里|里地) 骑完 干了一上午 没怎么吃 没吃几口 吃得很少""")
_SWEAT = _any(r"(一身|满头|满身|浑身|一头)(的)?(虚|冷|大)?汗 冒汗 出汗 虚汗 冷汗 大汗")
# a mind gone astray now, as a family tells it: the one list (quiet_signs' sudden confusion takes it: code review 25,
# finding 6)
CONFUSED = _any(r"""说胡话 胡言乱语 颠三倒四 答非所问 认不(得|出)人 不认识人 不认人 认不出(我|家里人)
神志不清 意识不清""")
_MIND = _any(rf"""{CONFUSED} (问|叫)\S{{0,6}}(都)?(答不上|答不出|不会答|说不出来|不知道说)
眼神\S{{0,2}}(发直|散|呆|不对) 迷糊 糊涂 像喝醉 说话\S{{0,2}}(不清|含糊|大舌头) 叫不醒""")
_SHAKE = _any(r"手抖 发抖 哆嗦 筛糠 抖得 心慌 脸(色)?\S{0,2}(煞白|发白|苍白)")
_HABIT = _any("就会 容易 平时 一般 有时候 每次 经常 正常吗 副作用 会不会 记得 要按时 不然")
# the chest felt tight, pressed or aching: the one list of it, read by the heart here, by a chest pain eased or asked
# about (bot.danger.body_now) and by an allergy's airway (bot.danger.allergy); 要紧 is no tightness (心脏病人要紧吗)
CHEST = r"(胸口|心口|胸前|心脏|胸)\S{0,3}(发紧|(?<![要赶])紧|憋|闷|压|堵|疼|痛|绞|揪)"
# a habit told (一般早上测, 平时就会手抖) is not a low now, unless a now is told beside it (现在一身冷汗 说胡话)
_NOW_LOW = _any("现在 刚才 刚刚 突然 这会(儿)? 叫不醒")
# the chest beside a sweat is a heart's first (the heart's reading below), not a low's sugar
LOW_SUGAR = (rf"^(?!(?!.*({_NOW_LOW})).*({_HABIT}))(?!.*{CHEST})(?=.*({_SUGAR_DRUG}))"
             rf"(?:(?=.*({_SWEAT})).*({_MIND}|{_SHAKE})|(?=.*({_NO_MEAL})).*({_MIND}))")
# heat stroke: hot dry skin, or felled by the sun and barely answering
_HOT_SKIN = r"(脸|身上|浑身|全身|额头|皮肤)\S{0,3}(烫|滚烫|发烫|烫手|烫得)"
_FELLED = r"(晒|热|闷)(晕|昏|倒)(了|过去|倒)"
_BARELY = _any(r"只(会)?哼 哼(一下|哼) 叫\S{0,4}(不应|不醒|没反应) 喊\S{0,4}(不应|不醒|没反应) 躺(在)?地上 抽")
HEAT = rf"^(?=.*不出汗).*{_HOT_SKIN}|^(?=.*{_HOT_SKIN}).*不出汗|^(?=.*{_FELLED}).*({_BARELY})"
# a heart attack: the chest and a sweat, or a pain that spreads
_WITH = _any(r"""(一头|满头|一身|浑身)(的)?(冷|虚|凉)?汗 冷汗 虚汗 凉汗 大汗 汗(直|一直)?(往下)?(淌|流|冒)
(左|左边)(胳膊|手臂|肩膀|膀子|胳臂|手)\S{0,3}(麻|疼|痛|酸) (后背|下巴|牙)\S{0,3}(疼|痛)
脸(色)?\S{0,2}(发灰|灰|煞白|发白|苍白)""")
HEART = rf"^(?!.*(跑完|运动完|老毛病|一直有|好几年))(?:.*{CHEST}\S{{0,16}}({_WITH})|.*({_WITH})\S{{0,16}}{CHEST})"

# a stroke: one side gone weak and the speech gone, told as "a bit off" (有点难活 … 半边身子使不上劲 话也说不利索)
_ONE_SIDE = (r"(半边|一边|左边|右边|半个)(身子|身体|胳膊|腿|手|脸)?\S{0,3}"
             r"(使不上劲|没劲|没力|不听使唤|不得劲|抬不起来|不好使|不灵|不管用)")
_SPEECH = (r"话\S{0,3}(说不利索|说不清|讲不清|说不出|含糊|大舌头|不利索)|(说|讲)不(利索|清楚|清)(话)?"
           r"|(说|讲)话\S{0,8}(听不清|听不懂|呜呜|含含糊糊)|嘴\S{0,3}(往)?一边\S{0,1}歪|嘴\S{0,2}(歪|斜)了")
STROKE = rf"^(?!.*(麻药|针灸|康复|慢慢会好))(?:.*{_ONE_SIDE}.*({_SPEECH})|.*({_SPEECH}).*{_ONE_SIDE})"

KINDS = {"low_sugar": LOW_SUGAR, "unwell": HEAT, "stroke": STROKE}
HEART_KINDS = {"unwell": HEART}
