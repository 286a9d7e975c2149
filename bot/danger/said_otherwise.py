"""What puts a danger's words elsewhere than a person in danger now, learnt from a new writer's groups (issue 13,
emergency23): read by bot.danger.emergency beside bot.danger.danger_words' markers.

- *a figure with an emoji*: 我要晕倒了😵 over a price or ten more tables, 晒得我要烧起来了🔥: the emoji after the
  figure is how it is said in jest, as 我要晕倒了 at the end of a line is;
- *one sting told and asked about*: a sting on a hand or a finger that swelled, no pain, asked what to put on it, with
  no sign of the whole body (breath, throat, face, dizziness, a rash all over) and nobody known to be allergic;
- *a day past*: 那天, 那回, 前阵子, 前段时间 with what was found after (医院查了, 是低血糖, 没大事);
- *an animal gone*: a dog, a cat or a sheep that ran off (谁看到邓大爷的那条黄狗了 跑出去两天了), no person
  gone beside it.

And what does not: the patient's own dismissal (躺一会就好, 缓一缓就好了, 撑到六点交班就行, 甭管我, 没甚 就是…) beside a
grave sign is how the old and the proud tell a heart or a stroke; it is taken out before the markers of a danger over
are read (`SELF_DISMISSED`), as bot.danger.danger_words' UNDERSTATED is.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any

_EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F]"
FIGURE = re.compile(
    rf"我(要|快要|快|都要)(晕倒|晕过去|昏过去|昏倒|晕)(了|啦|哒|咯)?[。!！~～\s]*{_EMOJI}+[。!！~～\s]*$"
    r"|(晒|热|烤|蒸|辣|急|气)得\S{0,3}(要|快要|快|都要)?(烧起来|着火|冒烟|化了|熟了)"
    r"|(钱包|荷包|腰包|钱袋子)\S{0,3}(要|又要|得|都)?(大)?出血"
    # 打呼噜那声 跟山洪下来一样: a snore told by a flood, a voice by thunder (emergency26)
    r"|(跟|像|好像|就像|如同)\S{0,2}(山洪|洪水|打雷|地震|火山)\S{0,4}(一样|似的|一般)")
_BODY = _any(r"""喘 嗓子 喉咙 头晕 晕 心慌 脸 嘴唇 嘴 全身 浑身 满身 一身 吐 对\S{0,4}过敏 过敏体质 好多下 几十
十几 一群 一窝 炸""")
ONE_STING = re.compile(  # never a snake's bite: a swollen one with no pain is how venom often starts
    rf"^(?!.*({_BODY}|蛇)).*(蛰|蜇|叮|咬)(了)?(一下|一口|个包)\S{{0,8}}(手|手指|手背|指头|脚|腿|胳膊)\S{{0,4}}肿"
    r"(?=.*(不疼|不痒|用不用|要不要|需要\S{0,8}吗|抹|擦|涂))")
# a day past opens the message (那天, 前阵子, 上回 …); one now after it (今天又, 现在, 这次) is a danger now
_NOW_AFTER = r"(?!.*(今天|现在|这次|这回|此刻|刚才|刚刚|还在))"
# 上回也这样 这次…, 前阵子刚出院 今天又…: the past told only to say it is back now
# (not 上次有人被蛰了 这次要带什么药, nor 上次查了是低血糖 现在早上都让他吃饱: a plan and a habit)
NOW_AGAIN = re.compile(r"(那(天|回|次)|前阵子|前段时间|上回|上次)\S*?(今天|现在|这次|这回|此刻)"
                       r"(又|\S{0,8}(倒地|叫不醒|流血|出血|冷汗|晕倒|昏|抽|喘不|疼|痛))")
# 法会那天, 过年那回: a day named by what happened on it (not 刚才那下, 今天这次)
PAST = re.compile(rf"^((?:(?!刚|今|这|现在)\S){{0,6}}?那(天|回|次|阵)|前阵子|前段时间|上回){_NOW_AFTER}"
                  rf"|那(天|回)\S{{0,12}}(是|查了|医院){_NOW_AFTER}")
# the patient's own "it will pass" (躺一会就好, 缓一缓就好了, 撑到交班就行, 甭管我): never a danger over
SELF_DISMISSED = re.compile(
    r"(没事|没甚|没啥|不碍事)?[\s，,]*(躺|歇|缓|坐|睡|撑|熬|忍)(一)?(躺|歇|缓|坐|睡|撑|熬|忍)?(一)?(会儿|会|下)?"
    r"\S{0,6}?就(好|行|没事|过去)(了|啦)?|(甭|别|不用|不要)管(我|他|她)|^(没甚|没啥|没事|没什么|不要紧|不碍事)(的)?[\s，,]*(我|俺)?(就是|只是)")
# a fall of one's own, small and asked about (摔了一跤 手腕有点肿 能动 不怎么疼 要拍片子吗): no kin named (an old
# woman's fall is another matter), nothing of the head, blood or a body that will not move (emergency24)
SMALL_FALL = re.compile(
    r"^(?!.*(头|血|晕|起不来|站不起|动不了|不能动|叫不|变形|骨头|老人|老伴|爸|妈|奶奶|爷爷|姥|外婆|外公|孩子|孙))"
    r"(?=.*(能动|能走|能站|能弯))(?=.*(不怎么疼|不太疼|不疼|有点肿|有点疼)).*(拍片|拍个片|去医院|看医生|用不用|要不要|要去)")
# an animal gone, no person named beside it (那条黄狗 跑出去两天了; not 孩子跟着狗进林子了)
ANIMAL_GONE = re.compile(
    r"^(?!.*(孩子|小孩|娃|孙子|孙女|老人|老伴|我爸|我妈|爷爷|奶奶|姥姥|姥爷|外婆|外公|人没|人不见|人找不))"
    r".*(条|只|头|匹|家的|我家|他家|她家)(黄|黑|白|花|灰|小|大)?(狗|猫|鹦鹉|鸽子|兔子|羊|牛|驴|马|狗狗|猫咪)"
    r"\S{0,4}(跑出去|跑丢|跑了|丢了|走丢|走失|不见了|没回来|找不到|找不着)")
