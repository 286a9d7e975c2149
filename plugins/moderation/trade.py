"""The poster's own trade: sales talk, their shop or business, where to buy at the end of a story, members told to
leave for a rival."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.literals import guarded
from plugins.moderation.scam_talk import RIVAL_TAIL

# Selling: prices with sales talk, wholesale, agency, discounts against the group's own prices.
SELL = guarded(
    r"包邮|特价|批发|代购|低价|厂家直销|厂价|源头|一手货源|团购价|群友价|群里价|内部价|协会价|[\u4e00-\u9fff]友价|厂家直供|[买满]?[一二两三四五\d]+[盒瓶件个份袋箱斤双支套]?送[一二两三四五\d]+[盒瓶件个份袋箱斤双支套]?(?![\u4e00-\u9fff])|买[一二三四五\d]送[一二三四五\d]|"
    r"限时|限量|限(?:招|报|收)[\d一二两三四五六七八九十]|原价[^，。]{0,10}(?:今天|现在|只要|才|活动价)|原价[^，。]{0,10}[\s，,](?:群里|群友|咱们群里?)(?:价|只要|才)?\s*[\d一二两三四五六七八九十百千]|结缘价|(?:老乡|乡亲|街坊)价|出厂价|(?:厂家|产地)直发|[月年次]卡[一二两三四五六七八九十\d]|[一二三四五六七八九\d]折起|第二(?:件|双|瓶|份|盒)半价|"
    r"秒杀|清仓|券后|最后[一二两三四五六七八九十几\d]+(?:支|瓶|盒|件|套|个|双|份|袋|箱|斤|罐|顶)了|不说不留|"
    r"到手价|原价.{0,8}现价|现价|折扣|打[五六七八九]折|[五六七八九]折|量大(?:从优|优惠)|一件代发|零库存|0囤货|"
    r"不用囤货|拿货|"
    r"内部资料|内部消息|订购|预定|预约|报名(?:电话|热线|找)|试听|体验课|比(?:群里|这里|这个团|专柜|官网|物业|店里|中介|书店|厂家|"
    r"市场价).{0,10}(?:便宜|低|实惠)|便宜.{0,6}(?:出|卖|转)|(?:低价|转让|急售|出售|出租)|上门(?:服务|收|取|测|护理)|"
    r"先到先得|名额有限|手慢无|今晚.{0,6}(?:秒杀|下单)|开业|酬宾|送货上门|保真|正品|全市最低|价格(?:公道|实惠|"
    r"美丽|好商量)|(?:手续费|费率|利息|价格|价钱)(?:最低|超低|全网最低|低至|低)|"
    r"优惠|促销|特惠|活动价|福利价|拼团|现货|有货|甩卖|报价|一对一|补课|包教包会|零基础|"
    r"报团|跟团|纯玩|线路|代订|代写|代做|代刷|查重|降重|题库|网课|课程|上新|尾单|原厂|价格感人|"
    r"保证(?:有效|学会|提分|见效|效果)|不满意退")
# The poster's own trade: "我店里", "我们家做纱窗的", "我们是...团队".
# (a few words between, but not the poster's buying or joining: "我报的培训班" is a customer speaking)
_OWN = re.compile(r"我(?:们)?(?:家|那儿|那|这边|这里|这|自己)?(?![^，。\s]{0,2}(?:楼下|附近|旁边|对面|门口|小区|隔壁))"
                  r"(?:(?!报|买|去|上|在|参加|找|看|问|听|说|选|交)[^，。\s]){0,4}"
                  r"(?:店|果园|工厂|厂家|档口|机构|旅行社|工作室|公司|"
                  r"民宿|农家乐|农场|驾校|培训班|车队|基地)|"
                  # "我这边同款才128"; "比我们这便宜" is somewhere else cheaper than here
                  r"(?<!比)我(?:们)?(?:这|那)(?:边|里|儿)?.{0,12}(?:便宜|更低|只要|才要?\d)|"
                  r"我们是.{0,10}(?:团队|公司|厂家|机构)|"
                  r"我(?:们)?家?(?:是)?做.{1,6}的|店在|自家(?:种|做|烤|熬|养)|(?:家里|自己|亲戚|闺女|儿子)开的|"
                  # a relative's trade: "我有个亲戚是做电动车的", "我侄子卖茶叶的"
                  r"(?:亲戚|闺女|女儿|儿子|侄子|侄女|外甥|儿媳|女婿|老伴|表哥|表姐|表弟|表妹)(?:是|就是)?在?(?:做|卖|开|搞)"
                  r"(?:这个|这行|[^，。\s]{1,6}的|[^，。\s]{2,6}(?=\s|，|$))|"
                  r"在我(?:家|们家|这里|这儿)(?:上课|订)|"
                  r"(?:亲戚|闺女|女儿|儿子|侄子|侄女|外甥|儿媳|女婿|表哥|表姐|表弟|表妹)有(?:个|一个)?[\u4e00-\u9fff]{0,4}"
                  r"(?:队|店|厂|公司|工作室)")
# Poaching: members told to leave this club, group buy or shop for the poster's own.
RIVAL = re.compile(rf"别(?:去|在|找|买|跟|报){RIVAL_TAIL}|我这里下单")
# Where to buy, at the end of a story (a testimony): the seller, the channel, "I can get it for you".
SOURCE = re.compile(r"[他她](?:现在)?(?:也)?在卖|帮(?:厂家|公司|老板|店里)[^，。\s]{0,4}卖|"
                     r"我(?:现在)?(?:也)?在(?:这边|群里|这里)卖|我(?:这|这里|这边)?有渠道|能拿到(?:正品|内部价|优惠|货)|"
                     r"卖家(?:电话|微信)|"
                     r"我是.{0,6}(?:代理|推广员|经销商)|成了.{0,8}(?:代理|推广员)")


@lru_cache(maxsize=4)  # asked by the rules and again by the learned layer
def own_trade(plain: str) -> bool:
    """The poster speaks of a trade or business of their own ("我们店", "我家是做纱窗的", "我这边只要98")."""
    return _OWN.search(plain) is not None
