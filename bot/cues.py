"""Cues: what a message's own words say it is, from lexicons of how members write (no context)."""
from __future__ import annotations

import re

from bot.asking_for_help import ASKED_OF, REQUEST
from bot.conversation import Kind
from bot.danger.grief import bereaved
from bot.grievance import TARGET, asks_where_to_turn, grievance, routine_repair
from bot.literals import guarded
from bot.memo import per_text

ACK_WORDS = frozenset("""
1 中 哦 嗯 噢 好 妥 对 行 ok 了解 可以 哦哦 嗯呢 嗯嗯 嗯好 嗯行 好吧 好哒 好嘞
好好 好滴 好的 对对 对的 已阅 懂了 收到 明白 是的 晓得 行吧 那好 okk ok了 可以了
嗯好的 好的呢 收到了 收到啦 明白了 晓得了 没问题 知道了 知道啦 记下了 记住了 okay
好的好的 收到收到 好的没问题
嗯呐 嗯哪 好叻 好勒 得嘞 得勒 妥了 妥妥 行的 好呀 好啊 可以的 没毛病 了解了
明白明白 懂 懂啦 get get了 ok的 okok 冲 冲冲冲
安排 安排上 记住啦 知道 好嘞收到 谨记 遵命 是 是滴 对滴 那行 行嘞 阅 已收到 已读 已知悉 知悉
对对对 好好好 懂了懂了 中中
""".split())
_ACK_LEAD = re.compile(r"^(收到|好的|好嘞|好吧|好滴|好哒|行|嗯嗯?|ok|可以|明白|了解|知道了|中中?|懂了|晓得了|好好好?)"
                       r"\s*(了|啦)?|"
                       r"^(好)(?=[\s,，。!！])|^(哦|那(就|我)?(尽快|好吧|行吧))|"
                       r"^((噢|嗯)?\s*(那(就|还)?行|那就好|我?同意|看到了|找到了|我试试|来了来了))")
# 转了 / 私发你了 / 这样最好 / 这个办法好👍 / 学会了 / A: done as asked, agreed, learnt, voted (an acknowledgement, read
# only when the words neither thank, ask nor complain; not 到了: one who arrived may be waiting at the door)
_ACK_DONE = re.compile(r"^((我|钱)?(已经?)?(转|付|收|存|私发|私信)(了|好了|上了|着了|你了)|"
                       r"这样(最)?好|这个?(办法|主意)(好|不错)|支持|有道理|学会了|学习了|[A-Da-d])(?=\s|$|👍|[!！。~])")
_ACK_ORDER = re.compile(r"^(那|那就|那我)(来|要|也)?.{0,6}(吧|份|个|斤|盒)$|^(那就|那我)\w{1,8}$")
_ROLL_CALL = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*\S")  # a 接龙 line: "3.春风 我和老伴"
_DONE = re.compile(r"^((我)?已(经)?(交|填|提交|完成|签到|打卡|报名|缴|转|付|读|收到)|算我一个|我也(报名|参加)$)")
THANKS = re.compile(r"谢谢|感谢|多谢|谢啦|谢了|辛苦(了|啦|您|你|辛苦)|3q|thx|thank|麻烦(你|您)了|麻烦.{1,4}了$|劳驾了|"
                    r"感恩|想得周到|太有用了|^(好\s*)?麻烦了|费心|^辛苦|"
                    # 要得 辛苦刘队长了🙏 / 团长辛苦 小唐辛苦 / 好的 辛苦小何 / 廖姐你是我的救星
                    # (not 你们也辛苦, 这天送水也辛苦)
                    r"(?<![也很真太挺好不])辛苦\w{1,4}了|^\w{0,5}(?<![也很真太挺好不])辛苦(?=[\s!！🙏~]|$)|"
                    r"[\s，,]辛苦\w{0,4}$|^(好|好的|收到|行|那太好了)[\s，,]*辛苦|救星|多亏(你|您|了|大家)")
