"""A carer at the end of her strength, and the thoughts that come with it, for every plugin (issue 13, fixscam23).

A mother of a child who will always need her, a daughter who nursed her father for years: the words of despair
they use are their own. Taking the one she looks after along into death (我死了以后这孩子怎么办 有时候想带他一起走) is
bot.danger.taken_along's; two kinds are read here, from the member's words:
- a life with nothing left to live for once the one she lived for is gone (他走了我也不知道自己还活着干什么): a life
  felt empty (bot.danger.despair's BURDEN) beside a death just told is despair after a death, not a question;
- worn out (孩子又一晚上没睡 一直撞门 我快撑不住了, 照顾老伴三年了 真的熬不动了): her strength at its end from a
  night or years of care, no complaint and no chat (bot.danger.heartache's `worn_out`): she hears a word that night, and
  a person hears of her.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.people import CHILD, ELDER, GRANDPARENT, PARENT, PARTNER, SPOUSE, words

# what for (不知道自己还活着干什么, 我活着还图啥): a life felt empty, one of bot.danger.despair's burdens
WHAT_FOR = r"活着(还|又)?(干什么|干嘛|干啥|图什么|图啥|为了什么|为了啥|为什么|为啥)(?!都|也|不)"
# the one she lived for gone (他走了, 我爸没了, 老伴去世了): not a trip (他走了 去北京), a question, nor long ago
_CLOSE = words(PARENT, GRANDPARENT, ELDER, PARTNER, SPOUSE, "他 她 孩子 儿子 女儿 闺女 老人")
GONE = (rf"({_CLOSE})(也|已经|都|就|刚|突然)?(走了|没了|去世了?|过世了?|不在了)"
        r"(?!\S{0,2}(去|到|回|吗|么|没|\d|[一两二三四五六七八九十半几]))")
# her strength at its end (快撑不住了, 熬不动了, 顶不住了) ...
_SPENT = r"(快|要|真|真的|实在|都|已经)(撑|熬|挺|扛|顶)不(住|下去|动)了?|(撑|熬|挺|扛|顶)不(住|下去|动)了"
# ... from caring: a child or someone ill by night or for years (一晚上没睡, 一直撞门, 照顾…年了)
_CARE = _any(rf"""一(晚上|宿|夜)(都)?没睡 整(晚|夜|宿) 天天 每天 每晚 (又|一直|老是|总是)(哭|闹|叫|喊|撞|打|咬|跑|尿)
撞门 撞墙 打自己 照顾\S{{0,6}}(年|个月) 伺候 守着 陪护 {words(CHILD)}""")
# a laugh, a game, work or a match right beside it (游戏快撑不住了, 加班熬不住了)
_NOT_CARE = _any("哈哈 笑死 游戏 加班 老板 比赛 球赛 考试 减肥 憋不住 尿 热得 冷得 困得 饿得")
_GONE = re.compile(GONE)
# ... or tired out and at a loss with it (真的好累 不知道怎么办, 好累 我也跟着哭): not a tiring day enjoyed
_TIRED = r"(真的|真|好|太|实在)(好)?累(?!\S{0,3}(但|不过|开心|值|高兴|快乐))"
_AT_A_LOSS = r"不知道(该|要)?(怎么办|咋办|怎么弄)|崩溃|受不了了|(我|俺)(也)?(跟着|陪着)?(一起)?哭"
_SPENT_RE, _CARE_RE, _NOT_CARE_RE = re.compile(_SPENT), re.compile(_CARE), re.compile(_NOT_CARE)
_TIRED_RE, _AT_A_LOSS_RE = re.compile(_TIRED), re.compile(_AT_A_LOSS)


def bereft(words: str) -> bool:
    """Someone the member lived for has just died (他走了, 我爸没了), told in her own words."""
    return _GONE.search(words) is not None


def worn_out(words: str) -> bool:
    """The member's strength is at its end from caring for a child or someone ill (`words`: compacted)."""
    spent = _SPENT_RE.search(words) or (_TIRED_RE.search(words) and _AT_A_LOSS_RE.search(words))
    return (spent is not None and _CARE_RE.search(words) is not None and _NOT_CARE_RE.search(words) is None)
