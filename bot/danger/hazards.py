"""Dangers of a farm, a works or a beach, told by the scene (issue 13, emergency25).

What people of the trade know:
- *an electric shock*: someone touched by the current (触电, 被电打了, 叫电住了) and thrown down or lying silent
  (甩地上, 躺那不出声, 没反应): `unwell`, the power off first;
- *a pit's foul air*: someone gone down a cesspool, a biogas pit or a well who fell as soon as he was down, or the one
  who went after him fell too (下去就倒里头了, 下去拉他也倒了), or who went down and has not come up: `pit_air`, nobody
  else goes down (119 and 120);
- *a thing caught fire with people near*: a haystack, a tent, a shed or a pan that 着了 / 点着了 / 着起来了 (the North's
  way of saying it burns), with someone asleep or inside, or the fire reaching a house or a hood: `fire`;
- *water to the waist and someone gone in*, not come out or not answering the phone: `water` (someone may be under
  it: nobody wades in after him without a rope);
- *a door fastened from outside on someone in the cold* (门叫谁从外头挂上了, 冻木了; a cold store's door shut on
  him): `trapped`;
- *someone gone overnight, the phone off*: out since yesterday and not back to now, unreachable (`STILL_GONE` makes
  the 昨天 a start, not a past): `lost`.
A haystack to keep fires from, a tent lit for a photo, water to the knees on a flooded road with everyone out, a
meter read after a shock long past stay quiet.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.people import CHILD, KIN, SPOUSE, words

_SHOCKED = r"(触电|(被|叫|让|给)\S{0,1}电(住|打|倒|击|着|到)|电(住|倒)了|被电了)"
_DOWN = _any(r"""甩(到)?地上 甩出去 倒(在)?地(上)? 躺(在)?(那|地上)\S{0,2}(不动|不出声|不吭气|没反应|不醒)
不出声 不吭气 不吭声 没反应 叫不应 叫不醒 不答应 不动了 没气""")
SHOCK = rf"^(?!.*(以前|小时候|那次|会不会|怎么防))(?:.*{_SHOCKED}\S{{0,16}}({_DOWN}))"
_PIT = _any("化粪池 粪池 粪坑 沼气池 窨井 污水井 下水道 污水池 地窖 菜窖 红薯窖 储罐 发酵罐 井(?!盖)")
_FELL_IN = _any(r"""下去就(倒|晕|昏|不动) (倒|晕|昏)(在)?(里头|里面|下面|底下) (下去|进去)\S{0,8}(也|又)(倒|晕|昏)
(下去|进去)\S{0,6}没(上来|出来|动静|反应)""")
# gone down and not come up (老周下去掏池子半天没上来, 进去清淤的两个人没出来): emergency17's confined spaces
# fallen in and lying still (掉进沼气池里了 没动静了, 栽进粪坑里了 叫他没反应): the plainest telling
# (native review 25/2, finding 2)
_STILL = _any("没动静 不动 没反应 叫不应 喊不应 叫不醒 没声 不出声 不吭声 没气")
# a person, or a going down, is in the line; a thing dropped is not (钥匙掉到井里没上来, 菜窖里倒了一堆白菜: code
# review 26, finding 4)
_SOMEONE = (rf"人|他|她|师(傅|兄|姐|弟|妹)|学(弟|妹|生|长|姐)|工友|同事|(?<!找)老(?!鼠)[\u4e00-\u9fa5]"
            rf"|{words(KIN, SPOUSE, CHILD)}|下去|进去|下到|下井")
_DROPPED = _any("钥匙 手机 钱包 戒指 首饰 桶 东西 盖子 球 帽子 鞋 绳子 猫 狗 鸡 鸭")
_A_THING = rf"({_DROPPED})\S{{0,2}}(掉|落|滑|丢)|倒了(一|好多|满)(堆|地|片|筐|袋|车|桶)"
_PERSON_IN = rf"^(?=.*({_SOMEONE}))(?!.*({_A_THING}))"
# a room whose air is gone (液氮间, 氮气, 二氧化碳, 干冰, an oxygen alarm) with someone down inside: the pit's step,
# never go in after him (emergency26); the room and the person named (not 西藏旅游有点缺氧 躺在床上, codemend27)
_NO_AIR = _any("液氮 氮气 二氧化碳 干冰 氩气 缺氧 氧气报警 氧含量 惰性气体")
_SHUT_ROOM = _any(rf"""(液氮|氮气|干冰|氩气|二氧化碳)\S{{0,2}}(间|房|室|库|罐|舱|柜|箱) 冷库 冻库 地窖 实验室 车间 仓库
机舱 船舱 货舱 罐(里|内|旁|边) (氧气|缺氧|氧含量)\S{{0,2}}报警 {_PIT}""")
_FELL_INSIDE = _any(r"倒在 倒了 晕倒 晕了 躺着 躺在 叫不应 叫他不应 没反应 不动")
PIT_AIR = (rf"{_PERSON_IN}(?=.*({_NO_AIR}))(?=.*({_SHUT_ROOM})).*({_FELL_INSIDE})"
           rf"|(?:.*({_PIT})\S{{0,20}}({_FELL_IN}))|({_PIT})(里|里头|里面|下面|底下)\S{{0,3}}(晕|昏)"
           rf"|{_PERSON_IN}.*({_PIT})(里|里头|里面|下面|底下)\S{{0,3}}倒"
           rf"|(掉|栽|摔|跌|滑)(进|到|入|下去|下)\S{{0,3}}({_PIT})\S{{0,12}}({_STILL})"
           rf"|{_PERSON_IN}.*(池|井|窖|罐|坑|管道|地下室)\S{{0,10}}没(上来|出来)")
_BURNS = r"(着了|点着了|着起来了|着起来|烧着了|引着了)"
_THING = _any("垛 草垛 麦秸 秸秆 柴火 草堆 帐篷 棚 窝棚 油锅 锅 抽油烟机 烟机 被子 床 蚊帐 窗帘 房子 屋")
_PEOPLE_NEAR = _any(r"""(在|有)\S{0,4}(里面|里头|屋里)\S{0,4}(睡|躺|有人|有小孩|孩子|客人) 里面有 里头有
还有(人|客人|小孩|孩子) 往\S{0,4}(屋|房|家)\S{0,4}(刮|烧|窜|走) 窜到 蹿到 烧到 快(去|来|拿水|跑) 救火""")
CAUGHT = rf"^(?!.*(小心|别|不要|防|注意|容易|会不会))(?:.*({_THING})\S{{0,4}}{_BURNS}\S{{0,20}}({_PEOPLE_NEAR}))"
_DEEP = r"水\S{0,6}(到|过|齐|没)\S{0,2}(腰|胸|脖子|大腿|肩)"
_GONE_IN = _any(r"""进去\S{0,6}(半天|好久|没出来|没回|了) (电话|手机)\S{0,3}(不接|打不通|没人接|关机) 没出来
喊\S{0,3}不应""")
DEEP_WATER = rf"(?:.*{_DEEP}\S{{0,24}}({_GONE_IN}))"
_FASTENED = (r"门\S{0,6}(从|在)?外(头|面|边)\S{0,2}(挂|锁|插|扣|关|别)(上|住|死)"
             r"|(冷藏|冷库|冻库|冰库|蛋库)\S{0,8}门\S{0,4}(被)?(关死|锁上|锁了|关上|挂上|打不开)")
_INSIDE = _any(r"(还)?(搁|在)(里头|里面|里边) 关在里 冻(木|僵|坏|得受不了) 手\S{0,2}冻 (里面|里头)\S{0,2}(零下|冷|冻)")
FASTENED_IN = rf"(?:.*{_FASTENED}\S{{0,20}}({_INSIDE}))"
# gone since yesterday and not back now (到现在没回宿舍): the lasting state, not a day past
STILL_GONE = (r"(到现在|至今|一夜|一晚上|一宿)\S{0,3}(都|也|还)?没(回|到|见|有消息|消息)"
              r"|(到现在|至今)\S{0,3}(都|也|还)?联系不上")
_OVERNIGHT = _any(r"昨天 昨晚 前天 夜里 一夜 一晚上 一宿")
_CUT_OFF = _any(r"(电话|手机)\S{0,3}(关机|打不通|没人接|不接|联系不上) 联系不上 不回消息")
GONE_OVERNIGHT = (rf"^(?!.*(找到了|回来了|在同学|在朋友|住朋友|出差))(?=.*({_OVERNIGHT}))(?=.*({_CUT_OFF}))"
                  rf".*{STILL_GONE}")

KINDS: list[tuple[str, str]] = [("unwell", SHOCK), ("pit_air", PIT_AIR), ("fire", CAUGHT), ("water", DEEP_WATER),
                                ("trapped", FASTENED_IN), ("lost", GONE_OVERNIGHT)]


_AIR_GONE = re.compile(_NO_AIR)


def air_gone(text: str) -> bool:
    """A room whose air is gone (液氮间, 干冰, 二氧化碳, an oxygen alarm), not a pit: the step says "do not go in"."""
    return _AIR_GONE.search(text) is not None


_SHOCK_NOW = re.compile(SHOCK)


def shocked(text: str) -> bool:
    """Someone thrown down by the current now (叫电打了 躺那不出声, 触电了 倒在地上): the power off first."""
    return _SHOCK_NOW.search(text.replace(" ", "")) is not None
