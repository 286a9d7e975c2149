"""Emergencies: a person in danger now (trapped, fallen, unconscious, gas, fire, flooding, lost), for every plugin.

Read from the member's words alone, as a good 社群运营 would on first sight: a danger named (困在电梯里,
摔倒了起不来, 叫不醒, 煤气味, 着火了, 水漫上来了, 走丢了) and nothing that puts it elsewhere than here and
now: the past (昨天电梯把我关了半小时), a forwarded article or notice (转：…, 【通知】), advice
(冬天注意防滑，摔倒了别急着起身), a question about rules (楼道充电会着火吗), a joke (救命😂), or a danger
over (人没事, 里面没人). A sign that it is happening now (救命, 快来人, 急, 还在, 怎么办, 120) outweighs a
time word: 凌晨摔在厕所里了 起不来 is tonight, not the past.

Misses cost more than false alarms, but a false alarm at 3 a.m. wakes an operator: where a danger is named plainly
(被困电梯, 叫不醒, 着火了) it is read as one unless a marker puts it elsewhere; a weaker word (摔了, 头晕, 不见了) needs
a sign of now or of harm beside it. Away from home the same kinds of signal hold (someone in the water, pinned under
something, fallen into a pit, lost on a hill, a hill fire), each with its own safety step. The body's dangers of a
long illness or winter (bot.body_danger), a scam going on now (bot.scam) and the welfare check of an old person
nobody can reach (bot.welfare_check) are read in their own modules. Measured on tests/data/emergency_eval
(bench/RESULTS.md, urgent15, emergency17, emend17).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot import body_danger, despair, emergency_model, scam, violence, welfare_check
from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.memo import per_text

_INSIDE = _any("在里面 在里头 在里边 里面有人 里头有人 出不去 出不来 门打不开 开不了门 打不开门")
_LIFT = _any("电梯 电题 电体 升降梯")
_FAMILY = _any("""孩子 小孩 儿子 女儿 男孩 女孩 孙子 孙女 宝宝 老人 老人家 老太太 老头 老爷子 老伴 大爷 大妈 阿姨 奶奶
爷爷 外婆 姥姥 姥爷 外公 我爸 我妈 父亲 母亲 大伯 队友""")
_LOST = _any("走丢 走散 走失 不见了 (没|还没)(回家|回来|到家) 还没回(?!复|消息|信|微信|话|电话|你|我)")
# someone (a person, not a phone or a fishing rod) and water one can drown in
_SOMEONE = _any(f"""有人 人 老公 老婆 爱人 丈夫 妻子 孩子 小孩 娃 他 她 大哥 大姐 大爷 大妈 师傅 钓友 泳友 队友
{_FAMILY}""")
_WATER = _any("河 江 湖 塘 水库 海 水 冰窟窿 冰窟 冰洞 井 渠 池子")
# a thing one drops, loses or leaves under something (他手机掉水里了, 钥匙压在枕头底下): never a person in danger
_OBJECT = _any(r"""手机 钥匙 钱包 东西 鱼竿 球(?!场|赛|队|时|的时候) 耳机 眼镜 书包 背包 包包 包裹 伞 帽子 戒指 项链
证件 身份证 银行卡 饭卡 门禁卡 充电宝 水杯 杯子 鞋 玩具 遥控器 相机 袋子 本子 衣服 外套 首饰 手表 零钱 假牙""")

# between a person and the fall: an adverb or two, no object (他手机掉水里了 is the phone)
_GAP = rf"(?:(?!{_OBJECT}|把|将)\S){{0,8}}"
# where one falls to: a height or a hole (掉到沟里, 摔到楼下), not where a thing was dropped (广场, 电梯口)
_BODY = _any("腿 脚 手(?!机|表|套) 胳膊 腰 身子 半个身子")
_PLACE = _any("里 下面 底下 楼下 沟 坑 井 崖 缝 洞 窟窿 山下 坡下 河 江 湖 塘 水 海 池")

# a danger named plainly: read as one unless something puts it in the past, an article, advice or a joke
PLAIN = {
    "trapped": _any(rf"""
