"""Words of despair or self-harm: a member who may end their life, for every plugin (issue 13).

活着真没意思 不想拖累孩子了 想一了百了 is a danger to life as much as a fall: a person must hear of it at once, day or
night, and the member must hear, privately and without haste, that someone is here. Read from the member's
words alone, as a careful 社群运营 would: a wish to die or to end it (不想活了, 想一了百了, 死了算了), a plan
(安眠药攒着, 遗书), or a life felt as a burden (活着没意思, 不想拖累孩子, 撑不下去了). Two such signs are enough;
one strong sign (不想活了, 想死, 自杀) needs the speaker to mean themselves (我, 自己, or nobody else named).

A figure of speech is not despair: 累死了, 烦死了, 热死了, 想死你们了 (missing someone), a laugh, a lost mahjong game
or overtime as the cause right before the one sign (输得不想活了, 加班加得不想活); nor talk about others or the news
(新闻里那个自杀的明星, 听说隔壁小伙子不想活了), an article or a hotline shared, a past got through (那年我也想过一了百了
现在好多了). A game or hearsay elsewhere in the message vetoes nothing: 老伴走了 我也不想活了 打牌都没意思 and
听说儿子要离婚 我真的不想活了 are heard. A false reading costs a kind private word and an operator's call;
a miss may cost a life, so the reading leans to hearing.
"""
from __future__ import annotations

import re

from bot.chinese_text import FORWARDED
from bot.chinese_text import any_of as _any
from bot.danger.carer import WHAT_FOR, bereft
from bot.danger.elsewhere_words import PET
from bot.danger.heartache import alone_or_hurt
from bot.danger.plain_words import plain_words
from bot.danger.taken_along import taken_along
from bot.literals import guarded
from bot.memo import per_text
from bot.people import CHILD, GRANDPARENT, KIN, PARENT, PARTNER, SPOUSE, words

