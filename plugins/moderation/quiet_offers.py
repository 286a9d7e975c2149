"""A private call that names no goods, read by how a seller invites the talk: a dealer buying whatever members
have ("旧家电旧手机 我高价收 私信"), a token asked for and each answered privately ("有兴趣的扣个666 我私你"),
money to whoever wants to earn ("想趁钱 来私我", "想让退休金多点的 私下找我"), a hurry with nothing named
("今天最后一天 过时不候 私我"), a friend request with a thing promised ("加个好友 发你一个东西 保证有用"), a post
in the poster's moments pointed at ("朋友圈看我最新那条 有惊喜").

Each is a hint: the learned layer reads the whole line. Members ask to be messaged too, about the group's own life (a
sign-up, a meal, the day's photos), to one member, or to hear a grievance ("有意见私聊我"): those are left alone here.
"""
from __future__ import annotations

import re

# The poster as the way, in short words ("私我", "私信", "找我", "单聊", "私下找我", "来私我"); 俄 is 我 in 山西话.
_CALL = re.compile(r"私[我俄你]|私信|私聊|单聊|小窗|(?:找|寻|问|加)[我俄]|私下(?:说|找[我俄]|聊|谈|联系)")
# A dealer buying what members have, to sell on: "我高价收", "我都收", "长期收", "收老煤票 旧粮票" (old things: not
# "收快递的姐妹", a neighbour fetching parcels).
_DEALER = re.compile(r"(?:高价|都|全|长期|大量|上门)收(?![到拾好藏费款钱据养留尾集条])|"
                     r"^回?收购?[\u4e00-\u9fff]{0,2}?(?:旧|老|二手|废|闲置)|价(?:钱|格)?好商量")
# A token asked of the room, then each who sent it messaged privately ("扣个1 我私你", "俄一个一个私你们").
_TOKEN = re.compile(r"(?:扣|回|刷)(?:个|一个)?\s*(?:1|一|6{1,3}|8{1,3})[^，。]{0,6}?(?:一个一个|挨个)?私(?:你|您|发)")
# Money for whoever wants to earn or to have more, the call right after it: "想赚钱的 私我", "恁若欲趁钱 来私我" (read
# 赚钱), "想让退休金多点的 私下找我"; not "想多赚点钱的 先把身体养好 有事找我".
_MONEY = re.compile(r"(?:(?:想|要|欲|愿意)[\u4e00-\u9fff]{0,2}?(?:赚|挣)(?:钱|点钱|外快|零花钱|点)|"
                    r"(?:退休金|养老金|工资|收入)[\u4e00-\u9fff]{0,3}多(?:拿)?(?:点|些))"
                    r"[\u4e00-\u9fff]{0,6}[\s，,]*来?(?:私[我俄]|私信|私聊|单聊|小窗|(?:找|寻|问|加)[我俄]|私下)")
# A hurry with nothing named: "今天最后一天", "过时不候", "错过就没了".
_HURRY = re.compile(r"过时不候|最后一天|仅此一天|错过(?:就|再)?没|今天截止")
# A friend request with a thing promised and not named: "加个好友 发你一个东西", "保证有用".
_BEFRIEND = re.compile(r"加(?:个|一下)?好友|加[我俄]")
_PROMISED = re.compile(r"发你(?:一个|个|点|一样)?(?:好)?东西|保证有用|有惊喜|好东西")
# The poster's moments pointed at, with a good promised or a post counted ("看我朋友圈第三条").
_MOMENTS = re.compile(r"朋友圈[^，。]{0,8}(?:有惊喜|好东西|好货|福利)|看我的?朋友圈第[一二三四五六\d]条\W*$")
# The group's own life, a word to one member, a grievance heard, or something asked for.
_OWN_LIFE = re.compile(r"报名|参加|活动|聚餐|聚会|吃饭|拼车|搭车|照片|原图|视频|接龙|排练|演出|比赛|意见|建议|帮你|"
                       r"投诉|不满|@|[?？]|吗")