(被|人)?(困|关|卡|锁)(住|在)?\S{{0,3}}({_LIFT})(里|内|中)
({_LIFT})\S{{0,12}}(困|关|卡)(住|了)?\S{{0,2}}(人|我|老人|孩子|几个)
({_LIFT})(里|内)?(困住|困人|关人|卡人) ({_LIFT})\S{{0,24}}({_INSIDE}) ({_INSIDE})\S{{0,12}}({_LIFT})
(被|给)(困|关|锁|反锁)在\S{{0,6}}(里|中) 反锁在\S{{0,4}}里 困在\S{{0,8}}(里|中)
电梯(掉|坠|下坠|掉了一截)\S{{0,12}}(我们|人)
"""),
    # someone fallen somewhere (有人从架子上摔下来了, 有人掉到沟里): 掉进/到/下 and a place, never a bare 了
    # (有人掉了一个手机在广场)
    "fall": _any(rf"""有人(?:(?!{_OBJECT}|把|将)\S){{0,10}}(掉|摔|滚|跌|坠|栽)(下(来|去)|(进|到|下)\S{{0,6}}({_PLACE}))
坠楼 (高处|高空)坠落"""),
    "unwell": _any(r"""
晕倒 昏倒 昏过去 晕过去 休克 叫不醒 叫不应 喊不醒 推不醒 怎么推都不醒 没(了)?意识 不省人事
喘不(上|过)(来)?气 呼吸(很)?(困难|急) 憋(得|的)?(脸)?(红|紫|青) 噎住 卡住喉咙
(胸口|心口|胸)\S{0,2}(剧痛|剧烈|疼得|痛得|疼|痛|闷) 抽搐 眼睛(往上)?翻 口吐白沫
嘴(巴|角)?(也)?歪 说话(说)?不(清|利索) 说不出话 (说话|讲话)(也)?(含糊|大舌头|讲不清) 讲不清(楚|爽)?
(人|他|她)\S{0,2}没(了)?(气|呼吸|心跳)(了)? 没(有)?呼吸了 (谁会|会做|快|赶紧|马上)\S{0,4}(心肺复苏|人工呼吸|胸外按压)
捂(着)?(胸口|心口|胸) (一侧|半边|一边)\S{0,4}(没劲|没力|不能动|动不了)
(嘴唇|脸)(发)?(紫|乌|青) 发紫 发乌 血糖\S{0,6}[0-2]\.\d
(头|一头)(栽|倒) 倒(在)?地(?!铁)(上)? 躺(在)?地上 (叫|喊)(她|他|人)?(也)?(不(应|理|太理)|没(有)?反应)
打呼噜\S{0,6}没(声|气)
"""),
    "bleeding": _any(r"""
血\S{0,2}(止不住|一直(在)?(流|往外)|流不止|不停) 止不住\S{0,2}血 血(喷|涌|哗哗|往外(冒|涌|喷))
(头|脸)(上)?(出|流)(了)?血 好多血 吐(了)?(好几口|几口)?血
"""),
    "gas": _any(r"""
(煤气|燃气|天然气|液化气|瓦斯)\S{0,4}(味|泄漏|泄露|漏) 臭鸡蛋味
(煤气|燃气|天然气|液化气|沼气)\S{0,8}(嘶嘶|呲呲|一屋子) (池|井|窖|罐|坑|管道|地下室)\S{0,10}没(上来|出来)
(味|灶|阀)\S{0,6}漏气 漏气\S{0,6}(味|灶|阀|点火)
"""),
    "fire": _any(r"""
(?<!打不)(?<!点不)(?<!打)(着|著)火 起火 失火 烧起来 火(很|挺|好|特别)?大(?!的) (家|楼|屋|房|厨房|车|锅|被子)\S{0,3}着了
(?<!嗓子)(?<!干得)冒(大|黑|白|浓)?烟 (全|都)是烟 浓烟 烟\S{0,4}呛 呛得睁不开
"""),
    "wildfire": _any("山火 林火 火烧山 山(上|那边|后面)?着(火|了)"),  # its own safety step: upwind, not uphill
    "flood": _any(r"""