# an act already done or under way (喝了农药, 吃了一瓶安眠药, 遗书写好了, 割腕, 站在江边 跳下去就解脱了): a danger to
# life now that no tone, cause or "over" cancels (哈哈 or 那年 beside it changes nothing); only a forward or a
# stranger named right before it (新闻里有个女孩割腕了) is not the writer's. 药都吃了 alone is a dose taken
# (降压药都吃了): an act when it is 把…药都吃了 beside a sign of despair or of harm (我头好晕 刚才把药都吃了)
ACT = _any(r"""(喝|吃|吞|服)(了|下)\S{0,4}(农药|百草枯|敌敌畏|老鼠药|鼠药|毒鼠强|杀虫剂|除草剂)
(吃|吞|服)(了|下)\S{0,3}(一|整|半|大)(瓶|把|板|盒)\S{0,4}药
(一|整)(瓶|把|板|盒)\S{0,4}(药|(降压|安眠|止痛|心脏)要)\S{0,2}(都|全)(吃|吞|喝)(了|下|光|完)(?!吗|没|吧)
安眠药\S{0,4}(都|全)(吃|吞)(了|下|光|完) 遗书\S{0,3}(写好|留好|写完|写了) (写|留)(好|完)(了)?遗书 (写|留)了遗书
割腕 割了手腕 割脉 (跳下去|跳楼(?!价)|跳河|跳江|跳湖)\S{0,3}(就)?(解脱|一了百了|算了|干净|结束|死了)
(站在|坐在|到了|来到|爬到|爬上|我在|人在)\S{0,4}(江边|河边|湖边|桥上|楼顶|天台|顶楼|窗台)((?!有人|别人|看到|看见|他|她)\S){0,8}(跳下|跳河|跳江|跳湖|跳楼|不想活|解脱|一了百了|永别|再见了)""")
ACT_IF_HARM = r"把((?!今天|早上|中午|晚上|按时|该吃)\S){0,6}药\S{0,2}(都|全)(吃|吞)(了|下|光|完)"
HARM = _any("晕 难受 想吐 吐了 迷糊 心慌 站不住 没劲 睁不开")
# not the writer's act: forwarded, or a stranger, a pet or someone on a screen right before it
NOT_THE_WRITERS_ACT = _any(FORWARDED + r"""
(新闻|报道|电视|剧里|那个|有个|有人|别人|人家|邻居|隔壁|楼上|楼下|村里|猫|狗|宠物)\S{0,8}$""")
# 闹着要跳下去 wants a height (楼, 阳台; not 从沙发上跳下去 当超人)
# a wish to die or a plan: one is enough when the speaker means themselves (想死你们了, 想死我了, 想死我孙子了: missing
# someone; 闷得想死, 笑得想死: a figure)
STRONG = _any(r"""不想活 (?<!快)(?<!都)不活了 活不下去 活够了
(?<![闷笑乐美馋])(?<![闷笑乐美馋兴][得的])想死(?!(你|您|大家|咱|我了|我啦|了你|(我|俺)?(家)?\S{0,3}(孙|宝|孩子|闺女|儿子|姑娘|外甥|老伴)))
(死了|走了)(算了|干净|一了百了|就解脱) 一了百了
了结(自己|这条命|生命) 结束(自己|这条命|生命) 轻生 自杀 寻死 离开这个世界 离开人世
(跳楼|跳河|跳江|跳湖|喝农药|割腕|上吊)(算了|死了算|去|走) 想(要)?跳楼 此生已了
(楼|天台|窗|桥|阳台)\S{0,12}(说|喊着|闹着|嚷着)(要|想)\S{0,6}跳下去(?!\S{0,3}(游泳|玩|拍|水|蹦极|跳伞))(?!.*(蹦极|跳伞|跳水|游泳|泳池))
(说|喊着|闹着|嚷着)(要|想)\S{0,6}(楼|天台|窗|桥|阳台)\S{0,3}跳下去(?!\S{0,3}(游泳|玩|拍|水|蹦极|跳伞))(?!.*(蹦极|跳伞|跳水|游泳|泳池))
(说|喊着|闹着|嚷着)(要|想)\S{0,6}跳楼(?!\S{0,3}(游泳|玩|拍|水|蹦极|跳伞))(?!.*(蹦极|跳伞|跳水|游泳|泳池))
想(要)?(从)?\S{0,3}(楼上|楼顶|顶楼|天台|阳台|窗户|窗台|窗口|桥上)\S{0,2}跳(下去|下来)(?!\S{0,3}(游泳|玩|拍))
安眠药\S{0,4}(攒|存|囤|一把|全吃)
(今晚|今天|今夜|马上|明天|等会|等下)(就)?(要)?(从)?\S{0,3}(楼上|楼顶|顶楼|天台|桥上|大桥|阳台|窗台)\S{0,2}跳(下去)?(?!\S{0,3}(游泳|玩|拍|水|蹦极|跳伞))(?!.*(蹦极|跳伞|跳水|游泳|泳池))
(写|留)(好)?(了)?遗书 交代后事 不如死了 死了(就)?好了 永别了
(今晚|今天|明天|等下|等会|马上|要|想|准备|打算)\S{0,2}(喝|吃|吞)\S{0,3}(农药|百草枯|敌敌畏|老鼠药|鼠药)
想(要)?(跟|陪|随)(着)?(他|她|老伴|老头子|老婆子|孩子他爸|孩子他妈|老公|老婆|他们)\S{0,2}(一起|一块|一道)?(去|走)了(算了|得了|也好|就好了|才好|拉倒)
(不如|干脆|还不如|倒不如)\S{0,2}喝药 喝药(算了|死了|寻死|了断|一了百了)
^(?!.*(热|凉快|游泳|避暑|洗澡|玩水)).*(干脆|不如|还不如|倒不如|想|要)\S{0,3}(去|到|跳进?)\S{0,3}(海|河|江|湖|水库|井)里\S{0,6}(不回来|不上来|一了百了|再也)""")
# the one close who died (老头走了, 我妈没了, 老伴去世三年了; not 孩子们都走了 after the holiday, 火车走了,
# 他刚走了 等等我)
_GONE = words(PARTNER, SPOUSE, PARENT, GRANDPARENT, "老头 老太 娘 爹 妈 爸")
_DIED = (rf"({_GONE})(也|已经|都|就|刚|突然)?(走了|没了)(?!\S{{0,2}}(去|到|回|吗|么|没))"
         r"|去世|过世|离世|不在了|咽气|病逝")
