"""Among members: words members say to one another, nothing asked of the staff: a second (我也是), advice to
the one who complained, an invitation along, the room asked about its own days, a condolence."""
from __future__ import annotations

import re

SECONDING = re.compile(r"^(我|我们|我家|我的|咱)(家)?(的|这边|这里)?也|^也是|^是的|^是啊|^对啊|^可不是|^\+1|^同问")
# 一样 手速不够 / 同感 五天有三天光坐车了 / 俺家也是 烧开了锅底一层泥 / 就是 那汤跟刷锅水似的: agreement that seconds
# only a complaint still open (after a question, "一样 都是十块" answers it)
SECONDS_A_COMPLAINT = re.compile(r"^(一样|同感|赞同|支持|就是|是|可不嘛|可不是嘛)[\s，,]|^(俺|俺们)(家)?(的|这边)?也|"
                                 r"^我这(边|里)?也")
# 就是 你问问前台 / 我这也有 要不先分你一个: after the opener, advice or an offer to the one who complained, no second
ADVISES = re.compile(r"你|您|问问|找(找|一下|下)?(前台|客服|物业|老板|店里|他们|师傅)|要不|试试|分你|给你|帮你")
# 有没有人周六一起去爬山的 / 周末有人一起去新开的那个超市不 / 明天喝早茶 谁去呀 / 聽日飲茶 邊個去呀: a member asks
# the others along, no staff is asked
INVITING = re.compile(r"(有没有人|有人|谁|哪位)\w{0,6}(一起|一块|结伴|搭伴|组队|拼车)|"
                      r"(?<![的傅员们])(谁|誰|边个|邊個|边位|邊位)(要|想|会|會)?(去|来|來|嚟)(呀|啊|吗|嗎|嘛|不|没|沒|咩|啦|吖|喇|未)")
# 你们说今年过年冷不冷哦 / 你们谁家老公会半夜起来喂奶啊 / 你們那邊下了沒有 / 你們晚上都幾點睡啊 /
# 春梅 你以前是哪个单位的哦 / 团团好可爱 这个小帽子在哪买的啊 / 睡不着 有人没睡不 (company sought at night): the
# other members asked about themselves, their lives, their weather, their view: chat among them (over every labelled
# kind: 17 such member lines, all small talk), nothing asked of the staff
# 你们讲今年咋冷成这样 (南京话: 讲 for 说) / 你们清明都回老家上坟不 我们今年要开车回去 / 你们冬至吃啥 阿拉屋里还是汤团:
# the room asked about its own days (a season, a feast, 都, 家) and the asker's own told after it (over every labelled
# kind in session 24: 16 lines more, all small talk; not 你们那个…, 你们过年开不开门: the shop's hours)
# what the room is asked about is how members live (吃/睡/守岁/回老家/晒被子…), never the shop's or the class's own
# service (你们平时几点送到, 你们晚上有人值班吗, 你们中秋节有活动吗): a whitelist, so a service ask it does not know
# still reaches a person
_HOW_MEMBERS_LIVE = (r"吃|睡|守岁|守歲|回老家|回家|上坟|上墳|扫墓|掃墓|(咋|怎么|怎麼|怎样)(过|過)|过的|过得|"
                     r"玩|爬山|出去|去哪|穿|晒|曬|晾|包(饺子|餃子|粽子|汤圆|湯圓|馄饨)|腌|醃|泡澡|洗澡|暖和|冷|热|熱|乘凉|博饼|空调|"
                     r"被子|衣服|做饭|买菜|带(孩子|娃|孙)|锻炼|跳舞|散步|遛|打牌|打麻将|放鞭炮|贴春联|看春晚|拜年|团圆|"
                     r"喝酒|熬夜|起床|午睡")
_ROOMS_OWN_DAYS = (r"(?P<days>你[们們](?!那|这|這|店|能|可|有没有|卖|家的|家店|家还有|家卖|谁知道|谁会|哪个晓得|谁晓得)"
                   r"(家|[^\s，,我俺]{0,8}都|今年|晚上|夜里|平时|过年|過年|[^\s，,我俺]{0,3}(节|節|冬至|清明|端午|中秋|重阳))"
                   r"(?![^\s，,]*(开门|開門|营业|關門|关门|上班|放假))(?=[^\s，,]*(" + _HOW_MEMBERS_LIVE + r"))"
                   r"[^\s，,我俺]{0,10}?"
                   r"(吗|嗎|不|没|沒|咋|啥|哪|几|幾|阿|有冇|未|莫)[^\s，,我俺]{0,4}[\s，,]+\S*"
                   r"(我家|我們家|我们家|俺家|俺们|我们|我們|阮|阿拉|我老伴|我老头|俺闺女|我闺女|我儿子|俺儿|我孙|俺孙|我屋|"
                   r"我那口子|俺))")  # asked in its own words (阿出去乘凉: 南京话's 阿 asks)
ASKS_THE_ROOM = "asks the other members about themselves"  # an ask of its own, never an answer to an ask before
PEERS_ASKED = re.compile(_ROOMS_OWN_DAYS + r"|^(哎|诶)?你[们們](说|說|讲|講)(?![的过了好])|你[们們]谁家|"
                         r"你[们們]谁(去|也)\S{0,12}(了没|没有|過沒)|"
                         r"你[们們](那边|那邊|那儿|那)?\S{0,3}((下|落)(雪|雨)?了?(没有|沒有|没|沒)|(热|熱|冷)(了)?(没有|沒有|没|不(热|冷|熱)))|"
                         r"你[们們]\S{0,4}都(几|幾)(点|點)睡|(你|您)(以前|原来|原來|老家)是哪|"
                         r"(有人|有没有人|还有人|谁)(还|也)?(没睡|沒睡|醒着|睡不着|睡了没|睡没睡)|"
                         r"(可爱|可愛|好看|漂亮|真俊|真帅|真好|可以啊|亮堂|手艺|真香)\S{0,2}[\s，,]*.{0,12}"
                         r"(哪(儿|里|裡)?|多少钱)\S{0,2}(买|拍|弄|装|做|学)的")

# 李姐节哀 有啥要帮忙的说一声 / 周奶奶节哀 俺明天去 / 老爷子一路走好: a member's condolence to another member's family
# (the labelled pool's convention: small talk); the help offered is hers, to the bereaved: nothing asked of the staff
CONDOLES = re.compile(r"节哀|一路走好|(?<![不])安息|默哀|哀悼|千古")
OWN_LOSS = re.compile(r"劝我|让我节哀|叫我节哀")  # a condolence the writer was given: her own loss told
# 有啥要帮忙的说一声 / 有什么需要尽管开口: help offered to the bereaved, not a question put to anyone
HELP_OFFERED = re.compile(r"(有啥|有什么|要是有)\S{0,3}(帮忙|帮得上|需要)\S{0,3}"
                           r"(说一声|吱声|吱一声|言语|开口|说|找我|叫我)")
CONDOLENCE = "a condolence to another member"
