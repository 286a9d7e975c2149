"""A trouble from outside: a member wronged by someone who is not us (城管, a thief, a racket), or a child or an old
person hurt by a carer (老师把孩子关小黑屋) (issue 13).

Both are heard at once like a complaint, but never answered with our own apology or an offer to exchange, refund or
make good (换、退、补、上门): the operator is asked to call, ask how the person is, and help (what was taken, where to
turn; for a child, keep what the child says and any marks, raise it with the centre, 110 when hurt). A grievance
that names us (你们, 客服, 群主, 店家…) stays our complaint, whoever else it names.
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify
from bot.memo import per_text

# someone outside who wronged the member: officials taking a stall, a thief named, a racket (not a developer, a
# landlord, an agent or an insurer: a group is often run by the very company, and its complaint is ours; nor 骗子 or
# 被偷了 alone: 买的床垫跟图上不一样 骗子 退钱 calls us the cheat)
THIRD_PARTY = re.compile(r"城管|执法(队|局|的|人员)|收保护费|混混|流氓|地痞|小偷|交警|贴(了)?罚单|"
                         r"拆迁队|黑中介|黑车")
# the grievance is aimed at us, whoever else it names: the shop, the centre or the estate that runs the group
AT_US = re.compile(r"你们|你家|贵(店|公司|园|校|机构)|客服|群主|店家|商家|工作人员|管理员|物业|保安|"
                   r"咱(们)?(超市|店|这)|我们(超市|店|这个?群)")
# the member names the centre as ours (咱们中心的老师, 贵园的阿姨)
OUR_PLACE = re.compile(r"(咱|咱们|贵)(中心|机构|园|院|学校|班|养老院|幼儿园)")
# a carer of a child or an old person, and what they did to them
CARER = r"老师|阿姨|保姆|护工|教练|托管|康复师|治疗师|园长|院长|护理员|保育员"
DID = (r"关(进|在|到)?\S{0,3}(小黑屋|黑屋|黑屋子|厕所|屋里|房间|柜子|门外)|罚站|罚跪|(打|掐|扇|踢|拧|揪|推|绑|捆)(了)?"
       r"(孩子|他|她|我家|我儿|我女|我妈|我爸|老人|一下(?!午)|几下|耳光|巴掌)|饿着|不给(吃|喝|上厕所|饭)|骂哭|吼哭|吓哭|体罚|虐待")
MISTREATED = re.compile(rf"({CARER})\S{{0,8}}({DID})")
HURT_AFTER = re.compile(r"哭|伤|青|紫|红|肿|害怕|不敢|做噩梦|发抖|不说话")


def _mistreated(words: str) -> bool:
    found = MISTREATED.search(words)
    return found is not None and (found.group(2).startswith(("关", "罚", "饿", "不给", "体罚", "虐待"))
                                  or HURT_AFTER.search(words) is not None)


@per_text
def hurt_by_us(text: str) -> bool:
    """A child or an old person hurt by a carer the member says is ours (你们的老师把孩子关小黑屋了,
    咱们中心的护工打了我妈): the gravest complaint there is, ours to act on today."""
    words = compact(simplify(text))
    return _mistreated(words) and (AT_US.search(words) is not None or OUR_PLACE.search(words) is not None)


@per_text
def outside_trouble(text: str) -> str:
    """"mistreated" (a child or an old person hurt by a carer: 老师把孩子关小黑屋 孩子回来一直哭), "third_party"
    (城管又来收摊子了…东西都给拉走了), or "" when the trouble is ours (or none: 你们的老师把孩子关小黑屋 is ours)."""
    words = compact(simplify(text))
    if _mistreated(words):
        return "" if hurt_by_us(text) else "mistreated"
    if THIRD_PARTY.search(words) and not AT_US.search(words):
        return "third_party"
    return ""