GLAD = re.compile(r"太好了|学到了|学一招|涨知识了|受教")  # glad of help given: thanks when it asks nothing more
_GREETING_WORD = re.compile(
    r"早上好|早晨好|早安|早啊|早呀|^早$|^\w{0,6}(们|老师|各位|大家)早[啊呀哦安]?$|^\w{0,3}(婆|姐|哥|叔|姨|爷|奶|伯|嫂|孃|娘)早([啊呀哦]|$|(?=[您你]))|上午好|中午好|下午好|晚上好|晚安|好梦|午安|你们?好|您好|大家好|新年快乐|新年好|"
    r"节日快乐|周末快乐|中秋快乐|国庆快乐|元旦快乐|过年好|春节快乐|除夕快乐|端午安康|端午快乐|清明安康|重阳(节)?快乐|"
    r"元宵(节)?快乐|冬至(快乐|安康|好)|平安夜快乐|圣诞快乐|\w{1,3}节快乐|新春快乐|新春大吉|good\s*morning|good\s*night|欢迎")
# A word of greeting somewhere in the words, looser than the rules' own (早 赵大哥也早, 周末愉快 花友们, 周末好各位):
# without one, no reading is a greeting.
GREETS = guarded(_GREETING_WORD.pattern
                    + r"|(?<![明今昨一提趁稍最])早(?![点些饭餐上])|愉快|快乐|周末好|节日好|安康|吉祥|如意|平安|新春")
# 我是新来的 / 大家好 新来的 小赵: the sender is new; 那个是新来的店员, 是新来的护士: someone else is (an apology)
_NEWCOMER = re.compile(r"(^|我|俺|大家好|你们好|各位好)是?新来的|请多关照|多多关照|刚搬来|刚进群|刚加入|新人报到")
SHOWING = re.compile(r"^分享|大家看看|给大家看|分享给")
NOTICE = re.compile(r"作业|费用|报名|接龙|集合|截止|开团|下单|团购|\d+\s*元|缴费|通知|活动|停水|停电|预定|"
                     r"检查|签字|比赛|出发|须知|注意事项")
QUESTION = re.compile(
    r"[?？]|吗|么$|嘛$|呢$|伐$|怎么|怎样|按怎|安怎|点算|点办|咋|如何|哪|几点|几号|几个|几天|几岁|几次|几楼|几年|周几|星期几|礼拜几|(?<![好十])几月|几时(?!\S{0,3}[都也])|(?<![好十])几路|多少|多久|多大|多长|什么|啥|谁|"
    r"能不能|可不可以|可以不|行不行|是不是|有没有|要不要|会不会|对不对|好不好|用不用|算不算|请问|问一下|问下|想问|问问|"
    r"求问|打听|不知道|知道.{0,6}(吗|不)|晓得.{0,4}不|还是.{1,10}(还是|啊|呀|呢)|没有\s*$|不\s*$|(?P<a>\w)不(?P=a)|来得及")
# asked without a question mark or 吗, as members over sixty type: 是上午还是下午 / 要门票不 我有老年卡 / 暖风修好了没 /
# 针头能用几回啊 (over every labelled kind: 31 of 35 such lines the rules read as chat are questions or requests). Read
# by the rules only when QUESTION finds nothing, which the FAQ's matcher and the learned layer's cue keep as they were.
UNMARKED_QUESTION = re.compile(  # led by a look-ahead for its first characters: most positions are passed at one test
    r"(?=[不了几])((?<![我也都就还并可])不(?=[\s,，。]|$)|了没有?(?=[\s,，。啊呀呢]|$)|"
    r"(?<![好十])几(回|遍|趟|级|斤|岁|分|站|层|瓶|盒|包|袋|张|件|节|组|位|口|种|样|家|期|周|个月|钟))")
UNMARKED_EITHER_OR = re.compile(r"[是的在去用要买交拆进装写好]\S{0,8}还是(?![不没得要挺很那老觉算冷热])\S")


def _asking(text: str) -> re.Match[str] | None:
    """A question cue in the words, those that ask nothing (`_NOT_ASKING`) left out: looked for only when a cue is
    found at all (most lines have none)."""
    found = QUESTION.search(text) or asked_unmarked(text)
    if found is None or (plain := _NOT_ASKING.sub("", text)) == text:
        return found
    return QUESTION.search(plain) or asked_unmarked(plain)