# A line that is nothing but whoever wants or something good unnamed, a private call and a seller's tail ("需要的找我",
# "好东西 私聊", "需要的私窗 先到先得", "想要的私 便宜出", "姐妹们 有个机会 私我", "想了解的加好友"): nothing of the
# group's, nothing given or lent, nothing named at all is left once those are taken out. Members who call so name
# what they mean: the coming along ("想去的找我"), the help ("不会用手机的问我"), the thing ("需要的找我 我家纸箱多").
UNNAMED = "whoever wants it, nothing named, privately"  # sure: nothing else in the line for the layer to read
_UNNAMED_CALL = re.compile(r"私[我俄聊信窗]|私(?=\W|$)|小窗我?|(?:来)?(?:找|问|加)[我俄]|加(?:个)?好友|滴滴我|戳我")
_UNNAMED_WHO = re.compile(r"(?:有)?需要的|想要的|想了解的|想(?!去|来|玩|参加|聚|吃|看|一起)[\u4e00-\u9fff]{1,3}的|"
                          r"感兴趣的|有兴趣的|懂的|好东西|有(?:个|一个)?(?:机会|资源|路子|门路|好事|项目)")
_UNNAMED_REST = re.compile(r"姐妹们?|朋友们?|各位|大家|老哥老姐|家长|宝妈|先到先得|便宜出|价格美丽|少走弯路|手慢无|"
                           r"名额有限|详聊|细聊|详谈|了解一下|速来|直接|可以|就|的|了|哦|啊|呀|吧|[\W_\d]")
_NOT_AN_OFFER = re.compile(r"帮忙|帮你|不会|不懂|不要钱|不收|免费|送")


def unnamed_offer(plain: str) -> bool:
    """The line is only whoever wants (or something good unnamed) and a private call, nothing else named."""
    if len(plain) > 24 or _UNNAMED_CALL.search(plain) is None or _UNNAMED_WHO.search(plain) is None \
            or _OWN_LIFE.search(plain) is not None or _NOT_AN_OFFER.search(plain) is not None:
        return False
    rest = _UNNAMED_CALL.sub("", _UNNAMED_WHO.sub("", plain))
    return _UNNAMED_REST.sub("", rest) == ""


def quiet_offer(plain: str) -> str | None:
    """Why the line reads as an offer finished in private with nothing named (a hint), or None."""
    if _OWN_LIFE.search(plain) is not None:
        return None
    if unnamed_offer(plain):
        return UNNAMED
    if _TOKEN.search(plain) is not None:
        return "a token asked, each messaged privately"
    if _MOMENTS.search(plain) is not None:
        return "a post in the poster's moments pointed at"
    if _BEFRIEND.search(plain) is not None and _PROMISED.search(plain) is not None:
        return "a friend request with a thing promised"
    if _CALL.search(plain) is None:
        return None
    if _DEALER.search(plain) is not None:
        return "a dealer buying, privately"
    if _MONEY.search(plain) is not None:
        return "whoever wants to earn, privately"  # sure when a few words (the layer never reads those)
    if _HURRY.search(plain) is not None:
        return "a hurry with nothing named, privately"
    return None


# The group's own life with a call and no other kind of intent: the learned layer alone reads the call and the hurry
# as a pitch ("报名今天最后一天 过时不候 要去的私我", "要昨天演出原图的扣1 我私你们", "谁有意见私聊我"); it is not one.
_LIFE = re.compile(r"报名|参加|活动|聚餐|聚会|吃饭|拼车|搭车|照片|原图|接龙|排练|演出|比赛|意见|建议|投诉|不满")


# what the poster has or can get for whoever comes privately: an offer, not the group's matter
_MEANS = re.compile(r"我(?:能|有|这|认识|表|家|们有|帮)|便宜|弄|保|门路|渠道|路子|名额|票|链接|课|服|号|"
                    # or a thing tried and whoever wants it ("吃了膝盖不响了 … 要的找我", "想学的私我")
                    r"想学|想了解|要的|想[\u4e00-\u9fff]{1,4}来的|吃了|用了")


def the_groups_own_call(plain: str, kinds: tuple[str, ...]) -> bool:
    """A private call about the group's own life, and the text shows no other kind of commercial intent and nothing
    the poster has or can get."""
    return _LIFE.search(plain) is not None and set(kinds) <= {"call"} and _CALL.search(plain) is not None \
        and _MEANS.search(plain) is None
