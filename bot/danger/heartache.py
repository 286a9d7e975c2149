"""Heartache: a member who is lonely, hurt at home or afraid, for every plugin (issue 13).

睡不着 想老家了 在这边一个说话的人都没有, 儿媳妇又骂我了 我躲在卫生间哭了半天, 老伴今晚又摔了…就是心里怕: nothing
here is wrong with the service and nothing is asked, yet a careful 社群运营 would call her: listen, comfort, ask how
things are. Such a line is no complaint (no apology, no "换、退、补、上门"), no chat to let pass, and at night it
belongs in the morning's hand-over. Four kinds of it, read from the member's own words:
- missing: an old loss that aches again, someone close who died long ago (its anniversary, 走了半年了) beside
  tears, an empty table or a night alone (老头子走了三年了 今天是他忌日…吃不下): company for an old grief, never
  condolences as if just told (`bot.danger.grief` leaves such a death out);
- lonely: nobody to talk to, knowing nobody, stranded far from home, or alone with an empty house or a sleepless
  night (谁都不认识, 没人说话, 孤零零, 想回老家又回不去, 又是一个人过夜 屋里静得吓人);
- hurt: someone close scolds, blames or hits her, and she cries or feels wronged (儿媳妇骂我 … 哭了, 委屈);
- afraid: fear or dread beside a trouble of health or of someone close (又摔了 … 心里怕, 老伴住院 我好害怕).
Not a laugh, a film or a story, not someone else's feelings told as news; a grievance aimed at whoever serves
(你们的护工把我妈摔了 我心里怕) stays a complaint: that is for the caller to weigh (`bot.grievance`).
"""
from __future__ import annotations

import re

from bot import people
from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.danger.bullying import harmed
from bot.danger.carer import worn_out
from bot.danger.grief import KIN, SPOUSE  # the writer's own family (bot.people)
from bot.grievance import OWED
from bot.people import words
from bot.providers import TARGET

LONELY = _any(r"""谁(都|也)不认识 一个(熟人|认识的人|说话的人|能说话的人|朋友)(都|也)没(有)?
没(有)?人(说话|聊天|陪|理我|搭理)
说话的人都没 孤单 孤独 孤零零 冷冷清清 没个伴 没(有)?(一个)?朋友 (想|要)回(老)?家\S{0,3}(回不去|回不了)
(想|想念)(老家|家乡|老伴|家里人|家)(了|啊|呀) 一个人(在这|在外|在家)\S{0,4}(闷|没意思|难受|熬)""")
# alone (一个人, 独自, 就剩我) beside an empty house, a long night or a table for one: the loneliness itself, not a
# trip made alone (一个人去医院排队) nor a portion too big (这份一个人吃不下)
ALONE = _any(r"""一个人 独自 孤身 就剩(我|俺) 只剩(我|俺) 就(我|俺)一个 剩(我|俺)一个""")
EMPTY = _any(r"""过夜 熬夜 熬到 睡不着 一宿没睡 整夜 (屋|家)里(太|好|真|特别)?(静|空|冷清) 静(得|悄悄) 空荡荡 空落落
冷清 对着\S{0,3}(菜|饭|桌|墙|电视|照片|相片) 没人(说话|吭声)""")
# an old loss of someone close: the day it comes round again, or a death told as long ago (走了半年了, 去世三年了)
GONE = r"走了|去世|过世|离世|病逝|不在了|没了"
LONG_AGO = (r"忌日|祭日|周年|(走|去世|过世|离世|病逝|不在|没)了?(有|快|都|已经|整整)?"
            r"(半|\d+|[一两二三四五六七八九十]+|几|好几)(个)?多?(月|年)")
# missing them now: tears, their things, a table or a night alone
MISSING = _any(r"""哭 泪 想(他|她|老伴|老头|老婆|我妈|我爸|妈|爸|他们) 梦(见|到) 衣服 遗物 遗像 照片 相片 一个人 吃不下
睡不着 心里空 空落落 难受 难过 伤心""")
# the family at home, from bot.people (code review 25, finding 6)
_HOME = rf"{KIN}|{SPOUSE}|{words(people.CHILD_IN_LAW)}"
HURTS_ME = (rf"({_HOME})\S{{0,4}}(又|总|老|天天|还)?"
            r"(骂|吼|凶|打|嫌弃|嫌|数落|怪|赶|甩脸)")
