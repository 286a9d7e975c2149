"""Who a person is to the speaker: the words for a child, a grandchild, a son or daughter, a parent, a spouse.

One vocabulary for every reading that asks who is in trouble (bot.danger.ill_child, bot.danger.child_at_risk,
bot.danger.violence, bot.danger.bullying, bot.danger.first_aid, bot.danger.grief, bot.danger.despair,
bot.danger.heartache, bot.danger.danger_words). A reading takes the groups it needs with `words` and may narrow them
(`but=`) or add a word of its own; a word added here reaches every reading that takes its group, so the readings no
longer drift apart one copy at a time.
"""
from __future__ import annotations

# a young one, whatever the tie (孩子发烧了, 娃在哭, 宝宝吐了)
LITTLE_ONE = "孩子 小孩 小朋友 娃 宝宝"
GRANDCHILD = "孙子 孙女 外孙 外孙女"
# a son or daughter: a child, or a grown man of forty-five (bot.danger.ill_child tells them apart by age)
SON_OR_DAUGHTER = "儿子 女儿 闺女"
CHILD = f"{LITTLE_ONE} {GRANDCHILD} {SON_OR_DAUGHTER}"

PARENT = """父亲 母亲 我爸 我妈 俺爸 俺妈 老爸 老妈 爸爸 妈妈 老父亲 老母亲 阿爸 阿妈 我娘 我爹 俺娘 俺爹 老娘 老爹
家父 家母"""
GRANDPARENT = "爷爷 奶奶 外公 外婆 姥姥 姥爷 阿嬷 阿公 阿婆 阿爷"
ELDER = "老爷子 老太太 老人家"
IN_LAW = "公公 婆婆 岳父 岳母 丈母娘 老丈人"
PARTNER = "老伴 老公 爱人 丈夫 妻子"
# the other parent of the writer's child, named through the child
CHILDS_PARENT = "孩子他爸 孩子他妈 孩子爸 孩子妈 娃他爸 娃他妈"
SIBLING = "哥哥 姐姐 弟弟 妹妹"
UNCLE_OR_AUNT = "舅舅 姑姑 叔叔 伯伯 大伯 婶婶"
# a son's or daughter's spouse and their parents (儿媳又骂我了, 亲家非要…)
CHILD_IN_LAW = "儿媳妇 儿媳 女婿 亲家"
# the writer's own family, whose death or illness is the writer's own sorrow (我爸走了, 老伴住院了)
KIN = (f"{PARENT} {ELDER} {PARTNER} {GRANDPARENT} {IN_LAW} {SIBLING} 儿子 女儿 {UNCLE_OR_AUNT} {CHILDS_PARENT}")
# a husband or wife as they are called at home (老头子, 那口子, 孩子他爸)
SPOUSE = "老头子 老头儿 我家老头 俺家老头 老太婆 老婆子 老婆 媳妇 那口子 孩子他爸 孩子他妈 娃他爸 娃他爹 娃他妈"


def words(*groups: str, but: str = "") -> str:
    """One regular expression for the words of these groups (white-space separated, a group above or a reading's own
    words), less the words in `but`; a longer word before the word it begins with, so 外孙女 is read whole."""
    given = [word for group in groups for word in group.split()]
    left_out = set(but.split())
    if unknown := left_out - set(given):
        raise ValueError(f"people.words: but= names {' '.join(sorted(unknown))}, which no group given holds")
    chosen = [word for word in dict.fromkeys(given) if word not in left_out]
    return "|".join(sorted(chosen, key=len, reverse=True))
