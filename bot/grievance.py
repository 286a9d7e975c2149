"""Grievances: how people say that something is wrong, in the general language of Chinese customer service.

Written from how complaints are made to any shop, school, platform, property office or club, not
from one kind of group: a thing that does not work, something not received or late, money taken
or owed back, service that is absent or rude, a promise broken, a nuisance nobody deals with, and
dissatisfaction said outright. A complaint is a grievance about something a person can put right;
venting about one's own day (累死了, 作业好多, 气死我了 about a child) is chat, so strong
feelings and waits count as a complaint only when they are aimed at a provider (`bot.providers`).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.grievance_asked import asked_aggrieved
from bot.literals import guarded
from bot.memo import per_text
from bot.providers import TARGET
from bot.sarcasm import sneered

BROKEN = _any(r"""
(?<![吓急饿累乐笑美气馋])坏了 坏的 坏掉 烂了 烂的 发霉 (是|都是|全是)(漏|破|裂|碎|瘪|馊|臭)的
长毛 臭了 馊了 变质 (?<!快)过期了 破了(?!\S{0,8}[纪记]录) 破损 碎了 裂了
((?<![出进开关上串])门|把手|拉手|扣子|轮子|螺丝|盖子|拉链|合页|瓷砖|墙皮|鞋跟)(都|又|也|就)?(掉|脱落|松)了
漏(水|了|电|气|油) 渗水 返潮 不新鲜 不能用 用不了 没法用 不好用 不管用 不灵 失灵
没反应 打不开 开不了 关不了 登不上 登录不了 进不去 连不上 卡(死|住|顿|得要命) 闪退 黑屏
(卡|码|脸|证|机器|机子|pos|POS)\S{0,2}(刷|扫)不(了|上|进|出来|动) (刷|扫)不(了|上)(卡|码)
白屏 花屏 死机 报错 没声音了 没有声音 没画面 加载不出 刷不出 看不了 放不了 充不进 不出水
不加热 不制(热|冷) (灯|屏幕?)不亮 跳闸 不转了 (?<!天)不亮了 (?<![走跑爬拿搬拉推咬吃嚼背扛抱])不动了
用了(没)?(几|两|三|一|半|\d)\S{0,3}(天|个月|周|星期|次)就
才(刚)?(买|用|装|换|修|跑|穿|开)(了)?(没)?(几|两|三|一|半|\d)\S{0,4}(天|个月|周|星期|公里|次)
根本(不|没)
还是(不行|冷的|不热|没用|坏|一样) 太慢 慢死 太小声 听不(到|见|清)
(下水道?|马桶|管道|水池|地漏)(又)?堵 故障 出(了)?问题
有(虫|头发|异物|沙子|石子) 吃出(了)? 长虫
一边(长|高|大|粗|宽|深)一边(短|低|小|细|窄|浅)
""")
MISSING = _any(r"""
没收到 没有收到 收不到 还没(收到|发货|发|寄|修|退|处理|解决|到货) 到现在(还|都)?没
迟迟 没发货 不发货 没到货 物流不动 没动静 没下文 少(了|给|发)(一|两|三|几|半|\d)
漏发 发错 错发 缺件 只收到 不够(秤|数|分量) 缺斤 短斤 缩水 差得.{0,3}多
差(了)?这么多 少算 漏(录|算|记|单) (算|录|记|刷|收|扣)错 出错
秤不准 缺秤 鬼秤 (秤|称|分量|斤两)\S{0,2}(不对|不足|不够|有问题)
(买|称|要|订)(了)?[\d一二两三四五六七八九十半]+斤.{0,12}(才|只有|就剩|只剩)[\d一二两三四五六七八九十半]+(斤|两)
""")
MONEY = _any(r"""
退款 退钱 退费 退货 换货 (?<!哪)(能|可以|给我?)(不能)?(换|退)(?!成|什么|啥|哪|多少)
换(个|一个)(大|小|新) 不给退 不退 扣(了我|费|钱) 多扣 重复扣 乱扣 多收 乱收费
收费不合理 白交 白花 冤枉钱 (交|花|付|掏|出)得(真|太|好|有点|也太)?(冤|亏|不值)
智商税 被坑 坑人 坑钱 黑心 贵得离谱 多了\d+
(会费|班费|团费|经费|活动费|物业费|管理费|捐款|善款|公款|(交|捐|凑|收|集)的(那些?)?钱)\S{0,4}(都|到底|究竟)?(花|用|弄|跑|去)?(到|在)?(哪|哪儿|哪里)(去)?了
(会费|班费|团费|经费|活动费|物业费|管理费|交了|捐了)[^。！？?!]{0,16}钱(都|到底|究竟)?(花|用)(到)?(哪|哪儿|哪里)(去)?了
""")  # 哪能换 (上海话, how to change it): asks how, it asks for no exchange
SERVICE = _any(r"""
(要|得)负责 负责任吗 (每次|老是|总是|又)(都)?这样 放鸽子
没人(管|理|回|接|处理|负责|通知|告诉|联系|说一声|给我打|打(个)?电话) 不回(复|消息|话)
(都|也|根本|就)不管(的|了)?(吗|嘛|呀|啊|[?？])
说(好)?(了)?(要|会|给我?|帮我?)\S{0,8}(一直|到现在|还|都|也)没(等到|回|打|来|收到|消息|动静|联系|通知)
(也|都)不回 不理人
不接电话 电话也不接
打不通 找不到人 (?<![大夫主家客病成男女老别])人呢 有人管吗 敷衍 糊弄 推脱 踢皮球 不负责
态度(太|很|真|极)?(差|恶劣|不好) 爱答不理 说话不算数 说好的 言而无信 虚假宣传
(跟|和|与)(图片|描述|宣传|说的|页面|视频里)不一样 货不对板 以次充好 一拖再拖 拖到现在
到底(还)?管不管 你们(还)?管不管 到底有没有人管 到底能不能(修|弄|办|解决|处理)
(修|换|返修|报修|跑|反映|催|退|扎|打|抽|试|弄|找|约)了(两|三|四|五|几|好几|\d)(回|次|趟|遍|针)(了)?[，,、\s]?(还是|还没|还不|都没|也没|都不|也不)
又(坏|停|漏|堵|卡|被|迟到|晚了|没(来|到|发|通知)) 又是(凉|冷|生|糊|馊|夹生)的
在你们(这|那)(里|儿|边)?\S{0,3}(摔(了|倒|伤)|磕(了|伤|破)|烫(了|伤)|受(了)?伤|丢了)
(天天|老是|总是|每次都)(迟到|晚点|晚了|迟) 第[二三四五六七八九几]次了
也不(说|通知|讲)一声 没(有)?通知 不通知 提前(说|通知)一声
(一个|连个|一点|半点)(反馈|回复|回音|电话|消息|说法|答复|通知|动静|信儿?|下文)(都|也)没
""")
NUISANCE = _any(r"""
吵死 吵得 太吵 噪音 扰民 装修声 乱停 乱放 占(用)?(车位|通道|楼道|消防)
堵(门|路口|车库) 狗(屎|叫) 遛狗不 垃圾(没人|堆|满|不) 臭味 异味 停水 停电
(家里|楼里|小区|整栋|单元)(又)?没(水|电) 没热水 暖气不(热|暖|来|够) 电梯(坏|又|停|故障|困)
高空抛物
""")
DISSATISFIED = _any(r"""
失望 (多|太|很|也太)不(安全|负责|卫生|专业|合理) 太差 很差 真差 差劲 质量(太|真|好|也太)?差 (真|太)垃圾
垃圾(产品|服务|东西|质量) 投诉 差评 维权 12315 离谱 太过分 过分了 不像话 不合理
不能接受 不太能接受 接受不了 受够了 凭什么 凭啥 什么(破|烂)?(质量|服务|态度|东西|玩意) 什么破
(跟|向|给|找)\S{0,4}(护士长|领导|负责人|主任|经理|上级|老板|店长|院长|校长|园长|物业)反映
有没有人管 没人管吗 这(也)?叫\w{1,4}[?？]{2}
(都|攏|拢|全|也)(没|無|无)(有)?人(管|理|问|睬) (無|无)人(管|理|睬)
等(得|甲|到|了)\S{0,2}(要死|欲死|半死|心焦|花儿都谢了)
(为什么|为啥|凭什么|怎么)(每次|总是|老是|回回|天天)\S{0,10}(排|等)(那么|这么|好|半天)(久|长|半天)
就不能(多|早|快|提前|及时|先)\S{0,10}(吗|嘛|呢)
(?<![可这那就])(不是|不都是)(说好?|刚|才|已经|讲好|答应)\S{0,10}(吗|嘛)
(以前|去年|前年|原来|之前|上回|上次|本来|不对|怎么|咋|凭啥|啥意思|扣了|多收|收费|涨).{0,16}(?<![可这那就])(不是|不都是)\S{0,10}(吗|嘛)
(?<![可这那就])(不是|不都是)\S{0,10}(吗|嘛).{0,16}(凭啥|啥意思|扣了|多收|收费|要收|收了|涨)
是不是\S{0,8}(不行|不干净|有问题|有点问题|不太?新鲜|没洗|没发|弄错|搞错|打错|给错|没开(?!门))
怎么回事 咋回事 怎么搞的 搞什么 有没有搞错 什么玩意 像话吗 还让不让 能不能管管 给个说法
给个解释 要个说法 你们骗 骗人的吧 上当了 忽悠人
搞(么子|啥子|么|啥)(名堂|鬼)?(嘛|咯|哟) 真有你们的
害(我|得我) 说句不好听的 不是我说 不是我挑(理|刺) (涨|贵)得(也)?太 太狠了
花钱(买|找|受)(罪|气)(受)? (拿|把)(我们|咱们|咱|人)?(老人|老年人|顾客|老百姓)?当(猴|猴子|傻子|冤大头) 当我们是傻子
欺负(我们)?老(人|年人) 不把(我们|顾客|老人|人)当回事
(不想|不愿意?)(再)?麻烦(你们|您|师傅|老板)\S{0,3}(可(?!以|不可)|但是?|不过)(?![^，。]{0,4}(问|请教|打听|麻烦))
哪门子 不是白\S{1,2}了 (跑|趟|来回|折腾|排队|爬)[^，。,]{0,6}容易吗 能没(点|有|一点)\S{0,4}吗 (?<![哪里])呢[?？]{2}
(每次|回回|总是|老是|次次)\S{0,8}没有?(我|俺)(?!们) (这|那)是?(咋|怎么)评的
一下子?涨(价|钱|了?\S{0,3}(块|元|毛)|了?[一二三四五六七八九十两百千\d]+([?？!！]|$))
(价|钱|费)\S{0,4}一下子?涨 越来越难吃
(菜|饭|服务|质量|货|东西|味道|态度|伙食|水平|管理|信号|网)\S{0,3}越来越(不行|差)
真(是|的)?(有点)?(服了|无语)(?!你|我)
(?<=[?？])(去年|上期|以前|原来|上回|之前|上次|外头|外面|别家)\S{0,6}(才|只要|只收)
(?<=[?？]\s)(去年|上期|以前|原来|上回|之前|上次|外头|外面|别家)\S{0,6}(才|只要|只收)
""")
WEAK = _any(r"""
生气 气死 火大 受不了 崩溃 无语 服了 烦死 郁闷 心累 寒心 恶心 气人 还没(到|来|回|送)
一直没 等了 太(贵|小|大|少|冷|热|硬|咸|淡|短|紧|旧) 骗人 骗子 每次都 老是 总是
(咸|淡|辣|油|腻|硬|凉|难吃|难喝)(得|的)(要命|要死|不行|没法吃|吃不下|咽不下) 难吃 难以下咽
(啥|什么)事?(都|也)?不(办|管|干) 吃干饭 吃白饭
(又|怎么|咋|为啥|为什么|凭啥)\S{0,3}涨 涨(了)?(这么|那么)多
(去年|上期|以前|原来|上回|之前|上次)\S{0,6}(才|还是|只要)\S{0,3}[\d一二三四五六七八九十百千两]
""")
SOFTENED = _any(r"""
被我 我(自己)?(按|弄|搞|摔)坏 以为(是)?坏 差点报修 (差点|差一点|险些)\S{0,2}冤枉钱 没关系 不要紧 别急 还好没 幸好
已经(好|解决|修好|退)了
^(哈哈|哎呀|哎呦|呀|噢|哦)?\s*发错了 (?<!不)(?<!以为)(那是|是|那)我(自己)?(记|算|看|听)错了
(?<![^\s，,。])我(自己)?(记|算|看|听)错了
""")



# some four hundred ways to say a complaint: searched only where one of the words they need is (bot.literals)
COMPLAINT = guarded(f"{BROKEN}|{MISSING}|{MONEY}|{SERVICE}|{NUISANCE}|{DISSATISFIED}")
FELT = guarded(WEAK)
NOT_COMPLAINT = re.compile(SOFTENED)
# unfairness (不公平, 凭什么): a complaint when what is handed out is named (OWED: 补贴, 分红, 团, 名额, 排队), a rift
# among members when nothing is (bot.danger.heartache "slighted": code review 25, finding 4)
UNFAIR = re.compile(r"不公平|凭什么|凭啥|偏心|区别对待|看人下菜")
OUTAGE = re.compile(r"停水|停电")
WHAT_IS_THIS = re.compile(r"怎么回事|咋回事")
# what was promised or fair, beside 咋回事 (合同上写的是东鹏…这是怎么回事, 排队…名额满了…后门): a wrong done, not a why
WRONGED = re.compile(r"合同|说好|答应|明明|写的是|写着|排队|名额|后门|插队")
EXCHANGE = re.compile(r"(能|可以|给我?)(不能)?换")
REDEEM = re.compile(r"积分|兑换|礼品|换购|赠品|以旧换新")
NEUTRAL_ASK = re.compile(r"什么时候|几点|几号|哪天|多久|会不会|是不是要|吗|检修|通知|计划")
STILL = re.compile(r"又|一直|到现在|为什么|为啥|凭什么|每次|总是|老是|没人|也不")
# 我这手机怎么收不到群通知: how to make one's own phone or app do something, no provider blamed, is a question
HOW_TO = re.compile(r"(怎么|咋|怎样|如何)(才能?|老)?(收不到|打不开|开不了|登不上|登录不了|进不去|连不上|看不了|放不了|"
                    r"听不(到|见|清)|没(有)?声音)")
# 破 and 烂 blame as words of scorn (什么破玩意, 烂东西), not as what happened to a thing (纱窗破了个洞, 被猫抓烂了)
BLAME = re.compile(r"又|一直|到现在|还是|还没|每次|总是|老是|凭什么|[!！]|破(?![了个洞损])|垃圾|烂(?![了掉])")
FAULT = guarded(BROKEN)
TAKEN_UP = guarded(f"{SERVICE}|{DISSATISFIED}")  # service failed or displeasure said: a complaint, repair or not


@per_text  # the rules and the learned layer ask about the same message
def grievance(text: str) -> str:
    """The words that make `text` a complaint or a problem, or "" when it is not one."""
    if NOT_COMPLAINT.search(text):
        return ""
    if (found := COMPLAINT.search(text)) is not None:
        if OUTAGE.fullmatch(found.group(0)) and NEUTRAL_ASK.search(text) and not STILL.search(text):
            return ""  # 明天停水吗, 停电检修: asks when or tells a plan, not what went wrong
        if HOW_TO.search(text) and not TARGET.search(text) and not BLAME.search(text):
            return ""  # asks how, of the member's own phone or app: nobody to put it right but the asker
        if EXCHANGE.fullmatch(found.group(0)) and REDEEM.search(text) and not BLAME.search(text):
            return ""  # 积分可以换鸡蛋吗: points redeemed for a gift, nothing returned
        if returns_own_slip(text):
            return ""  # 药买错了 能退吗: a return of the member's own slip asks, it blames nobody
        if WHAT_IS_THIS.fullmatch(found.group(0)) and not TARGET.search(text) and not BLAME.search(text) \
                and not STILL.search(text) and not WRONGED.search(text):
            # 西红柿叶子卷起来了 是咋回事啊, 单子上写的肌酐偏高是咋回事: asks why of a plant, a body, a report, aimed at
            # nobody: a question, unless another cue in the words complains
            return grievance(text.replace(found.group(0), "，"))
        return found.group(0)
    if (felt := FELT.search(text)) is not None and TARGET.search(text):
        return felt.group(0)  # strong words or a wait, aimed at whoever can put it right
    if (unfair := UNFAIR.search(text)) is not None and OWED.search(text):
        return unfair.group(0)  # 有些人领的补贴比我们多 不公平, 今年的分红不公平: a share handed out unfairly
    return overdue(text) or sneered(text) or suspected(text) or asked_aggrieved(text)  # 咋比网上贵, 是不是有人贪了


# 化肥发了半个月还没到, 分红咋还没到账 都腊月二十五了, 取暖费补贴咋还不给发嘞 都腊月了: something owed has not
# come, and how long it has been is said;
# not a person of the member's own not yet back (老伴还没来接我, 他还没到, 我儿子还没回来) nor a seed (还没发芽)
STILL_NOT = re.compile(r"(?<![我俺咱他她])(?<!老伴)(?<!孩子)(?<!儿子)(?<!女儿)(?<!闺女)(?<!老公)(?<!老婆)(?<!孙子)"
                       r"(?<!孙女)(?<!口子)((还|都|也)没(有)?|一直没(有)?(给(我|俺)?)?|(咋|怎么|为啥|为什么|咋个)还不(给)?)"
                       r"(到|来|发(?!芽|烧|现|呆|胖|火)|收到|反馈|回|退|给|送|寄|修|通知|消息|动静|下文|音信|办|"
                       r"开(?!心|始|会|车|门|学|花|口|窍|刀|工|机|灯|火|玩笑))")  # 发票一直没给我开: an invoice owed
_SPAN = r"(半个?月|半年|[\d一二两三四五六七八九十几好]+多?(天|周|个?礼拜|个?星期|个多?月|年))"
ELAPSED = re.compile(rf"{_SPAN}(了|啦|多)|(发|寄|报|交|申请|反映|说|等|修|订|买|下单|捐|付|退|催|约|排)了"
                     rf"(快|整整|足足|都)?{_SPAN}|都[^\s，,。！!？?]{{1,8}}了|"
                     # 上周退的那箱牛奶, 上礼拜在你们这儿买的: the member's own act, days ago, is how long it has been
                     r"(上|前)(个|一)?(周|礼拜|星期|月)\S{0,6}(发|寄|报|交|申请|订|买|下单|捐|付|退|约)|"
                     r"(前几天|前些天|前天|大前天|前阵子|那天)\S{0,6}(发|寄|报|交|申请|订|买|下单|捐|付|退|约)")
# what is owed by whoever can put it right (我的鸡蛋, 订的, 寄了, 押金, 到账, 说好的): a person's own lateness is not
OWED = re.compile(r"(我|俺)(家)?的|发|寄|订|团(?!体)|捐|报|申请|修|买|交|退|下单|快递|包裹|货|款|钱|账|费|补贴|补助|"
                  r"分红|工资|押金|约|优惠|折扣|券|名额|排队|插队|"
                  r"上门|问|催|找|说(好|了|过|是)|说[\d一二两三四五六七八九十几半]|答应|反映|合同|签|通知|消息|回复|反馈|单")
# someone of the member's own on their way (出去买菜, 来接我, 路上堵): late, not owed
ON_THEIR_WAY = re.compile(r"出去|出门|跑出|接我|来接|放学|下班|回家|路上|堵车|堵")
NEUTRAL_WAIT = re.compile(r"正常吗|一般(要)?(几|多久)|要等多久|是不是还要")


def overdue(text: str) -> str:
    """The words saying that something owed has still not come, beside how long it has been, or "": aimed at
    whoever can put it right or naming what is owed, not someone of the member's own on their way."""
    found = STILL_NOT.search(text)
    if found is None or not ELAPSED.search(text) or NEUTRAL_WAIT.search(text) or ON_THEIR_WAY.search(text):
        return ""
    rest = text[:found.start()] + " " + text[found.end():]
    return found.group(0) if TARGET.search(text) or OWED.search(rest) else ""