TEARS = _any("哭 眼泪 流泪 掉泪 委屈 心寒 寒心 伤心 难受 憋屈 想不通 心里堵")
# a dread that lasts (心里怕, 提心吊胆), not a start at something that happened (吓得我, 吓死个人: often how a complaint
# about a slippery floor or a rough treatment is told)
AFRAID = _any(r"""心里(怕|慌|害怕|发慌|发毛) (好|很|真|特别|太)怕 害怕 担心(得|死) 提心吊胆 不放心""")
TROUBLE = _any(r"""摔 跌 病 住院 医院 疼 痛 血压 晕 喘 咳 发烧 烧 手术 老伴 孩子 孙 出事 半夜 夜里 晚上 今晚""")
# a quarrel at home she lost and cried over (婆婆非要给孩子喂米糊…我说不过她 气哭了): the writer's own tears, not a
# child's (热得直哭) nor tears of joy (我妈非要来帮我带孩子 感动哭了)
INSISTS = (rf"({_HOME})\S{{0,4}}"
           r"(非要|非得|硬要|偏要|死活|就是不听|不听(我|劝)|跟我吵|和我吵|跟我闹)")
MY_TEARS = _any(r"""气哭 (我|俺)\S{0,4}(哭|掉眼泪|委屈|憋屈|心寒|难受) 说不过(她|他) 委屈 憋屈 心寒 气死(我|俺)""")
NOT_SAD = _any("感动 开心 高兴 笑哭 暖心 幸福")
# a learner ashamed and giving up (我学不会 太笨了 算了不学了, 老了脑子不中用 不来了): not a pause (明天再问老师)
SELF_DOWN = _any(r"""(我|俺|咱)\S{0,3}(学不会|记不住|学不进去|跟不上|太笨|真笨|好笨|笨死|不中用|没用|脑子不)
老了\S{0,3}(不中用|没用|学不会|记不住) 脑子(不好使|不行|不中用|跟不上|转不过来)""")
GIVE_UP = _any(r"""算了 不学了 不来了 不练了 不跳了 不唱了 不上了 放弃 退(班|出|了) 别教了 不想学了 没脸来""")
# (明天也不来了, 明天就不去了: the plainest way of giving up, never going on; native review 25, finding 26)
GOING_ON = _any(r"""再(学|练|问|来|试) 慢慢 多练 接着 明天(?!\S{0,2}(不|别)) 下次 还是去 帮我""")
# a member slighted by other members (有的人就知道站C位 我们跳了三年都站后排 不公平): a rift for a person to mend
# privately, not a complaint about the shop nor an argument in the group; not a teacher or the shop (who serve: a
# complaint), an office or a venue (人家文体中心也是看人下菜碟, 体育馆, 医院), a referee, the news, a life's lot
UNFAIR = _any(r"""不公平 偏心 凭什么 区别对待 排挤 搞小团体 看人下菜 看不起(我|俺|我们)""")
SOMEONE = _any(r"""有的人 有些人 某些人 个别人 有人 人家 她们 他们""")
# (whoever serves us and what they hand out is grievance's to say, TARGET (bot.providers) and OWED, never a list
# here: code review 25, finding 4; what stays here is no one who serves us:
# a teacher or coach of the class, an office, a referee, a lot)
NOT_AMONG_US = _any(r"""老师 教练 中心 社区 居委会 馆 院 局 厅 单位 超市 银行 学校 街道 裁判 球赛 足球 篮球 比赛规则
命好 本来就 老天 政策 规定 不公平(吗|吧|呢|\?|？)""")
NOT_HERS = _any(r"哈哈 hhh 电视剧 电影 小说 剧里 新闻 那个人 有个人 笑死 开玩笑")

_LONELY, _HURTS_ME, _TEARS, _AFRAID, _TROUBLE, _NOT_HERS, _ALONE, _EMPTY, _LONG_AGO, _MISSING = (
    re.compile(p) for p in (LONELY, HURTS_ME, TEARS, AFRAID, TROUBLE, NOT_HERS, ALONE, EMPTY, LONG_AGO, MISSING))
