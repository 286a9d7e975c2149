"""A body in danger now, told in the words of a sudden illness or a child's accident (issue 13, fixcare19).

Each has a first step of its own that a plain "call 120" leaves out, so each is its own kind for bot.danger.emergency:
- `choking` (噎住了 脸都憋紫了 说不出话): back blows and the Heimlich thrusts now, 120 beside them;
- `stroke` (右边身子又麻了 拿不住筷子): one side numb or weak told as new (又, 突然, 刚才), or a hand that suddenly
  cannot hold its chopsticks: 120 and the time it began; an old numbness (还是有点麻, 睡麻了, 打了麻药) is not this;
- `coughing_blood` (咳血了 咳了一大口 止不住): much blood or blood that does not stop; a streak in the phlegm is not;
- `swallowed` (把一颗纽扣电池吞下去了): a button battery, a magnet or something sharp swallowed: 急诊 now, no vomiting;
- `head_injury` (个头流晒血 喊都唔识喊, 从楼梯上摔下来 头磕破了 叫他不应): a head bleeding or hit after a fall, with
  the person silent or bleeding: 120, press the wound, do not move him; told in Cantonese too (流晒血, 唔识喊, 冇反应);
- `food_poisoning` (吃完饭肚子疼 拉了好几回 隔壁老李也这样): several people ill after the same meal: the kitchen must
  know, the others be asked after, what was left kept for the doctors.
Each is read as a danger named plainly: the past, an article, advice or a joke still put it elsewhere
(bot.danger.emergency).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# choking: something stuck in the throat with the airway shut (说不出话, 憋紫了, 喘不上气), or told as choking plainly
_STUCK = r"(噎住|噎着|噎亲|卡住|卡在|呛住)"
# not choking: a fish bone or a tooth gap (the airway is open: 鱼刺卡在嗓子里), or a figure (这题把我卡住了,
# 被一句话噎住)
_NOT_CHOKING = _any("鱼刺 刺卡 牙缝 (这|那|一)(道)?题 (这|那|一)句话 问住 难住")
CHOKING = rf"^(?!.*({_NOT_CHOKING})).*(" + _any(rf"""噎住 卡住喉咙
(卡|噎)(在)?(嗓子|喉咙|气管|嗓子眼)\S{{0,4}}(说不出|喘不|咳不出|脸|憋)
{_STUCK}\S{{0,10}}(说不出话|喘不上气|喘不过气|咳不出|憋(得|的)?(脸)?(紫|青|红)|(脸|块面)(都)?(憋)?(紫|青))
(果冻|花生|糖|枣|汤圆|年糕|肉|鸡骨|骨头)\S{{0,4}}{_STUCK}""") + ")"

# a stroke's sign: one side numb or weak (右边身子麻了, 左手没劲), told as new, or a hand that cannot hold
_SIDE = (r"((左|右|半|一)(边|侧)(的)?(身子|身体|胳膊|手|腿|脚|脸)?|(左|右)(手|脚|腿|胳膊|臂|脸)|半身)"
         r"(又|都|也|突然|一下子|有点|发)?")
_NUMB = r"(麻|木|没劲|没力|使不上劲|不听使唤|动不了|抬不起来)"
# a hand that cannot hold (拿不住筷子, 碗都端不住): a thing that fell (杯子掉地上了) is not a hand that failed
_DROPS = r"(拿不住|握不住|端不住|抓不住)(筷子|碗|勺|杯|东西|笔)|(筷子|碗|勺子|杯子)\S{0,3}(拿不住|握不住|端不住)"
# new means sudden (突然, 刚才); 又 and 早上起来 also tell an old numbness come back, so they count beside a second sign
_NEW = r"(突然|一下子|刚才|刚刚)"
# numbness with a known, harmless cause, or the slow getting better of rehab (还是有点麻, 康复师说慢慢会好): a needle,
# a weight or a posture (压着了, 蹲太久), the cold (冻得), long use (打麻将, 写了一下午字), drink, an old complaint
_NOT_STROKE = _any(r"""麻药 麻醉 打针 针灸 拔牙 睡麻 压麻 压着 压的 蹲麻 坐麻 (坐|蹲|站|跪)(太|得|了)?久 还是有点
慢慢会好 康复师说 手机 冻(得|的|麻|僵) 麻将 写字 写了 干活 颈椎 腰椎 抽筋 老毛病 喝多 喝醉""")
# two of a stroke's signs together, in any order (眼睛一边看不见了 手也不听使唤 说话有点大舌头): the face, an arm or a
# leg, the speech, the sight; one alone is read elsewhere or not at all
_FAST = [r"嘴(巴|角)?\S{0,2}(歪|外了)|嘴角\S{0,3}(耷拉|往下)|(半边|一边)脸\S{0,3}(麻|木|歪|僵)",
         r"(手|胳膊|腿|脚)\S{0,3}(不听使唤|抬不起来)|(左|右|半|一)(边|侧)\S{0,4}(麻|木|没劲|没力|动不了)"
         r"|拿\S{0,2}(筷子|碗|勺子?|杯子)\S{0,3}(一直|总是|老是|直|老)掉",
         r"(说话|讲话|讲嘢)\S{0,3}(不清|含糊|大舌头|不利索|讲唔清)|前言不搭后语|舌头\S{0,2}(发硬|不听使唤|打结)",
         r"(一边|一只|半边)(眼睛|眼)\S{0,3}(看不见|看不清|发黑)|眼睛\S{0,3}一边\S{0,2}看不(见|清)"]
TWO_SIGNS = "|".join(f"(?=.*({b})).*({a})" for i, a in enumerate(_FAST) for b in _FAST[i + 1:])
STROKE = (rf"^(?!.*({_NOT_STROKE}))(?:{TWO_SIGNS}|.*{_NEW}\S{{0,4}}{_SIDE}{_NUMB}|.*{_SIDE}{_NUMB}\S{{0,3}}{_NEW}"
          rf"|.*{_SIDE}{_NUMB}\S{{0,12}}({_DROPS})|.*({_DROPS})\S{{0,12}}{_SIDE}{_NUMB}|.*{_NEW}\S{{0,4}}({_DROPS}))")

# blood coughed up in quantity or without stopping (咳了一大口, 止不住); 痰里有血丝 is for the clinic, not 120
# blood itself, not a test of it or a number (咳嗽 血压也高, 验了血, 血氧还好, 血常规正常)
_COUGH_BLOOD = (r"(咳|咯)(嗽)?(了|出|带|吐)?(了)?(一大口|一口|好几口|好多|很多|大口)?(的)?血"
                r"(?!压|糖|氧|常规|脂|型|检|管|小板|化验)")
_MUCH = _any("一大口 大口 好几口 一口一口 好多 很多 满嘴 一地 一盆 一碗 止不住 不停 停不下 一直 还在 喷")
COUGHING_BLOOD = rf"({_COUGH_BLOOD})\S{{0,12}}({_MUCH})|({_MUCH})\S{{0,6}}({_COUGH_BLOOD})"

# a button battery, a magnet or something sharp swallowed (把一颗纽扣电池吞下去了, 误吞了磁铁)
_THING = _any("纽扣电池 扣子电池 电池 磁铁 磁珠 吸铁石 钉子 图钉 别针 刀片 硬币 钢珠")
# nobody's body now: a tip kept or passed on (小孩吞了电池怎么办 先收藏), a machine that ate coins (售货机吞了硬币),
# a figure (嗓子像吞了刀片), a sweet shaped like a coin (硬币巧克力)
_NOT_A_BODY = _any("收藏 科普 小知识 须知 急救知识 转给大家 转发 机 (?<!好)像 一样 似的 巧克力 开玩笑")  # 好像: maybe
SWALLOWED = rf"^(?!.*({_NOT_A_BODY})).*(" + _any(rf"""把\S{{0,6}}({_THING})\S{{0,3}}(吞|咽|吃)(下去|进去|了|咗)
(吞|咽|误吞|误食|吃下|吃进(去|了))(了|咗)?(下去|进去|去)?\S{{0,4}}({_THING})(?!\S{{0,2}}(吗|没|吧))""") + ")"

# a head bleeding or hit after a fall, told in Mandarin or Cantonese (跌落楼梯 个头流晒血 喊都唔识喊)
_FELL = _any("跌落 跌咗 跌亲 跌倒 摔 跌 掉下 滚下 撞 滑倒 滑了 栽")
_HEAD_HURT = (r"(头|后脑勺|后脑|脑袋|脑壳)(着|落|撞落|磕)地|头\S{0,3}(流|出)(了|咗|晒)?(好多)?血"
              r"|头\S{0,2}(磕|撞|跌)(破|穿|爆|咗)"
              r"|头\S{0,2}(破)(了|咗)")
_SILENT = _any(r"""(喊|哭)都(唔识|唔|不会|不)(喊|哭) 唔识(喊|哭|应) 唔郁 冇反应 冇(晒)?知觉 叫(佢|他|她)?唔(应|醒)
叫(他|她)?(也)?不(应|醒|哭) 不哭(也)?不闹 一动不动 没(有)?反应 吐了 昏 晕 恶心 想吐 发直""")
HEAD_INJURY = (rf"({_FELL})\S{{0,12}}({_HEAD_HURT})\S{{0,16}}({_SILENT})"
               rf"|({_FELL})\S{{0,8}}({_HEAD_HURT})\S{{0,4}}(止不住|好多|晒)")

# several ill after the same meal (吃完饭肚子疼 拉了好几回 隔壁老李也这样): a meal, what it did, and someone else too
_MEAL = _any("吃完饭 吃了饭 吃过饭 吃完 吃了 饭后 午饭 晚饭 早饭 中午饭 食堂 聚餐 那顿 那个菜 盒饭")
# the belly's signs; 恶心 alone is disgust or a pregnancy, so it counts only with vomiting (恶心想吐)
_ILL = _any("肚子疼 肚子痛 拉肚子 腹泻 拉了好几 拉了几 拉稀 上吐下泻 吐了 呕吐 又吐又拉 恶心\\S{0,2}(想)?(吐|呕)")
# others ill too, named as people who are ill (隔壁老李也这样, 一桌人都拉): not 好几个橘子 nor 大家都不爱吃
_OTHERS = _any(rf"""(也|都)(是)?(这样|拉|吐|疼|痛|不舒服|难受) 不止我
(好几个人|几个人|一桌人|一桌|全家|一家人|大家)(都|也)?\S{{0,3}}({_ILL})""")
FOOD_POISONING = rf"^(?=.*({_MEAL}))(?=.*({_ILL})).*({_OTHERS})"

KINDS = {"choking": CHOKING, "stroke": STROKE, "coughing_blood": COUGHING_BLOOD, "swallowed": SWALLOWED,
         "head_injury": HEAD_INJURY, "food_poisoning": FOOD_POISONING}
