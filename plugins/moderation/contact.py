"""Contact details: mobile numbers (whole, spelled, in pieces), ids after a contact cue, QQ, add-me calls."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.chinese_text import compact
from bot.literals import guarded
from plugins.moderation.goods import sold, wants_to_buy
from plugins.moderation.help_asked import help_or_gift
from plugins.moderation.hidden_number import hidden_mobile
from plugins.moderation.intent import signals
from plugins.moderation.landline import trade_line
from plugins.moderation.normalize import Views
from plugins.moderation.number_asked_about import asked_about_or_own_in_role
from plugins.moderation.request import answers_an_ask, given_on_request
from plugins.moderation.told_id import symbol_cued_id, told_id
from plugins.moderation.trade import own_trade

_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_RUN = re.compile(r"\d+")
# What a number given in pieces never has between its pieces: a line break (接龙 lines: "3栋1201 一箱\n2. 5栋502"),
# a flat, a building or a quantity.
_NOT_BETWEEN = re.compile(r"\s*(?:栋|号(?!码)|楼|单元|室|层|箱|份|个|斤|盒|件|袋|瓶|包|元|块|月|日|分|:|岁|年|次|名|"
                          r"人|天|"
                          r"期|届|班|级)")
# WeChat / QQ cues as posters spell them (hanzi look-alikes and sound-alikes, letters, a plus sign).
_CUE = (r"(?:(?:薇|徽|威|微|维|胃|喂|v)\s*(?:芯|心|言|新|辛|星|鑫|欣|亻言)|[ㄨ乂]\s*信|喂信|家我|嘉我|加魏|"
        r"微信|薇信|威信|维信|徽信|v信|威辛|威芯|微芯|卫星|weixin|wei xin|wei|vx|wx|v\.x|w\.x|v号|"
        r"扣扣|qq|企鹅|绿色软件|绿泡泡|薇|徽|威|微|(?<![a-z])v(?![a-z])|\+\s*(?:我|薇|徽|v|✔|✓)?|加我)")
_CUE_ID = re.compile(rf"{_CUE}\s*(?:号码?|号是|是|id)?\s*[:：=]?\s*(?:[\u4e00-\u9fff]{{0,3}}\s*[:：]\s*)?"
                     r"([a-z][a-z0-9_.\-]{3,24}[a-z0-9]|[0-9][a-z0-9_.\-]{3,24}[a-z][a-z0-9_.\-]*|\d{6,12})"
                     r"(?![\d元块人])")
# An id spaced out or padded after a cue ("v x : q p 1 9 8 8", "徽 芯 号 ebwl520"), read from the squeezed text; only
# cues that can mean nothing else (a lone 微 or v squeezed against its neighbours could).
_SPACED_ID = re.compile(r"(?:(?:薇|徽|威|微|维|v|ㄨ|乂)(?:信|芯|心|言|新|辛|鑫|欣|亻言)|加[薇徽威微魏]|卫星|vx|wx|"
                        r"v号|qq|"
                        r"扣扣|企鹅|weixin|绿色软件|绿泡泡)"
                        r"(?:号码?|号是|是|id)?[:：=]?"
                        r"([a-z][a-z0-9_.\-]{3,24}[a-z0-9]|[0-9][a-z0-9_.\-]{3,24}[a-z][a-z0-9_.\-]*|\d{6,12})"
                        r"(?![\d元块人])")
_CUE_CHARS = frozenset("微薇威维徽魏信芯星扣企绿vwqㄨ乂")  # one of these is in every cue of _SPACED_ID
# An id typed a character at a time after any cue, a lone 微 or 薇 included ("微：x i a n g 6 6", "薇 d d b _ 7 7",
# "绿泡泡 搜 z h o u"): four or more single letters or digits with spaces between are an id hidden from a screen;
# members never write a word so.
_SPELLED_ID = re.compile(r"(?:[薇徽威微维]\s?信?|wei\s?信|w\s?x|v\s?x|(?<![a-z])v|qq|扣扣|绿泡泡|绿色软件)"
                         r"\s*(?:搜一?搜?|号码?|号是|id)?\s*[:：=]?\s*((?:[a-z0-9_]\s+){3,}[a-z0-9_])(?![a-z0-9])")
# An id given in pieces after a lone cue, letters and numbers in turn ("薇 tuo 幺二三 guan", "薇 hy 幺三九 零七 加我"),
# read from the pieces view (numerals as digits): three pieces or more, letters and at least three digits among them.
_PIECED_ID = re.compile(r"(?:^|[^\u4e00-\u9fff])[薇徽威微]\s*[:：]?\s*((?:[a-z]+|\d+)(?:\s+(?:[a-z]+|\d+)){2,})"
                        r"(?![a-z0-9])")
# "要的家薇", "家 薇 详聊", "咖威 详谈": 加薇 by sound, standing alone (not 张家维, 家维修, 我的家威海)
_SOUND_ADD = re.compile(r"(?:^|[\s，。,!！的])[家嘉佳咖伽]\s?个?\s?[薇威维徽](?![\u4e00-\u9fff])")
_SOUND_CHARS = frozenset("家嘉佳咖伽")
# "+薇", "+徽": add me on WeChat, the app named by a look-alike after a plus sign (squeezed text has no plus).
_PLUS_CUE = re.compile(r"\+\s*[薇徽威](?![信芯心言])")
# A handle (letters and digits mixed, as WeChat ids are: hs20241188) after a call to add, contact or search without
# naming the app ("加 hs…", "加好友 hs…", "联系 hs…", "绿色软件搜 hs…"), or standing bare after a trade offered to
# the group ("回收旧家电 hs…"). A handle has letters and at least four digits, so prices, dates and counts never are.
_HANDLE = r"(?=[a-z_.\-]*\d(?:[a-z_.\-]*\d){3})[a-z][a-z0-9_.\-]{4,24}"
_BARE_CUE_ID = re.compile(rf"(?:加好友|添加|加(?![入了过上起班油钱价分量点个])|联系|找我|搜一?搜|搜索?|绿色软件|绿泡泡)"
                          rf"\s*(?:号|id)?\s*[:：]?\s*({_HANDLE})(?![a-z0-9])")
_TRADE_OFFER = re.compile(r"(?:上门|高价|长期|专业)?(?:回收|收购)(?:旧|二手|废旧|各种|各类)|"
                          r"[^\s，。,]{0,6}换钱(?:啦|了|喽)?[，。,!！\s]|(?:^|[，。,\s])(?:出售|转让|代办|代购)")
_BARE_HANDLE = re.compile(rf"(?<![a-z0-9])({_HANDLE})(?![a-z0-9])")
_QQ = re.compile(r"(?:qq|q群|扣扣|企鹅|koukou|加扣|(?<![a-z])q)我?(?:[群裙]|号|[群裙]号)?(?:就是|是)?(\d{5,11})(?!\d)")
_ASK_ADD = re.compile(r"(?:加|添加|联系|私聊|私信)(?:我|本人)?的?"
                      r"(?:微信|薇信|威信|徽信|喂信|维信|vx|wx|v信|v芯|qq|扣扣)|"
                      # the app spelt to pass a screen, then where to talk ("威❤上说", "嘉我v芯"): only a seller so
                      r"(?:[薇徽威喂v][信芯心言新]|微[芯心言新])上(?:说|聊|谈|细说|细聊|详谈|详聊)|"
                      r"(?<![回在到老娘住搬])[嘉佳伽咖]我的?(?:[薇徽威喂v][信芯心言新]|微[芯心言新]|vx|wx)|"
                      r"(?:[微薇威维徽胃喂v][信芯心言]|vx)同号|(?<![a-z])v一下|"
                      # "加我威详谈", "有意加薇": the app by sound
                      r"加(?:我|个)[薇徽微威](?![信芯心言])|(?<![增更参添])加[薇徽](?![信芯心言])")
# "Add me on WeChat" by sound (加个威信, 加我绿泡泡, jia wo v xin), before any id is given.
_CUE_SOUNDS = r"wei xin|weixin|v xin|v|vx|wx|vxin|kou kou|qq|qi e|lv pao pao|xiao lv|wei xin hao|v x|w x"
# (not "到家我微信上跟你说": home, then WeChat)
_SOLICIT = re.compile(rf"(?<!hui)(?<!dao)(?<!zai) (?:jia|tian jia|lian xi|si liao|si xin|si wo|sou) "
                      rf"(?:wo |ben ren |wo de |ge |yi xia |xia )?"
                      rf"(?:de )?(?:{_CUE_SOUNDS})(?= | ?[0-9a-z])|"
                      # "佳卫 hangpailao": 加微 by sound before an id (no syllable is seven letters or has a digit)
                      r" jia (?:ge )?wei (?=[a-z]*\d[a-z0-9]* |[a-z]{7,}[0-9]* )")
_ASCII_SOLICIT = re.compile(r"(?:jia|lianxi|siliao|add)(?:wo)?(?:weixin|vxin|vx|wx|qq|koukou|v)")
# Someone asked for it: an id given to whoever asked ("你问的那个师傅", "有人问理发的") is help, as a number is.
_ASKED_FOR = re.compile(r"有人问|你问的|问.{0,8}(?:电话|号码|微信|联系方式)")
# A number shared as a person's own or a public service's is not an advert.
# A lost or found notice (a pet, a child, a wallet, goggles left in a locker) gives the finder's number to call.
# A number changed ("我原来那个号不用了 换成…") is the member's own.
# A member's own number: she cannot read or hear a message ("我眼睛看不清 别发字"), asks a hand, is new.
_CANNOT_READ = re.compile(r"眼睛(?:不好|看不清|花)|看不清|耳朵背|听不清|别发(?:语音|字)|不会打字|"
                          r"帮我(?:看|弄|修)|多多指教")
_PERSONAL = re.compile(r"换.{0,3}号|新号|号码?换了|原来(?:那个|的)?(?:号|手机号?)|(?:号|号码|手机号?)不用了|"
                       r"有人问|你问的|问.{0,8}(电话|号码)|急救|报警(?!器)|紧急联系|"
                       # given in answer to a member's ask, or at an officer's word ("@李姐 你上回问的", "理事长让发的")
                       r"你(?:上回|上次|前几天|昨天|刚才|刚刚|之前)问的|"
                       r"(?:理事长|会长|主任|书记|群主|村委|居委|社区|站长|队长|老师)让(?:我)?(?:发|转|通知)的?|"
                       # or with its owner's leave ("电工老刘 … 电话159… 他同意我发的")
                       r"(?:他|她|本人|人家|师傅)(?:同意|让|叫)(?:我)?(?:发|转|公开)的|"
                       r"走丢|跑丢|跑出去|丢了|寻(?:狗|猫|人|物)|启事|捡到|失物|招领|认领|(?:必有)?重谢|丧事联系人|追悼会|"
                       r"谁(?:家)?的[^，。,\s]{0,10}(?:落|忘|丢|跑)|谁(?:落|丢|忘|拿错|拿走)了|拿错了我的|我(?:先)?(?:收着|保管着|替你收着)|谁的[^。]{0,30}(?:来领|来认|领回|来拿)|落在[^，。,]{0,8}了|交给(?:了)?(?:前台|门卫|保安|物业|居委会)|"
                       r"我是(?:这个群的|群里的|咱们的?)?[\u4e00-\u9fff]?(?:管理员|群主|会计|出纳|队长|团长|组长|楼长|会长|秘书长|联络员|领队)")
# A number that belongs to someone's role in the group's life (the trip leader, the driver, the class teacher).
_ROLE = re.compile(r"(?:业委会|家委会|业主委员会|会长|群主|团长|秘书长|管理员|主任|队里|社工|网格员|街道|居委|村委|"
                   r"领队|导游|司机|老师(?!傅)|班主任|辅导员|医生|大夫|护士|队长|组长|班长|楼长|物业|门卫|保安|居委会|"
                   r"社区|民警|警官|联系人|教练|校医|前台|办公室|值班|班级|年级|学校|学院|教务|官方|招生办|考试院|考务|"
                   r"报名点|考点|宿管|图书馆)"
                   r"[^，。,\d]{0,6}(?:电话|手机|号码|号|微信|qq|群)|"
                   # an officer of the group named and their number straight after ("直接联系管理员老吴 138…")
                   r"(?:联系|找|打给|问)(?:管理员|会长|群主|秘书长|队长|组长|楼长|站长|台长)[\u4e00-\u9fff]{0,3}\s*\d|"
                   # a public body's officer named before the number ("医院随访护士小陈 137…", "居委会网格员小王 139…")
                   r"(?:医院|卫生院|卫生室|社区|居委会?|村委会?|街道|康复站|服务站|服务中心|派出所|残联|民政|社保)"
                   r"[\u4e00-\u9fff]{0,6}?(?:护士|医生|大夫|主任|社工|网格员|书记|干事|民警|站长|专干)"
                   r"[\u4e00-\u9fff]{0,2}\s*1\d")

# A number that is a third person's, named as theirs: a club officer's, a patient's family's, a craftsman someone
# asked about, the worker who looks after a relative ("她女儿电话…先打电话问问", "秘书长刘姐的电话", "有事打他手机",
# "奶奶的护工电话"). With nothing sold around it, it is how
# members help each other; a seller's own number is "我的" or bare, and a boss's (老板) is a shop's.
_KIN = r"(?:儿子|女儿|闺女|爱人|老伴|家属|媳妇|老公|丈夫|妻子|孙子|孙女|外甥|侄子|女婿|儿媳|家里人|亲属)"
# The elders a family looks after, whose carer, driver or doctor the member names ("奶奶的护工电话 136…").
_ELDERS = r"(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|我妈|我爸|老妈|老爸|婆婆|公公|岳母|岳父|老人家|大伯|叔叔|舅舅|姑姑|姨妈)"
_THIRD = guarded(
    rf"[他她](?:的|家)?{_KIN}?的?(?:电话|手机|号码|微信)|(?:{_KIN}|{_ELDERS})的[\u4e00-\u9fff]{{0,3}}(?:电话|手机|号码|微信)|(?:打|找|问|联系)[他她](?!们)|[他她]的?{_KIN}|"
    rf"{_KIN}的?(?:电话|手机|号码)|"
    r"(?:秘书长|网格员|站长|书记|负责人|保管|会计|出纳|联络员|联系人|管理员|[老小](?![年人板])[\u4e00-\u9fff]|"
    r"[\u4e00-\u9fff](?:姐|哥|叔|姨|大爷|阿姨|师傅|老师))的?(?:电话|手机|号码|微信)|"
    r"(?:钥匙|登记表|名单|报名表|器材|物资|收据|账本)[\u4e00-\u9fff]{0,2}在(?:[老小][\u4e00-\u9fff]|"
    r"[\u4e00-\u9fff]{1,2}(?:姐|哥|叔|姨|大爷|阿姨|师傅|老师))(?:那|那儿|那里|家|手里|手上)")
_TRADE = re.compile(r"老板|店|公司|厂家")  # "我把他们老板电话发群里 有需要的直接找他": a shop recommended
# An id typed a letter or digit at a time with the same word between each ("v 糖 t 糖 6 糖 6 糖 9", "g 跑步 m 跑步 8"):
# the filler is there to hide the id from a screen, and members never write so.
_FILLED_ID = re.compile(r"(?<![a-z0-9])[a-z0-9]\s*([\u4e00-\u9fff]{1,3})\s*(?:[a-z0-9]\s*\1\s*){2,}[a-z0-9]"
                        r"(?![a-z0-9])")


# An id with marks to take out before adding ("星号去掉加我 bi*gu*2024", "中间的点去掉"): the poster hides it from a
# screen and tells the reader how to undo that; members never write so.
_UNMASK = re.compile(r"(?:星号|星星|符号|标点|空格|横线|斜杠|[点杠线])(?:都)?(?:去掉|删掉|拿掉|去了)")
_MASKED = re.compile(r"[a-z0-9][a-z0-9*#_.\-\s]{3,}[a-z0-9]")


def unmasked_id(plain: str) -> str | None:
    """An id the poster asks to be read without the marks put in it, or None."""
    if "去" not in plain and "删" not in plain and "拿" not in plain or _UNMASK.search(plain) is None:
        return None
    for m in _MASKED.finditer(plain):
        found = "".join(c for c in m.group(0) if c.isalnum())
        if len(found) >= 5 and not found.isdigit():
            return found
    return None


def filled_id(plain: str) -> str | None:
    """An id given a character at a time with one filler word between (at least two digits in it), or None."""
    if sum(c.isdigit() for c in plain) < 2 or (m := _FILLED_ID.search(plain)) is None:
        return None
    found = "".join(c for c in m.group(0) if c.isascii() and c.isalnum())
    return found if sum(c.isdigit() for c in found) >= 2 else None


@lru_cache(maxsize=4)  # asked by the contact rule and by the own-number exception
def mobile(v: Views) -> str | None:
    """An 11-digit mobile number: written out, spelled in numerals, or given in pieces with words between."""
    if (m := _MOBILE.search(v.digits)) is not None or v.digits != v.squeezed and (
            m := _MOBILE.search(v.squeezed)) is not None:  # "一部九十九13357110942": a price's numerals run into it
        return m.group(0)
    runs = list(_RUN.finditer(v.pieces))
    for i, first in enumerate(runs):
        if first.group(0)[0] != "1" or len(first.group(0)) > 4:
            continue
        joined, end = first.group(0), first.end()
        for k, nxt in enumerate(runs[i + 1:i + 11]):  # as many as ten more pieces if they are single digits
            if (nxt.start() - end > 8 or len(joined) >= 11 or "\n" in v.pieces[end:nxt.start()]
                    or _NOT_BETWEEN.match(v.pieces, end, nxt.start()) or k >= 5 and len(nxt.group(0)) > 1):
                break
            joined, end = joined + nxt.group(0), nxt.end()
            if len(joined) == 11 and _MOBILE.fullmatch(joined):
                return joined
    return hidden_mobile(v)  # backwards, in pieces joined by words of order, lettered, 十三-led


# The poster steps out of the middle: whoever wants it calls the person themself ("要报培训班的自己打", "报名找她").
_YOURSELF = re.compile(r"自己(?:打|联系|问|找他|找她|加)|(?:报名|登记|有事)(?:就)?找[他她](?!们)")


# A call to go private turned away ("有事找她 别老私聊我了"), or the owner's word that they never take money in private
# ("群主电话 … 有事打 不私聊收钱"): the poster sends people elsewhere or warns them, no call of theirs.
_NO_CALL = re.compile(r"(?:别|不要|不用)(?:老|再|总|都)?(?:私聊|私信|私|加|找)我了?|"
                      r"(?:从|绝)?不(?:会)?(?:私聊|私信|私下)(?:要钱|收钱|收费|要|收|找人)?")


# An office's own line ("康复站座机", "合作社座机", "公司座机"), given with its word that it sells nothing and takes no
# money in private ("不卖东西", "不私下收钱"): the body that runs the group, telling members how to reach it.
_BODY_LINE = re.compile(r"(?:站|社|公司|中心|居委会?|社区|物业|医院|学校|办公室|协会|街道|村委会?|办事处)的?"
                        r"(?:座机|固话|办公电话)")
_SELF_NAMED = re.compile(r"\s*我是[\u4e00-\u9fff]{1,6}[\s，,]")
# or signing the line with their name after the number ("我从来不私下收钱 有事打我电话 138… 吴")
_SIGNED = re.compile(r"\d[\s，,—-]+[\u4e00-\u9fff]{1,4}$")
_NO_MONEY_IN_PRIVATE = r"(?:从|绝)?不(?:私下|私聊|私自|私人)(?:收|要)(?:钱|费)"
_SELLS_NOTHING = re.compile(rf"不卖(?:东西|货)|不推销|{_NO_MONEY_IN_PRIVATE}")
# a signature counts only beside the officer's word that no money is taken in private, and no wares named: 本人不推销
# 只做良心产品 电话… 张姐 is a pitch's own disclaimer (code review 24, finding 4)
_SIGNED_HONEST = re.compile(_NO_MONEY_IN_PRIVATE)
_WARES = re.compile(r"产品|良心|货|代理|品质|自用|正品|厂家|批发|包邮")


def _official(plain: str) -> bool:
    """The number or id is someone's role in the group's life or a third person's with nothing sold, or the answer
    to someone's ask."""
    if ("机" in plain and _BODY_LINE.search(plain) or _SELF_NAMED.match(plain)
            or _SIGNED.search(plain) and _SIGNED_HONEST.search(plain) and not _WARES.search(plain)) \
            and _SELLS_NOTHING.search(plain) \
            and not signals(plain):  # an office's line, or an officer of the group naming themself ("我是调度王")
        return True
    if "私" in plain and _NO_CALL.search(plain) is not None:
        plain = _NO_CALL.sub(" ", plain)
    if _ROLE.search(plain) is not None and (not signals(plain) or _YOURSELF.search(plain) is not None
                                            and set(signals(plain)) <= {"class", "call"}) or answers_an_ask(plain):
        return True
    return (_THIRD.search(plain) is not None and _TRADE.search(plain) is None and not signals(plain)
            and not sold(plain) and not own_trade(plain))


