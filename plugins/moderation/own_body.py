"""The group's own organisation speaking for itself: a volunteer pointing donors to the foundation's monthly accounts
("大家可以关注一下我们基金会的公众号 每月有捐款公示"), a co-op's notices on its own account. Nothing is sold and
nobody is drawn away: what members of such a group most want to see, not an advert."""
from __future__ import annotations

import re

from plugins.moderation.goods import sold
from plugins.moderation.intent import signals

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


# the body paying its members what they are owed: a dividend, a subsidy, the land's rent ("明天分红 每股二百八",
# "土地租金到了"); not a gift of rice and oil (领鸡蛋, 发福利: a health talk's lure)
_PAYOUT = re.compile(r"分红|发(?:放)?(?:补贴|补助|慰问金|工资|土地款|租金|征地款)|"
                     r"(?:补贴|补助|土地款|租金|征地款)(?:下来了|到了|发了)|领(?:取)?(?:补贴|补助|分红)")
# ... told as a notice: when, and what to bring or where to come (带身份证, 带上存折, 到社里领, 来村委)
_COLLECT = re.compile(r"带(?:上|好|着)?(?:身份证|户口本|存折|银行卡|社员证|股权证|印章|章|本子)|"
                      r"(?:到|来|去)(?:社里|合作社|村委会?|大队|办公室|会计室|村部|老地方)|本人(?:来|到)|自己来领")
# what a scheme says to draw money in: buying shares, joining, returns promised, friends brought
_DRAWS_IN = re.compile(r"入股|认购|投资|投入|加入|躺赚|稳赚|月月|天天|高回报|收益率|保本|回本|翻倍|拉人|推荐|介绍|"
                       r"名额|抓紧|限时|私聊|私信|加我|联系我|扫码|链接|平台|讲座|听课|体验|健康|产品|项目|保险|收益|利息|年化|理财|型")


def pays_members(plain: str) -> bool:
    """The group's own body telling its members when to collect what it pays them ("明天分红 每股二百八 带身份证"):
    nothing is asked of them but to come, and nobody is drawn to put money in."""
    return _PAYOUT.search(plain) is not None and _COLLECT.search(plain) is not None \
        and _DRAWS_IN.search(plain) is None and set(signals(plain)) <= {"scheme", "price"}