# 老头走了 我也想跟他去, 我妈没了 我也想跟着去了: following the one who died, said plainly after the death (not
# 跟着去超市)
STRONG += (rf"|({_DIED})\S{{0,30}}?(我|俺)(也|真|真的|好|多|就|都|恨不得)+想?(要)?(跟|随|陪)(着)?\S{{0,4}}?"
           r"(一起|一块|一道)?(去|走)(?!\S{0,3}(超市|公园|玩|旅|逛|看|买|吃|散步|转|医院|上班|钓|跳|打|学|住|城|北京|上海|外地|国外|家))")
# cutting oneself (用小刀划胳膊, 自残; not 用刀划手机膜), in STRONG below
_BLADE = "(小刀|刀片|美工刀|铅笔刀|剃须刀|刀|碎玻璃)"
CUT = _any(rf"""(用|拿)\S{{0,3}}{_BLADE}\S{{0,4}}(划|割|刻)(自己|胳膊|手腕|手臂|大腿|腿|手(?![机表工套柄指]))(?!上的|到)
自残 (划|割)伤自己""")
STRONG += f"|{CUT}"
# 想跟他一块去了算了: following the one who died (not 想跟她一起去 a trip: 了 and 算了 say it)
# 干脆到海里去 不回来了: walking into the water and not coming back (a fisherman's, a villager's words for it); not a
# soak or a swim (天太热了 干脆去河里泡着不上来了)
# a life felt as a burden or past bearing, a farewell, or the treatment given up (药我也不想吃了 after a transplant): a
# sign only beside another
BURDEN = _any(r"""活(着|了)(真|太|也|都|还)?(没|有啥|有什么)(什么|啥)?(意思|意义|盼头|劲|用) 不想(再)?(拖累|连累)
(拖累|连累)(孩子|儿女|家里|家人|你们|大家|老伴) (撑|熬|挺)不下去 (实在|真的|真)(熬|撑)不住 没(有)?活路
(药|透析|治疗|化疗)(我)?(也|都)?不想(再)?(吃|做|治|打|透)了 不想(再)?(吃药|治了|治疗了|透析了|看病了)
(?<![看猜想摸说晾晒洗泡烤煮焖])不(去|再)?(透|透析|做透析)了 (太|真|实在)(遭罪|受罪|折磨人)
(想|要)(跟|随|陪|带)(着)?(老伴|他|她|孩子他爸|孩子他妈|老头子|老婆子)\S{0,2}一(起|块|道)走(?!走|\S{0,3}(去|到|回|旅|玩|逛|看|散步|走走|转转))
没人(在乎|管)我
我(就)?是个(累赘|废人|包袱) 活着(就是|只是)(受罪|遭罪|拖累)
我(是不是|真是|真的|就是)?(太|真|好|这么)?没用(了|啊|呀)?(?!的东西)
活了\S{0,2}(一辈子|大半辈子|这么多年)\S{0,3}(就)?落(得|到|了)
(孩子|孩子们|儿女|儿子|女儿|家里人|他们)\S{0,2}(都)?不(想|愿意|爱)?(理|要|管)我(了)?""")
BURDEN += f"|{WHAT_FOR}"  # 不知道自己还活着干什么 (bot.danger.carer)
# the everyday words of a farewell or of tidying the medicine (对不起大家 今天去不了了, 以后就拜托大家了, 解脱了
# 终于退休了, 药都囤好了): in lines apart a sign only beside a heavier one (活着没意思 … 把药都藏起来了), never two
FAREWELL = _any(r"""解脱 对不起(孩子|家里|大家|你们) (以后|往后)(就)?(拜托|麻烦)(你们|大家)了
谢谢(你们|大家)?(这些年|这么多年|一直以来)\S{0,4}(照顾|照应|关照|陪(我|着我)?(说话|聊天)?|陪伴)
(以后|往后|从今以后)(就)?不(再)?(麻烦|打扰|拖累|连累)(你们|大家|你|孩子|孩子们)了
(安眠)?药\S{0,3}(都|全)?(藏|攒|存|囤)(起来|好了|着|够)
(欠|借)\S{0,4}(钱|债|账)\S{0,6}(写在|记在|留在)\S{0,2}纸(上|条)
(这)?日子(真|实在)?没法(过|活)(了|下去)
(今晚|今夜|今天晚上|今天夜里)就走(?!.*(车票|机票|火车|高铁|动车|飞机|航班|大巴|行李))
朋友圈\S{0,8}安眠药 安眠药\S{0,3}(照片|图片)
(房子|老屋|屋子|钱|存折|存款|船)\S{0,4}(都|就)?留给(你|你们|孩子|儿子|女儿)
(钱|存折|银行卡|存款|金子)\S{0,4}(放)?在\S{0,8}(盒子|床底|柜子|抽屉|枕头)
(拿|带|提|揣|抱)(了|着|上)?\S{0,3}(农药|百草枯|敌敌畏|安眠药|老鼠药|绳子)\S{0,4}(上山|出门|出去|走了|跑了|不见|去河边|去江边)""")
# a grumble (这日子没法过了) alone, too (fixcare20); a night named for going, pills shown to friends (emergency21);
# what is left given away (not 东西: a note left on a trip) and where the money is (房子留给你, 钱在床底下的铁盒子里):
# a farewell when two such signs meet
SIGN = f"{STRONG}|{BURDEN}|{FAREWELL}"
# a life's work lost and the family let down (猪死光了 钱也赔光了 对不住俺老婆孩子): a man saying goodbye (fixcare20)
RUIN = _any(r"赔光 亏光 死光 还不上 倾家荡产 血本无归 破产 走投无路 (欠|借)了\S{0,4}(债|钱)")
# ... unless the next start is named (明年从头再来, 换个营生): a setback borne, not a goodbye
RESOLVE = _any("明年 从头再来 重新来 再干 换个 东山再起 重新开始 再拼")
SORRY_TO_HOME = r"对(不起|不住)(俺|我)?(的)?(老婆孩子|老婆|媳妇|孩子|家里人|家里|爹娘|爸妈|老伴|一家老小|全家)"
# medicine put away to keep it safe or stocked (怕孙子乱拿, 过年不怕): no plan
SAFEKEEPING = _any(r"怕\S{0,4}(孙|孩子|小孩|娃|乱拿|乱吃|翻|误吃) 过年 备着 不怕 囤货 开药")
# someone else's words, whatever the signs: a forward (转 at the start: not 儿子转发了一篇文章给我 我看完更不想活了), a
# third party's act, a hotline or advice on how to help
NOT_ME = _any(FORWARDED + r""" 热线 心理援助 预防 怎么(劝|开导|帮) 劝劝
(那个|有个|有人|邻居|隔壁|楼上|楼下)\S{0,8}(自杀|跳楼|跳河|跳海|跳江|跳湖|轻生|寻死)""")
NOT_ME += rf"|({PET})\S{{0,3}}想(要)?(从)?"
# a pet that would jump from the balcony (我家猫总想从阳台跳下去) is no person's despair
# the news or a story, right before a single sign (电视剧里的女主角不想活了; not 我看了新闻 心里更难受 不想活了)
STORY = _any("新闻 报道 专家 明星 电视剧 电影 小说 剧里 讲座")
_STORY_BEFORE = rf"({STORY})\S{{0,4}}({SIGN})"
# hearsay of a third party (听说老李家小伙子不想活了): the writer's own words after it (听说儿子要离婚 我真的不想活了)
# are the writer's, so only a sign reached from 听说 / 据说 with no 我 between is someone else's
HEARSAY = rf"(听说|据说)((?!我|俺|咱|自己)\S){{0,12}}?({SIGN})"
# a figure of speech in its tone: 累死了, a laugh (emoji read as 哈哈: bot.danger.plain_words)
# (朋友圈说此生已了 这文案绝了: a caption admired, not a farewell)
LAUGH = _any(r"哈哈 hhh 开玩笑 逗你 [累烦热冷饿困忙笑气闷]死(了|我|人) 尴尬 社死 文案 台词 歌词")
# a figure of speech by its cause (今天麻将又输了三百 不想活了, 加班加得不想活, 这天气让人不想活; a hand not won
# told after it: 我不想活了 一下午没胡过一把)
CAUSE = _any(r"""麻将 打牌 斗地主 输(了|得|光) 游戏 考试 考砸 作业(?!本) 加班 老板 堵车 减肥 追剧 球赛 股票 基金
[累热冷饿困忙气]得 天气 这天""")
FIGURE = rf"({CAUSE})\S{{0,4}}({SIGN})|({SIGN})\S{{0,8}}(没胡|点炮|放炮|自摸)"
FIGURE += r"|(股票|基金|股市|房价|业绩)\S{0,8}都想(跳楼|死)"  # 股票跌成这样 我都想跳楼了
# a past got through: told as over (现在好多了; not 治不好了)
OVER = _any(r"(现在|如今|后来)\S{0,6}(?<![不没])(好多了|好了|想开了|看开了|挺好) 幸亏 多亏 那(年|时候|阵子|天) 第二天")
BESIDE = 10  # a tone or a past vetoes a single sign only this close to it (characters, either side)
SELF = _any(r"我 俺 自己 咱")
_NOT_ME, _STORY, _HEARSAY, _LAUGH, _OVER, _SELF = (
    re.compile(p) for p in (NOT_ME, _STORY_BEFORE, HEARSAY, LAUGH, OVER, SELF))
