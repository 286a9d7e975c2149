"""A scam going on now, for bot.danger.emergency: someone on the phone asking a member to send money (issue 13, care17).

有人打电话说我儿子出车祸了 要我马上转五万, 让我把钱转到安全账户: the money is not gone yet, so the first step is not
to send it. It needs a fraud's story (冒充, 说是公安, 出车祸, 涉嫌…): a grandson asking for money for books, or the
property office for its fee, is no scam. Once told as over or a loss (挂了, 没理, 被骗了), a habit or a warning to all,
it is not this. Two more kinds (fixcare18): `scam_given`, the writer has just given a fraud what opens the account
(点了链接 输了密码, 把验证码告诉客服了: the bank first, to freeze the card), and `scam_posted`, someone in the group
posing as the treasurer asks everyone to send money to a personal card (the whole group is warned, not the poster).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any

_CLAIM = _any(r"打电话 来电话 来电 电话里 打来 自称 说是 话系 冒充 视频 短信 发消息 微信上 有(个)?人\S{0,4}说")
# a screen shared or an app installed for a stranger (让我下个会议软件共享屏幕): he sees every code and password typed
_SCREEN = r"共享屏幕|屏幕共享|开(启)?共享|下(载|个)\S{0,6}(会议|软件|app)"
_ASK = (r"(让|要|叫|催|逼)(我|俺|我们|咱|她|他)\S{0,10}((转|汇|打)\S{0,6}(钱|款|账|万|千|块|蚊|元|费|(?<!打)卡)"
        rf"|安全账户|{_SCREEN})"
        # a sum demanded before anything is done (要两万保释金, 要先交五千块床位费), or the writer on the way to pay it
        # (我这就去取钱, 我现在去银行转, 我明天去转给他): the money is still hers
        r"|要(先)?(交|付|转|汇|拿)?\S{0,3}[一二两三四五六七八九十百千万\d]+(万|千|百|块|元)\S{0,6}(金|费|钱)")
# the writer on the way to pay (我这就去取钱, 我明天去银行转): a fraud only beside a fraud's own story (冒充, 说是公安,
# 保释金, 安全账户, 别告诉): a son's mortgage or a loan come through is everyday (儿子说他贷款买房 我明天去银行取钱给他)
_GOING = r"(我|俺)(这就|马上|现在|明天|等下|等会|待会|赶紧|一会)\S{0,2}去\S{0,4}(取钱|取款|转|汇|银行|信用社)"
# over, a loss, a habit or a warning to all (我直接给孙子打过去 好好的, 老有电话打过来, 大家转钱前一定打电话确认)
_OVER = _any("""没转 没理 挂了 挂掉了 挂断了 没上当 识破 拉黑 骗子吧 是骗子 转了 被骗 骗走 好好的 没事 打过去
核实过 确认了 老有 总有 经常 骗子太多 都是假的 大家 一定 还没(下|装|点|填|转|给|去|输)""")
# the story a fraud tells to get the money (冒充, 说是公安, 出车祸, 安全账户, 涉嫌洗钱, 中奖): an everyday request has
# none (孙子发消息让我转500块给他买书, 我儿子打电话让我给他转点钱交房租)
_IMPOSTOR = _any(r"冒充 自称 假冒 假装 装成 有(人|个人)(打|来|打来)(了)?电话\S{0,2}说(他)?是")
# an office by its name (街道办, 农业局): not a bare 办 (说是今天办活动, 说是要办点事)
_CLAIMED = (r"(公安|警察|派出所|法院|检察|医保|社保|银行|客服|领导|老同学|街道办|办事处|\S{0,4}局|\S{0,4}政府"
            r"|你(的)?(儿子|孙子|女儿|孙女))")
# (the story alone, without a family's everyday 出事 / 急用: what sends the writer to the bank only beside a fraud)
_FRAUD_STORY = _any(rf"""{_IMPOSTOR} (说是|话系)\S{{0,6}}{_CLAIMED} 公检法 公安 警察 法院 检察院 出车祸 车祸
被抓 被拘
血光之灾 消灾 功德款
保证金 安全账户 共享屏幕 屏幕共享 涉嫌 洗钱 别告诉 不要告诉 中奖 退款 理赔 刷单 解冻 冻结 通缉 验证码
换了(新)?号 新号码 手机(丢|坏)了
(无抵押|低息|免息)贷款 贷款\S{{0,6}}(手续费|保证金|解冻) 不然(就)?(抓|坐牢|起诉|冻结)
保释金 (手术费|医药费|抢救费)\S{{0,6}}(先)?(转|汇|打)
(他|她|对方|那人)(给|发)(的|来的)\S{{0,2}}(卡号|账号|账户)
(补贴|补助|奖金|养老金|退税|中奖)\S{{0,10}}(先)?(交|付|转)\S{{0,6}}(手续费|保证金|押金|工本费|税)""")
_PRETEXT = rf"{_FRAUD_STORY}|出事|急用"
# whom the money is owed to in everyday life (物业费, 交医保 through 社区): no fraud unless one is impersonated
_PAYEE = _any("物业 社区 居委会 村委 学校 幼儿园 老师 班主任 医院缴费 水费 电费 燃气费 房东")
# the fraud still on the line or the money moving now (他还在电话上等我, 正在银行转, 转紧): going on, whatever was sent
_STILL = _any(r"还在(电话|通话|线上|等我) 没挂 正在\S{0,4}(转|汇)(?!发) 转紧 喺银行")
# the writer saw through it (识破 拉黑 没理 是骗子 核实过): over even while the fraud still talks (没挂 一直听他编);
# only what was or was not sent (转了 没转 被骗) or a guess (没事吧) gives way to a fraud still on the line
_SEEN_THROUGH = _any(r"""没理 挂了 挂掉了 挂断了 没上当 识破 拉黑 (?<!不)是骗子(?![吗吧啊?？]) 核实过 套他话 逗他
(?<!不)是假的(?![吗吧啊?？]) 不是\S{0,6}本人 骗子$""")
GOING_ON = (rf"^(?!.*({_SEEN_THROUGH}))(?:(?=.*({_STILL}))|(?!.*({_OVER})))(?=.*({_PRETEXT}))"
            rf"(?!(?!.*({_IMPOSTOR})).*({_PAYEE}))"
            rf"(?:.*({_CLAIM})\S{{0,30}}({_ASK})|(?=.*({_FRAUD_STORY})).*({_CLAIM})\S{{0,30}}({_GOING}))")

# the writer gave a fraud what opens their account (点了链接 输了密码, 把验证码告诉他了): the bank first
# done, not asked for nor warned of (要填卡号, 别在链接里输密码): 输了 / 填了 / 已经输 / 把验证码告诉他了; only what
# opens the account (a password, a code): an ID or card number is filled in on real forms (高龄补贴 填了身份证号)
_GAVE = (r"((?<![没别不])(输|填|告诉|给|报)了|已经(输|填|告诉|给|报)(了)?)\S{0,6}(密码|验证码)"
         r"(?!\S{0,2}(吗|没))|把\S{0,6}(密码|验证码)\S{0,4}(告诉|给|发给|报给)\S{0,4}了"
         r"|(密码|验证码)\S{0,12}(都|全|已经)(报|告诉|念|发)(给)?(他|她|对方|人家|那人|骗子|客服)\S{0,2}了"
         # asked for, then done in her own words after it (让我输银行卡密码 我点了 输了, 我点了链接 输了,
         # 要验证码 我报给他了, 叫我入密码 我入咗): not 我输了好几次都不对 (a password mistyped)
         r"|把\S{0,8}(密码|验证码)\S{0,3}(都|全)?(输|填)(了|进去|上)"  # 点进去把卡号密码都填了
         r"|(密码|验证码)\S{0,8}(我|俺)(也|都|就)?(点(了|开了|进去了|开)?(那个)?(链接|网址|网页)?(也)?)?"
         r"(?<![没别不])(输|填|报|给|告诉|念|入)(了|咗|进去了|上了|给他了)"
         r"(?!\S{0,3}(吗|没|好几|几次|两次|三次|两遍|几遍|不对|错))")
# 让我报卡号和验证码 我都报给他了: given to someone, never 发给我了 nor 发过来了 (a code received)
# the lure: a fraud's message or errand, or a caller who says he is an office (说是社保局的): not a plain 说是 nor 认证
_LURE = _any(r"""短信 链接 冻结 解冻 客服 退款 理赔 中奖 过期 注销 升级 异常 假的 骗 自称 冒充
说是\S{0,6}(局|所|银行|公安|警察|法院|检察院|社保|医保|客服|电信|移动|联通)""")
_GIVEN_OVER = _any(r"""(?i:wifi|wi-fi)\S{0,2}密码 无线密码 网络密码
改(了|过)密码 挂失(了|过) 冻结了卡 报(了)?警 没输 没填 没点 没给 没把 别把 不要把
差点 别点 千万别 举报 不会让 从来不""")
# a stranger's link opened and the ID or the card typed into it (点进去填了身份证号): the page has it, the card is next
_LINK_FILLED = (r"(点(了|开|进去|进)|打开|扫了)\S{0,10}(填|输)(了|进去)\S{0,6}(身份证|银行卡|卡号|密码|验证码)"
                # 点进去把卡号密码都填了: what was typed named before the typing
                r"|(点(了|开|进去|进)|打开|扫了)\S{0,6}把\S{0,8}(身份证|银行卡|卡号|密码|验证码)\S{0,3}(都|全)?(填|输)(了|进去|上)")
# ... from a link the writer doubts or a fraud's lure (那个链接是真的吗); a sign-up link filled in (报名成功了) is not
_DOUBT = _any("""是真的吗 是不是真的 是不是骗 靠谱吗 是假的 不对劲 钓鱼 陌生
中奖 退款 理赔 冻结 客服 过期 注销 异常 骗 冒充 自称""")
# a stranger's link that promises money (说是给知青补发养老金, 领取高龄补贴) and asks for the ID and the bank card, then
# the writer's own 我填了 after it (填个身份证号银行卡就行 … 我填了): a phishing page has the card; not a card filled in
# for the 社区's form, which no link carries with a payout and a card asked for together
_PAYOUT = r"(退|补发|发放|领取|领|退还|返还|退回|补贴|补助|养老金|退税|退费|红包|慰问金|津贴)"
_CARD_ASKED = r"(填|输|提供|上传|写)\S{0,4}(身份证\S{0,4})?(银行卡|卡号|银行账号)"
_I_FILLED = (r"(我|俺|我已经|俺已经|我都|俺都|我也|俺也)(已经|都|也|刚)?(填|输|弄|提交)(了|好了|进去了|上了|完了)"
             r"(?!\S{0,2}(吗|没))")
_PHISHED = (rf"(?=.*(https?|www|链接|网址|网页|二维码))(?=.*{_PAYOUT})"
            rf".*{_CARD_ASKED}.*{_I_FILLED}")
GIVEN = (rf"^(?!.*({_GIVEN_OVER}))(?:(?=.*({_LURE})).*({_GAVE})"
         rf"|(?=.*(链接|网址|网页|二维码))(?=.*({_DOUBT})).*({_LINK_FILLED})|{_PHISHED})")
# someone in the group posing as the treasurer asks everyone to send money to a personal card (我是基金会财务 这个月
# 捐款请直接转到我个人账户 卡号…): the group is warned before anyone sends
_ROLE = r"(我是|本人是)\S{0,8}(财务|会计|出纳|负责人|会长|秘书长|班主任|老师|群主|管理员)"
_PERSONAL = r"(个人|私人|我的|新的?)(账户|账号|卡|银行卡)|换了(新)?(账户|账号|卡号)"
POSTED = rf"^(?=.*{_ROLE})(?=.*(转|汇|打|交)(到|进|入)?\S{{0,8}}({_PERSONAL})).*(卡号|账号|账户)\S{{0,2}}\d{{4}}"
# money just sent to a stranger's promise and the taker gone (有个人说交两万押金就能插队 我转过去了 现在联系不上他了):
# 110 now, while the bank may still stop the transfer; not a loss told long after, reported or a warning to all
_STRANGER = r"有(个)?人|那(个)?人|对方|骗子|自称|冒充|说是|陌生"
# money sent (转过去了, 钱都打过去了, 两万块打给他了): a bare 打了 is a phone call (我打了电话他不接)
_SENT = (r"(转|汇|交|付)(过去|出去|给他|给她|给对方|进去)?了|(钱|款)(已经|都)?(转|汇|打|交|付)"
         r"|([\d一二两三四五六七八九十百千万]+(块|元|万|千)|钱|款)\S{0,6}打(过去|出去|给他|给她|给对方|进去)?了")
_GONE = (r"联系不上|找不到(他|她|人)|(电话|手机)\S{0,3}(打不通|关机|不接)|不回(消息|信息|电话)?了|拉黑|删了我"
         r"|(人)?跑了|不见了|跑路")
_PAID_OVER = _any(r"""报警了 报了警 报过警 追回 退回来 退给我 去年 前年 以前 那年 那次 上次 当年 大家 提醒 注意 千万
新闻 听说 骗子太多 前阵子 前段时间 (一个|有个)\S{0,3}(友|朋友|邻居|同事|亲戚|老乡) 别犯傻 吃过\S{0,2}亏 别信 你们别""")
PAID = rf"^(?!.*({_PAID_OVER}))(?!.*就\S{{0,4}}({_GONE}))(?=.*({_STRANGER})).*({_SENT})\S{{0,12}}({_GONE})"
# (付了就拉黑, 交了钱就联系不上: how such a fraud goes, told to warn or in an ad; not the writer's money now)
# money paid for a promise no honest seller makes (交九千九包进省书协, 报了个班 保证拿证, 包治好) and the seller gone
# (结果老师拉黑了, 人跑了): the same fraud told by what was promised rather than by a stranger
_SURE_THING = (r"包(进|过|拿|考|会|赚|治|教会|录取|办成|分配)|保证(进|过|拿|考上|治好|录取|办成)"
               r"|稳(进|过|赚|拿)|内部名额")
_PAID_FOR = (r"(买|交|付|报|花)了?\S{0,10}(课|班|名额|会员|钱|费|[\d一二两三四五六七八九十百千万]+(块|元|万|千)?)"
             rf"|{_SENT}")
# (the writer's own or her family's money, not a neighbour's told; nor a warning of how it goes: 是骗局, 别理,
# 交了定金就跑了)
_THEIR_MONEY = r"(阿姨|大姐|大妈|大爷|邻居|朋友|同事|亲戚|老乡|人家|他|她)\S{0,2}(交|付|买|报|花)了"
PAID += (rf"|^(?!.*({_PAID_OVER}|骗局|别理|就\S{{0,4}}({_GONE})|{_THEIR_MONEY}))(?=.*({_SURE_THING}))"
         rf".*({_PAID_FOR})\S{{0,30}}({_GONE})")
# a fraud's threat (不然封店, 否则冻结账户): part of the story, not a danger only supposed (不然 beside 万一, 如果)
THREAT = r"(不然|否则|要不然)(就|会|要)?(封|抓|冻结|起诉|坐牢|注销|扣|罚|停|拉黑|影响)"
# some money already sent to a fraud's promise and more asked for now (刷单返利 已经转了三千多 现在还让转, 投资黄金平台
# 让我先投五万 我已经转了两万, 说是平台的 要交保证金五千 不交就封店 我刚转了两千): the rest must not go, and what went
# is for the police and the bank now. A fraud's promise: easy money (刷单, 返利, 做任务, a platform to invest in,
# 稳赚) or a fee to keep what one has (保证金, 解冻, 不交就封店); never a bill or a friend's loan paid (the story is
# needed)
_EASY_MONEY = _any(r"""刷单 返利 返佣 返现 做任务 (投资|理财|炒)\S{0,8}(平台|项目|黄金|外汇|币|期货) 稳赚 高回报
带(你|我|大家)赚 导师 内部消息 刷流水 充值\S{0,4}返""")
_PROMISE = _any(r"保证金 解冻 不交就 不然(就)?(封|冻结|注销)") + f"|{_EASY_MONEY}"
_I_SENT = (r"(我|俺|已经|刚|刚才|先)\S{0,4}(转|汇|交|投|充|付)(了|过去|进去)\S{0,4}"
           r"([\d一二两三四五六七八九十百千万]|钱|款)")
_MORE = (r"还(在)?(让|要|叫|催|逼)(我|俺)?(再|继续)?\S{0,2}(转|汇|交|投|充|付)"
         r"|(让|要|叫|催|逼)(我|俺)\S{0,4}(先|再|继续)?\S{0,2}(转|汇|交|投|充|付)\S{0,4}[\d一二两三四五六七八九十百千万]"
         r"|要(先)?(交|投|付|充)\S{0,4}(保证金|押金|手续费|会费)?\S{0,3}[\d一二两三四五六七八九十百千万]+(万|千|百|块|元)?")
MORE = (rf"^(?!.*({_PAID_OVER}|{_SEEN_THROUGH}|不转了|没再转|不再转))(?=.*({_PROMISE}|{_FRAUD_STORY}))"
        # 学校要交保证金 我已经转了一半: an everyday payee, unless impersonated or easy money (带着炒外汇的老师)
        rf"(?!(?!.*({_IMPOSTOR}|{_EASY_MONEY})).*({_PAYEE}))"
        rf"(?=.*({_I_SENT})).*({_MORE})")
# money asked for a rite that would cure or save someone (师父说捐一万给儿子消业障 病就好了, 大师说要做场法事化解
# 收八千八) and the writer's savings in hand or on the way to it (存款都取出来了, 明天去银行取): not given yet, so
# the first step is not to give it and to ring the family first; not a temple's everyday 功德 or 法事, nor a warning
_RITE = _any(r"""业障 消灾 化解 法事 开光 改运 转运 驱邪 中邪 冲喜 超度 长明灯 续命 (命里|今年)\S{0,3}有劫 血光 神婆
大仙 大师 神医 师父 师傅 高人""")
_CURE = (r"化解|(病|癌|瘤|身体|孩子|孙子|儿子|女儿|老伴|运气|运势)\S{0,4}(就|才|都|马上)?(能|会)?(好|治好|痊愈|平安|顺)"
         r"|保(平安|佑)|(消|化解|破)\S{0,2}(灾|劫|业障)")
_SUM = r"(捐|交|给|花|收|要|请|供)\S{0,8}[\d一二两三四五六七八九十百千万]+(万|千|块|元)"
_READY = (r"(存款|钱|存折|定期|养老钱|积蓄|棺材本)\S{0,4}(都|全|已经)?(取|提|拿)(出来|了)"
          r"|(准备|凑|取)(好|齐)了|(明天|马上|这就|等下|等会|今天|下午)(就)?(去)?(银行|取钱|取款|捐|交|送|给)|去银行取"
          # a transfer asked for, one tap away (让我给他转三千; native review 25, finding 17)
          r"|(让|叫|要)(我|俺)\S{0,2}(给|转|交)")
# a fraud's own words, threat or promise (不然封店, 病就好了): the story told, not a danger supposed or over
FRAUDS_WORDS = re.compile(rf"{THREAT}|{_CURE}")
_RITE_OVER = _any(r"""骗子 骗局 骗人 假和尚 假道士 大家 提醒 注意 千万 别信 没给 没捐 不给 不捐 报警 听说 新闻 以前 去年
被骗""")
BLESSING = (rf"^(?!.*({_RITE_OVER}))(?=.*({_RITE}))(?=.*({_CURE}))(?=.*({_SUM}|{_READY}))"
            rf".*({_READY}|要\S{{0,2}}(去)?捐)")
# the savings already drawn for a "master's" rite, no cure named (大师说我家有业障 要三万块做法事 我把存款取出来了;
# native review 25/2, finding 5): the money in her hand is the danger itself
_MASTER = _any("大师 师父 师傅 神婆 大仙 高人 神医 算命")
_RITE_ITSELF = _any(r"业障 消灾 法事 开光 改运 转运 驱邪 中邪 冲喜 超度 长明灯 续命 (命里|今年)\S{0,3}有劫 血光 犯太岁")
_DRAWN = r"(存款|钱|存折|定期|养老钱|积蓄|棺材本)\S{0,4}(都|全|已经)?(取|提|拿)出来"
BLESSING = (rf"{BLESSING}|^(?!.*({_RITE_OVER}))(?=.*({_MASTER}))(?=.*({_RITE_ITSELF}))(?=.*({_SUM}))"
            rf".*({_DRAWN})")
_BLESSING = re.compile(BLESSING)


# a claim's, a loan's or a parcel's fee (能帮我化解理赔的事 让我先交手续费): a scam still, but no rite
# (native review 25/2, finding 16)
_FEE_NOT_RITE = re.compile(r"理赔|贷款|退款|包裹|快递|手续费|保证金|激活|征信")


def for_a_rite(words: str) -> bool:
    """The money is asked for a rite that would cure or save someone (BLESSING; `words`: compacted): the rite's own
    word to the member, never a claims scam's (快递师傅 说包裹丢了要理赔 is no rite)."""
    return _BLESSING.search(words) is not None and _FEE_NOT_RITE.search(words) is None


# the scams bot.danger.emergency reads, by kind (each with its own first step)
KINDS = {"scam": f"{GOING_ON}|{BLESSING}", "scam_given": GIVEN, "scam_posted": POSTED, "scam_paid": PAID,
         "scam_more": MORE}
