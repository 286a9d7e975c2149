"""A farm's, a bee yard's or a house's chemical drunk (issue 13, emergency23).

What a farmer knows: pesticides, herbicides and the bee-keeper's miticides are kept in drink bottles (矿泉水瓶, 饮料瓶,
可乐瓶) and drunk by a child or an old man who took them for water; each has its name (草甘膦, 敌百虫, 乐果, 甲胺磷,
毒死蜱, 吡虫啉, 杀螨剂, 螨扑, 除草剂), and so do a house's (蟑螂药, 防冻液, 火碱, 硫酸, 甲醇). Drunk is a poisoning
now, asked about or not (要不要催吐 carries it). A plan (想喝, 要喝) is bot.danger.despair's; spraying that sickened
someone is bot.danger.first_aid's `pesticide`; a bottle to keep safe, a shop's question (用什么杀螨药好) stay quiet. The
step is `poison`'s. A drug named
as a salt (盐酸二甲双胍, 盐酸氨溴索) is no acid drunk, nor a car's fuel used up (汽油一天吃掉好几十).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# a drug named as a salt (盐酸二甲双胍, 盐酸左氧氟沙星片), not the acid
_NOT_A_DRUG = r"(?![\u4e00-\u9fff]{0,6}(双胍|溴索|沙星|片|胶囊|缓释|注射|霉素|西林|洛尔|地平|嗪))"
_CHEMICAL = _any(rf"""农药 草甘膦 敌百虫 乐果 氧乐果 甲胺磷 毒死蜱 吡虫啉 杀螨剂 杀螨药 螨扑 治螨 除草剂 除草药
百草枯 敌敌畏
杀虫剂 杀虫药 杀虫水 灭鼠药 老鼠药 鼠药 毒鼠强 蟑螂药 防冻液 火碱 烧碱 硫酸 盐酸{_NOT_A_DRUG}
甲醇 工业酒精
石灰水 汽油 柴油 煤油 洗衣液 消毒液 84消毒
釉水 釉料 釉 碳酸钡 氯化钡 羊药 药浴 洗羊 兽药 驱虫药 消毒水 显影液 电池水 防锈水""")
# the signs of an organophosphate or a caustic after a drink (流口水 出汗 瞳孔特别小, 吐白沫): the drink was a poison
_POISON_SIGNS = _any(r"(流|淌)口水 口水(直流|直淌|不停) 吐白沫 (瞳孔|眼珠子?|眼仁)\S{0,3}(特别|很|好)?(小|缩)")
_DRANK = r"(喝|吃|吞|舔|灌|误食|误服|误喝)(了|下|进|掉)?"
_NOT_PLAN = r"(?<![要想])(?<!准备|打算|今晚|明天|等下|等会)"
# a car's fuel (这车烧油 汽油一天吃掉好几十), not a drink
_FUEL_USED = r"油耗|一箱油|加油|油价|烧油|吃油"
SWALLOWED = (rf"^(?!.*(打药|喷药|打农药|喷农药|{_FUEL_USED}))(?:.*{_NOT_PLAN}{_DRANK}\S{{0,8}}({_CHEMICAL})"
             rf"|.*把\S{{0,12}}({_CHEMICAL})\S{{0,8}}(当\S{{0,3}})?(喝|吃|吞)(了|下|掉|进)"
             rf"|.*({_CHEMICAL})\S{{0,3}}(被)?\S{{0,4}}(喝|吃|吞)(了|下|掉|进)(?!\S{{0,2}}(会|怎么|吗))"
             rf"|.*{_NOT_PLAN}{_DRANK}\S{{0,14}}(药|水)\S{{0,12}}({_POISON_SIGNS}))")

KINDS = {"poison": SWALLOWED}