def asked_unmarked(text: str) -> re.Match[str] | None:
    """A question asked without a question mark or 吗 (UNMARKED_QUESTION, or an either-or: 是上午还是下午)."""
    return UNMARKED_QUESTION.search(text) or (UNMARKED_EITHER_OR.search(text) if "还是" in text else None)


_EXCLAIM = re.compile(r"^(是吗|真的吗|真的啊|是嘛|这样啊|这样吗|原来是这样|不是吧)|"
                      r"(咋|怎么|多)这么|我怎么.{0,6}[😂🤣😅]|真的假的|是不是又|什么都|谁说不是|谁懂|谁能懂|"
                      r"有没有人(跟|和)我一样|是不是只有我|只有我(一个人)?这样|不会吧|哪有|何必|谁不是|谁还不|"
                      r"(这么|那么|好)(快|多|好|厉害|便宜|漂亮|可爱|香|巧)(吗|啊|呀|的吗)|"
                      r"什么时候是个头|怎么这样|有什么办法呢|能怎么办|还能咋(办|样)|(啊|呀|吧)[?？]?[😂🤣😅😭]")
# question words that ask nothing (over every labelled kind, members' lines the rules read as questions for them
# alone are chat or grievances): some (好几个, 十几天, 那几个, 哥几个, 七几年), every or none (啥都, 哪儿也,
# 谁都, 没啥, 也不是啥), a denial (哪会, 哪敢, 哪懂, 哪看得清, 这才哪到哪, 哪里哪里), a statement (记着呢,
# 还年轻呢, 我就问问, 免不免的无所谓, 加不加都一样, 一动不动). Taken out of the words before the rules or the
# learned layer's cue look for a question.
_NOT_ASKING = re.compile(
    r"[好十这那前头没哥姐一二三四五六七八九]几(?=个|天|年|次|回|位|岁|家|样|种|张|条|块|斤|遍|句|分钟|年代)|"
    r"(啥|什么|哪儿?|哪里|谁|多少)(都|也)|(?<!有)没(啥|什么)|不是(啥|什么)|"
    r"哪(会|敢|懂|知道|晓得|见过|值|好意思|来的|里哪里|到哪)|哪\w{1,2}得(住|动|清|起|了|着|完|过来)|"
    r"(着|还\S{0,8})呢(?=\s*$|\s*[😂🤣😅😄])|(就|就是|只是|先|去|再|回去|给|随便)问问|"
    r"(?P<same>[^是能会可\W])不(?P=same)\w{0,2}?(的)?(无所谓|都|也)|一(?P<idle>\w)不(?P=idle)|"
    # 客气啥 老邻居了, 现在啥不涨 (6 chat lines); 盆不值几个钱 (5 lines, none a question); 一接就是啥啥中心
    r"(客气|谢)啥|(现在|如今|这年头)\S{0,2}(啥|什么)不(?=涨|贵)|几个钱|啥啥|什么什么")
RHETORICAL = re.compile(r"[?？]{2,}|难道|凭什么|有没有搞错|什么玩意|搞什么|咋回事|怎么回事|怎么搞的|像话吗|还让不让")
SHARE = re.compile(r"分享|推荐|给大家|转发|转给|看看|瞧瞧|瞅瞅|欣赏|链接|文章|视频|照片|图片|美篇|好文|收藏|参考|"
                   r"学习一下|涨知识|科普|提醒大家|告诉大家|大家注意|大家\S{0,6}(一定|千万|务必|都)要?(看紧|看好|注意|小心|当心|留意|提防)|小贴士|小妙招|经验|心得|打卡|晒(一下|一晒|图|照|娃|成绩)|拍的|拍了|录了|"
                   r"捡到|做了|做的一|真的很|好漂亮")
SECONDING = re.compile(r"^(我|我们|我家|我的|咱)(家)?(的|这边|这里)?也|^也是|^是的|^是啊|^对啊|^可不是|^\+1|^同问")
# 一样 手速不够 / 同感 五天有三天光坐车了 / 俺家也是 烧开了锅底一层泥 / 就是 那汤跟刷锅水似的: agreement that seconds
# only a complaint still open (after a question, "一样 都是十块" answers it)
SECONDS_A_COMPLAINT = re.compile(r"^(一样|同感|赞同|支持|就是|是|可不嘛|可不是嘛)[\s，,]|^(俺|俺们)(家)?(的|这边)?也|"
                                 r"^我这(边|里)?也")
