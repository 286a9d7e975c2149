"""The words that put a danger named elsewhere than here and now, for bot.danger.emergency (issue 13).

A danger named (bot.danger.danger_words) is no danger now when the words put it in the past (PAST, PAST_FOR_SURE), an
article or notice (ARTICLE), advice (ADVICE), a question about rules (ASKS_RULES, unless it asks what to do now:
ASKS_FIRST_AID), a joke or a figure of speech (JOKE, FAINT_FIGURE), a danger over or only supposed (SAFE), or on no
person at all (NOT_A_PERSON: a pet, livestock, the weather, a share price). What is taken out before they are read (a
history told as background, the patient's own "it's nothing") is here too; a plea for help now (PLEA) outweighs the
past. How they are weighed is bot.danger.emergency's.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# what puts a named danger elsewhere than here and now, unless a sign of now outweighs it
PAST = _any(r"""昨天 昨晚 前天 前两天 前几天 上(个)?(礼拜|星期|周|月|次|回) 去年 前年 前几年 几年前 那时候 那次
以前 之前 当时 以后 (梗|风|术|病)后 后来 幸亏 幸好 后怕 最近(?!的) 这两天 这几天 经常 老是 每次
好多了 没事了 已经好了 就好了 恢复得
(?<![饭西餐药])(才|就)出来 拍了片子 过一次""")
# a history told as background to a danger now (她说以前对虾过敏, 他有高血压 昨晚说头疼, 划了手以后 现在…,
# 中风后不会说话 在公园走丢了, 昨晚透完还好的: fine then, not now; 昨晚出海 到现在联系不上: gone since): not the
# past that puts the danger elsewhere; taken out before the time words are read
BACKGROUND = _any(r"""(以前|之前|原来|平时)\S{0,2}(就)?(对\S{0,4}过敏|有(过)?\S{0,6}(病|史|血压|血糖|瘤|哮喘|癫痫))
(昨晚|昨天|这两天|这几天|前两天)(就)?(说|喊)\S{0,4}(疼|痛|不舒服|晕|难受) 了\S{0,4}以后
(医生|大夫)\S{0,2}(之前|以前)?说\S{0,2}(他|她)?\S{0,4}(高|低)
(梗|风|术|病)(以)?后\S{0,2}(就)?(一直)?(不会|说不了|说不出|不能|没法)(说话|讲话|走路)
(昨晚|昨天|前天|这两天)\S{0,6}还(好好|好)(的|着) (昨晚|昨天|前天)\S{0,6}(出海|出门|出去|走的|去的|进山|上山)
(以前|平时|原来)\S{0,2}(天天|每天|常|经常|总|老)(来|去|在) 最近\S{0,4}(记性|记忆|脑子|糊涂|老忘|忘事)
(昨晚|昨天晚上|昨夜)\S{0,6}(到|至)\S{0,2}(一|两|三|四|十二|\d+)点 (昨晚|昨天晚上|昨夜|半夜)\S{0,4}喝
(前两天|前几天|昨天|上个?月|上礼拜)\S{0,2}(听)?(说|港|讲|听说)\S{0,4}(欠|输|借|被骗|离婚|失业|下岗|查出)""")
# the patient's own "it's nothing" told by one who sees otherwise (他还说不要紧 再唱一段就好, 说自己没事 就是心里有点
# 慌 可是…): taken out before the vetoes are read, as BACKGROUND is
UNDERSTATED = _any(r"""(还|非|硬|直|一直|老|嘴上)(说|讲)\S{0,3}(没事|不要紧|没关系|没啥)
(他|她|伊|老人|老头|老太太|老伴|我爸|我妈|爷爷|奶奶)(自己)?(说|讲)\S{0,2}(没事|不要紧|没关系|不碍事)
(叫|让)(我们|大家|我)?(别|不要|莫)(担心|烦恼|操心|着急|管) (别|不要)(大惊小怪|小题大做)
不(让|肯|要)(叫|打|喊)?(救护车|120|医生) 不肯去医院
^(没事|没啥事|没什么事|没大事)[\s，,]*(没事)?[\s，,]*(就是|只是)
(说|讲)(自己|他|她)?\S{0,2}(没事|不要紧|没关系)\S{0,8}(可是|但是|但|不过|就是)""")
# the past beyond doubt (去年, 幸亏 ... 后怕): a story however it is told (突然晕过去), unless a plea for help now
PAST_FOR_SURE = _any("去年 前年 前几年 几年前 那次 幸亏 幸好 多亏 后怕")
PLEA = _any(r"救命 救救 快来 快叫 快派 快去 来人 赶紧 120 119 110 还在 正在 怎么办 [!！]{2}")
ADVICE = _any(r"""(?<!不)注意 的时候\S{0,10}(别|不要|要|先|应该|记得|可以|一定|千万) 遇到 提醒 建议
防(滑|摔|走失|溺水|中暑|踩踏|失温)
小心 提前(准备|备好|做好|充) 不要\S{0,6}(开车|扒门) 立刻拨打 千万 一定要 多喝
(不要|别|莫|不准|不许)\S{0,2}(掉|跌|摔|滑|落)(进|到|下|入|倒)
(楼道|过道|走廊|门口|通道)\S{0,2}(别|不要|不能|莫)\S{0,2}(堆|放|停|充)
(别|不要|不能|莫|不准|不许)在\S{0,6}充电
(闻到|看到|遇到|发现)\S{0,8}(千万)?(别|不要|莫)\S{0,3}(开灯|打电话|点火|开关|动电)""")
ASKS_RULES = _any(r"""能不能(?!麻烦|帮|拿\S{0,4}钥匙|开(一下)?门|快|赶紧|马上) 可不可以
是不是(每家|必须|要(?!(来|去|送)?(医院|急诊)))
会不会(?!走|跑|掉|摔|出事)
听说会 必须装 管不管 有没有(AED|推荐) 有啥区别 怎么用
哪里能买 怎么帮 多久检修 几点 算谁 保险 得唔得 得不得 可唔可以""")
# ... but a question of what to do now for the one in danger is no rule question: it carries the emergency (老伴摔了
# 起不来 能不能先扶到床上, 孩子吞了纽扣电池 会不会有事, 喝了半瓶农药 能不能先催吐): first aid asked about
_FIRST_AID = _any("""扶 吃 喂 催吐 抠 抹 涂 扎 绑 泡 搓 揉 等 送 背 抱 挪 搬 按 压
放血 掐 有事 要紧 危险 有生命危险 出人命 死""")
ASKS_FIRST_AID = rf"(能不能|可不可以|会不会|能否|可以)\S{{0,4}}(先)?({_FIRST_AID})"
# what puts it elsewhere whatever else is said: an article or notice, advice to all, a joke, a danger over or only
# supposed, a phone number to keep
ARTICLE = _any(r"""^转 转[：:] 转发 【 新闻 报道 专家 提醒大家 温馨提示 小课堂 讲座 演练 培训 通知 致\S{0,4}被困 请拨打
(?<!我)(?<!我的)电话\s*\d 记住 别急着 学一下 分享一个 (几个|早期)(信号|征兆) 别硬扛 别硬撑
电视剧 电视里 剧里 电影里 连续剧 动画片 短剧里 纪录片 看\S{0,3}《 那(一)?(段|集)\S{0,3}(我)?(哭|看哭|泪|揪心|感动)
(锅|油)\S{0,2}烧(到|得)\S{0,2}冒(青)?烟[\s，,]{0,2}(就|再)?(下|放|倒|加|泼|淋)(?!.*(着了|起火|着火|窜|蹿|灭不|救命|油烟机))""")
JOKE = _any(r"""哈哈 😂 🤣 😅 😄 😆 😁 hhh (?<!不是)(?<!没)(?<!没有)(?<!没跟你)开玩笑
(笑|美|帅)得\S{0,3}(要|快要|快|差点|都要)?(昏|晕|厥|背过气)
逗你 讨论 扶不扶 该不该扶 敢不敢扶 讹人 碰瓷
(?<!句)[\"“「](?!(酒精|白酒|酒|水|矿泉水|饮料|糖|糖水|药|补药|维生素)[\"”」])\S{1,4}[\"”」] (饿|累|笑|忙|困)死(了|我)
(工作|作业|会议)里 \s哈$ 哈[~～]""")
# a faint as a figure of speech (听到价钱我当场就晕过去了, 吓得快晕过去了): elsewhere unless a harm is told beside it
# (我当场就晕过去了 刚醒 头上流血, 吓得快晕过去了 脸煞白 出冷汗 叫不应): then a real faint
FAINT_FIGURE = _any(r"""我(当场|直接|瞬间|立马)(就)?(昏|晕|厥)(过去|倒)
我(要|快要|快|都要)(晕倒|晕过去|昏过去|昏倒)了(?=[。!！~～\s]*$)
(气|累|吓|饿|困)得\S{0,3}(要|快要|快|差点|都要)(昏|晕|厥|背过气)
(工资条|工资|账单|房价|价钱|价格|体重|成绩|分数|余额)\S{0,4}(一看|看到|看见|一出)\s?\S{0,3}\s?(当场|直接|瞬间|立马)(就)?(昏|晕|厥)""")
# what is not a person in danger whatever the words: a pet, livestock dosed (给猪打完药 猪口吐白沫), the weather,
# food on the grill, a meeting or homework
# that "traps" someone, a share price that "fell and cannot get up", a question about a rumour
PET = "|".join("猫 狗 猫咪 狗狗 宠物 鹦鹉 鸽子 仓鼠 兔子 泰迪 柯基 金毛 比熊 柴犬".split())
# what befalls a pet (not its walker: 被金毛一拽摔了, 遛狗突然摔倒 are a person's fall)
_PET_HARM = r"叫不醒|喊不醒|晕|摔|不见|走丢|迷路|吐|抽搐|喘|掉|吃|喝|误食|舔|被\S{0,3}(撞|轧|碾|咬|打)"
NOT_A_PERSON = _any(rf"""(?<![被让给遛])({PET})(?!\S{{0,2}}(拽|拉|扑|撞|绊|拖))\S{{0,3}}({_PET_HARM})
给(猪|牛|羊|鸡|鸭|鹅|兔)\S{{0,3}}(打|喷|喂|灌)\S{{0,2}}药
(鸡冠|鸭|鹅|猪|牛|羊)(子)?(的)?(嘴|冠|冠子|舌头|皮|耳朵)?(都|有点)?(发紫|发乌|发青)
(鸡舍|鸡棚|鸭棚|猪圈|羊圈|鱼塘)\S{{0,4}}死了 死了\S{{0,2}}[几两三四五六七八九十\d]+(只|头|条)
(猪|牛|羊|鸡|鸭|鹅)(也|都)?(口吐白沫|吐白沫|倒地|倒了)
热得\S{{0,2}}(起火|着火|冒烟) (开|红|美|旺)得\S{{0,2}}(要|快要|快)?(起火|着火|冒火|冒烟)
(劏|㓥|杀|宰)(了)?\S{{0,3}}(鱼|鸡|鸭|鹅|猪|牛|羊|蛇|田鸡)(?!\S{{0,10}}(手|脚|指|腿|胳膊|肚子|伤|人|刀滑|扎进))
(嘴|嘴巴|舌头|喉咙)\S{{0,3}}(要)?(着火|冒火|冒烟|烧起来) 辣\S{{0,8}}(着火|冒火|冒烟)
(烧烤|烤串|撸串|烤肉|火锅)(?!摊(这|那|旁|边|附近))(?!\S{{0,3}}(摊|店|架|车)\S{{0,3}}(着火|起火|失火)|\S{{0,12}}(点着|引燃|引着|烧着|着了|窜|蹿|蔓延))
(作业|会|会议|工作|加班|事儿?)\S{{0,2}}(把我|把人)?\S{{0,2}}困(住|在)
(快递|外卖|包裹|货|件)\S{{0,3}}(还)?没(到|送到|回来)
(鱼漂|浮漂|漂子|铅坠|鱼钩|鱼线|锚)\S{{0,2}}(沉|没)下去
(股票|股市|基金|大盘|房价|成绩|价格|指数)\S{{0,4}}(跌|摔|倒) (人|火|住)了吗 听说(的)?[，,。\s]*$ 刚听说""")
SAFE = _any(r"""(已经|血|按\S{0,6})\S{0,2}止住了 已经回来了 大家放心 (?<!是不)是骗子 原来是骗
要是 万一 萬一 如果 假如 不然 否则 或者\S{0,6}就 不行(就|再)(打|叫|去)
(?<![不没只])(还)?能(自己)?(走|走路|站起来)(了|啦)?(?=$|[\s，,。!！~～]) 差点 不要紧 找到了 虚惊 人没事 里面没人
没人在里面 没有人在里面 已经(弄|打|撬)开了 已经(救)?出来了 人都没事 不急 就好了 玩得挺开心 现在没事 没人受伤
[，,\s]没事(了|的|儿)?[。!！~～]*$ 没得事 没啥事 大家别担心 现在\S{0,12}(挺好|好多了|好了|没事)
自己(起来|爬起来|站起来|出来)了 [，,\s]没事(了)?[，,\s]
已经好了[\s，,]{0,2}(回去|回家|走)了 (查|看|检查)(了|过)\S{0,2}(没事|没啥事|没问题|都正常)
原来是\S{0,8}(拍|闹|玩|演|开玩笑|逗)
已经(被)?(送|抬)\S{0,3}(下山|医院|走|出来)(了)? 真(的|要)?\S{0,3}(着火|出事)了怎么办 挺好的[。!！~～]*$
(?<!是)不是\S{0,2}(着火|起火|失火|漏气)
要看\S{0,2}有没有.{0,12}有(的话)?就\S{0,2}(马上|赶紧|立刻|立即)?\S{0,2}(送|去|打)
有(头晕|不舒服|症状|胸闷|心慌|发烧)\S{0,2}(就|要|请)?(赶紧|马上|立即|及时)""")