_INSISTS, _MY_TEARS, _NOT_SAD, _SELF_DOWN, _GIVE_UP, _GOING_ON, _UNFAIR, _SOMEONE, _NOT_AMONG_US = (
    re.compile(p) for p in (INSISTS, MY_TEARS, NOT_SAD, SELF_DOWN, GIVE_UP, GOING_ON, UNFAIR, SOMEONE, NOT_AMONG_US))
_CLOSE_GONE = re.compile(rf"({KIN}|{SPOUSE}|老伴)\S{{0,4}}({GONE})")


def heartache(text: str) -> str:
    """What ails the member's heart in `text`: "missing", "lonely", "hurt", "afraid", "worn_out" (a carer at the end
    of her strength), "child_harmed" (her child bullied by other children), "discouraged" (a learner ashamed and
    giving up) or "slighted" (hurt by other members), or "" when nothing does."""
    words = compact(simplify(text))
    if not words or _NOT_HERS.search(words):
        return ""
    if harmed(words):
        return "child_harmed"  # 孩子又被同学锁在厕所里 老师说是闹着玩 (bot.danger.bullying): the school's to answer
    if worn_out(words):
        # 孩子又一晚上没睡 一直撞门 我快撑不住了 (bot.danger.carer): a carer at the end of her strength
        return "worn_out"
    if missing_the_dead(words):
        return "missing"
    if _LONELY.search(words) or (_ALONE.search(words) and _EMPTY.search(words)):
        return "lonely"
    if (hurt := _HURTS_ME.search(words)) and _TEARS.search(words) and "我" in words[hurt.end():hurt.end() + 3]:
        return "hurt"
    if _INSISTS.search(words) and _MY_TEARS.search(words) and not _NOT_SAD.search(words):
        return "hurt"  # 婆婆非要给孩子喂米糊 我说不过她 气哭了: a quarrel at home lost, not the shop's doing
    if (fear := _AFRAID.search(words)) and _TROUBLE.search(words[:fear.start()] + "|" + words[fear.end():]):
        return "afraid"
    if _SELF_DOWN.search(words) and _GIVE_UP.search(words) and not _GOING_ON.search(words):
        return "discouraged"  # 我学不会 太笨了 算了不学了: a word that nobody is too old, a lesson again one to one
    if _UNFAIR.search(words) and _SOMEONE.search(words) and not _NOT_AMONG_US.search(words) \
            and not TARGET.search(words) and not OWED.search(words):
        return "slighted"  # 有的人就知道站C位 我们…站后排 不公平: hurt by other members, mended privately
    return ""


def missing_the_dead(words: str) -> bool:
    """An old loss aches again: someone close died long ago or the day comes round (忌日), and the member cries, keeps
    their things or sits alone (`words`: compacted and simplified)."""
    long_ago = _LONG_AGO.search(words)
    if long_ago is None or _MISSING.search(words) is None:
        return False
    return long_ago.group(0) in ("忌日", "祭日") or _CLOSE_GONE.search(words) is not None


# shut out at home: the family finds her a bother (孩子们都嫌我耳背, 跟我说话都不耐烦, 闺女说我老糊涂,
# 儿媳妇给我甩脸子): no tears need be told; a sign only beside a life felt empty (acceptance 26, #1)
_FAMILY = rf"{_HOME}|{words(people.CHILD)}|儿女|家里人|一家人|家里"
_SLIGHTS_ME = r"(嫌(弃)?|烦|骂|吼|看不起)(我|俺)"
SHUT_OUT = _any(rf"""({_FAMILY})\S{{0,4}}(都|又|总|老|天天|还|也)?{_SLIGHTS_ME}
({_FAMILY})\S{{0,10}}(不耐烦|甩脸|没好脸|爱答不理|不搭理|懒得(理|搭理|跟)(我|俺))
({_FAMILY})\S{{0,3}}(说|骂)(我|俺)\S{{0,2}}(老糊涂|老不死|聋子|没用|多余|废物|累赘)""")
_SHUT_OUT = re.compile(SHUT_OUT)


def alone_or_hurt(text: str) -> bool:
    """Lonely, hurt or shut out at home: beside a life felt empty (活着没意思), no low mood but despair
    (`bot.danger.despair`)."""
    return heartache(text) in ("lonely", "hurt") or _SHUT_OUT.search(compact(simplify(text))) is not None
