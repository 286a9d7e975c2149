"""Numbers a member gives without offering anything: one she asks the others about (a place she tried and could not
reach: "那家月子中心怎么样 电话是138… 我打了没人接"), or her own, given as she introduces herself in a role the
group's life has ("我是社区新来的网格员 以后有事找我 我电话139…"), or the outing's driver's or doctor's, named by
role and name ("包车司机韩师傅 153… 周六早上七点在西站"). None is an advert, when nothing is sold or offered."""
from __future__ import annotations

import re

from plugins.moderation.goods import sold
from plugins.moderation.intent import signals
from plugins.moderation.trade import own_trade

# she tried the number, or asks the others about the place or the number
_TRIED = re.compile(r"(?:打了?(?:好几[次遍]|[两几]次|半天)?(?:都|也)?(?:没人接|不通|没通|占线|关机)|打不通|没人接|"
                    r"是空号|停机了|打过去(?:没人|不通|是))"
                    r"(?!\s*(?:就|可|请|的话|再|加|发|留言))")  # 打不通就加微: a seller's second way, no try of hers
_ASKS_OTHERS = re.compile(r"有(?:没有)?(?:人|谁)(?:去过|住过|用过|打过|知道|了解|认识)|"
                          r"谁(?:去过|住过|用过|知道|了解|认识)|是哪里的|是哪儿的|是不是骗子")
# introducing herself in a role members meet her in: the community's, the clinic's, the group's own
_SELF_IN_ROLE = re.compile(r"我是[\u4e00-\u9fff\s]{0,10}?(?:网格员|社工|村医|家庭医生|护士|医生|大夫|民警|辅警|片警|"
                           r"物业|楼长|志愿者|居委会|村委会|老师|教练|领队|队长|管理员|调解员|专干)"
                           r"[^。]{0,20}?(?:电话|手机|号码|\d)")
# ... but a service offered to whoever wants it, in a role or not (我是社区志愿者 家里有旧家电要处理的打我电话
# 上门回收): a trade, not an introduction (code review 25, finding 14)
_OFFERED = re.compile(r"上门|回收|维修|疏通|开锁|搬家|保洁|家政|安装|清洗|收购|随叫随到|有需要|"
                      r"(?:有|谁|哪位|哪家)[\u4e00-\u9fff]{0,10}?(?:需要|要处理|要修|要卖|要收|要装|要洗|要搬)|要处理的")
# ... and a driver's own card says what he takes on and when ("长途包车 机场接送 司机刘师傅 139… 随叫随到")
_HIRED = re.compile(r"接单|全天|24小时|长途|接送|代驾|预约|价格|收费|实惠|专业|欢迎|来电|包车服务|出租|拉货|陪诊|陪护")
# Whoever drives or doctors for the group's outing, named by that role and then by name, the number straight after
# ("包车司机韩师傅 153… 周六早上七点在西站", "游学大巴司机 何师傅 158…", "医务室刘大夫 139…"), nothing offered round it.
_OUTING_ROLE = re.compile(r"(?:司机|医务室|卫生室|校医|领队|导游)\s*[\u4e00-\u9fff]{1,2}(?:师傅|大夫|医生|老师|护士)"
                          r"\s*1[3-9]\d")


def asked_about_or_own_in_role(plain: str) -> bool:
    """The number is one the member asks the others about (tried and not reached, or is the place any good), her
    own as she introduces herself in a role, or the outing's driver's or doctor's, with nothing sold or offered."""
    if sold(plain) or own_trade(plain) or set(signals(plain)) - {"call"}:
        return False
    return _TRIED.search(plain) is not None or _ASKS_OTHERS.search(plain) is not None or (
        _SELF_IN_ROLE.search(plain) is not None or _OUTING_ROLE.search(plain) is not None
        and _HIRED.search(plain) is None) and _OFFERED.search(plain) is None
