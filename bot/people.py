"""Who a person is to the speaker: the words for a child, a grandchild, a son or daughter, a parent, a spouse.

One vocabulary for every reading that asks who is in trouble (bot.danger.ill_child, bot.danger.child_at_risk,
bot.danger.violence, bot.danger.bullying, bot.danger.first_aid, bot.danger.grief, bot.danger.despair,
bot.danger.heartache, bot.danger.danger_words). A reading takes the groups it needs with `words` and may narrow them
(`but=`) or add a word of its own; a word added here reaches every reading that takes its group, so the readings no
longer drift apart one copy at a time.
"""
from __future__ import annotations

import re
from typing import NamedTuple

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


# she and he as the family words say (孩子他妈 is a woman; 其他 and 他们 are nobody): code review 26, finding 2
_SHE = """妈 娘 奶奶 姥姥 外婆 阿婆 阿嬷 婆婆 老婆 老太 媳妇 儿媳 妻子 女儿 闺女 孙女 岳母 丈母娘
姐(?!夫) 妹(?!夫) 姑(?!父) 婶 阿姨 大妈"""
_HE = "姐夫 妹夫 姑父 姨父 爸 爹 爷 外公 阿公 公公 老头 老爷子 老公 丈夫 儿子 孙子 岳父 老丈人 哥 弟 舅 叔 伯 大爷"
_BARE_SHE, _BARE_HE = r"(?<!其)她(?!们)", r"(?<![其吉])他(?!们|人)"


def _gendered(she: str, he: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<she>{she})|(?P<he>{he})")


_GENDERED = _gendered(f"{words(_SHE)}|{_BARE_SHE}", f"{words(_HE)}|{_BARE_HE}")
_CHILD_GENDERED = _gendered(f"外孙女|孙女|女儿|闺女|{_BARE_SHE}", f"外孙|孙子|儿子|{_BARE_HE}")
_PARTNER_GENDERED = _gendered(f"老太婆|老婆子|老婆|媳妇|妻子|{_BARE_SHE}", f"老公|丈夫|老头|{_BARE_HE}")
_CHILD = re.compile(words(CHILD))
_PARTNER = re.compile(words(PARTNER, SPOUSE, "老头", but="孩子他爸 孩子他妈 娃他爸 娃他爹 娃他妈"))
# a mother, not 大妈 姑娘 舅妈 or 他妈的 (隔壁小姑娘关在屋里 is no 妈妈: script review 26, finding 4)
_MOTHER = re.compile(r"(?<![大姨舅姑干他])妈(?!的)|(?<![姑大新干])娘")
_FATHER = re.compile(r"(?<![干])(爸|爹)")
# an old person by the words a family uses (老人, 老伴, 奶奶, 我妈, 独居, 八十多了)
_OLD = re.compile(rf"{words(PARENT, GRANDPARENT, ELDER, IN_LAW, '老人 老太 老头 老伴 大爷 大妈 姥 爸 妈')}"
                  r"|独居|孤寡|空巢|[6-9]\d岁|[六七八九]十(多|几)?(岁|了)")


class Meant(NamedTuple):
    """Who a member's words are about: `relation` (孩子, 老伴, 妈妈, 爸爸 or 家里人), `pronoun` (她, 他, or "" when
    the words do not say), whether the person is `old` and whether a `child`."""

    relation: str
    pronoun: str
    old: bool
    child: bool


def who_is_meant(text: str) -> Meant:
    """Who `text` is about, read once for every template (`{% set meant = said | who_is_meant %}`), never by a
    template's own `"他" in said` (其他 holds 他, 心跳 holds 跳, 老孙 holds 孙). She or he is the one meant's: a child's
    own word (女儿, 孙子) or a bare 他/她; a partner's (老婆, 老公); else the first family word or pronoun."""
    words_ = re.sub(words(CHILDS_PARENT), lambda m: "妻子" if m.group(0)[-1] in "妈" else "丈夫", text or "")
    child = _CHILD.search(words_) is not None
    relation = ("孩子" if child else "老伴" if _PARTNER.search(words_) else "妈妈" if _MOTHER.search(words_)
                else "爸爸" if _FATHER.search(words_) else "家里人")
    within = {"孩子": _CHILD_GENDERED, "老伴": _PARTNER_GENDERED}.get(relation, _GENDERED)
    first = within.search(words_)
    pronoun = "" if first is None else ("她" if first.group("she") else "他")
    return Meant(relation, pronoun, _OLD.search(words_) is not None, child)


# who is beaten, not who beats (我爸喝了酒就打我妈 → 她; 隔壁大爷被他儿子打了 → 他): script review 26, finding 1
_HIT = r"(打|揍|踢|掐|扇|弄死|砍)"
_HIT_BY = re.compile(rf"([^，,。！!？?；;\s]*?)(被|挨)[^，,。！!？?；;\s]{{0,6}}?{_HIT}")
_HITS = re.compile(rf"{_HIT}(?!电话|工|牌|麻将|针|车|扫|算|听|开|招呼|个|了)(死|伤)?([^，,。！!？?；;\s]{{1,6}})")
_WHOSE = re.compile(r"^(他|她|我|俺|你)(们)?(家)?(的)?(?=.)")


def beaten(text: str) -> str:
    """她 or 他 for the one beaten in `text` (打我妈, 我妹妹经常挨她老公打), "" when the words do not say (打得很重):
    the one before 被 or 挨, else the one after 打, read by `who_is_meant` without a possessive 她爸's 她."""
    found = _HIT_BY.search(text or "")
    one = found.group(1) if found else (hit.group(3) if (hit := _HITS.search(text or "")) else text or "")
    return who_is_meant(_WHOSE.sub("", one)).pronoun or who_is_meant(one).pronoun
