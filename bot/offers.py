"""Offers to everyone: what a member puts before the whole group that asks nothing of the staff, though its words
may ask (谁要…) or open with a greeting (各位早上好，…).

Read by `bot.understanding` after the lexicons (`bot.words_alone`): her own things given away, free
(我家自己种的橘子 谁要来拿 不要钱: sharing, never "您的问题我们看到了"), and a task a teacher or organiser sets
everyone (各位早上好，今天大家把上周临的《九成宫》拍照发群里，我逐个点评: a notice the others answer by doing
it, never "谢谢您的问候").
"""
from __future__ import annotations

import re

from bot.conversation import Kind

# 我家自己种的橘子 谁要来拿 不要钱 / 多出来两盒月饼 送给有需要的邻居: free, and for whoever wants it
# 自费印了一百本 送给老战友们, 分给邻居们: given to the others, by whatever name she calls them
GIVING_FREE = re.compile(r"(?<![要是还收])(不要钱|不收钱)|免费(送|拿|给|领)|白送|"
                         r"(送|分|赠)(给)?(大家|各位|邻居|有需要)|(送|分|赠)给\S{0,6}(们|姐妹|战友|同学|老友|朋友|街坊)")
TAKE_IT = re.compile(r"谁要|要的|想要|有需要|来拿|来取|自取|拿走|来摘|来搬")
# 大家把…拍照发群里 / 请同学们把作业交上来 / 我逐个点评 / 今天作业：…: everyone is set something to do
ASSIGNS = re.compile(r"(大家|各位|同学们|请)\S{0,8}(把|将)\S{0,20}(发|交|拍|传|写|练|背|读|带)|交上来|"
                     r"^\S{0,4}(作业|功课|练习)[:：]|布置(个|一个|一下)?(作业|功课)|"
                     r"我(来)?((逐个|挨个|一一|统一)(点评|批改|检查|讲评)|点评|批改|讲评)")
# 社区卫生站明天上午免费量血压 带身份证就行: something free for everyone, with when or what to bring; asks nothing
FREE_FOR_ALL = re.compile(r"免费\S{0,2}(量|测|查|体检|检查|理发|剪|义诊|讲座|咨询|领|发|发放|培训|上课|看|体验"
                          r"|接送|坐)|义诊|公益(讲座|活动|课)|(可以|都能|都可以)(免费|去)领")
WHEN_OR_HOW = re.compile(r"明天|今天|后天|下周|本周|这周|周[一二三四五六日天末]|星期[一二三四五六日天]|[上下]午|晚上|"
                         r"\d+\s*[号点]|带(上|好)?\S{0,8}(就行|即可|就可以|就好)|地点|在\S{1,10}(门口|广场|活动室|大厅)")
# 还能坐三个娃, 有啥不懂的可以问我, 有需要的找我: the member offers the others a seat, a hand or what she knows
OFFERS_HELP = re.compile(r"还(能|可以)(坐|带|捎|载|拉)[一两二三四五六七八\d]+(个|位)?|"
                         r"(可以|能|尽管|随时)(来)?(问|找)我|"
                         r"有(需要|问题|事)的?(话)?\S{0,4}(找|问|私|联系)我|"
                         r"我(可以|能)(顺路|顺便)?(帮|带|捎|载|送)(大家|你们|一下)")
# 刘姐 我开七座的 还能坐三个: said to one person by name, it answers her, it offers nothing to everyone
# 我们几个家长自己组织了周六的游园会 想带孩子去的跟我说一声: something the members organised, whoever wants to come
# tells her; 提醒大家 移植科随访门诊电话… 有需要的记一下: what she knows passed on to everyone to keep
JOIN_ME = re.compile(r"(想|要)\S{0,8}(去|来|参加|报名)的\S{0,3}(跟|和|给|找|私|告诉|联系)(我|俺)|"
                     r"(报名|要去的|想去的)\S{0,2}(找|私|联系|跟|告诉)(我|俺)|"
                     # 欢迎同学们去看 免费的 / 欢迎大家来捧场: her own show, everyone welcome
                     r"欢迎\S{0,5}(去|来|前去|前来|光临)\S{0,2}(看|参观|捧场|指导|观看|欣赏|玩)")
