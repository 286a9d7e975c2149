"""Bleeding told by its amount, its force or what was tried (issue 13, emergency23).

What someone who has dressed a wound knows: blood that spurts in beats (一股一股, 飙, 滋, 喷) is an artery; blood
told by
where it went (流了一地, 淌了一滩, 裤腿全湿了, 毛巾都湿透了) is a lot; a belt or a scarf tied round a limb
(皮带勒着, 围巾扎着)
means pressing did not stop it; a cloth that did not stop it (包着都没止住, 按着还在渗); a finger half off
(半截指头耷拉着);
a knife into the thigh, the belly or the neck. A plaster on a cut (贴了创可贴), blood drained from a pig or a fish, or
a nosebleed that stopped stay quiet. The step is `bleeding`'s: press hard, 120.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_FLOWS = r"(流|淌|滴|喷|飙|滋|冒|涌|渗|哗哗)"
_MUCH = _any(r"一地 一滩 一大滩 满地 一身 满身 一裤腿 一鞋 一大片 一大摊 一摊 半盆 一盆 满\S{0,3}都是")
_SOAKED = r"(裤腿|裤子|衣服|袖子|鞋|毛巾|纱布|围巾|布|床单|被子)\S{0,4}(全|都|已经)?(湿透|湿了|浸透|染红|红透|透了)"
_TIED = r"(皮带|腰带|绳子|围巾|鞋带|布条|止血带|毛巾|衣服)\S{0,3}(勒|扎|绑|缠)(着|住|紧|上)"
_HELD = r"(捂|按|压|包|缠|扎|勒|堵)(着|住|起|上)?\S{0,8}(都|也|还)?(没|冇|不|止不)(止住|住|管用)"
_WEAPON = _any("刀 剪刀 剔骨刀 菜刀 砍刀 斧头 钢筋 钉子 玻璃 镰刀 锯")
_DEEP = _any("大腿 肚子 胸口 胸 脖子 腹 手腕 腋下 大动脉")
# blood itself, not a reading of it (我这血压一直控制不住: a pressure not held down, no wound; issue 13, emergency26)
_BLOOD = r"血(?!压|糖|脂|氧|常规|型|小板)"
BLEEDING = "|".join([
    rf"血\S{{0,4}}{_FLOWS}\S{{0,3}}(了)?({_MUCH})",
    r"(?<!狗)血(?!压|糖|脂|氧|常规|型)\S{0,4}(一股一股|一阵一阵|一跳一跳|飙|滋|喷)(?!头)",  # not 血压飙到200, 狗血喷头
    r"(砍|捅|扎|刺|打|砸|摔|磕|撞)\S{0,8}(满|一)(头|脸|身)(都)?是血",  # 被人砍了 满头是血
    r"血\S{0,4}(滴|流|淌|冒|渗)\S{0,2}(个)?(不停|没停|不止)",
    rf"{_SOAKED}\S{{0,8}}(血|还在渗|还在流|往外渗|往外冒)",
    rf"(血|伤口|流血)\S{{0,16}}{_TIED}|{_TIED}\S{{0,16}}(血|伤口)",
    rf"({_BLOOD}|伤口|口子)\S{{0,12}}{_HELD}|{_HELD}\S{{0,8}}({_BLOOD}|往外渗|还在渗|还在流)",
    r"(按|压|捂)(了|着)\S{0,6}(分钟|半天|半个?小时|钟头)\S{0,3}(还在|还是|一直)\S{0,2}(往外)?(渗|流|冒)",  # still
    r"(半截|一截|半个)(手)?(指头|手指|指)\S{0,6}(耷拉|掉了|断了|下来|只连着|连着皮)",
    rf"({_WEAPON})\S{{0,6}}(扎|捅|戳|刺|砍)(进|到|了|在|中)?\S{{0,4}}({_DEEP})\S{{0,12}}(血|湿)",
])

KINDS = {"bleeding": BLEEDING}