def own_number(v: Views) -> bool:
    """The message gives a mobile number that is the member's own new one, a lost-and-found's, a buyer's, a role's in
    the group's life or the answer to an ask, and sells nothing ("我新换的手机号 一八六 …  骑行有事找我")."""
    if mobile(v) is None or not (_PERSONAL.search(v.plain) or _official(v.plain) or wants_to_buy(v.plain)
                                 or help_or_gift(v.plain)):
        return False
    return set(signals(v.plain)) <= ({"call", "class"} if _YOURSELF.search(v.plain) else {"call"})  # "…自己打"


# Where the seller is found, pointed to in a video or a post ("视频最后有购买方式", "视频后面有电话").
_POINTER = re.compile(r"号(?:码)?(?:在|看)(?:我的?)?(?:个性|个人)?(?:签名|个签|昵称)|(?:我的?)?名字就是(?:号|微信号?)|"
                      r"(?:绿泡泡|小绿)同名|同名\s*搜|(?:视频|最后|结尾|后面|下方|左下角)[^，。\s]{0,3}有"
                      r"(?:购买方式|店铺|电话|联系方式|链接|二维码|地址|店名)|号在我?的?头像|头像(?:里|上)有|"
                      r"(?:联系方式|联系电话|电话|微信|号码|购买方式|订购方式)(?:见|看|在)(?:下?图|图片|照片|海报)")


