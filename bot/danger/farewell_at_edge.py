"""A farewell sent from a bridge, a river or a dam, and then silence (issue 13, emergency23).

What a friend knows: someone in ruin or shame sends a last message (对不起家里, 没脸活了, 这辈子就这样吧, 车子留给你,
照顾好孩子) from a place to end it (江边, 大桥上, 水库大坝, 楼顶) or says he will jump, and then the phone is off or
not answered: he must be found now (110 can locate the phone). Read for someone else, told by the one who got the
message; the writer's own words are bot.danger.despair's. A friend fishing by the river who does not pick up, or a man
who says "这辈子就这样吧" of a quiet retirement, stays quiet. The step is `threat_to_die`'s (110 when he has gone
there).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_FAREWELL = _any(r"""对不起(家里|大家|你们|爸妈|孩子|老婆|我妈|我爸) 没脸(活|见人|见) 冇脸活 不想活 活不下去 活着没意思
这辈子就这样 下辈子 来生 照顾好(孩子|爸妈|我妈|我爸|自己|他们)
(东西|车子|车|房子|钱|存折|卡|孩子)(就)?(留给|交给|托付给)(你|你们)
永别 最后一次(跟你说|给你发|见你|看你|叫你) 拜托你(照顾|了) 别找我""")
_EDGE = _any(r"江边 河边 桥上 大桥 楼顶 天台 水库 大坝 坝上 海边 悬崖 山顶 铁轨 湖边")
_JUMP = r"(要|想|说)\S{0,2}跳(到|进|下|了)?\S{0,4}(水库|江|河|海|湖|楼|桥|崖)"
_SILENT = _any(r"关机 打不通 不接 没人接 联系不上 找不到人 不回(消息|信息|微信)")
# ... or, with no edge named, affairs settled (存折放哪了, 银行卡密码是多少) and 别找我, gone from home and silent: a
# farewell told by what it leaves in order (emergency24); a burden to his children (拖累, 添麻烦) is its word too
_BURDEN = _any(r"""活着\S{0,2}(没意思|拖累|受罪|没劲) 拖累(人|你们|大家|儿女|孩子) 添麻烦 别(去)?找(我|他|她)""")
_AFFAIRS = _any(r"""(存折|银行卡|卡|密码|钱|房产证|保险|房本)\S{0,6}(放|藏|在|是)\S{0,3}(哪|多少)
后事 交代\S{0,4}(后事|事情)""")
_GONE = _any(r"人不在家 家里没人 不在家 出门了 人不见了 人没了影")
GONE_AFTER = (rf"^(?=.*({_FAREWELL}|{_BURDEN}))(?=.*({_AFFAIRS}))(?=.*({_SILENT}))(?!.*(回来了|找到了|联系上了))"
              rf".*({_GONE})")
FAREWELL = (rf"^(?!.*(钓鱼|游泳|退休|种菜|玩|拍照|旅游|散步|日出|日落|看看风景))(?=.*({_FAREWELL}))(?=.*({_SILENT}))"
            rf".*({_EDGE}|{_JUMP})")

# someone seen past the railing or sitting on the edge, not answering (栏杆外头站了个人 喊他他不理, 楼顶边上坐着 腿在
# 外面晃): he is at the place now, whoever he is (emergency27); a film or a rescue told after stays quiet
_PAST_RAIL = r"(栏杆|护栏|围栏|栏板)(外面|外头|外边|外侧|外)\S{0,4}(站|坐|蹲|爬|翻)"
_ON_EDGE = r"(楼顶|天台|房顶|桥)\S{0,3}(边上|边沿|沿上|边儿上|边)\S{0,2}(坐|站)\S{0,8}(腿|脚)\S{0,3}(在外|悬|晃|耷拉)"
_NOT_ANSWERING = _any(r"不理 不回头 不应 不吭声 没反应 不说话 哭 喊不住 叫不住 拉不住 劝不(动|住|下来)")
AT_THE_EDGE = (rf"^(?!.*(视频|电影|剧|救下来|拉回来|下来了|没事了|演习|拍))(?=.*({_NOT_ANSWERING}))"
               rf".*({_PAST_RAIL}|{_ON_EDGE})")

KINDS = {"threat_to_die": f"{FAREWELL}|{GONE_AFTER}|{AT_THE_EDGE}"}
