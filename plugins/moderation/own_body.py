"""The group's own organisation speaking for itself: a volunteer pointing donors to the foundation's monthly accounts
("大家可以关注一下我们基金会的公众号 每月有捐款公示"), a co-op's notices on its own account. Nothing is sold and
nobody is drawn away: what members of such a group most want to see, not an advert."""
from __future__ import annotations

import re

from plugins.moderation.goods import sold

# "our" organisation, the one the group belongs to (not "我的公众号", a member's own channel)
_OURS = re.compile(r"(?:我们|咱们|咱|本)(?:的)?(?:基金会|协会|合作社|社区|居委会|村委会?|学校|医院|病区|科室|"
                   r"志愿者?(?:队|协会|团队)|公益(?:组织|机构)|机构|俱乐部|老年大学|社团|商会|业委会|党支部|工会)(?:的)?(?:官方)?"
                   r"(?:公众号|视频号|官网|网站|服务号|小程序)")
# what it publishes there that members are owed: accounts, where donations went, notices, the year's report
_ACCOUNTED = re.compile(r"公示|公开|账目|明细|财务|善款|捐款(?:去向|使用|情况|记录)|年报|报告|审计|通知|公告")
# the hooks of a channel grown for selling: a gift for following, classes, a shop
_HOOK = re.compile(r"领取|福利|免费领|送礼|礼品|抽奖|课程|优惠|下单|商城|购买|报名费|红包|返")


def own_body_accounts(plain: str) -> bool:
    """A pointer to the group's own organisation's account for its accounts or notices, with no gift, sale or
    class on offer."""
    return _OURS.search(plain) is not None and _ACCOUNTED.search(plain) is not None \
        and _HOOK.search(plain) is None and not sold(plain)
