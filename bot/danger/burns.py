"""A scald or a burn beyond first aid at home (issue 13, emergency23).

What a cook knows: a pot of soup, boiling water, hot oil or steam goes over a child, the legs, the chest or the face;
a burn is grave by its size (半边身子, 两条腿, 一大片, 大面积: more than a palm on a child), by where it is (the
face, the
eyes, the neck, the hands, between the legs), by its depth (起大泡, 皮掉了/脱了, 粘在肉上, 发白, 焦了) and by whom
(a child, an old person). Hot oil in the eyes (眼睛睁不开, 看不见) is its own grave burn. A splash on a finger with a
small blister (起了个小泡), a soup too hot to drink (烫嘴) or advice (用凉水冲) is first aid at home or nothing.
The step is `unwell`'s 120 (nudge/emergency.j2); the scripts' stream may add cooling (凉水冲 15-20 分钟) for `burn`.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_HOT = _any("开水 热水 沸水 滚水 热汤 汤桶 汤锅 一锅汤 一碗汤 热汤 滚油 热油 油锅 开油 油 蒸汽 热气 铁水 沥青 火锅 粥")
_SPLASHED = r"(泼|浇|溅|扣|洒|撒|倒|扑|喷|淋|翻)(到|在|进|了)?"
_BURNT = r"烫(伤|到|着|了|掉|破|烂)|烧伤|灼伤|(?<!晒)烫得\S{0,2}(起泡|脱皮|掉皮)"
# grave by size, place or depth
_WIDE = _any(r"""半边身子 半个身子 半身 两条腿 整条(腿|胳膊) 整个(胳膊|后背|胸口|肚子|脸) 后背 胸口 肚子 一大片 大面积
全身 满身 满脸 下身 大腿 小腿""")
_PLACE = _any(r"脸 眼睛 眼里 眼 脖子 嘴里 喉咙")
_DEEP = _any(r"""大泡 (泡|皮)\S{0,2}(破|掉|脱|烂|下来) 皮\S{0,4}(掉|脱|烂|下来|没了|起泡) 粘在(肉|皮)上 粘着(肉|皮)
脱不下来 (皮|肉|伤口|那块|那片)\S{0,2}(发白|黑了|焦) 焦黑 睁不开 看不见 看不清
(好大的|大|好多|一片)\S{0,2}泡 皮(都)?没(了)? 烫掉 疼得(直哭|直叫|冒汗|打滚) 发白 焦了""")
_CHILD = _any("孩子 小孩 娃 宝宝 孙子 孙女 外孙 小孙 儿子 闺女 女儿")
# a perm or a dye at the hairdresser's (刚烫了头 染黑了) is no burn
BURN = (rf"^(?!.*((?<![水油汤粥气])烫(了)?(个)?(头|发)|染(黑|发)|小泡|烫嘴"
        rf"|起(了)?(个|一个)泡(?=\S{{0,12}}(吗|不怎么疼|不疼))|烫手(?!\S{{0,2}}(起|皮))|别抹|不要抹"
        rf"|用凉水冲|冲十|冲二十|冲15|冲20))"
        rf"(?:(?=.*({_BURNT}|({_HOT})\S{{0,6}}{_SPLASHED}))(?=.*({_WIDE}|{_DEEP}))"
        rf"|(?=.*({_HOT})\S{{0,6}}{_SPLASHED}\S{{0,3}}({_PLACE}))(?=.*({_DEEP}|哭|嚎|叫|疼)))"
        rf"|^(?=.*({_CHILD}))(?=.*({_HOT})\S{{0,8}}{_SPLASHED}).*({_WIDE}|{_DEEP}|{_PLACE})")

KINDS = {"burn": BURN}  # a burn: cool running water first, 120 for a grave one
