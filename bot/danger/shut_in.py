"""Someone close shut in a room who does not answer, after a farewell or words of despair, for bot.danger.emergency
(issue 13).

孩子一模没考好 关在屋里不出来 留了张纸条说对不起爸妈 我敲门也不开: a note saying sorry or goodbye (or any word of
despair) and a door that stays shut is a life at risk now, not someone stuck behind a door: the family must get in at
once (the key, a locksmith, the door forced), with 110 and 120, never "别硬撬门". Read from the writer's words: a door
shut (关在屋里, 反锁, 敲门也不开, 叫不应) beside a farewell left or sent (纸条…对不起, 给我发了对不起, 发了告别的
话, 遗书, 别找我; not the writer's own sorry: 我跟他说了对不起) or any sign of despair (bot.danger.despair: 他早上说活着
没意思); not when it is over (出来了, 开门了, 没事了), past (昨天, 上次) or a story (电视剧里).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact
from bot.danger.despair import SIGN, despair, lone_sign, of_another
from bot.memo import per_text

# the door: shut in a room, locked from inside, knocked on and no answer
SHUT = _any(r"""(关|锁|反锁|躲)(在)?(自己)?\S{0,2}(屋|房间|卧室|卫生间|厕所|浴室|屋子|房里)
反锁 (敲|拍|叫|喊|砸)(门)?\S{0,4}(也|都)?(不开|不应|没反应|没动静|不出声|不理|没人应) 不(肯)?开门 叫不应""")
# a farewell, by its kind: words left or sent (a note, a message: 留了张纸条, 给我发了) that say sorry (对不起, 不孝)
# or goodbye (告别的话, 别找我, 下辈子, 照顾好爸妈); words said that say goodbye (说了告别的话) or sorry to the
# family (说对不起爸妈; a bare 说了句对不起 is a child after a scolding); a farewell without a carrier (遗书, 遗言)
_NOTE_PAPER = "纸条 字条 留言 便条 信 纸 遗书"
_LEFT = f"{_NOTE_PAPER} 短信 消息 语音 朋友圈 发了 发来 留了 留下 写了 写着"
_SORRY = "对不起 对不住 不孝 原谅我"
_GOODBYE = r"""告别 道别 永别 诀别 别找 不要找 下辈子 来世 后事 最后一(次|面|句) 再也见不到
照顾好(爸妈|爸爸|妈妈|我妈|我爸|奶奶|爷爷|弟弟|妹妹|孩子|家里)"""  # not 照顾好自己, 再见了2024: everyday words
NOTE = _any(rf"""({_any(_LEFT)})\S{{0,6}}({_any(_SORRY)}|{_any(_GOODBYE)})
({_any(_NOTE_PAPER)})\S{{0,6}}(拜托|原谅|照顾好)
说(了)?\S{{0,6}}({_any(_GOODBYE)}) 遗书 遗言
(说|写)(了)?\S{{0,2}}对不起(爸妈|爸爸妈妈|妈妈|爸爸|你们|大家|家里|爷爷奶奶)""")
# ... said by the writer (我跟他说了对不起, 我给他道了歉): the writer's own sorry to one sulking, no farewell; 给我发了,
# 跟我说了 are the shut-in one's words to the writer
_WRITERS = re.compile(r"(?<![给跟对向诉和])(我|俺)(?![家的们妈爸儿女闺孙老])\S{0,4}$")
# over, past or a story: no danger now
OVER = _any(r"""出来了 开门了 开了门 门开了 没事了 虚惊 昨天 前天 上次 那次 以前 小时候
电视 剧里 电影 小说 新闻 哈哈 游戏""")
_SHUT, _NOTE, _OVER = re.compile(SHUT), re.compile(NOTE), re.compile(OVER)
_I, _SIGN = re.compile(r"我|俺"), re.compile(SIGN)


def _writers_own(words: str) -> bool:
    """The sign of despair is the writer's own exasperation (闺女关在房间里不出来 我真是没用啊, 我是不是太没用了),
    not the shut-in one's (他早上说活着没意思, 说活着没意思)."""
    return any(_I.search(words, max(0, m.start() - 6), m.start() + 1) for m in _SIGN.finditer(words))


@per_text
def shut_in(text: str) -> str | None:
    """The words that tell of someone shut in after a farewell (the door's and the note's), or None; a sign of despair
    in the same words (bot.danger.despair) stands for the note, and despair read whole keeps its own word."""
    words = compact(text)
    door = _SHUT.search(words)
    if door is None or _OVER.search(words) or despair(text) is not None:
        return None  # despair read whole (他屋头门反锁了 … 说今晚就走): its own word, with 110 and 120 in it
    note = next((m for m in _NOTE.finditer(words) if not _WRITERS.search(words, max(0, m.start() - 5), m.start())),
                None)
    if note is None and (lone_sign(text) is None or _writers_own(words) and not of_another(text)):
        return None
    return door.group(0) + ("…" + note.group(0) if note else "")
