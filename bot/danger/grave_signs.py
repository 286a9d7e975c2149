"""Signs a doctor or a rescuer fears, told by what the family sees rather than by a danger's name (issue 13,
emergency26).

- a fall from a height with the one fallen lying still (从二楼阳台掉下去了 在楼下躺着不动, 从舱盖上摔到货舱底 三四米
  躺着不动): `fall`, whose step keeps him where he lies; a slide's bump that ended in tears is no fall of this kind;
- a fever with a stiff neck (烧到39度 脖子硬 头往后仰, 吐得像喷出来一样): meningitis until a doctor says not: `unwell`;
- the worst headache of a life, all at once (头疼得跟劈开一样, 像炸开, 这辈子没这么疼过) with vomiting or double
  sight: a bleed in the head: `unwell`, even asked as a cold (得是感冒咧);
- a chemical in the eye with the sight going (NaOH溅进眼睛 看不见东西了, 石灰溅进眼睛 睁不开): `eye_chemical`, whose
  step is running water for fifteen minutes first (emergency27);
- a child shut in something that closes on him (钻进滚筒洗衣机 门扣上了, 冰柜盖子扣上了, 躲进后备箱), a door buried
  by a slide or snow (门叫土堵死了 出不去), someone shut in a hold by its lid (把我儿子扣在舱里了): `trapped`;
- a boat taking water faster than the pump (船底漏了 水到膝盖 泵抽不赢 船在往下沉): `rising_water`, up and off.
Each is read as a danger named plainly (bot.danger.emergency): the past, an article or advice still put it elsewhere.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.danger_words import THING_DROPPED
from bot.people import CHILD, KIN, SPOUSE, words

# someone who can be down or shut in: a child, kin, a workmate, anyone (not a suitcase, a phone, a cup)
_PERSON = words(CHILD, KIN, SPOUSE, "人 他 她 我们 师傅 工友")

# a height, then a fall from it, then the one fallen lying still or silent
_HEIGHT = _any(r"""阳台 窗台 窗户 楼上 [二三四五六七八九]楼 房顶 屋顶 梯子 脚手架 架子 上铺 树上 舱盖 货舱 桥上 墙头 崖
([两三四五六七八九十\d]+|几|好几)米""")
_FELL = r"(掉|摔|跌|栽|滚|坠)(下去|下来|到|下|落)"
_STILL = _any(r"""躺着不动 趴着不动 不动了 一动不动 不哭(也)?不动 不吭声 没反应 叫不应 喊不应 叫不醒
没动静""")
# a thing dropped (手机从三楼掉下去了 摔得不动了) with nobody named is no one fallen; a child's tears that stopped
# (现在不哭了) are no stillness (codemend27)
FALL_FROM_HEIGHT = (rf"^(?!.*(滑梯|蹦床|沙发|屁股蹲|游戏|梦))(?=.*({_PERSON})|(?!.*{THING_DROPPED}))(?=.*({_HEIGHT}))"
                    rf".*{_FELL}\S{{0,24}}({_STILL})")

# a fever with a stiff neck, or the neck and a vomiting that shoots out
_FEVER = _any(r"发烧 发高烧 高烧 烧到 (3[89]|4[01])(\.\d)?度 滚烫")
_STIFF_NECK = _any(r"脖子\S{0,3}(硬|僵|梗|低不下|弯不下) 头往后仰 后仰 颈\S{0,2}(硬|强直)")
_SHOOTS = _any(r"喷射 喷出来 像喷 吐得跟喷")
STIFF_NECK = rf"^(?=.*({_STIFF_NECK}))(?:.*({_FEVER})|.*({_SHOOTS}))"

# the worst headache of a life, sudden: told by its force, beside vomiting or double sight
_HEAD = r"(头|脑袋|脑壳|颡|头皮)"  # named in every branch: 牙疼 从来没这么疼过 is a tooth
_WORST = (rf"{_HEAD}\S{{0,4}}(疼|痛)\S{{0,4}}(跟|像|好像)?\S{{0,2}}(劈开|炸开|裂开|要炸|要裂|爆开|被劈)"
          rf"|{_HEAD}\S{{0,3}}(疼|痛)\S{{0,12}}(这辈子\S{{0,3}}没(这么|这样)?\S{{0,2}}(疼|痛)过|从来没(这么|这样)(疼|痛)过)"
          rf"|突然\S{{0,2}}{_HEAD}\S{{0,2}}(炸|爆)")
_WITH = _any(r"吐 呕 重影 看东西\S{0,3}(两个|双|模糊|不清) 脖子 晕倒 倒了 说话不清 迷糊")
WORST_HEADACHE = rf"^(?=.*({_WITH})).*({_WORST})"

# a chemical splashed in the eye, and the sight going or the eye shut
_CHEMICAL = _any(r"""NAOH NaOH naoh 氢氧化钠 烧碱 火碱 碱水 碱液 硫酸 盐酸 硝酸 草酸 氢氟酸 石灰 生石灰
水泥 洁厕 洗厕所的 消毒液 漂白 溶液 试剂 管道疏通剂 疏通剂""")  # the strong acids named: no 酸 of a lemon, no 眼药水
_IN_EYE = r"((溅|进|喷|弄|迸|崩|泼)\S{0,3}(进|到|入)?\S{0,2}(眼睛|眼里|眼)|(眼睛|眼里)\S{0,2}(溅|进|喷|弄)(进|到)?)"
_SIGHT = _any(r"看不见 看不清 睁不开 瞎 发白")
EYE_CHEMICAL = rf"^(?=.*({_CHEMICAL})).*{_IN_EYE}\S{{0,20}}({_SIGHT})"

# a child in a thing that shuts on him: a drum, a freezer, a boot, a chest
_CLOSES = _any(r"洗衣机 滚筒 冰柜 冰箱 冷柜 后备箱 行李箱 箱子 木箱 柜子 衣柜 烘干机 旧冰箱")
_SHUT = _any(r"扣上 扣住 关上 关死 锁上 盖上 打不开 开不了 出不来")
_IN_DANGER = _any(r"没声 声音\S{0,3}(越来越小|小了|弱) 哭 叫 敲 喘 闷 在里面 在里头")
CLOSED_IN = (rf"^(?!.*(躲猫猫\S{{0,12}}(找到|出来)|笑死|哈哈|找了半天))(?=.*({_PERSON}))(?=.*({_CLOSES}))"
             rf"(?=.*({_SHUT})).*({_IN_DANGER})")  # someone inside: a suitcase locked (急得想哭) is no one shut in

# a door buried by a slide or by snow (门叫土堵死咧 出不去, 雪崩把小屋的门封住了): nobody inside can get out
_BURIES = _any("土 泥 泥石流 塌方 滑坡 石头 雪 雪崩 坡")
_DOOR_SHUT = r"门\S{0,3}(堵死|堵住|封住|封死|埋住|埋了|压住)"
BURIED_DOOR = rf"^(?=.*({_BURIES})).*{_DOOR_SHUT}"
# someone put in a hold, a tank or a box by a lid that fell (盖板掉下来 把我儿子扣在舱里了 他在里面敲)
HELD_IN = rf"({_PERSON})\S{{0,2}}(扣|关|困|封|压)在\S{{0,4}}(舱|箱|柜|仓|罐|桶|坑|洞)(里|内|底)"

# a boat taking water the pump cannot keep up with
_BOAT = _any(r"船底 船舱 机舱 货舱 船上 船 舱里")
_TAKING_WATER = _any(r"""漏了 漏水 进水 破了个洞 往下沉 在沉 要沉 沉下去 水\S{0,4}(到|过|没)\S{0,2}(膝盖|腰|小腿|脚脖)
(泵|抽水机)\S{0,4}(抽不赢|抽不过来|抽不及|抽不完|跟不上)""")
SINKING = rf"^(?=.*({_BOAT}))(?=.*(往下沉|在沉|要沉|沉下去|抽不赢|抽不过来|抽不及|跟不上)).*({_TAKING_WATER})"

# a blow to the belly, then the belly swelling hard with a pale face or a cold sweat: bleeding inside (emergency27)
_BELLY_BLOW = r"(踢|顶|撞|砸|压|磕|杵|戳)(了|到|在|中)?\S{0,3}(肚子|肚皮|腹部|小肚子|肋下|肋巴)"
_BELLY_HARD = r"(肚子|肚皮|腹部)\S{0,4}(越来越)?(硬|胀|鼓)"
_SHOCK = _any(r"脸(色)?\S{0,2}(煞白|发白|苍白|白了|白|刷白|蜡黄) (冷|虚)汗 出汗 心慌 头晕 站不住 迷糊")
BELLY_STRUCK = rf"^(?=.*{_BELLY_BLOW})(?=.*{_BELLY_HARD}).*({_SHOCK})"
# water into a home, a yurt or a tent and still rising, with someone who cannot walk out (水到膝盖了还在涨 老额吉走不了)
_WATER_UP = r"水\S{0,3}(已经|都|快)?(到|过|没过|漫到)\S{0,2}(膝盖|大腿|腰|胸|床)\S{0,4}(还在|还|一直)\S{0,2}(涨|往上)"
_CANNOT_LEAVE = _any(r"走不了 走不动 下不来 起不来 瘫 腿脚不好 出不去 不会走 抱不动 背不动")
WATER_INDOORS = rf"^(?=.*{_WATER_UP}).*({_CANNOT_LEAVE})"

KINDS: list[tuple[str, str]] = [("fall", FALL_FROM_HEIGHT), ("unwell", BELLY_STRUCK), ("rising_water", WATER_INDOORS),
                                ("unwell", STIFF_NECK), ("unwell", WORST_HEADACHE),
                                ("eye_chemical", EYE_CHEMICAL), ("trapped", CLOSED_IN), ("trapped", BURIED_DOOR),
                                ("trapped", HELD_IN), ("rising_water", SINKING)]
