"""A fire told by what is seen, heard or smelled rather than by its name (issue 13, emergency26).

What someone who has seen a fire start knows: flames rising (一团红的往上窜, 窜起一团蓝火, 火苗蹿起好高), its
crackle (噼里啪啦, 噼啪响) beside a glow or a smoke, smoke coming in under the door (门缝一直往里进烟), black smoke
filling a corridor (走廊全是黑烟), an open fire on a slope (南坡冒明火了), a pile of wood blazing beside a sleeper
(炕边那堆柴呼呼往上窜); and a pan fire a bucket of water made worse (锅里窜起火苗 拿水一泼 更大了: the pan's own step,
the lid and never water). A cook's flame (油烧到冒烟 泼辣子, 淋点酒 火一下窜起来 这叫爆香) and a fire in a stove or a
hearth are no fire.
Each is read as a danger named plainly (bot.danger.emergency): the past, an article or advice still put it elsewhere.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# a cook's flame or a fire where it belongs (灶, 炉膛, 壁炉, 篝火, 烧烤, 爆香, 泼辣子): no fire, whichever reading
# finds it (the learned layer's too, in bot.danger.emergency)
KITCHEN_CRAFT = _any(r"""爆香 香得 香喷喷 滋啦 泼辣子 辣子面 辣椒面 油泼 收汁 淋点酒 烹 做法 教大家 教你 步骤
炉膛 灶膛 灶里
壁炉 篝火 烧烤 烤串 烧纸 烟花 焰火 放炮 鞭炮 电影 剧里 视频 游戏 梦见 做梦 红烧 下锅 锅边 浇点酒
大火(煎|炒|爆|收)""")
# ... and a cook's smoke (油热了冒烟 赶紧下菜, 油烧得冒烟了 下葱花): smoking oil, vetoing a fire read from smoke alone
# (bot.danger.emergency; flames named are still a fire: code review 27, finding 16)
COOKS_SMOKE = KITCHEN_CRAFT + "|" + _any("油热 油烧 油冒烟 下菜 下葱花 下肉 再炒 再下 炝锅")
_RISING = r"(窜|蹿|冒|喷|往上窜|往上蹿|往外窜|往外冒|呼呼)"
# flames seen: a red or blue blaze rising, a tongue of flame as high as a man, an open fire
# (一团 names a flame or a colour that leaps: 一团红疹子冒出来 is a rash, codemend27)
_FLAMES = _any(rf"""一团(红|蓝|黄)?(的|色的)?(火|火苗|火光|红光|蓝光)\S{{0,3}}{_RISING}
一团(红|蓝|黄)(的|色的)?(往上|往外)?(窜|蹿|呼呼)
(窜|蹿)起\S{{0,4}}(火|火苗|火焰|火球|蓝火|红光)
火苗\S{{0,3}}(好高|老高|一人多高|一米多高|往上(窜|蹿)|呼呼) 明火 火舌 火球 火光\S{{0,2}}(冲天|一片)
(柴|柴火|柴堆|木头|木柴|草料|稻草|麦秸|被褥)\S{{0,4}}(呼呼|往上)\S{{0,2}}(窜|蹿|烧|着)
(红光|火光|蓝火|火苗|火焰)\S{{0,3}}(一下|一下子)?(往上|往外)?(窜|蹿) (冒|腾)起\S{{0,4}}(红光|火光|火苗|火焰|蓝火)""")
# a gas line's joint burning (管子接头那里一圈蓝的 呼呼往外喷): a jet of flame, not a stove's ring
_JET = (r"(管子|管道|气管|软管|接头|接口|阀门|气罐|罐口)\S{0,6}(一圈|一团|一股)?(蓝的|蓝火|蓝色的火|火苗|火)"
        r"\S{0,4}(往外)?(喷|窜|蹿)")
# a thing beside a stove or a kiln gone red, scorched or flaming (炉子旁边的毡子红了 往上冒苗, 窑边的纸箱已经黑了)
_BESIDE_HEAT = (r"(炉子|火炉|炉|炕|窑|电热毯|取暖器|小太阳|烤火器)\S{0,2}(旁边|边上|边|跟前)的?\S{0,3}"
                r"(毡子|毯子|被子|褥子|帘子|衣服|布|纸箱|纸|柴|草)\S{0,3}(已经)?(红了|着了|冒烟|烧着|焦了|黑了|冒火|冒\S?苗)")
# ... or heard and smelled: the crackle beside a glow or a smoke
_CRACKLE = r"(噼里啪啦|噼噼啪啪|噼啪|劈啪|劈里啪啦)"
_GLOW_OR_SMOKE = _any("红光 火光 火苗 着火 起火 黑烟 浓烟 冒烟 焦味 糊味 烧焦")  # whole words: no 烟雨, no 火候
_HEARD = rf"(?=.*{_CRACKLE}).*({_GLOW_OR_SMOKE})|(?=.*({_GLOW_OR_SMOKE})).*{_CRACKLE}"
# smoke coming in under the door or filling a corridor or a stairwell
_SMOKE_IN = _any(r"""门缝\S{0,8}(进烟|钻烟|冒烟|往里\S{0,2}(进|钻|冒|灌)\S{0,2}烟|烟) (全|都|满)是(黑|浓)烟
(走廊|楼道|楼梯|过道|屋里|房间)\S{0,4}(全|都)?是?(黑|浓)烟 黑烟\S{0,4}(往里|往屋里|进来|灌进来|滚滚)""")
FIRE = rf"^(?!.*({KITCHEN_CRAFT}))(?:.*({_FLAMES}|{_SMOKE_IN}|{_JET}|{_BESIDE_HEAT})|{_HEARD})"

# a pan fire doused with water and grown (锅里窜起火苗 拿水一泼 更大了): the pan's step, the lid, never water again
_PAN = _any("锅 油 灶台 炸")
_DOUSED = r"(拿|舀|端|用)?\S{0,3}水\S{0,3}(泼|浇|倒|一泼|一浇)|(泼|浇|倒)(了)?\S{0,4}水"
_GREW = _any("更大 更旺 更猛 火更 爆起来 炸开 腾起来 一下子(窜|蹿)")
# ... still in the pan: once it has reached the ceiling or filled the kitchen it is a fire's step (get out)
_SPREAD = _any("房顶 屋顶 顶棚 房梁 油烟机 整个厨房 全是火 满屋 窜到 蹿到 烧到 蔓延 还在里")
DOUSED = rf"^(?!.*({KITCHEN_CRAFT}|{_SPREAD}))(?=.*({_PAN}))(?=.*火)(?=.*({_DOUSED})).*({_GREW})"

# an open fire on a hill, a slope or in the woods (南坡冒明火咧, 后山冒明火了): the hill fire's step, upwind
_HILL = _any("山 坡 沟 梁 岭 林子 树林 林场")
HILL_FLAMES = rf"^(?!.*({KITCHEN_CRAFT})).*({_HILL})\S{{0,4}}(冒)?(明火|火光|冒火)"
# a grass or field fire whose front comes on (西边草着了 风往我们这边刮 火线越来越近): the hill fire's step, upwind
_FRONT = (r"(火线|火头|火墙|火龙|火势)\S{0,4}"
          r"(越来越近|近了|过来了|逼近|往我们|朝我们|冲\S{0,2}来|往\S{0,4}(这边|家)\S{0,2}(来|过来))")
_FIELD = _any("草 草场 草原 草地 荒地 芦苇 麦地 麦田 庄稼 林子 树林 山")
GRASS_FIRE = (rf"^(?!.*({KITCHEN_CRAFT}|纪录片))(?:.*{_FRONT}"
              rf"|.*({_FIELD})\S{{0,3}}(着了|烧起来|起火|着火)\S{{0,12}}风\S{{0,2}}(往|朝)\S{{0,4}}(我们|这边|家))")

KINDS: list[tuple[str, str]] = [("wildfire", HILL_FLAMES), ("wildfire", GRASS_FIRE), ("oil_fire", DOUSED),
                                ("fire", FIRE)]