# 你们店的奶粉是不是假的啊, 在你们这买的面膜 用了脸上起疹子, 你们卖的挂面里头有小黑虫子: what was bought is doubted,
# spoiled, or hurt someone who used it,
# said to the shop as a question: a complaint to take up, not a question to look into; a rumour doubted (群里说的是不是
# 假的) or a child's upset tummy after a banana, aimed at no shop, is not
FAKE = re.compile(r"(?<![放休请度暑寒病事婚产年])假(的|货|冒)|冒牌|山寨|三无")
HARMED = re.compile(r"(吃|喝|用|涂|抹|擦|戴|穿|泡|敷)(了)?\S{0,8}(拉肚子|腹泻|过敏|起(了)?(疹子|红疹|红点|痘)|"
                    r"肚子(疼|痛)|上吐下泻|又吐又拉|发痒|红肿|烂脸|闹肚子)")
SPOILED = re.compile(r"是(臭|坏|烂|馊|发霉)的(?!还是|才)|有(小|黑|白|活|死)?(黑|白)?(虫子?|头发|苍蝇|蟑螂)(?!咬)")
# said to this shop (你们, 在你们这, 店里买的): not any purchase (我在超市买的香蕉, 网上买的三无产品别买: another shop,
# and a warning is nudge.warnings'), nor a notice doubted (你们发的通知是假的吗: code review 25, finding 8)
SOLD_BY = re.compile(r"你们|你家|贵(店|公司)|(店|这)(里|儿|家)?(买|拿|订)的|店的")
NOT_SOLD = re.compile(r"通知|消息|新闻|传言|说法|群里说|别买|不要买")


