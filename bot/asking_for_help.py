"""How members ask the staff for a hand (the words alone): a request's lexicon, and a person called by name or title
and asked to do something. Read by the rules (`bot.cues.kind_of_words`) and by the learned layer (`#cue:request`)."""
from __future__ import annotations

import re

from bot.literals import guarded

# 过年给我送一瓶 / 你给我再拿两盒 / 你们叫个人来看一哈 / 下回送气顺便把我家减压阀也换一个 / 借一个用一天: a member
# asks the staff to bring, fetch or fix something for her household, told plainly (over every member line of the
# pool with heldout24: 36 requests and 8 others, 5 of which the rules read first by another cue: thanks, a
# grievance); not what was done (给我送的那桶, 给我换了, 给我送错了), nor another's doing (孩子非得给我约)
_SERVICE_ASKED = (r"(?<!要)(?<!说)(?<!非得)给(我|俺|我们|俺们|我家|俺家|咱|咱家)(再|也|先|多)?"
                  r"(送|拿|捎|带|换|修|装|搬|扛|备|配|叫|找|约|洗|剪|量)(?![的了过错晚漏坏好])|"
                  r"(找|叫|派|喊)(个|一个)(人|师傅|师父)|顺便\S{0,10}(换|修|带|捎|洗|拿|送|装|查|弄|剪)|"
                  r"借(一|两|几|个)\S{0,2}(用|天|就还)|行个方便|通融|"
                  # 要是能上门给老头子量个血压就好了: the ask told as a wish, of a service
                  r"(要是|如果|若是|最好)能\S{0,12}(上门|送|帮|给|换|修|派|安排)\S{0,12}(就好了|最好|多好)")
REQUEST = guarded(
    r"帮(我|忙|帮|下|一下|个忙|看|查|问|我们)|麻烦(你|您|帮|给|老师|群主|管家|客服|一下|下|说|发|拍)|请(帮|给|把|您|你)|"
    r"能不能.{0,3}(帮|给|把|再|发|取消|改|换|订)|可不可以(帮|给|把)|可以(帮|给|把)我|求助|求帮|救救|"
    r"给我(改|换|开|发|补|退|留|安排|登记|报|寄|看|挑|订)|加一下我|派(个|人)|来看看吧|请个?假(?!了)|"
    r"帮.{0,4}(改|换|查|看|登记|报名|预约|处理|安排|订)|(改|换)(一下|下)?(地址|电话|时间)|报个名|给.{1,4}报(个)?名|"
    r"发(我|给我)(一|个|张|份|吧|$)|私(我|聊我)|(订|买)一(袋|箱|份|套)|(能|可以)(帮|给|替)(我|咱|我们)|"
    r"(能不能|可不可以|能|可以)(再)?(发|传|分享|讲|解释)(一下|下)|(我想|我要)(报名|预约|登记|请假|参加|订|办)|"
    r"(?<![太好很真挺怪嫌添])麻烦(?![了死事的啊呀你您])|(取消|推迟|延期|改期)(一下|下)|"
    r"^(那)?(我|俺)(先)?(约|定|订|预约|预定)(一个|个|一下|上)?(?!了)|借(给)?(我|俺)(?!的)|给(我|俺)(个|一个)?准话|"
    + _SERVICE_ASKED)
TITLE = r"(姐|哥|叔|姨|爷|奶|老师|教练|师傅|班长|群主|团长|老板|老板娘|医生|大夫|主任|经理|管家|站长|队长?|护士长?)"
# 团长 下回能不能团点五常大米 / 小吴 能不能安排洗一下空调 / 周店长 建议店里弄个大字版书架: a person called by name
# or title and asked to do something (over every labelled kind: 64 requests, 14 questions, 12 complaints)
ASKED_OF = re.compile(rf"^(@\S+\s+)?((老|小|阿)\w|\w{{0,3}}{TITLE}|\w{{0,2}}店长)(啊|呀)?[\s,，].*"
                      r"(能不能|可不可以|能否|建议(你|您|店里|物业|你们|咱们?))")
