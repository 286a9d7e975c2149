"""What a member brings to the staff: a request (帮我, 麻烦您, 团长 能不能…), an absence told (来不了), a matter
opened (说个事, an advert in the group) or let go (算了, 不着急)."""
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
# 有空过来紧一紧 / 周六能来给看看不 / 能不能上门来拿 / 能来个人不 / 你们这次去一起看看: the staff asked to come to the
# member's home and see to something, a shop's service called out (over every member line of the pool with heldout25:
# 12 requests and 1 question, 你们可以上门装晾衣架吗); not the member's own coming (我下午来拿); a
# request only when nothing the staff did is blamed (`bot.repairs.calls_out`)
CALLED_OUT = (r"(?<![我俺])(能|可以|能不能|可不可以|有空|麻烦|哪天|什么时候|啥时候|几点)\S{0,4}(过来|来|上门|上们)"
              r"(个人|个师傅|一趟|一下)?\S{0,2}(给|帮)?\S?(修|看一?下|看看|瞧瞧|补|紧|弄|换|装|调|通|量|拿|处理|收拾)|"
              r"(能|可以|能不能|可不可以)\S{0,2}(派|来)(个|一个)(人|师傅)|"
              r"(你们|师傅)\S{0,8}(一起|顺路)\S{0,2}(看看|看一下|修|换|弄|补)")
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
# 安安今天下午不坐车了 我去学校接 / 刘姐我下周四也来不了 / 辰辰这礼拜六不来了: the sender (or their family) will
# be absent, told for the organiser to mark off (over every labelled kind, such lines that ask nothing are requests)
ABSENT = re.compile(r"(去不了|来不了|不去了|不来了|就不(去|来)了)(?!吗|吧[?？])|"
                    r"请(一|两|半|三|几)?天?的?假(?!了)|不坐(校)?车了")


# 算了 车坏了也没办法 下回早点说就行 / 不用退 就是说一声 / 那中 别的不急: a member lets a matter go (over every labelled
# kind, such lines after an operator answered the sender's matter: chat 25, acknowledgements 8, complaints 5)
LETS_GO_WORDS = re.compile("[算怪赖就没急用非谓]")  # one of each LETTING_GO: most lines are passed at one scan
LETTING_GO = re.compile(r"(^|[\s，,。])(那|那就|\w{0,4}就)?算了(算了)?(?=[\s，,。😂]|$)|不是怪|不怪你|不赖你|"
                        r"就是(跟你们?|给你们?|和你们?)?(说|提|讲)(一声|一下|说)|也没(办法|辙|法子)|"
                        r"(下回|下次|以后)\S{0,10}就(行|好|成)|别的不急|不着急|我不急|不用(补|赔|退|免)|也不是非得|无所谓")
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
NO_GRIEVANCE_AFTER = re.compile(r"好吃|挺好|真好|不错|办得(好|挺|真|很|漂亮)|好样的|点赞|要先|先\S{0,4}再|记得|别忘了|"
                                 r"大家(多|注意|记得|小心)|提醒大家|多穿|" + ABSENT.pattern)