# 就是 你问问前台 / 我这也有 要不先分你一个: after the opener, advice or an offer to the one who complained, no second
ADVISES = re.compile(r"你|您|问问|找(找|一下|下)?(前台|客服|物业|老板|店里|他们|师傅)|要不|试试|分你|给你|帮你")


# 算了 车坏了也没办法 下回早点说就行 / 不用退 就是说一声 / 那中 别的不急: a member lets a matter go (over every labelled
# kind, such lines after an operator answered the sender's matter: chat 25, acknowledgements 8, complaints 5)
LETS_GO_WORDS = re.compile("[算怪赖就没急用非谓]")  # one of each LETTING_GO: most lines are passed at one scan
LETTING_GO = re.compile(r"(^|[\s，,。])(那|那就|\w{0,4}就)?算了(算了)?(?=[\s，,。😂]|$)|不是怪|不怪你|不赖你|"
                        r"就是(跟你们?|给你们?|和你们?)?(说|提|讲)(一声|一下|说)|也没(办法|辙|法子)|"
                        r"(下回|下次|以后)\S{0,10}就(行|好|成)|别的不急|不着急|我不急|不用(补|赔|退|免)|也不是非得|无所谓")
# 安安今天下午不坐车了 我去学校接 / 刘姐我下周四也来不了 / 辰辰这礼拜六不来了: the sender (or their family) will
# be absent, told for the organiser to mark off (over every labelled kind, such lines that ask nothing are requests)
ABSENT = re.compile(r"(去不了|来不了|不去了|不来了|就不(去|来)了)(?!吗|吧[?？])|"
                    r"请(一|两|半|三|几)?天?的?假(?!了)|不坐(校)?车了")
# 说个事 / 小麦 提个小意见啊 / 另外反映个事 / 跟你们说个事: a member opening a matter for the staff (over every labelled
# kind, 69 of 71 such lines are complaints, the matter often typed in the lines after); not 跟大家说个事 (news for
# everyone) nor 大家给提提意见 (asks the others to judge her work)
# 这谁啊 咋在咱们群里发广告呢 / 群里能不能别老发广告了: a member tells the staff of an advert in the group (3 of 3)
# (not 我老公又在抖音发广告了: an ad elsewhere, no word of the group)
REPORTS_AN_AD = re.compile(r"(咋|怎么|别|又|老)\S{0,10}群\S{0,4}(发|打)广告"
                           r"|群\S{0,6}(咋|怎么|别|又|老)\S{0,4}(发|打)广告")
OPENS_A_GRIEVANCE = re.compile(r"(?<!大家)(?<!各位)说个事|提(个|点)(小)?意见|反映(个|一个)(事|问题|情况)|"
                               # softened: 有个事想跟你们反映一下 / 我说句话你别不爱听 / 不是我挑理 / 阿英你听我说啊 /
                               # 我说句实话啊 (40 of 42 such lines are complaints; not 还有个事 alone, nor
                               # 跟园里反映一下)
                               r"有个事(本来)?(想|要|得)?(跟|和|给)?(你们?|您)?(私下)?(反映|说|讲)|(我|我这)有个事$|"
                               r"(我|跟你|跟您)反映一下|说句(话你|实话|不好听的|公道话)|你听我说|不是我(挑理|说)|"
                               r"不是找茬|有个事想问问")
# after an opener, praise, advice, news for everyone or an absence (说句公道话 小王这次办得挺好, 你听我说 这个菜要先焯水
# 再炒, 我说个事哈 今天降温大家多穿点, 我说个事 明天我请假): no grievance opened; the other cues read the line
_NO_GRIEVANCE_AFTER = re.compile(r"好吃|挺好|真好|不错|办得(好|挺|真|很|漂亮)|好样的|点赞|要先|先\S{0,4}再|记得|别忘了|"
                                 r"大家(多|注意|记得|小心)|提醒大家|多穿|" + ABSENT.pattern)
