"""What members share: links, articles, mini programs, videos and cards; shop links and share tokens are adverts."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

_URL = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org|top|xyz|cc|vip|shop|info|me|io|co|tv|club|site|"
                  r"online|link|ly|ink|fun|icu|wang)(?::\d+)?(?:/[^\s，。]*)?")
# Shops and their short links: a link to any of them is selling.
SHOP_DOMAINS = ("jd.com", "tb.cn", "taobao.com", "tmall.com", "pinduoduo.com", "yangkeduo.com",
                "kuaishou.com", "youzan.com", "weidian.com", "vip.com", "suning.com", "1688.com", "xiaohongshu.com")
SHORTENERS = ("t.cn", "url.cn", "dwz.cn", "suo.im", "bit.ly", "tinyurl.com", "is.gd", "t.co")
# Where members' articles come from: official accounts, government and mainstream news.
ARTICLE_DOMAINS = ("mp.weixin.qq.com", "gov.cn", "people.com.cn", "xinhuanet.com", "news.cn", "cctv.com", "cctv.cn",
                   "chinanews.com.cn", "thepaper.cn", "china.com.cn", "cnr.cn", "gmw.cn", "youth.cn", "ce.cn", "81.cn",
                   "chinadaily.com.cn", "chinacourt.org", "bilibili.com", "edu.cn", "ac.cn",
                   # mainstream portals and reading sites members share from, and public exam and study services
                   "zhihu.com", "toutiao.com", "sohu.com", "sina.com.cn", "sina.cn", "163.com", "ifeng.com",
                   "baike.baidu.com", "weibo.com", "douban.com", "xuexi.cn", "chsi.com.cn", "neea.cn", "eol.cn",
                   "bjnews.com.cn", "jiemian.com", "yicai.com", "caixin.com",
                   # a seniors' article platform, a portal's news, a paper's app, non-profit organisations' sites
                   "meipian.cn", "news.qq.com", "peopleapp.com", "org.cn")
_SPAM_TLDS = frozenset(("top", "xyz", "cc", "vip", "shop", "icu", "wang", "fun", "ink", "link", "site", "online",
                        "club", "info"))
_TOKEN = re.compile(r"[￥$€₤¥₳¢¤₴]\s*[a-z0-9]{8,14}\s*[￥$€₤¥₳¢¤₴]|"
                    # a token in two parts before the app is named ("¥cz3456 mntHk7axq2¥/ 打开淘宝")
                    r"[￥$€₤¥₳¢¤₴]\s*[a-z0-9]{4,14}\s[a-z0-9]{4,14}\s*[￥$€₤¥₳¢¤₴]\s*/?\s*(?:打开|达开|复制)|"
                    r"(?:复制|幅制|口令).{0,30}(?:打开|达开|去|到)\s*(?:手机)?(?:淘宝|τao宝|tao宝|手淘|淘x宝|"
                    r"拼多多|抖音|京东|快手)|"
                    r"【(?:淘宝|天猫|拼多多|京东)】|[a-z0-9]{11}:/\s?[a-z]|口令.{0,6}\([a-z0-9]{8,14}\)")
_INVITE = re.compile(r"群号\d{5,}|扫.{0,4}码.{0,4}(?:进|入|加)|群[^，。]{0,4}扫.{0,2}码.{0,2}领|"
                     r"(?:进|加|入)(?:我的|我们的|咱们的|"
                     r"本)?.{0,6}群(?:聊)?.{0,8}"
                     r"(?:领|免费|福利|红包|返利|赚|送)|(?:免费|福利|红包|返利|特价|资源|资料).{0,8}群|"
                     r"拉你们?进|(?:入|进)群费|"
                     # a trade's group offered, not one someone was pulled into ("又有人拉我进啥兼职群 烦死了")
                     r"(?<!拉我)(?<!拉俺)(?:进|加入?)(?:我们|咱们|俺们)?的?[^，。\s]{0,6}(?:货源|兼职|副业|接单|派单|客源|商机)群|"
                     r"(?:货源|兼职|副业|接单|派单|客源|商机)群[^。]{0,20}(?:想进|要进|进的|扣个?1|拉你|加我)|"
                     r"邀请你加入群聊|转发.{0,10}群.{0,10}截图|拉\d+个人进群")
# Weaker: "想加入的" and "我拉你" are also how a club's own organiser talks; a hint for the learned layer to weigh.
_INVITE_HINT = re.compile(r"我拉(?![得的了琴着过二胡手])|要进的|想进的|想加入的|"
                          r"想进(?:群)?(?:说一声|吱一?声|找我|私我)")
_CARD_TRADE = re.compile(r"顾问|经理|招商|养老公寓|康复中心|预约|"
                         r"代购|批发|销售|宅配|配送|家政|开锁|维修|旅游|专线|保险|贷|托管|早教|养生|调理|"
                         r"理疗|健康管理|"
                         r"免费|直邮|上门|"
                         r"24小时|特价|低价|月嫂|置业|中介|课程|试听|一对一|代理|店|商城|团购|招生|"
                         r"旅行社|工作室|培训|辅导|驾校|留学|考研|装修|搬家|回收|保洁|婚庆|民宿|租车|包车|二手车|房产|"
                         r"美容|美甲|足疗|推拿|按摩|私教|理财|信用卡|婚介|红娘|接单|代投|入选|传人|直供|收藏|专业|手工|"
                         # a seller passed on with the card: "这个人的助听器便宜 你们加一下", "卖护眼灯的…加她"
                         r"加(?:他|她|一下)|卖[^，。\s]{1,6}的|便宜|"
                         # a business by its name: a shop, a firm, a studio, a farm, and who sells for it
                         r"[\u4e00-\u9fff](?:店|坊|铺|厂|斋|轩|阁|超市|商贸|商行|商城|公司|集团|工作室)"
                         r"(?![\u4e00-\u9fff]{0,2}(?:长|员|主任))|"
                         r"总监|主管|掌柜|店长|老板|专卖|直营|定制|批发|零售|土特产|农产品|特产|茶叶|茶庄|"
                         r"蜂蜜|海鲜|生鲜|私房|烘焙|蛋糕|代账|办证|护工|陪护|保姆|家电|管道|疏通|家具|窗帘|净水|艾灸|美发|纹绣|"
                         r"收购|预定|预订|配方|修复|产后|月子|催乳|(?:\d[\s-]?){7,}")
# Cards of the group's own life: the community, the school, the property office, the club's own roles.
_CARD_OFFICIAL = re.compile(r"居委会|社区|街道|物业|学校|小学|中学|幼儿园|班主任|医院|卫生|派出所|民警|老年大学|"
                            r"合唱|舞蹈队|太极(?:拳)?(?:队|协会|班)|队长|团长|(?<!老)班长|楼长|业委会|家委会|志愿|大学|学院|考试院|招生办|教务|"
                            r"辅导员|图书馆|"
                            # an officer's card: "李会长｜市收藏家协会"
                            r"(?:会长|秘书长|理事长)\s*[｜|][^｜|]{0,12}(?:协会|学会|研究会)$")
# Public bodies' mini programs (a university's, the exam authority's, social security's): their words are notices.
_MINI_OFFICIAL = re.compile(r"大学|学院|考试院|考试中心|教育(?:局|厅|部|考试)|研招|学信|人事考试|人社|社保|医保|政务|"
                            r"公安|交管|12123|图书馆|国家|政府|义务教育|招生入学")
_MINI_AD = re.compile(r"免费(?:问诊|估价|鉴定|评估|咨询)|高价(?:回收|收)|上门回收|包邮|起拍|捡漏|"
                      r"砍一刀|助力|帮我点|帮我领|领现金|提现|立减|领免费|(?<![\d.])0元|零元|免费试用|返现|返利|"
                      r"邀请.{0,4}(?:好友|新人)|免费拿|免费领|0元领|抢购|"
                      r"特价|特卖|便宜|限时|"
                      r"\d折|满\d+减|无门槛|充\d+送|体验课|商城|9\.9|1元|一分钱|1分钱|抢|手机号|名额|会员卡|专享|"
                      r"优惠券?|领券|返现|现金|秒杀|拼团|砍价|福利|充值|旗舰店|店铺|招生|课程|试听|报名有礼|[一1]元购|"
                      r"新人(?:专享|福利|价)|急售|房源|抽奖|恭喜您?|点击领|领取|专属|输入身份证|"
                      # what the card sells, said in its title: a paid tier that buys priority ("缴费会员优先匹配"; not
                      # a bill paid, "医保缴费", nor a club's roll, "会员登记"), a free try to draw a new customer
                      # ("免费试住三天", "新用户免费看10个资料"), a fortune told for a fee ("八字合婚测算")
                      r"(?:缴费|付费|充值|开通)会员|会员(?:优先|特权)|vip|免费试(?:住|用|听|吃|学|看|玩|睡|穿|戴)|"
                      r"新用户(?:免费|专享|立减|送|福利)|免费看\d+|测算|算命|合婚|看姻缘|运势|改运|"
                      # a first order at a token price ("首单一元"), money for walking or watching ("每天一万步领五块"),
                      # a contest that ends in a paid book ("获奖即出书")
                      r"首单|赚钱|挣钱|领[一二两三四五六七八九十百\d]+(?:块|元)|获奖即|即可?出书|"
                      # a valuation that ends in a sale, cash at a tap, a membership at a price ("拍鸟作品估价
                      # 一键变现", "乐器估价回收 一键上门", "曲谱大全 会员九块九"); not a tap that reports, shows or
                      # calls a car
                      r"估价|一键(?:变现|上门|回收|下单|购买|赚|提现|借|贷)|"
                      r"会员(?!费)[^\s｜|]{0,3}?(?:[\d.]+|[一二两三四五六七八九十]+)(?:块|元)")
# A gift for signing in or signing up ("签到领球拍", "注册送鸡蛋"): a lure whatever else the card says; not points or a
# badge ("打卡领积分"), which a club's own tracker gives.
_GIFT_FOR_SIGNING = re.compile(r"(?:签到|打卡|注册|下载|登录)(?:就|即|可|免费)?(?:领|送)(?!积分|勋章|证书|奖状|\s|$)")
_VIDEO_AD = re.compile(r"老板直播|直播带货|全包|一平方|每平米?|"
                       r"橱窗|小黄车|购物车|主页|下单|购买|链接|秒杀|评论区|团购|厂家直销|私信|优惠券|特价|同款|直播间|"
                       r"只要\d|带货|好物|到手|包邮|店铺|旗舰店|限时|折扣|领券|报名|招生|课程|咨询|"
                       # a service sold from the video: a trade's work taken on, a free trial before the sale, a
                       # gift for following
                       r"代运营|代办|加盟|免费(?:诊断|评估|测评|体验)|接单|关注我[^，。\s]{0,2}(?:领|送)|"
                       r"(?:看|见)视频(?:结尾|最后|末尾)")


def find_link(text: str, allowed: Iterable[str]) -> str | None:
    """The domain of the first link that is not allowlisted, or None."""
    for match in _URL.finditer(text):
        url = match.group(0)
        domain = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
        if domain and not domain_in(domain, allowed):
            return domain
    return None


def selling_domain(domain: str) -> bool:
    """A shop, a link shortener (it hides where it leads), or a cheap top-level domain spam favours (.top, .xyz)."""
    return domain_in(domain, SHOP_DOMAINS + SHORTENERS) or domain.rsplit(".", 1)[-1] in _SPAM_TLDS


def domain_in(domain: str, domains: Iterable[str]) -> bool:
    """The domain is one of these or under one of them."""
    return any(domain == d or domain.endswith("." + d) for d in domains)


def without_links(text: str) -> str:
    """The text with links blanked out (so a link's letters never read as an id)."""
    return _URL.sub(" ", text)


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def has_link(text: str) -> bool:
    """The text holds a link."""
    return _URL.search(text) is not None


def share_token(plain: str) -> str | None:
    """A shopping app's share token (淘口令 and the like)."""
    return m.group(0)[:30] if (m := _TOKEN.search(plain)) is not None else None


def group_invite(plain: str) -> tuple[str, bool] | None:
    """An invitation into another group, and whether it is sure (a lure, a QR code, a group number) or a hint."""
    if (m := _INVITE.search(plain)) is not None:
        return m.group(0)[:20], True
    return (m.group(0)[:20], False) if (m := _INVITE_HINT.search(plain)) is not None else None


def card_ad(title: str) -> bool:
    """A shared contact card that advertises a trade or service (a person's plain card does not)."""
    return _CARD_TRADE.search(title) is not None and _CARD_OFFICIAL.search(title) is None


# Money staked on a bet ("充值送彩金", "下注", "赔率"): a betting site whatever else the card says.
_STAKES = re.compile(r"彩金|下注|投注|博彩|赔率|充值[^，。\s]{0,4}(?:竞猜|押|赌)|(?:竞猜|押注)[^，。\s]{0,4}充值")


# A fortune told ("星座运势测算", "八字合婚"): every such mini program members were sent was a paid reading or a lure;
# a public body's calculator ("人社｜养老金测算") is not one.
_FORTUNE = re.compile(r"算命|合婚|姻缘|运势|改运|八字")


def gift_for_signing_up(title: str) -> bool:
    """A mini program that gives a gift for signing in or up ("注册送鸡蛋"), takes stakes on a bet ("充值送彩金") or
    tells fortunes ("星座运势测算"): sure, whatever the learned layer reads."""
    return _GIFT_FOR_SIGNING.search(title) is not None or _STAKES.search(title) is not None \
        or _FORTUNE.search(title) is not None and _MINI_OFFICIAL.search(title) is None


def mini_program_ad(title: str) -> bool:
    """A mini program that sells or asks for help to win something (maps, services, 接龙 do not)."""
    return _MINI_AD.search(title) is not None and _MINI_OFFICIAL.search(title) is None


def video_ad(text: str) -> bool:
    """A video share whose words sell (a performance, a trip, a tip do not)."""
    return _VIDEO_AD.search(text) is not None


# Short-video shares (抖音, 快手, 视频号, B站, 西瓜视频, 腾讯视频, 好看视频): what members share, like articles, so
# only their words can make them ads. A room with `shares: strict` treats them as any other link.
_VIDEO_LINK = re.compile(r"(?<![\w.-])(?:https?://)?(?:v\.douyin\.com|(?:www\.)?(?:ies)?douyin\.com/(?:share/)?video|"
                         r"v\.kuaishou\.com|(?:www\.)?kuaishou\.com/(?:short-video|f)/|b23\.tv|"
                         r"(?:www\.|m\.)?bilibili\.com/video|channels\.weixin\.qq\.com|weixin\.qq\.com/sph|"
                         r"(?:www\.|v\.)?ixigua\.com|v\.qq\.com|haokan\.baidu\.com)[^\s，。]*")
# The words of a video link that sells: a video shop, its live room, an order (softer selling words in the rest of
# the message are weighed as in any member's words).
_VIDEO_SHOP = re.compile(r"(?:抖音|快手|视频号)?小店|橱窗|小黄车|直播间|下单|秒杀|带货|包邮|上新|优惠券|领券|到手价|"
                         r"店铺|旗舰店|厂家直销")


def video_link(text: str) -> str | None:
    """The first short-video share link in the text (抖音, 快手, 视频号, B站 ...), or None."""
    return m.group(0)[:40] if (m := _VIDEO_LINK.search(text)) is not None else None


def without_video_links(text: str) -> str:
    """The text with short-video share links blanked out (their words are judged like any member's)."""
    return _VIDEO_LINK.sub(" ", text)


def video_link_ad(plain: str) -> bool:
    """A short-video share whose words sell: a video shop, a live-room sale, an order."""
    return _VIDEO_SHOP.search(plain) is not None