ORGANISED = re.compile(r"(组织|办|搞|约|张罗)(了|个|一个|一场)\S{0,16}(会|活动|聚会|聚餐|游园|出游|郊游|旅游|比赛|义卖|"
                       r"讲座|课|团)|(我|俺|我们|咱们)\S{0,14}(画展|书法展|书画展|摄影展|作品展|展览|演出|音乐会|独唱会|专场)")
PASSES_ON = re.compile(r"^(提醒|告诉|通知|转告|跟|给)大家|有需要的\S{0,3}(记|存|收藏|保存)(一下|下来|好)|"
                       r"(大家|各位)\S{0,2}(记|存|收藏)(一下|下来|好)")
KNOWN_FACT = re.compile(r"\d{3,}|电话|门诊|地址|时间|周[一二三四五六日天]|星期\S|[上下]午|\d+\s*[号点]")
# 刘姐 我也是一个人 想说话就给我打电话 咱俩做个伴 / 闷了就来我家坐坐 / 我陪你说说话: a member offers another her
# company or her ear, the very thing a companionship group is for; nothing is asked of the staff
KEEPS_COMPANY = re.compile(r"(想说话|想聊|想找人说话|闷(了|得慌)?|睡不着|心里(难受|不好受)|有事|需要)"
                           r"\S{0,3}(就|随时|尽管)?(给我|找我|叫我|打给我|来找我|来我家)(打(个)?电话|说|聊|坐坐|串门)?|"
                           r"(咱俩|咱们俩|我们俩|咱|俺俩)\S{0,2}(做个?伴|搭个?伴|作伴|说说话|聊聊)|"
                           r"我(来)?陪(你|您)(说说话|聊聊|说话|聊天|坐坐|待会|出去走走)")
# 出一个闲置的吸奶器 九成新 300出 同城自提: her own used things sold to the other members (a rule against it, if the
# group has one, is the moderators' to say); the staff are asked nothing
SECOND_HAND = re.compile(r"闲置|[九八七]成新|9[59]新|转让|出手")
PRICE_OR_PICKUP = re.compile(r"\d+\s*(元|块)?\s*(出|转)(?![门来去发了])|原价|自提|面交|包邮|可小刀|便宜(出|转|卖)")
# 有空的师兄报个名 / 需要二十个人帮厨 请接龙 / 能来的扣1: an organiser calls the members to sign up; they answer her
CALLS_FOR_HANDS = re.compile(r"(有空|有时间|愿意|能来|想来|想去|要去|可以来|能去)的\S{0,6}"
                             r"(报个?名|接龙|扣个?1|回个?1|举手|说一声|吱一声|吱个声|跟我说)|请(大家|各位)?\S{0,2}接龙|(大家|各位)\S{0,4}接(个|一下)?龙")
TO_ONE = re.compile(r"^(@\S+|(老|小|阿)\w|\w{0,3}(姐|哥|叔|姨|爷|奶|妈|爸|老师))[\s,，:：]")
ASKS_STAFF = re.compile(r"[?？]$|是不是|是真的吗|能不能|可以吗|请问")
SETS_A_TASK = "sets everyone a task"
GIVES_AWAY = "gives her own things away, free"
ANNOUNCES = "tells everyone of something free"
OFFERS = "offers the others a seat or a hand"
COMPANY = "offers another member her company"
INVITES = "invites the others to what members organised"
PASSES = "passes on what she knows to everyone"
SELLS = "sells her own used things to the other members"
CALLS = "calls the members to sign up"
# the others answer it themselves: nobody waits on the staff
NOTICES = frozenset({SETS_A_TASK, ANNOUNCES, OFFERS, INVITES, PASSES, COMPANY, SELLS, CALLS})
HOLD_OVER_A_COMPLAINT = frozenset({INVITES, PASSES, COMPANY})  # no grievance in its words: the learned layer's
# complaint (游园会, 免费的, 跟我说一声 weighed as a grievance) does not stand