_SIGN, _STRONG, _FIGURE = (guarded(p) for p in (SIGN, STRONG, FIGURE))  # long lists most texts hold none of
_HEAVY, _SAFEKEEPING = guarded(f"{STRONG}|{BURDEN}"), re.compile(SAFEKEEPING)
_RUIN, _SORRY_TO_HOME, _RESOLVE = re.compile(RUIN), re.compile(SORRY_TO_HOME), re.compile(RESOLVE)
# a goodbye to the group with its reason (谢谢大家这些年的照顾 以后就不麻烦大家了 下个月搬去女儿那边): farewells alone,
# with no heavier sign, are a member leaving or moving away
_LEAVING = re.compile(r"退群|退出(群|本群|这个群)|搬(家|走|去|到|回)|回老家|去(儿子|女儿|闺女|孩子)(那|家)|"
                      r"出国|离职|辞职|退休|不干了|调走|换(个|了)?群|新群|回国")
_ACT, _ACT_IF_HARM, _HARM, _NOT_THE_WRITERS_ACT = (
    re.compile(p) for p in (ACT, ACT_IF_HARM, HARM, NOT_THE_WRITERS_ACT))
# a jump wished, not begun (真想抱着宝宝一起跳下去算了, 恨不得跳楼算了, 好几次想跳河 一了百了): despair, not an act
# under way, and read as despair (codemend27); at the edge (站在桥上, 我在楼顶) is ACT's own line (emergency26)
_WISHED = re.compile(r"(想|恨不得|巴不得|不如|干脆|还不如|倒不如)"
                     r"((?!站在|坐在|到了|来到|爬到|爬上|我在|人在)\S){0,10}$")