# 有没有人周六一起去爬山的 / 周末有人一起去新开的那个超市不 / 明天喝早茶 谁去呀 / 聽日飲茶 邊個去呀: a member asks
# the others along, no staff is asked
INVITING = re.compile(r"(有没有人|有人|谁|哪位)\w{0,6}(一起|一块|结伴|搭伴|组队|拼车)|"
                      r"(?<![的傅员们])(谁|誰|边个|邊個|边位|邊位)(要|想|会|會)?(去|来|來|嚟)(呀|啊|吗|嗎|嘛|不|没|沒|咩|啦|吖|喇|未)")
# 你们说今年过年冷不冷哦 / 你们谁家老公会半夜起来喂奶啊 / 你們那邊下了沒有 / 你們晚上都幾點睡啊 /
# 春梅 你以前是哪个单位的哦 / 团团好可爱 这个小帽子在哪买的啊 / 睡不着 有人没睡不 (company sought at night): the
# other members asked about themselves, their lives, their weather, their view: chat among them (over every labelled
# kind: 17 such member lines, all small talk), nothing asked of the staff
# 你们讲今年咋冷成这样 (南京话: 讲 for 说) / 你们清明都回老家上坟不 我们今年要开车回去 / 你们冬至吃啥 阿拉屋里还是汤团:
# the room asked about its own days (a season, a feast, 都, 家) and the asker's own told after it (over every labelled
# kind in session 24: 16 lines more, all small talk; not 你们那个…, 你们过年开不开门: the shop's hours)
# what the room is asked about is how members live (吃/睡/守岁/回老家/晒被子…), never the shop's or the class's own
# service (你们平时几点送到, 你们晚上有人值班吗, 你们中秋节有活动吗): a whitelist, so a service ask it does not know
# still reaches a person
_HOW_MEMBERS_LIVE = (r"吃|睡|守岁|守歲|回老家|回家|上坟|上墳|扫墓|掃墓|(咋|怎么|怎麼|怎样)(过|過)|过的|过得|"
                     r"玩|爬山|出去|去哪|穿|晒|曬|晾|包(饺子|餃子|粽子|汤圆|湯圓|馄饨)|腌|醃|泡澡|洗澡|暖和|冷|热|熱|乘凉|博饼|空调|"
                     r"被子|衣服|做饭|买菜|带(孩子|娃|孙)|锻炼|跳舞|散步|遛|打牌|打麻将|放鞭炮|贴春联|看春晚|拜年|团圆|"
                     r"喝酒|熬夜|起床|午睡")
_ROOMS_OWN_DAYS = (r"(?P<days>你[们們](?!那|这|這|店|能|可|有没有|卖|家的|家店|家还有|家卖|谁知道|谁会|哪个晓得|谁晓得)"
                   r"(家|[^\s，,我俺]{0,8}都|今年|晚上|夜里|平时|过年|過年|[^\s，,我俺]{0,3}(节|節|冬至|清明|端午|中秋|重阳))"
                   r"(?![^\s，,]*(开门|開門|营业|關門|关门|上班|放假))(?=[^\s，,]*(" + _HOW_MEMBERS_LIVE + r"))"
                   r"[^\s，,我俺]{0,10}?"
                   r"(吗|嗎|不|没|沒|咋|啥|哪|几|幾|阿|有冇|未|莫)[^\s，,我俺]{0,4}[\s，,]+\S*"
                   r"(我家|我們家|我们家|俺家|俺们|我们|我們|阮|阿拉|我老伴|我老头|俺闺女|我闺女|我儿子|俺儿|我孙|俺孙|我屋|"
                   r"我那口子|俺))")  # asked in its own words (阿出去乘凉: 南京话's 阿 asks)
ASKS_THE_ROOM = "asks the other members about themselves"  # an ask of its own, never an answer to an ask before
PEERS_ASKED = re.compile(_ROOMS_OWN_DAYS + r"|^(哎|诶)?你[们們](说|說|讲|講)(?![的过了好])|你[们們]谁家|"
                         r"你[们們]谁(去|也)\S{0,12}(了没|没有|過沒)|"
                         r"你[们們](那边|那邊|那儿|那)?\S{0,3}((下|落)(雪|雨)?了?(没有|沒有|没|沒)|(热|熱|冷)(了)?(没有|沒有|没|不(热|冷|熱)))|"
                         r"你[们們]\S{0,4}都(几|幾)(点|點)睡|(你|您)(以前|原来|原來|老家)是哪|"
                         r"(有人|有没有人|还有人|谁)(还|也)?(没睡|沒睡|醒着|睡不着|睡了没|睡没睡)|"
                         r"(可爱|可愛|好看|漂亮|真俊|真帅|真好|可以啊|亮堂|手艺|真香)\S{0,2}[\s，,]*.{0,12}"
                         r"(哪(儿|里|裡)?|多少钱)\S{0,2}(买|拍|弄|装|做|学)的")