def suspected(text: str) -> str:
    """The words doubting what the shop sold, or telling that it hurt whoever used it, or "": 你们店的奶粉是不是假的,
    你们卖的米宝宝吃了拉肚子."""
    if not SOLD_BY.search(text) or NOT_SOLD.search(text):
        return ""
    found = FAKE.search(text) or HARMED.search(text) or SPOILED.search(text)
    return found.group(0) if found else ""




# 药 / 买错了 / 能退不, 不小心拍多了一盒 能换吗: the member's own slip, put right by a return or exchange
OWN_SLIP = re.compile(r"(?<![发给])(买|拿|点|订|选|拍|下单|下)错|(买|拿|订|拍|点)多了|不小心(买|拍|点|下单|订|拿)|"
                      r"用不上了?|不想要了|不需要了")
THEIR_SLIP = re.compile(r"你们|给我(拿|发|配|开)|店员|收银|营业员|药师|他们|卖给我")  # 你们给我拿错了: the shop's slip


def returns_own_slip(text: str) -> bool:
    """A return or an exchange asked for a slip of the member's own (bought the wrong one, one too many), with no
    blame on anyone: an ask to see to, not a complaint (no apology, no owner called over a routine return)."""
    return bool(OWN_SLIP.search(text) and MONEY_ASKED.search(text) and not THEIR_SLIP.search(text)
                and not BLAME.search(text) and not STILL.search(text) and not TAKEN_UP.search(text))