水管(爆|裂|炸) 爆管 水(哗哗|漫|灌) (地下室|车库|负一楼?|屋里|家里|一楼|配电房|楼道)\S{0,4}(进水|淹) 漫上来
水快(到|没) 满地(都)?是水 (水\S{0,4}涨上来|水还在涨(?!价))\S{0,30}(过不去|回不来|出不去|被(隔|困))
被(水)?(隔|围)在 (山洪|泥石流)(下来|来了|冲|暴发|爆发)
"""),
    "lost": (rf"({_FAMILY})\S{{0,16}}({_LOST})|({_LOST})\S{{0,16}}({_FAMILY})"
             r"|我家\S{1,4}(跟\S{0,5})?(走丢|走散|走失)|放学\S{0,10}(还)?没(到家|回家|回来)"),
    "water": _any(rf"""
({_SOMEONE})\S{{0,4}}(落水|溺水)
({_SOMEONE}){_GAP}(掉|落|摔|滑|跌|栽|翻)(进|到|入|下)?(了)?\S{{0,3}}({_WATER})(里|中)
在水里\S{{0,3}}(扑腾|挣扎|喊|呼救|起不来|上不来|出不来) (沉|没)下去(了)? 冒了一下头 水草缠(住)?
(抱着|扒着|扒住|抓着)\S{{0,3}}(船|冰|木头|泡沫|浮) (船|筏)翻了\S{{0,12}}(人|他|她|漂|水里)
"""),
    # a body or a person pinned (压住了腿, 老刘被埋在下面), not a thing (钥匙压在枕头底下了)
    "pinned": _any(rf"""
(压|埋|砸)(住|在|着)(了)?\S{{0,6}}({_BODY}|人|身上) (塌|倒)\S{{0,8}}(压|埋)(住|在|着)
({_SOMEONE}|{_BODY}){_GAP}(压|埋|砸)(住|在|着)(了)?\S{{0,6}}(下面|底下|里面|里头)
(卡|夹)(在|住)\S{{0,10}}(拔不出|抽不出|出不来|动不了) (人|他|她|腿|脚)\S{{0,2}}(被)?(埋住|压住) 活埋
"""),
    "power_alone": r"(停电|没电)\S{0,30}(呼吸机|制氧机)|(呼吸机|制氧机)\S{0,30}(停电|没电)",
}
# weaker words: a danger only with a sign of now, or of harm beside them
WEAK = {
    "fall": _any(r"""摔(倒|了|下|在|跤|道) 滑倒 跌倒 跌(了|下) (床|楼梯|台阶)上?掉下来 踩空 崴(了)?(脚)? 滚下
(掉|摔|跌|栽)(进|到)\S{0,3}(沟|坑|井|崖|缝|洞|窟窿|山下|坡下) (摔|跌|栽)下(来|去)"""),
    "unwell": _any(r"""头晕 眼前发黑 心跳(好|很|特别)?快 出冷汗 满头大汗 浑身起疹 嗓子发紧 站不住 迷迷糊糊 说胡话