# 李姐节哀 有啥要帮忙的说一声 / 周奶奶节哀 俺明天去 / 老爷子一路走好: a member's condolence to another member's family
# (the labelled pool's convention: small talk); the help offered is hers, to the bereaved: nothing asked of the staff
CONDOLES = re.compile(r"节哀|一路走好|(?<![不])安息|默哀|哀悼|千古")
_OWN_LOSS = re.compile(r"劝我|让我节哀|叫我节哀")  # a condolence the writer was given: her own loss told
# 有啥要帮忙的说一声 / 有什么需要尽管开口: help offered to the bereaved, not a question put to anyone
_HELP_OFFERED = re.compile(r"(有啥|有什么|要是有)\S{0,3}(帮忙|帮得上|需要)\S{0,3}"
                           r"(说一声|吱声|吱一声|言语|开口|说|找我|叫我)")
CONDOLENCE = "a condolence to another member"


@per_text  # the same words come again and again ("好的", "谢谢", "早上好"): looked up, not re-read
def kind_of_words(text: str, words: str, *, operator: bool = False) -> tuple[Kind, str]:
    """The kind the words alone say (`words`: the text without punctuation, spaces or emoji)."""
    if words in ACK_WORDS or (len(words) <= 3 and words.rstrip("啦了呀哈的呢") in ACK_WORDS) or _ROLL_CALL.match(text) \
            or (len(words) <= 12 and _DONE.match(words) and not grievance(text) and not THANKS.search(text)):
        return Kind.ACK, "an acknowledgement"
    if greeting := _greeting(text, words, operator):
        return Kind.GREETING, greeting
    asks = _asking(_EXCLAIM.sub("", text))
    if SHOWING.search(words):
        return Kind.SHARING, "shares something"
    complaint = grievance(text)
    if complaint and routine_repair(text):
        return Kind.REQUEST, f"asks for a repair ({complaint!r})"
    if complaint and asks and asks_where_to_turn(text):
        return Kind.QUESTION, f"asks whom to call about a fault at home ({complaint!r})"
    if complaint and not (THANKS.search(text) and not asks):
        return Kind.COMPLAINT, f"complaint cue {complaint!r}"
    if not operator and (opener := OPENS_A_GRIEVANCE.search(text)) and not THANKS.search(text) \
            and not _NO_GRIEVANCE_AFTER.search(text[opener.end():]):  # 说句实话 这家的包子真好吃: praise, no grievance
        return Kind.COMPLAINT, f"opens a matter for the staff ({opener.group(0)})"
    if not operator and REPORTS_AN_AD.search(text):
        return Kind.COMPLAINT, "tells of an advert in the group"
    # 节哀 to another member: not beside a question (节哀 丧葬补助去哪里领) nor the writer's own loss (大家都劝我节哀)
    if not operator and CONDOLES.search(words) and not (asks and not _HELP_OFFERED.search(text)) \
            and not re.search(r"[?？]|请问|群主|客服|工作人员", text) \
            and not _OWN_LOSS.search(text) and bereaved(text) is None:
        return Kind.SMALLTALK, CONDOLENCE
    if THANKS.search(text) and not (asks and len(words) > 12):
        return Kind.THANKS, "thanks"
    if GLAD.search(text) and not asks and len(words) <= 15:
        return Kind.THANKS, "glad of the help"
    if request := REQUEST.search(text):
        return Kind.REQUEST, f"request cue {request.group(0)!r}"
    if request := ASKED_OF.search(text):
        return Kind.REQUEST, f"asks {request.group(2)} to do something"
    if not asks and not operator and (absent := ABSENT.search(text)):
        return Kind.REQUEST, f"tells of an absence ({absent.group(0)})"
    if asks and INVITING.search(words) and not operator:
        return Kind.SMALLTALK, "invites other members along"
    if not operator and (peers := PEERS_ASKED.search(text)) and (asks or peers.group("days")):
        return Kind.SMALLTALK, ASKS_THE_ROOM
    if asks and not (SHARE.search(text) and len(words) > 30):
        return Kind.QUESTION, f"question cue {asks.group(0)!r}"
    if len(words) <= 10 and (lead := _ACK_LEAD.match(text)) and not QUESTION.search(text):
        return Kind.ACK, f"acknowledges ({lead.group(1)})"
    if _ACK_ORDER.match(words):
        return Kind.ACK, "takes up an offer"
    if len(words) <= 12 and (done := _ACK_DONE.match(text)):
        return Kind.ACK, f"done, agreed or learnt ({done.group(1)})"
    if SHARE.search(text) or len(words) >= 40 or (operator and NOTICE.search(text)):
        return Kind.SHARING, "shares something"
    return Kind.SMALLTALK, "chat"


