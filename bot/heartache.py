"""Heartache: a member who is lonely, hurt at home or afraid, for every plugin (issue 13).

睡不着 想老家了 在这边一个说话的人都没有, 儿媳妇又骂我了 我躲在卫生间哭了半天, 老伴今晚又摔了…就是心里怕: nothing
here is wrong with the service and nothing is asked, yet a careful 社群运营 would call her: listen, comfort, ask how
things are. Such a line is no complaint (no apology, no "换、退、补、上门"), no chat to let pass, and at night it
belongs in the morning's hand-over. Three kinds of it, read from the member's own words:
- lonely: nobody to talk to, knowing nobody, stranded far from home (谁都不认识, 没人说话, 孤零零, 想回老家又回不去);
- hurt: someone close scolds, blames or hits her, and she cries or feels wronged (儿媳妇骂我 … 哭了, 委屈);
- afraid: fear or dread beside a trouble of health or of someone close (又摔了 … 心里怕, 老伴住院 我好害怕).
Not a laugh, a film or a story, not someone else's feelings told as news; a grievance aimed at whoever serves
(你们的护工把我妈摔了 我心里怕) stays a complaint: that is for the caller to weigh (`bot.grievance`).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.grief import KIN  # the writer's own family (bot.people)

LONELY = _any(r"""谁(都|也)不认识 一个(熟人|认识的人|说话的人|能说话的人|朋友)(都|也)没(有)?
没(有)?人(说话|聊天|陪|理我|搭理)
说话的人都没 孤单 孤独 孤零零 冷冷清清 没个伴 没(有)?(一个)?朋友 (想|要)回(老)?家\S{0,3}(回不去|回不了)
(想|想念)(老家|家乡|老伴|家里人|家)(了|啊|呀) 一个人(在这|在外|在家)\S{0,4}(闷|没意思|难受|熬)""")
HURTS_ME = (rf"({KIN}|儿媳|媳妇|女婿|亲家|老头子|老太婆)\S{{0,4}}(又|总|老|天天|还)?"
            r"(骂|吼|凶|打|嫌弃|嫌|数落|怪|赶|甩脸)")
TEARS = _any("哭 眼泪 流泪 掉泪 委屈 心寒 寒心 伤心 难受 憋屈 想不通 心里堵")
# a dread that lasts (心里怕, 提心吊胆), not a start at something that happened (吓得我, 吓死个人: often how a complaint
# about a slippery floor or a rough treatment is told)
AFRAID = _any(r"""心里(怕|慌|害怕|发慌|发毛) (好|很|真|特别|太)怕 害怕 担心(得|死) 提心吊胆 不放心""")
TROUBLE = _any(r"""摔 跌 病 住院 医院 疼 痛 血压 晕 喘 咳 发烧 烧 手术 老伴 孩子 孙 出事 半夜 夜里 晚上 今晚""")
NOT_HERS = _any(r"哈哈 hhh 电视剧 电影 小说 剧里 新闻 那个人 有个人 笑死 开玩笑")

_LONELY, _HURTS_ME, _TEARS, _AFRAID, _TROUBLE, _NOT_HERS = (
    re.compile(p) for p in (LONELY, HURTS_ME, TEARS, AFRAID, TROUBLE, NOT_HERS))


def heartache(text: str) -> str:
    """What ails the member's heart in `text`: "lonely", "hurt" or "afraid", or "" when nothing does."""
    words = compact(simplify(text))
    if not words or _NOT_HERS.search(words):
        return ""
    if _LONELY.search(words):
        return "lonely"
    if (hurt := _HURTS_ME.search(words)) and _TEARS.search(words) and "我" in words[hurt.end():hurt.end() + 3]:
        return "hurt"
    if (fear := _AFRAID.search(words)) and _TROUBLE.search(words[:fear.start()] + "|" + words[fear.end():]):
        return "afraid"
    return ""


def alone_or_hurt(text: str) -> bool:
    """Lonely or hurt at home: beside a life felt empty (活着没意思), no low mood but despair (`bot.despair`)."""
    return heartache(text) in ("lonely", "hurt")
