"""Many people ill after the same feast or canteen meal, told by their number (issue 13, emergency23).

What a banquet cook or a canteen knows: guests who ate the same food begin to vomit and run to the toilet within
hours, told by how many (好多客人, 一桌人, 二十几个人, 半个村); the old and the small fall worst (站不起来, 脸色发灰).
The step is `food_poisoning`'s (bot.danger.sudden_illness): 120, the kitchen told, what was left kept for the doctors.
Drink (喝多了 吐了), a full belly (吃撑了) or one person's upset stays quiet.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_MANY = _any(r"""好多(客人|人|宾客|孩子|学生|工人|老人) 很多(客人|人|宾客|孩子|学生|工人|老人) 一群人 一桌(人)?
几桌(人)?
[二三四五六七八九十几\d]+(个|多个|来个|几个)(人|客人|宾客|孩子|学生|工人|老人) 半(个)?村 全村 一村子 一屋子人""")
_ATE = _any("吃完 吃了 吃过 吃饭 吃席 喝了 饭后 酒席 宴席 坝坝宴 食堂 聚餐 那顿 盒饭 喜酒 寿宴")
_ILL = _any("肚子疼 肚子痛 拉肚子 腹泻 拉稀 上吐下泻 又吐又拉 开始吐 都吐 在吐 吐了 呕吐 恶心想吐")
# one of the many named as the one ill (我家三个孩子 老二吃了冰淇淋吐了): one person's upset
_ONE = r"老[大二三四五小]|其中一个|有一个|就一个|只有"
MEAL = (rf"^(?!.*(喝多|喝醉|喝高|醉了|吃撑|吃多了|撑着))(?=.*({_ATE}))"
        rf"(?:.*({_MANY})(?:(?!{_ONE})\S){{0,16}}({_ILL})|.*({_ILL})\S{{0,20}}({_MANY}))")

KINDS = {"food_poisoning": MEAL}