def _greeting(text: str, words: str, operator: bool) -> str:
    """Why the message is a greeting, or "" when it is not (a notice that opens with 大家好 is not)."""
    if _NEWCOMER.search(words):
        return "a newcomer's first words"
    found = _GREETING_WORD.search(words)
    if not found or (found.group(0) in ("你好", "您好", "你们好") and found.start() > 0 and len(words) > 14):
        return ""
    if len(words) <= 14:
        return "" if asks_beside_greeting(text, words) else "a greeting"
    if len(words) <= 45 and not NOTICE.search(text) and not grievance(text) and not REQUEST.search(text) \
            and not SHOWING.search(words) and not (QUESTION.search(text) and found.group(0) not in ("欢迎", "新来的")):
        return "a greeting with a few words more"
    return ""


# How a question beside a greeting asks for something ("早上好，请问今天中午吃什么", "您好 能送货吗"), and the
# social questions that ask nothing ("大家早上好，吃了吗", "在吗").
_PLAIN_ASK = re.compile(r"请问|想问|问一下|问下|打听|求问|咨询|吗|几点|几号|多少|多久|什么时候|哪里|哪儿|在哪|怎么|咋|"
                        r"能不能|可不可以|有没有|是不是|(有|卖|买|到了?)(啥|什么)(?!\S{0,3}(开心|高兴|喜事|好事))|没有$")
_SOCIAL_ASK = re.compile(r"吃了?(饭|早饭|早餐|午饭|晚饭)?了?(吗|没有?)|(身体|最近|都|你|您|大家)?好吗|在吗|"
                         r"休息了吗|睡了吗|起(床|来)了吗")


def asks_beside_greeting(text: str, words: str) -> bool:
    """A greeting that carries a question or a request of its own: what is asked needs an answer, even though the
    greeting does not (`words`: the text without punctuation, spaces or emoji). A welcome's offer does not ask."""
    found = _GREETING_WORD.search(words)
    if found is None or found.group(0) == "欢迎":
        return False
    rest = _SOCIAL_ASK.sub("", _GREETING_WORD.sub("", words))
    if len(rest) < 4:
        return False
    marked = "?" in text or "？" in text
    rest = _NOT_ASKING.sub("", rest)  # 啥也不想 干, 没什么事: no question
    # 今天有啥特价, 明天门口停车方便不: asked without a mark, as members ask the shop
    return bool(_PLAIN_ASK.search(rest) or REQUEST.search(rest) or asked_unmarked(rest)
                or marked and QUESTION.search(_EXCLAIM.sub("", rest)))


class _Asks:
    """The learned layer's question cue: QUESTION, or else a question asked without a mark (UNMARKED_QUESTION), in the
    words that may ask (`_NOT_ASKING` taken out)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return _asking(text)


CUES: tuple[tuple[str, re.Pattern[str] | _Asks], ...] = (
    ("request", REQUEST), ("question", _Asks()), ("thanks", THANKS), ("greeting", _GREETING_WORD),
    ("share", SHARE), ("seconding", SECONDING), ("ack_lead", _ACK_LEAD), ("aimed", TARGET), ("exclaim", _EXCLAIM))
"""The lexicons that carry weight in the learned layer, by name (`#cue:request`; complaints: `#grievance`)."""