# someone close who said it (我爸这几天老说不想活了): the carer who tells it needs help to keep them safe; only when the
# sign is reached from their 说 with no word of the writer's own between (孩子们都说我是个累赘 我真的不想活了: hers)
_CLOSE = words("他 她", CHILD, """老伴 我爸 我妈 老爸 老妈 父亲 母亲 老人 爷爷 奶奶 外公 外婆 婆婆 公公 爱人 老公""",
               but="小孩 小朋友 宝宝 外孙女 闺女")
_MINE = "(?!我|俺|咱|自己)"  # no word of the writer's own here
_OTHER = re.compile(rf"({_CLOSE})\S{{0,6}}(说|闹着|喊着|念叨|嘀咕|写)({_MINE}\S){{0,12}}?{_MINE}({SIGN})")
# the writer's own despair beside it (我妈老说活着没意思 我也不想活了): the writer is the one to reach first
# words relayed from someone close by message or call (孩子发消息说 妈妈我好累…想从楼上跳下去): the 我 in them is theirs
_BY = "发消息|发信息|发微信|发短信|打电话|来电话|留言|微信上|电话里"
_RELAYED = re.compile(rf"({_CLOSE})\S{{0,4}}({_BY})\S{{0,4}}(说|讲|跟我说)"
                      rf"\S{{0,24}}?({SIGN})")
