"""Made ill by what we sold: a complaint that someone ate or drank it and fell ill (issue 13, acceptance 26, #5).

奶油蛋糕有股酸味 孩子吃了拉了一晚上肚子, 买的豆浆喝完我老伴肚子疼了一宿: the trouble is a person's body before it is
the goods. A careful 社群运营 asks after the person first (how is the child now; a hospital if the runs are hard, the
child listless or passing little water), then says sorry and sees to the rest: that batch off the shelf, what is left
kept, the doctor's bill and the refund. Read from eating or drinking and an illness told after it; a taste or a
texture alone (蛋糕有点酸 面包太硬) is a plain complaint, and drink, a full belly or a cold are nobody's food.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.memo import per_text
from bot.people import who_is_meant

_ATE = _any(r"吃了 吃完 吃过 吃的 吃下去 喝了 喝完 喝过 喝的 一吃 一喝")
_ILL = _any(r"""拉肚子 拉了\S{0,4}(肚子|一晚|一宿|一夜|好几|几回|几次) 拉稀 腹泻 上吐下泻 又吐又拉 吐了 呕吐 一直吐
肚子(疼|痛) 发烧 过敏 (起|出)(了)?\S{0,2}疹子 (进|去|上)(了)?\S{0,2}医院 挂水 打吊针 输液 住院 急诊""")
# nobody's food: drink, a full belly, a cold; a meal before an errand (吃了饭去医院拿药); a medicine that did not
# work (吃了退烧药还是发烧, 你们的药不管用): the illness was there before (code review 27, finding 7)
_NOT_FOOD = _any(r"""喝多 喝醉 喝酒 吃撑 吃多了 着凉 感冒 受凉 晕车 疫苗 (吃|喝)(了|完|过)饭 拿药 开药 复查
不管用 (没|没有)(用|效果) 不见好 还是(发烧|烧|拉|吐|疼|咳) (退烧|感冒|消炎|止咳|中)药""")
_ILL_AFTER = re.compile(rf"({_ATE})\S{{0,14}}?({_ILL})")
_NOT_FOOD_RE = re.compile(_NOT_FOOD)


@per_text
def made_ill(text: str) -> str:
    """Who fell ill from what was eaten or drunk in `text`: "孩子", "老人家", "家里人", "您" (the writer or unnamed),
    or "" when nobody did (a taste, a texture, a late delivery)."""
    words = compact(simplify(text))
    found = _ILL_AFTER.search(words)
    if found is None or _NOT_FOOD_RE.search(words):
        return ""
    meant = who_is_meant(words)  # another grown-up of the family (我媳妇吃了拉肚子) is never "您" (script review 26)
    if meant.child or meant.old:
        return "孩子" if meant.child else "老人家"
    return "家里人" if meant.relation != "家里人" or meant.pronoun or "家人" in words or "家里人" in words else "您"