MONEY_ASKED = re.compile(MONEY)



# 化肥发了半个月还没到, 说好的月底到现在没动静, 呵呵 你们的服务可真是太好了: the grievance is that what was promised
# has not come (or is said in scorn); the written rule (化肥每月15号发) recited back would mock it
STILL_WAITING = re.compile(r"还没|没到|迟迟|一直没(?!空|时间)|到现在|说好的?|答应|都过了|超过了|"
                           r"过了\S{0,4}(天|号|期限)")
# 烂了两个咋整, 坏了能退吗, 吵死了 找谁: it asks what to do, which a written rule may answer
WHAT_TO_DO = re.compile(r"怎么办|咋办|咋整|怎么整|怎么弄|咋弄|怎么处理|咋处理|怎么算|咋算|找谁|找哪|打哪个|哪个电话|"
                        r"(能|可以|能不能)\S{0,4}(退|换|补|赔|撤回|修)|(退|换|补|赔|修)(吗|不)|怎么(退|换|补|赔|投诉|报修)")


def recital_would_mock(text: str) -> bool:
    """Whether answering a complaint with the FAQ's written rule would mock it: what was promised has not come
    (发了半个月还没到 搞么子嘛), or scorn is said, and no ask of what to do (咋整, 能退吗) that a rule may answer."""
    return bool((STILL_WAITING.search(text) or sneered(text)) and not WHAT_TO_DO.search(text))