_CUTS_OTHER = re.compile(rf"({_CLOSE}|闺女|姑娘)((?!我|俺|自己)\S){{0,10}}({CUT})")  # 她一直拿刀片划胳膊
_OWN = re.compile(rf"(我|俺)(也|真的|真|就|实在|都|想|是)*({SIGN})")
_TO_THE_WRITER = re.compile(r"(妈|爸|奶|爷|婆|姥|公|娘|爹)$")  # a child's words to the writer: 妈妈我好累
_STRANGER = re.compile(r"人家|别人")
# a farewell posted where friends read it (李师兄刚发朋友圈说此生已了): his words, told by one who read them
_POSTED = re.compile(r"(发|发了)?朋友圈\S{0,4}(说|写)")
# someone else named as the one who said it (他, 那人, 有个…): without one, the writer means themselves
_THIRD = re.compile(r"他|她|那人|有人|有个|那个")
# whose loneliness it is: a neighbour's, someone on TV, a mother's in her care home (not the writer's own)
_SOMEONE_ELSES = re.compile(r"隔壁|邻居|对门|楼上|楼下|电视|电影|剧里|新闻|视频里"
                            r"|奶奶|爷爷|大爷|大妈|阿姨|老太太|老大爷|我(妈|爸|婆婆|公公|儿子|女儿|外婆|外公)|老爸|老妈|父亲|母亲")


def _lonely_is_another(words: str) -> bool:
    """The loneliness told is someone else's (隔壁王奶奶一个人住 没人说话, 电视里那个老人孤零零的): another person named
    and no word of the writer's own (我老伴走了 我一个人住 没人说话 is hers)."""
    return bool(_THIRD.search(words) or _SOMEONE_ELSES.search(words)) and _SELF_WORD.search(words) is None


def _told_act(words: str) -> re.Match[str] | None:
    """The writer's own act that `words` tell, done or only wished (真想跳下去算了)."""
    found = _ACT.search(words)
    if found is None and (weak := _ACT_IF_HARM.search(words)) and (_HARM.search(words) or _SIGN.search(words)):
        found = weak
    return None if found is None or _NOT_THE_WRITERS_ACT.search(words[:found.start()]) else found


def _wished(words: str, found: re.Match[str]) -> bool:
    return found.group(0).startswith("跳") and _WISHED.search(words[:found.start()]) is not None


@per_text
def act(text: str) -> str | None:
    """The act of self-harm already done or under way that `text` tells (喝了农药, 把遗书写好了), or None."""
    words = plain_words(text)
    found = _told_act(words)
    return None if found is None or _wished(words, found) else found.group(0)


def lone_sign(text: str) -> str | None:
    """The weight of the one sign in a line that is no danger alone, to read with the member's next lines: "heavy"
    (活着没意思, 不想活了) or "farewell" (对不起大家, 药都藏起来了); None when there is none, or a laugh, a story, a
    game, a forward or someone else's words carry it (这电视剧看得我活着没意思哈哈), or the medicine is kept safe."""
    words = plain_words(text)
    found = _SIGN.search(words)
    if found is None or _NOT_ME.search(words) or _LAUGH.search(words) or _OVER.search(words):
        return None
    if _FIGURE.search(words) or _HEARSAY.search(words) or _STORY.search(words) or _SAFEKEEPING.search(words):
        return None
    return "heavy" if _HEAVY.search(words) else "farewell"


def _beside(words: str, sign: re.Match[str]) -> str:
    return words[max(0, sign.start() - BESIDE):sign.start()] + "|" + words[sign.end():sign.end() + BESIDE]


