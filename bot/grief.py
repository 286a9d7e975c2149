"""A bereavement: a member tells the group someone close to them has died, for every plugin (issue 13).

我父亲昨晚走了 后天上午在老家出殡 asks nothing and is no emergency, but a careful 社群运营 would hear of it at once
and offer condolences by name, in person: a bot's thanks or praise under it would hurt. Read from the member's words:
someone close (父亲, 老伴, 婆婆) and a death plainly said (去世, 过世, 不在了), or a softer word (走了, 没了) with
a sign that it is a death (出殡, 后事, 抢救, 昨晚, 凌晨), or the funeral of someone close (我爸的追悼会; not
我家楼下在办白事, a neighbour's, nor 老家出殡 with nobody named). Not a pet, the news, an anniversary long after
(去世三年了, 忌日, 清明), a loss told as background (老伴去世后) or as over (谢谢大家关心 我妈的后事都办完了), a book's
title, a condolence to someone else (节哀, 一路走好), or someone who left for somewhere (我妈走了 去超市了).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.memo import per_text

KIN = _any("""父亲 母亲 我爸 我妈 俺爸 俺妈 老爸 老妈 爸爸 妈妈 老父亲 老母亲 老爷子 老太太 老伴 老公 爱人 丈夫 妻子
爷爷 奶奶 外公 外婆 姥姥 姥爷 公公 婆婆 岳父 岳母 哥哥 姐姐 弟弟 妹妹 儿子 女儿 舅舅 姑姑 叔叔 伯伯 大伯 婶婶 老人家
阿嬷 阿公 阿婆 阿爷 阿爸 阿妈 我娘 我爹 俺娘 俺爹 老娘 老爹 家父 家母 丈母娘 老丈人""")
DIED = _any("去世 过世 离世 病逝 仙逝 辞世 逝世 不在了 咽气 离开了我们 丢下我们")
SOFTLY = _any("走了 没了")
# a sign that a softer word is a death: the funeral, the last hours, the night it happened
FUNERAL = _any("出殡 追悼会 告别仪式 遗体告别 办丧事 丧事 守灵 头七 下葬 火化 后事 白事 治丧 丧礼 葬礼")
DEATH_SIGN = _any(rf"""{FUNERAL} 抢救 安详 走得 最后一面 临终 昨晚 昨天 昨夜 今早 今天早上 凌晨 半夜 夜里 刚刚 刚才
住院 医院 没能""")
# a pet, the news, an anniversary long after, a condolence to someone else, a question, someone gone somewhere
NOT_THIS = _any(r"""猫 狗 狗狗 猫咪 宠物 鹦鹉 仓鼠 兔子 ^转 转[：:] 转发 【 新闻 报道 明星 电视剧 电影 小说
(\d+|几|两|三|四|五|好几|十几|多)(个)?(年|周年)(了|前|多) 忌日 清明 祭日 去年 前年 节哀 保重 一路走好 安息 rip
走了(吗|没|么) 没了(吗|没) 走了\S{0,2}(去|到|回) 没了(电|网|信号|钱|工作|胃口|力气) (去世|过世|走)(以)?后 《
谢谢大家(的)?关心 (后事|丧事|白事)\S{0,3}(都|已经|总算)?(办完|办好|忙完|结束)""")
_KIN_DIED = re.compile(rf"({KIN})\S{{0,10}}({DIED})")
_KIN_SOFTLY = re.compile(rf"({KIN})\S{{0,16}}({SOFTLY})")
_OWN_FUNERAL = re.compile(rf"({KIN})\S{{0,12}}({FUNERAL})")  # kin, not just 家: 我家楼下在办白事 is a neighbour's
_NEIGHBOUR = re.compile(r"楼下|楼上|邻居|隔壁|对门|对面|小区|村里")
_DEATH_SIGN, _NOT_THIS = re.compile(DEATH_SIGN), re.compile(NOT_THIS)


@per_text
def bereaved(text: str) -> str | None:
    """The words that tell of a death in the member's family (我父亲昨晚走了 -> "父亲昨晚走了"), or None."""
    text = simplify(text)
    words = compact(text)
    if not words or _NOT_THIS.search(words) or _NOT_THIS.search(text):
        return None
    if (died := _KIN_DIED.search(words)) is not None:
        return died.group(0)
    softly = _KIN_SOFTLY.search(words)
    if softly is not None and _DEATH_SIGN.search(words):
        return softly.group(0)
    funeral = _OWN_FUNERAL.search(words)
    if funeral is None or _NEIGHBOUR.search(words, 0, funeral.start(2)):
        return None
    return funeral.group(0)
