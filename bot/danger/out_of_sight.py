"""A child gone out of sight into a field, a wood or a street, told as a search (issue 13, emergency23).

What a parent or a grandparent knows: a child who followed a dog, a herd or a bike into maize, a wood, a reed bed or
an estate's lanes is lost once the calls go unanswered (喊也不应) or the time grows (一个多小时, 十几分钟 找不着); a
search is told with the child's age and clothes (七岁 穿黄衣服), which is how one asks strangers to look. A child gone
to catch grasshoppers who "will be back soon", or waiting at the next crossing, stays quiet.
The step is `lost`'s for a child: 110, the exits and the last place seen, the age and clothes to the police.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.people import GRANDCHILD, LITTLE_ONE, words

_CHILD = words(LITTLE_ONE, "学生", GRANDCHILD, but="外孙 外孙女")
_WILD = _any(r"""玉米地 甘蔗地 高粱地 庄稼地 麦地 地里 林子 树林 山里 山上 竹林 芦苇 苇子 果园 荒地 河边 河滩 水库边
巷子
胡同 小区 村子 菜地 茶园 大棚""")
_INTO = r"(进|钻|跑|拐|骑|跟|去|走)(进|到|入|去)?(了)?"
_GONE = _any(r"""没出来 没回来 没见出来 找不着 找不到 没找着 没找到 不见了 没影了
(喊|叫)\S{0,2}(也|都)?(不应|没人应|没应)
没人影""")
_TIME = r"([一二两三四五六七八九十几半\d]+(个)?(多)?(小时|钟头|分钟)|半天|好久)"
_CLOTHES = (r"[一二三四五六七八九十\d]+(周)?岁\S{0,6}穿\S{0,6}"
            r"(衣服|外套|裙|裤|褂|棉袄|羽绒服|t恤|卫衣|马甲|鞋)")
_CALM = _any("一会(儿)?就回来 马上就回来 等我们 等着我们 在家 回家了 回来了 回来说 找到了 在前面")
# a thing not found, not the child (钥匙找不着了)
_THING_GONE = r"(钥匙|手机|东西|钱包|书包|玩具|鞋|帽子|球|作业|本子)\S{0,2}(找不着|找不到|不见了|没找着|没找到)"
GONE = (rf"^(?!.*({_CALM}|{_THING_GONE}))(?=.*({_CHILD}))(?:.*{_INTO}\S{{0,3}}({_WILD})\S{{0,24}}({_GONE})"
        rf"|(?=.*({_GONE}))(?=.*{_TIME}).*({_CLOTHES})|(?=.*({_GONE})).*{_INTO}\S{{0,3}}({_WILD})\S{{0,12}}{_TIME})")

KINDS = {"lost": GONE}
# the calls unanswered are the search's, not a body that does not answer (进了玉米地 喊也不应)
CALLED_IN_VAIN = re.compile(r"(喊|叫)\S{0,2}(也|都)?(不应|没人应|没应|不理)")