def gives_away(text: str) -> bool:
    """A member offers her own things to the others, free (谁要来拿 不要钱): sharing, though "谁要" asks."""
    return bool(GIVING_FREE.search(text) and TAKE_IT.search(text))


def sets_a_task(text: str) -> bool:
    """A teacher or organiser sets everyone a task (大家把…拍照发群里，我逐个点评): a notice the others answer by
    doing it, with or without a greeting before it; nobody thanks it as a greeting or waits on it."""
    return ASSIGNS.search(text) is not None


def announces(text: str) -> bool:
    """A member tells everyone of something free (社区卫生站明天上午免费量血压 带身份证就行): a notice, not an ask."""
    return bool(FREE_FOR_ALL.search(text) and WHEN_OR_HOW.search(text) and not ASKS_STAFF.search(text))


def offers_help(text: str) -> bool:
    """A member offers the others a seat, a hand or what she knows (我开车 还能坐三个娃, 有啥不懂的可以问我): the others
    answer her, never the staff with "您的问题我们看到了"."""
    return OFFERS_HELP.search(text) is not None


def invites(text: str) -> bool:
    """Members organised something and whoever wants to come tells her (我们几个家长自己组织了周六上午的游园会 免费的
    想带孩子去的跟我说一声): the others answer her; nothing is asked of the staff, nothing is complained of."""
    return bool(JOIN_ME.search(text) and ORGANISED.search(text) and not ASKS_STAFF.search(text))


def passes_on(text: str) -> bool:
    """A member passes on to everyone what she knows, to keep (提醒大家 移植科随访门诊电话0571-… 周三上午专家号 有需要的
    记一下): a notice, not a request."""
    return bool(PASSES_ON.search(text) and KNOWN_FACT.search(text) and not ASKS_STAFF.search(text))


def offered(text: str, kind: Kind, *, to_someone: bool = False) -> tuple[Kind, str] | None:
    """The kind a member's words are once read as an offer to everyone, with why, or None when they are not one
    (`kind`: what the lexicons read; a complaint, thanks or request stays what it is; `to_someone`: the words quote
    or mention someone, so a seat or a hand offered answers them)."""
    if kind in (Kind.GREETING, Kind.SMALLTALK, Kind.SHARING) and sets_a_task(text):
        return Kind.SHARING, SETS_A_TASK
    if kind in (Kind.QUESTION, Kind.SMALLTALK) and gives_away(text):
        return Kind.SHARING, GIVES_AWAY
    if kind in (Kind.REQUEST, Kind.SMALLTALK, Kind.SHARING) and KEEPS_COMPANY.search(text) \
            and not ASKS_STAFF.search(text):
        return Kind.SMALLTALK, COMPANY  # to one member or to all: the others answer her, not the staff
    if to_someone or TO_ONE.match(text):
        return None  # 刘姐 还能坐三个: an answer to her, not an offer to everyone
    if kind in (Kind.QUESTION, Kind.REQUEST, Kind.SMALLTALK, Kind.SHARING) and offers_help(text):
        return Kind.SHARING, OFFERS
    if kind in (Kind.REQUEST, Kind.SMALLTALK, Kind.SHARING) and announces(text):
        return Kind.SHARING, ANNOUNCES
    if kind in (Kind.QUESTION, Kind.REQUEST, Kind.SMALLTALK, Kind.SHARING, Kind.GREETING) and invites(text):
        return Kind.SHARING, INVITES
    if kind in (Kind.REQUEST, Kind.SMALLTALK, Kind.SHARING) and passes_on(text):
        return Kind.SHARING, PASSES
    if kind in (Kind.QUESTION, Kind.REQUEST, Kind.SMALLTALK, Kind.SHARING) and not ASKS_STAFF.search(text):
        if SECOND_HAND.search(text) and PRICE_OR_PICKUP.search(text):
            return Kind.SHARING, SELLS  # 闲置吸奶器 九成新 300出: the mothers answer her, never "工作人员帮您办"
        if CALLS_FOR_HANDS.search(text):
            return Kind.SHARING, CALLS  # 有空的师兄报个名: the volunteers answer her by signing up
    return None