吐了两次 滚烫 满头(大)?汗 中暑 触电 (被)?电(到|打)(了)
(被)(毒)?(蛇|蝮蛇|马蜂|野蜂|黄蜂|蜂|蝎子)\S{0,2}(咬|蛰|蜇|叮)"""),
    "bleeding": r"(出|流)(了)?(鼻)?血",
    "lost": r"人\S{0,2}不见了",
}
# a burn: only with a real harm (起了好大的泡, 大面积, 皮掉了); 刚刚被开水烫到了 起了个泡 is first aid at home
BURN = _any(r"烫(伤|到|着|了)")
BURN_HARM = _any(r"""大面积 皮(都)?(掉|脱|烂|没)(了)? 烫掉 (好大的|大|好多|一片)\S{0,2}泡
疼得(直哭|直叫|冒汗|打滚) 发白 焦了""")
# lost outdoors (跟丢, 迷路): only with a sign of harm beside it (手机就剩8%电, 喊也听不到); 迷路了 别急 is no danger
LOST_OUTDOORS = _any("跟丢 迷路 迷了路 找不到路 看不到路 跟不上")
HARM = _any(r"""起不来 动不了 站不起来 爬不起来 不能动 (腿|手|胳膊|腰)\S{0,3}(断|肿) 流血 出血 有血 磕(到|破)
叫\S{0,3}(不(应|理|答应)|没(有)?(反应|回应)) 发白 抬不动
(趴|躺|倒)\S{0,3}不动 人不动 哼哼 下不来 上不来 下不去 (越来越)?没劲 骨头\S{0,4}(凸|露|戳|出来) 肿(起来|了|得)
疼得(直哭|直叫|冒汗|打滚) 疼的冒汗 (好大的|大|好多)\S{0,2}泡 肉\S{0,2}翻 手机\S{0,4}(没电|剩\S{0,3}电|\d+%)
喊\S{0,3}(听不到|没人应|不应)""")
NOW = _any(r"""救命 救救 快来 快叫 快派 快去 快点(来|过来) 快看 来人 赶紧 急死 很急 着急 急$ 急[!！\s] 求助
有没有人(打|会|在) 谁(在|离|会|能|来) ^(快|快快)[\s!！，,]
120 119 110 还在 正在 刚才 刚刚 突然 一下子 马上 怎么办 [!！]{2}
(?<![关困锁])在里(面|头) 不敢""")
# someone heard calling for help (隔壁老太太在喊救命 声音越来越小): a danger of no known kind, the general safety step
CALLING = r"(在|听见|听到|一直)\S{0,4}(喊|呼)救(命)?|呼救"
# the call for help heard was a game or a screen (好像是小孩在玩游戏, 原来是电视里的)
PLAYING = r"(好像|原来|估计|应该|可能)(是)?\S{0,8}(游戏|电视|拍|玩|演|闹着|开玩笑|逗)"
# smoke from a cigarette: no fire; beside a gas leak it is the danger itself (液化气罐在漏 旁边还有人在抽烟)
SMOKING = _any("抽烟 吸烟 食烟")
# what puts a named danger elsewhere than here and now, unless a sign of now outweighs it
PAST = _any(r"""昨天 昨晚 前天 前两天 前几天 上(个)?(礼拜|星期|周|月|次|回) 去年 前年 前几年 几年前 那时候 那次
以前 之前 当时 以后 (梗|风|术|病)后 后来 幸亏 幸好 后怕 最近(?!的) 这两天 这几天 经常 老是 每次
好多了 没事了 已经好了 就好了 恢复得
(才|就)出来 拍了片子 过一次""")
# a history told as background to a danger now (她说以前对虾过敏, 他有高血压 昨晚说头疼, 划了手以后 现在…): not the
# past that puts the danger elsewhere; taken out before the time words are read
BACKGROUND = _any(r"""(以前|之前|原来|平时)\S{0,2}(就)?(对\S{0,4}过敏|有(过)?\S{0,6}(病|史|血压|血糖))
(昨晚|昨天)(就)?(说|喊)\S{0,4}(疼|痛|不舒服|晕|难受) 了\S{0,4}以后""")
# the past beyond doubt (去年, 幸亏 ... 后怕): a story however it is told (突然晕过去), unless a plea for help now
PAST_FOR_SURE = _any("去年 前年 前几年 几年前 那次 幸亏 幸好 多亏 后怕")
PLEA = _any(r"救命 救救 快来 快叫 快派 快去 来人 赶紧 120 119 110 还在 正在 怎么办 [!！]{2}")
ADVICE = _any(r"""注意 的时候\S{0,10}(别|不要|要|先|应该|记得|可以|一定|千万) 遇到 提醒 建议 防(滑|摔|走失|溺水|中暑)
小心 不要\S{0,6}(开车|扒门) 立刻拨打 千万 一定要 多喝""")
ASKS_RULES = _any(r"""能不能(?!麻烦|帮) 可不可以 是不是(每家|必须|要) 会不会(?!走|跑|掉|摔|出事)
听说会 必须装 管不管 有没有(AED|推荐) 有啥区别 怎么用
哪里能买 怎么帮 多久检修 几点 算谁 保险 得唔得 可唔可以""")
# what puts it elsewhere whatever else is said: an article or notice, advice to all, a joke, a danger over or only
# supposed, a phone number to keep
ARTICLE = _any(r"""^转 转[：:] 转发 【 新闻 报道 专家 提醒大家 温馨提示 小课堂 讲座 演练 培训 通知 致\S{0,4}被困 请拨打
(?<!我)(?<!我的)电话\s*\d 记住 别急着 学一下 分享一个 (几个|早期)(信号|征兆) 别硬扛""")
JOKE = _any(r"""哈哈 😂 🤣 😅 😄 😆 😁 hhh 开玩笑 逗你 [\"“「]\S{1,4}[\"”」] (饿|累|笑|忙|困)死(了|我)
(工作|作业|会议)里 \s哈$ 哈[~～]""")
# what is not a person in danger whatever the words: a pet, the weather, food on the grill, a meeting or homework
# that "traps" someone, a share price that "fell and cannot get up", a question about a rumour
_PET = "|".join("猫 狗 猫咪 狗狗 宠物 鹦鹉 鸽子 仓鼠 兔子 泰迪 柯基 金毛 比熊 柴犬".split())
NOT_A_PERSON = _any(rf"""({_PET})\S{{0,3}}(叫不醒|喊不醒|晕|摔|不见|走丢|迷路|吐|抽搐|喘|掉)
热得\S{{0,2}}(起火|着火|冒烟) 烧烤 烤串 撸串 烤肉 火锅
(作业|会|会议|工作|加班|事儿?)\S{{0,2}}(把我|把人)?\S{{0,2}}困(住|在)
(快递|外卖|包裹|货|件)\S{{0,3}}(还)?没(到|送到|回来)
(股票|股市|基金|大盘|房价|成绩|价格|指数)\S{{0,4}}(跌|摔|倒) (人|火|住)了吗 听说(的)?[，,。\s]*$ 刚听说""")
# a family member "not back" with the reason given (在同学家写作业, 跳广场舞去了): not lost
LOST_CALM = _any(r"(?<![现正])在[^，,。\s回]{1,5}(家|那儿|那里) (跳|玩|打|逛|买|去)\S{0,6}去了 估计 可能 应该是")
SAFE = _any(r"""要是 万一 萬一 如果 假如 不然 否则 或者\S{0,6}就 差点 不要紧 找到了 虚惊 人没事 里面没人
没人在里面 没有人在里面 已经(弄|打|撬)开了 已经(救)?出来了 人都没事 不急 就好了 玩得挺开心 现在没事 没人受伤
[，,\s]没事(了|的|儿)?[。!！~～]*$ 没得事 没啥事 大家别担心 现在\S{0,12}(挺好|好多了|好了|没事)
自己(起来|爬起来|站起来|出来)了 [，,\s]没事(了)?[，,\s] 原来是\S{0,8}(拍|闹|玩|演|开玩笑|逗)
已经(被)?(送|抬)\S{0,3}(下山|医院|走|出来)(了)? 真(的|要)?\S{0,3}(着火|出事)了怎么办 挺好的[。!！~～]*$
(?<!是)不是\S{0,2}(着火|起火|失火|漏气) 有(头晕|不舒服|症状|胸闷|心慌|发烧)\S{0,2}(就|要|请)?(赶紧|马上|立即|及时)""")


@dataclass(frozen=True, slots=True)
class Danger:
    """A person in danger now: which kind (for the standard safety step) and the words that said so."""

    # fire | wildfire | gas | water | pinned | trapped | unwell | bleeding | flood | power_alone | fall | lost
    # | astray (lost outdoors) | unreachable | calling (someone heard calling for help)
    kind: str
    words: str
    lift: bool = False  # a lift: stay calm, press the alarm button, do not force the door
    pieces: str = ""  # the member's lines read together, when it was typed in several (摔了 / 起不来 / 腿疼)


# the plain readings: the everyday kinds, the body's (bot.body_danger) and a scam going on now (bot.scam); bleeding is
# read by both, the everyday words first
_PLAIN = [(kind, re.compile(pattern))
          for kind, pattern in [*PLAIN.items(), *body_danger.BODY.items(), *violence.HURT.items(),
                                *scam.KINDS.items()]]
_WEAK = [(kind, re.compile(pattern)) for kind, pattern in WEAK.items()]
_HARM, _NOW, _PAST, _ADVICE, _ASKS_RULES, _ELSEWHERE, _LIFT_RE = (
    re.compile(p) for p in (HARM, NOW, PAST, ADVICE, ASKS_RULES, f"{ARTICLE}|{JOKE}|{SAFE}|{NOT_A_PERSON}", _LIFT))
_LOST_CALM, _LOST_OUTDOORS, _CALLING, _SMOKING, _PAST_FOR_SURE, _PLEA, _BACKGROUND = (
    re.compile(p) for p in (LOST_CALM, LOST_OUTDOORS, CALLING, SMOKING, PAST_FOR_SURE, PLEA, BACKGROUND))
_BURN, _BURN_HARM, _PLAYING = (re.compile(p) for p in (BURN, BURN_HARM, PLAYING))
_OLD_OR_ALONE = re.compile(f"{_FAMILY}|{welfare_check.ALONE_WORDS}")  # a welfare check is for the old or frail
# the kinds, most urgent first: fumes before fire (a brazier wants fresh air, not a shut door), a hill fire's step
# before a building's, the body's dangers beside feeling unwell
ORDER = ("fumes", "wildfire", "fire", "gas", "water", "pinned", "trapped", "unwell", "low_sugar", "blood_pressure",
         "child_hurt", "violence", "bleeding", "flood", "power_alone", "fall", "lost", "astray", "unreachable",
         "calling", "scam", "scam_given", "scam_posted", "despair")


def _despairing(text: str, *, cached: bool = True) -> Danger | None:
    """Words of despair or self-harm (bot.despair, its own reading): a danger to life."""
    words = despair.despair(text) if cached else despair.despair.__wrapped__(text)
    return None if words is None else Danger("despair", words)


def signals(text: str) -> list[str]:
    """The rules' signals in a message, as names for the learned layer (bot.emergency_model)."""
    text = simplify(text)
    words = compact(text)
    found = [f"plain:{kind}" for kind, pattern in _PLAIN if pattern.search(words)]
    found += [f"weak:{kind}" for kind, pattern in _WEAK if pattern.search(words)]
    named = {"now": _NOW, "harm": _HARM, "past": _PAST, "advice": _ADVICE, "asks": _ASKS_RULES,
             "elsewhere": _ELSEWHERE, "lost_calm": _LOST_CALM, "unreachable": welfare_check.UNREACHABLE,
             "trouble": welfare_check.TROUBLE, "calm": welfare_check.CALM, "family": _OLD_OR_ALONE,
             "lost_outdoors": _LOST_OUTDOORS,
             "calling": _CALLING, "smoking": _SMOKING, "past_for_sure": _PAST_FOR_SURE}
    return found + [name for name, pattern in named.items() if pattern.search(text)]


PIECES_S = 60  # a member's lines this close to the first, nobody else between, are read together for a danger
PIECE_CHARS = 20  # a fragment is short (摔了, 在厕所摔倒了); a longer line says its own matter (read alone)
# a line that alone says the danger is over or thanks (出来了 谢谢, 没事了, 找到了): never folded into the lines before
OVER = _any(r"""谢谢 谢谢你们 谢谢大家 感谢 多谢 好的 好了 嗯 哦 没事了 没事 人没事了? (我|人|已经)?(都)?出来了
救出来了 门开了 找到了 回来了 不用了 虚惊一场""")
_OVER = re.compile(rf"^(?:{OVER}|\W)+$")


class Pieces:
    """Each room's last speaker and their short lines of the last `PIECES_S`: a danger typed in several short lines
    (摔了 / 起不来 / 腿疼) is read as one message; anyone else speaking in between, or a long line, starts afresh."""

    def __init__(self) -> None:
        self._rooms: dict[str, tuple[str, list[tuple[datetime, str]]]] = {}

    def danger(self, room: str, sender: str, ts: datetime, words: str) -> Danger | None:
        """Note a message (words "" for a photo or a sticker) and read the sender's lines so far as one."""
        last, lines = self._rooms.get(room, ("", []))
        window = timedelta(seconds=PIECES_S)
        lines = [(at, said) for at, said in lines if last == sender and ts - at <= window]
        short = words and len(compact(words)) <= PIECE_CHARS and not _OVER.match(simplify(words))
        lines = (lines + [(ts, words)])[-8:] if short else []
        self._rooms[room] = (sender, lines)
        if len(self._rooms) > 5000:  # private chats come and go: forget the quiet ones
            self._rooms = {key: kept for key, kept in self._rooms.items() if kept[1] and ts - kept[1][-1][0] <= window}
        if len(lines) < 2:
            return None
        joined = "，".join(said.strip() for _, said in lines)  # 我家狗狗，摔了: a pet's words still reach its fall
        # joined lines are never met again: not cached; despair too (我妈这几天老说 / 不想活了: hers, not the writer's)
        found = read.__wrapped__(joined, emergency_model.shipped()) or _despairing(joined, cached=False)
        return None if found is None else replace(found, pieces=joined)


def pleads(text: str) -> bool:
    """A sign that something is happening now (快来人, 还在, 救命, 怎么办, !!): after an emergency, a plea."""
    return _NOW.search(simplify(text)) is not None


def emergency(text: str) -> Danger | None:
    """The danger to a person now that `text` reports, or None (past, article, advice, a rule question, a joke)."""
    if despair.act(text) is not None:  # 我吃了一瓶安眠药 头好晕: the act is the danger, whatever else is read
        return _despairing(text)
    return read(text, emergency_model.shipped()) or _despairing(text)


@per_text
def read(text: str, model: emergency_model.Model | None) -> Danger | None:
    """`emergency` with a given learned layer (None: the rules alone)."""
    text = simplify(text)  # 對面樓着火了 is read as 对面楼着火了
    words = compact(text)
    if not words:
        return None
    found = [(kind, m.group(0)) for kind, pattern in _PLAIN if (m := pattern.search(words))]
    now = _NOW.search(text) is not None
    if not found and _OLD_OR_ALONE.search(words) and (welfare := welfare_check.unreachable(words)):
        found.append(("unreachable", welfare))
        # 这几天没见她出门 is a sign of now, not a time word that puts it in the past
        text = welfare_check.TROUBLE.sub("", text)
    if not found:
        for kind, pattern in _WEAK:
            if (m := pattern.search(words)) and (now or _HARM.search(words[:m.start()] + "|" + words[m.end():])):
                found.append((kind, m.group(0)))  # a harm other than the weak word itself (摔了 + 起不来)
        if not found and (m := _BURN.search(words)) and _BURN_HARM.search(words):
            found.append(("unwell", m.group(0)))
        if not found and (m := _LOST_OUTDOORS.search(words)) and _HARM.search(words):
            found.append(("astray", m.group(0)))
        if not found and (m := _CALLING.search(words)):
            found.append(("calling", m.group(0)))
    if not found and model is not None and (wide := emergency_model.candidate(words)) is not None:
        if model.score(emergency_model.features(words, signals(text))) >= model.threshold:
            found.append(wide)  # told otherwise than the rules know (楼顶冒火了, 叫他没反应 身上冰凉的)
    if not found:
        return None
    if _ELSEWHERE.search(text) or (_SMOKING.search(text) and all(kind != "gas" for kind, _ in found)):
        return None
    if _PAST_FOR_SURE.search(text) and not _PLEA.search(text):
        return None
    told = _BACKGROUND.sub("|", text)
    if not now and (_PAST.search(told) or _ADVICE.search(told) or _ASKS_RULES.search(told)):
        return None
    kind, said = min(found, key=lambda f: ORDER.index(f[0]))
    if kind == "calling" and _PLAYING.search(text):
        return None  # 外面有人在喊救命 好像是小孩在玩游戏
    if kind in ("lost", "astray") and not now and _LOST_CALM.search(text):
        return None  # 我儿子还没回家，在同学家写作业: the reason is given
    return Danger(kind, said, lift=kind == "trapped" and _LIFT_RE.search(words) is not None)
