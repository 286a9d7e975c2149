"""Taking a child, or the one she looks after, along into death (带着孩子一起走), for bot.danger.despair (issue 13).

A mother of a child who will always need her, a carer worn out for years, a new mother (产后, 坐月子): the wish to take
the one she looks after along is despair with a second life at risk, a person at once (12356, and the alert says
so). Read from the member's words:
- beside a thought of her own death (我死了以后这孩子怎么办 有时候想带他一起走, 等我不在了谁管他 还不如带着他一块
  死), or a jump or a death named (抱着孩子从楼上跳下去, 带着孩子一起死): so read; the worry alone (我走了以后孩子谁
  来管, the common worry of a lifelong carer) is not;
- 一起走 otherwise, a trip as much as a death (带他一起走走): only beside a life felt empty (bot.danger.despair's, 活着
  没意思) or from a new mother (产后两个月了 … 想带着孩子一起走), never told as a story.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.chinese_text import any_of as _any
from bot.danger.plain_words import plain_words

# a thought of her own death (我死了以后, 等我不在了, 哪天我走了), as a carer says it
OWN_DEATH = _any(r"""我(要是|哪天|万一|以后)?(死|走|不在)了(以后|之后|后)? 我死(以)?后
(等|要是|万一|哪天)我(死|走|不在)了 我百年(之)?后 我(一)?(闭眼|蹬腿)""")
# the one she looks after taken along into death (带他一起走, 带着孩子一块死, 把他也带走); not a walk or a trip
_ONE = "(他|她|孩子|娃|宝宝|宝贝|儿子|女儿|闺女|孙子|孙女|外孙|外孙女|老伴|老头子|老婆子)"
# ... or held in her arms as she jumps from a height (抱着孩子从楼上跳下去, 搂着宝宝从窗台跳下来, 粤语 攬住個仔喺
# 天台跳落去), or with an end told (抱着宝宝一起跳下去算了), or mother and child together (我们娘俩一起走吧:
# emergency26): not a child's jump from the sofa or the steps, nor a jump rope or a dance with a child
_HELD = "(他|她|孩子|娃|宝宝|宝贝|儿子|女儿|闺女|孙子|孙女|外孙|个仔|个女|BB)"
_FROM_HIGH = (r"(从|喺|由)?\S{0,3}(楼上|楼顶|顶楼|天台|阳台|窗户|窗台|窗口|桥上|楼上面)\S{0,2}"
              r"跳(下去|下来|落去|落嚟)?(?!价|舞|绳|操|皮筋|格子|房子|蹦|床|了|着|起)")
_NOT_A_TRIP = r"(?!走|\S{0,3}(去|到|回|旅|玩|逛|看|散步|转转))"
TAKE_ALONG = _any(rf"""带(着|上)?{_ONE}\S{{0,2}}一(起|块|道)(死|去死|走{_NOT_A_TRIP})
把{_ONE}(也)?带走{_NOT_A_TRIP}
(抱|搂|背|带|揽|孭)(着|上|住|紧)?{_HELD}\S{{0,3}}(跳(楼|河|江|湖|海|井)|{_FROM_HIGH})
(抱|搂|背|带|揽)(着|上|住|紧)?{_HELD}\S{{0,3}}(跳(下去|下来)\S{{0,2}}(算了|一了百了|死了|解脱)|一了百了)
(娘俩|娘儿俩|母子俩|母女俩|我们俩|咱俩)\S{{0,2}}一(起|块|道)(死|去死|走{_NOT_A_TRIP})""")
# a new mother (产后, 坐月子, 生完孩子): taking her baby along is told as going (想带着孩子一起走), never as a trip
NEW_MOTHER = _any("产后 月子 生完孩子 生了孩子 生完宝宝 刚生完 生完二胎 产假 满月")
_OWN_DEATH, _TAKE_ALONG, _NEW_MOTHER = re.compile(OWN_DEATH), re.compile(TAKE_ALONG), re.compile(NEW_MOTHER)


def taken_along(words: str, *, empty: Callable[[str], object], story: Callable[[str], object]) -> str | None:
    """The words of a wish to take someone along into death that `words` (`plain_words`) tell, or None. 一起走 with
    no death of her own beside it is read only when `empty(words)` (a life felt empty) or a new mother says it, and
    not `story(words)` (the news, a film); both are bot.danger.despair's, asked only then."""
    along = _TAKE_ALONG.search(words)
    if along is None:
        return None
    if not along.group(0).endswith("走") or _OWN_DEATH.search(words) is not None:
        return along.group(0)  # 我死了以后这孩子怎么办 有时候想带他一起走: her life and the child's
    if (empty(words) or _NEW_MOTHER.search(words)) and not story(words):
        return along.group(0)  # 产后两个月了 活着没意思 想带着孩子一起走: a life felt empty, and the baby taken along
    return None  # 带他一起走 alone may be a trip


def takes_along(text: str) -> bool:
    """The writer speaks of taking someone they look after along (照顾他三年了 … 有时候想带着他一起走): the alert and
    the member's word say so."""
    return _TAKE_ALONG.search(plain_words(text)) is not None