@lru_cache(maxsize=4)  # the screen and the learned layer both ask about the same message
def _bare_handle(plain: str) -> re.Match[str] | None:
    """A handle after a cue that names no app, or one standing bare after a trade offered to the group."""
    if (m := _BARE_CUE_ID.search(plain)) is not None:
        return m
    return _BARE_HANDLE.search(plain) if _TRADE_OFFER.search(plain) is not None else None


def contact(v: Views) -> str | None:
    """What contact detail the message gives, in a few words, or None.

    A number or id that belongs to a role in the group's life (the class teacher's, the trip leader's, the
    school office's) and comes with no selling is how members help each other, not an advert.
    """
    if (m := _QQ.search(v.digits)) is not None and not _official(v.plain):
        return f"qq {m.group(1)[:3]}…"
    if ((m := _CUE_ID.search(v.plain)) is not None or not _CUE_CHARS.isdisjoint(v.squeezed)
            and (m := _SPACED_ID.search(v.squeezed)) is not None) and not _MOBILE.fullmatch(m.group(1)
                                                                                         ) and not _official(v.plain) \
            and not (_ASKED_FOR.search(v.plain) and given_on_request(v.plain)):
        return f"id {m.group(1)[:3]}…"
    if (number := mobile(v)) is not None and not _PERSONAL.search(v.plain) and not _official(v.plain) \
            and not (_CANNOT_READ.search(v.plain) and not signals(v.plain) and not sold(v.plain)) \
            and not wants_to_buy(v.plain) and not help_or_gift(v.plain) and not asked_about_or_own_in_role(v.plain):
        return f"phone {number[:3]}…"
    if (line := trade_line(v)) is not None and not _official(v.plain):
        return f"phone {line[:4]}…"
    if not _CUE_CHARS.isdisjoint(v.plain) and (m := _SPELLED_ID.search(v.plain)) is not None \
            and not _official(v.plain):
        return f"id {''.join(m.group(1).split())[:3]}… (spelled)"
    if v.pieces != v.plain and not _CUE_CHARS.isdisjoint(v.plain) and not _official(v.plain) and (
            (m := _SPELLED_ID.search(v.pieces)) is not None or (m := _SPACED_ID.search(compact(v.pieces))) is not None):
        return f"id {''.join(m.group(1).split())[:3]}… (numerals)"  # "ㄨ信 jzcl_ 三三八", "v x：m q 二 零 二 六"
    if not _CUE_CHARS.isdisjoint(v.plain) and (m := _PIECED_ID.search(v.pieces)) is not None \
            and sum(c.isdigit() for c in m.group(1)) >= 3 and any(c.isalpha() for c in m.group(1)) \
            and not _official(v.plain):
        return f"id {''.join(m.group(1).split())[:3]}… (pieces)"  # "薇 tuo 幺二三 guan 备注带娃"
    if ((recipe := told_id(v.plain)) is not None or (recipe := symbol_cued_id(v.pieces)) is not None) \
            and not _official(v.plain):
        return f"id {recipe}… (told)"  # "小写 lidao 后面加 八八", "我的号 名字全拼 后面跟出生那年", "加🍀 yyf"
    if (m := _bare_handle(v.plain)) is not None and not _official(v.plain):
        return f"id {m.group(1)[:3]}…"
    if (found := unmasked_id(v.plain)) is not None:
        return f"id {found[:3]}… (masked)"
    if (found := filled_id(v.plain)) is not None:
        return f"id {found[:3]}… (filled)"
    if (m := _SOLICIT.search(v.sounds)) is not None or (m := _ASCII_SOLICIT.search(v.squeezed)) is not None:
        return f"asks to add {m.group(0).strip()}"
    if not _SOUND_CHARS.isdisjoint(v.plain) and (m := _SOUND_ADD.search(v.plain)) is not None \
            and not _official(v.plain):
        return f"asks to add {m.group(0).strip()}"
    if "+" in v.plain and (m := _PLUS_CUE.search(v.plain)) is not None:
        return f"asks to add {m.group(0)}"
    if (m := _ASK_ADD.search(v.squeezed)) is not None:
        return f"asks to add {m.group(0)}"
    if ("有" in v.squeezed or "头像" in v.squeezed or "签" in v.squeezed or "名字就是" in v.squeezed
            or "图" in v.squeezed or "同名" in v.squeezed) \
            and (m := _POINTER.search(v.squeezed)) is not None:
        return f"points to {m.group(0)}"
    return None