@per_text
def despair(text: str) -> str | None:
    """The words of despair or self-harm that `text` says of its writer now (不想拖累孩子…想一了百了), or None."""
    done = act(text)
    if done is not None:
        return done  # an act done: nothing vetoes it
    words = plain_words(text)
    found = list(_SIGN.finditer(words))
    if _NOT_ME.search(words):
        return None
    if (jump := _told_act(words)) is not None and not _LAUGH.search(words) and not _FIGURE.search(words):
        return jump.group(0)  # 真想跳下去算了: a jump wished, not begun, is despair, never nothing
    if ((along := taken_along(words, empty=_HEAVY.search, story=_STORY.search)) is not None
            and not _LAUGH.search(words)):
        return along  # her life and the child's (bot.danger.taken_along)
    if (_RUIN.search(words) and (sorry := _SORRY_TO_HOME.search(words)) and not _LAUGH.search(words)
            and not _RESOLVE.search(words) and not _HEARSAY.search(words) and not _lonely_is_another(words)):
        return sorry.group(0)  # ruined and sorry to those at home, his own and no next start: a farewell
    if not found:
        return None
    # a sign with a laugh or a story right before it (这电视剧看得我活着没意思哈哈) is not counted as a second one
    signs = [m.group(0) for m in found if not _LAUGH.search(_beside(words, m))
             and not _STORY.search(words, max(0, m.start() - BESIDE), m.end())]
    if len(set(signs)) >= 2 and (_HEAVY.search(words) or not _LEAVING.search(words)):
        return "…".join(dict.fromkeys(signs))  # two signs: no tone, story or past beside one of them vetoes
    near = [_beside(words, m) for m in found]
    if any(_LAUGH.search(n) or _OVER.search(n) for n in near):
        return None  # one sign, and a laugh or a past got through right beside it
    if _FIGURE.search(words) or _HEARSAY.search(words) or _STORY.search(words):
        return None  # one sign, and its cause a game or a loss at cards, or someone else's words heard
    strong = _STRONG.search(words)
    if (strong is None and (heavy := _HEAVY.search(words)) and not _STRANGER.search(words)
            and (alone_or_hurt(words) or bereft(words)) and not _lonely_is_another(words)):
        return heavy.group(0)  # 在这谁都不认识…活着真没啥意思: a life felt empty, and alone or hurt: despair
    if strong is None or _STRANGER.search(words):
        return None  # a burden alone (活着没意思) is a low mood, not yet a danger; 别人说: nobody close
    # the one named inside the sign is its object (真想随她一块走了算了: the wife who died), not who speaks
    mine = (_SELF.search(words) or _OTHER.search(words) or _POSTED.search(words) or len(words) <= 12
            or not _THIRD.search(words[:strong.start()] + "|" + words[strong.end():]))
    return strong.group(0) if mine else None


def of_another(text: str) -> bool:
    """The despair is someone close to the writer (我妈老说活着没意思 不想拖累我们), not the writer's own: the sign is
    reached from their 说 with no word of the writer's own between (孩子们都说我是个累赘 我真的不想活了 is hers)."""
    words = plain_words(text)
    if (relayed := _RELAYED.search(words)) is not None:  # the writer's own despair outside the relayed words, or
        # inside them when the 我 is not the child's to the writer (孩子打电话说他没事 我真的不想活了;
        # 妈妈我好累: the child's)
        inside = any(_TO_THE_WRITER.search(words, 0, m.start()) is None
                     for m in _OWN.finditer(words, *relayed.span()))
        before, after = words[:relayed.start()], words[relayed.end():]
        return not inside and _OWN.search(before) is None and _OWN.search(after) is None
    if _CUTS_OTHER.search(words) is not None:
        return True  # 今天才发现她一直拿刀片划胳膊: hers, whatever the writer adds (我该咋办)
    return _OTHER.search(words) is not None and _OWN.search(words) is None


_KIN = re.compile(words(KIN))
_SELF_WORD = re.compile(r"我(?!妈|爸|家|老伴|爱人|老公|媳妇|儿子|女儿|孙)|俺(?!娘|爹|妈|爸)|自己")


def act_of_another(text: str) -> bool:
    """The act already done is someone close to the writer's (我妈喝了农药, 我老伴刚才吃了一瓶安眠药): a kin word before
    the act and no word of the writer's own between them (我妈说我没用 我喝了农药 is the writer's)."""
    words = plain_words(text)
    found = _ACT.search(words) or _ACT_IF_HARM.search(words)
    if found is None:
        return False
    kin = [*_KIN.finditer(words, 0, found.start())]
    return bool(kin) and _SELF_WORD.search(words, kin[-1].end(), found.start()) is None
