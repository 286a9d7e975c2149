"""Commercial intent without a contact detail: selling, recruiting, lending, schemes, calls to message privately."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from plugins.moderation.cues import Cues
from plugins.moderation.goods import sold, stock_offered_privately
from plugins.moderation.offer import offer
from plugins.moderation.prices import FIGURES, IN_WORDS, named_price
from plugins.moderation.private_call import calls_privately
from plugins.moderation.scam_talk import RIVAL_TAIL

# "Message me" calls to action: the contact detail is given privately instead of in the group.
_CALL = re.compile(
    r"私我|私聊|私信我|私信看|私信了解|小窗|滴滴?我|找我(?!们?的?[^\s，。]{0,2}(?:玩|聊天|吃饭|喝茶))|"
    r"联系我(?!们?的?(?:老师|班主任))|"
    r"跟我说一声|(?:感兴趣|有兴趣|有意|有需要|需要|要)的?.{0,6}加我|回复.?[1一贷]|扣1|点我头像|点头像|报我名字|"
    r"主页|橱窗|小黄车|直播间.{0,8}(?:下单|特价|秒杀|抢)|(?:下方|置顶|评论区).{0,4}链接|点击.{0,6}(?:购买|下单|"
    r"报名|了解)|"
    r"拉你进|我拉您?|吱一?声|[+]\s*v(?![a-z0-9])|加[威薇](?![信芯心])|详询|欢迎咨询|可咨询|咨询(?:电话|热线|微信)|戳我|私戳|v我|扣我|欢迎(?:私聊|来撩|勾搭)|"
    r"有意者?(?:联系|私|加|找|电话|微信)|有意向的?(?:联系|私|加|找)|加我(?:细说|详聊|详谈|了解|咨询|下单|预定|预订)|看圈|看我的?圈|"
    r"(?:需要|想要|要)的?(?:朋友|姐妹|宝妈)?滴滴(?!打车|出行|司机|快车)")
# Selling: prices with sales talk, wholesale, agency, discounts against the group's own prices.
_SELL = re.compile(
    r"包邮|特价|批发|代购|低价|厂家直销|厂价|源头|一手货源|团购价|群友价|群里价|内部价|协会价|[\u4e00-\u9fff]友价|厂家直供|[买满]?[一二两三四五\d]+[盒瓶件个份袋箱斤双支套]?送[一二两三四五\d]+[盒瓶件个份袋箱斤双支套]?(?![\u4e00-\u9fff])|买[一二三四五\d]送[一二三四五\d]|"
    r"限时|限量|限(?:招|报|收)[\d一二两三四五六七八九十]|原价[^，。]{0,10}(?:今天|现在|只要|才|活动价)|原价[^，。]{0,10}[\s，,](?:群里|群友|咱们群里?)(?:价|只要|才)?\s*[\d一二两三四五六七八九十百千]|结缘价|出厂价|(?:厂家|产地)直发|[月年次]卡[一二两三四五六七八九十\d]|[一二三四五六七八九\d]折起|第二(?:件|双|瓶|份|盒)半价|"
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
_WORK = re.compile(
    r"招聘|诚招|急招|招募|招.{0,4}(?:代理|团长|兼职|宝妈|促销|员|模特|主播)|提成高|高提成|日结|日薪|刷单|月入|副业|佣金|返佣|提现|"
    r"在家.{0,8}(?:赚|挣|做老板)|一[单票条][^，。\s]{0,3}(?:\d|[一二两三四五六七八九十]+)(?:元|块|毛)|赚零花钱|时间自由|有报酬|计件|多劳多得|领材料|带你们?做|(?:一个月|每个?月|一天|每天)能?(?:挣|赚)[\d一二两三四五六七八九十几好上]|点赞.{0,4}(?:就|给|赚)|一单.{0,4}元|当天结算|做代理|代理资格|陪玩|挂机|"
    r"招(?:聘)?[\u4e00-\u9fff]{0,6}(?:保安|保洁|看场|服务员|店员|司机|工人|小工|钟点工|帮工|学徒)|在家[\u4e00-\u9fff]{0,2}兼职|"
    r"先交[^，。\s]{0,6}(?:押金|会员费|激活|保证金|培训费|服装费|入会费|材料费)")
# (a family's own mortgage or car loan and a bank's interest are everyday talk: "房贷利息又降了")
_LEND = re.compile(r"(?<![房车还])贷|(?:谁|要|需要)周转|(?:我|我这边|我这里|我这)(?:可以|能)借|"
                   r"(?:不要|不用|免|无需)抵押|(?:帮你?|可以|能)(?:做|办).{0,4}分期|"
                   r"放款|下款|征信|套现|提额|代还|养卡|停息挂账|无抵押|无担保|急用钱|低息|利息低|费率低|月息|日息|有资金|"
                   r"(?:房子|房产|以房)(?:抵押|养老)|零首付|先息后本|最高(?:能|可以?)?(?:借|贷|额度)?[\d一二两三四五六七八九十]+万|(?:先)?从我这(?:拿|借)|"
                   r"分期.{0,4}(?:首付|借)|(?:花呗|借呗|白条|信用卡|额度).{0,8}(?:套|取现|提现)|"
                   # a loan on what a senior holds, fast and kept from the children
                   # ("社保卡就能借 三分钟审核 不用子女知道")
                   r"(?:社保卡|身份证|医保卡|退休证|养老金|退休金|工资卡)(?:就)?(?:能|可以)(?:借|贷)|"
                   r"[\d一二两三四五六七八九十几]+分钟(?:审核|到账|放款|下款|审批)|不用(?:让)?(?:子女|儿女|孩子|家里人)知道|"
                   r"(?:可以|能)抵押|额度高")
_SCHEME = re.compile(r"零投入|不用本钱|无需本钱|"
                     r"返利|分红|下线|三级|回本|收益|投[入资]?(?:\d|[一二两三四五六七八九十]+[百千万])|投资|好项目|养老项目|"
                     r"带你做|分享就赚|拉人|团队|返[\d一二两三四五六七八九十]+[十百千万元块]|"  # money in, money back
                     # a referral bonus
                     r"(?:推荐|介绍|拉|带)(?:[\d一二两三四五六七八九十几]+(?:个|位|名)人?|一人).{0,6}(?:(?:返|奖励?|提成|拿)[\d一二两三四五六七八九十]|就能|就送|免费领|就领)|"
                     # bring buyers and yours is free ("介绍三个人来买 你的就免费了", "再拉还能赚")
                     r"(?:推荐|介绍|拉|带)[\d一二两三四五六七八九十几]+(?:个|位|名)人?(?:来|去)?(?:买|办|下单|入会)"
                     r"[^。]{0,10}(?:免费|返|奖|提成|赚|挣|不要钱)|再拉[^，。\s]{0,4}(?:赚|挣|返)|"
                     # a share of what friends pay, fees returned for recruits ("推荐朋友拿百分之十", "会费全返")
                     r"(?:推荐|介绍|拉)[^，。\s]{0,6}(?:拿|返|提)(?:百分之|[\d一二两三四五六七八九十]+(?:%|成))|"
                     r"(?:会费|入会费|费用)全返|"
                     r"(?:赚|挣)了[\d一二两三四五六七八九十几]+[十百千万]|"  # gains told
                     r"翻倍|翻十倍|翻[二三四五六七八九十百几]+倍|原始股|认购|只会涨|收藏价值|升值空间|(?<!没)有提成|内部推|"
                     r"(?:买|投)[一二两三四五六七八九十\d]+[十百千万]?.{0,8}变[一二两三四五六七八九十\d]+[十百千万]|"
                     r"理财|养老币")
_CURE = re.compile(r"(?:能|专|包|可以|根|都能)治|治[好愈]|疗效|降(?:血压|血糖|血脂|压|糖|三高)|神药|神膏|三天见效|见效|"
                   r"无效退款|专家.{0,6}(?:讲座|坐诊)|疗程|比医院.{0,4}(?:管用|强|好)|"
                   r"免费(?:领|送|测|体验|检查)|送(?:鸡蛋|米|油|挂面|电饭煲|毛巾)|长高|增高|保健品|理疗|磁疗|"
                   r"量子|石墨烯|负离子|远红外|富氢|酵素|排毒|[通清]血管|软化血管|三高|偏方|秘方|抗氧化|防(?:中风|脑梗|血栓|癌)|特效|纳豆|鱼油|灵芝|"
                   r"孢子粉|不复发|调理|抗癌|老毛病|净化血液|不用吃药|活血化瘀|补[肾肺肝]|护肝|专治|润喉|祛湿|毒素|不用透析|[防抗]衰老|抗病毒|预防(?:流感|感冒|癌|中风|脑梗|痴呆|老年痴呆)|(?:增强|提高|提升)免疫力|补钙|补骨|护眼(?:片|贴|仪|液|糖)|保护(?:眼睛|视力|关节)|停药|"
                   r"扔掉[\u4e00-\u9fff]{0,3}(?:镜|拐杖|药)")
_EXAM = re.compile(r"押题|包过|(?<![一两二三四五六七八九十几每\d])包拿|代考|代报|"
                   r"学历提升|(?:拿|领|办)(?:大专|本科|中专)?(?:文凭|毕业证)|"
                   r"保证获奖|证书.{0,4}(?:直接|包)|代充|代缴|代办|全套.{0,10}\d+元?|"
                   r"网盘.{0,6}(?:出|卖|低价|全套)|"
                   r"不过(?:退费|退款|全退|免费重[读学上])|保分")
# Jargon only adverts use: one of these is enough, whatever else the message says. Words members also use in
# their own talk (押题 "老师押题押中了", 根治 "医生说没法根治", 代写 "代写春联", 降重 "论文降重") are selling
# signals instead, which the learned layer weighs.
_JARGON = re.compile(
    r"下款|放款|秒批|套现|提额|代还|养卡|停息挂账|无抵押|无担保|黑户|白户|征信花|包过|(?<![一两二三四五六七八九十几每\d])包拿|保过|代考|刷单|日结|"
    r"日赚|躺赚|月入过?[万\d]|返佣|一件代发|零库存|0囤货|不用囤货|不需要囤货|发展下线|三级分红|拉人头|稳赚|保本高息|"
    r"翻十倍|量大从优|一手货源|厂家直销|代理资格|做代理|招代理|招.{0,4}团长|宝妈兼职|在家.{0,8}(?:赚|挣)钱?|分享就赚|"
    r"点赞.{0,4}(?:就|给|赚)钱|无效退款|三天见效|包治|神药|神膏|免费领鸡蛋|代刷|代写(?:作业|论文|文章|简历|材料)|查重降重|包教包会|"
    r"保证学会|零团费|低价游|全网最低|加[威薇](?![信芯心])|[+]\s*v\s*(?:详谈|详聊|了解|咨询|私聊|预约|下单|订购)|"
    r"必中|包中|首充|懂(?:的|行的?)(?:来|私|滴)")
# A wanted person asked to message privately, or a closing "私聊": a sale moved out of the group.
_WANTED = re.compile(r"(?:想要|想吃|想买|想报|想做|想进|想看|想学|想加入|想改变|想让|想给|想了解|想咨询|要的|要办的|"
                     r"需要的?|"
                     r"要买的|"
                     r"想知道|感兴趣的?|有兴趣的?|有意向?的?|喜欢的?|"
                     r"有需要的?).{0,12}(?:私我|私聊|私信|小窗|找我|问我|滴滴?我|加我|联系我|跟我说)|(?:价格|价钱|价)(?:私下|私聊|单独)(?:谈|聊|说)?|(?:私聊|私我|"
                     r"小窗我?)(?:详谈|细说|报价)?"
                     r"[。!！~～\s]*$")
# An offer that lures: a red packet, cash or a gift for doing something ("关注公众号领红包", "扫码就送").
_OFFER = re.compile(r"领.{0,2}(?:红包|现金|奖品|礼品|好礼|福利|鸡蛋)|(?:就|免费|白)送|送(?:礼品|好礼|红包|现金)|抢红包")
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
# Drawing members to the poster's own channel (引流): an invitation to follow, enter or search an account, a live room
# or a video channel that is the poster's own, or that pays for coming (a gift, a draw, "reply 1 to get").
_PLATFORM = r"(?:公众号|视频号|直播间|抖音号?|快手号?|小红书|主页|账号|频道|橱窗)"
_LURE = re.compile(
    rf"(?:关注|进|来|点进|点开|搜|搜索|订阅|预约)(?:一下|下)?(?:我|我们|本人|小店|咱家|我家|俺)(?:的|家|店)?.{{0,6}}"
    rf"{_PLATFORM}|"
    r"(?:我|我们|本人|小店|俺)的(?:公众号|视频号|直播间).{0,12}(?:关注|点赞|进来|来看|每天|天天|更新|福利|领|抽奖|开播)|"
    rf"(?:关注|进|搜|搜索|预约|订阅|点击).{{0,10}}{_PLATFORM}.{{0,20}}(?:领|送|福利|红包|抽奖|免费|秒杀|回复)|"
    rf"(?:领|送|福利|红包|抽奖|免费).{{0,12}}(?:关注|进|搜|搜索|预约).{{0,6}}{_PLATFORM}|"
    r"回复[“\"'「]?\w{1,6}[”\"'」]?(?:即可|就能|就可以|免费)?(?:领|获取|得到|拿)|"
    r"(?:去|来|大家|可以|请|直接)(?:快手|抖音|小红书|视频号|公众号|b站)(?:上|里)?搜|(?:去|来|进)(?:一下|下)?我(?:的|们的)?(?:快手|抖音)?直播间|"
    r"我(?:的|们的)?(?:公众号|视频号)[^，。]{0,12}关注|"
    r"我(?:在[^，。\s]{0,4})?开了?(?:个|一个)?[^，。\s]{0,2}(?:直播|视频号|公众号|抖音号?|快手号?)|"
    r"(?:淘宝|京东|拼多多|天猫)(?:上|里)?搜(?:索)?\s*\S{2,}|关注(?:就|即)?(?:领|送|抽)|关注我(?:看|领|学)|点赞关注|求关注|互粉|互关|点个关注|加个关注|直播[^，。]{0,8}卖|卖[^，。]{0,8}直播")
# A lecture lure (会销): a freebie (eggs, rice, oil, a check-up) for coming to a talk, a test or a try-out.
_GIFT = (r"(?:鸡蛋|大米|米|油|面|挂面|花生油|毛巾|礼品|小礼品|礼物|电饭煲|锅|纸巾|洗衣液|水杯|雨伞|药|保健品|脸盆|拖鞋|"
         r"按摩仪|按摩器|血压计|仪器|小米|老花镜|眼镜|香包)")
_QTY = r"(?:[一二两三四五六七八九十\d]+[袋桶壶盒斤个瓶包箱把份枚只条])?"
_TALK = (r"(?:讲座|听课|上课|专家|体验|理疗|检测|检查|体检|免费查|验配|测血压|测血糖|骨密度|健康|养生|保健|义诊|坐诊|"
         r"产品|会议室|会所)")
_GATHER = re.compile(
    rf"(?:领|送|发){_QTY}{_GIFT}.{{0,30}}{_TALK}|"
    rf"{_TALK}.{{0,30}}(?:免费|就|即|还|都)?(?:领|送|发){_QTY}(?:东北|五常|新|进口)?{_GIFT}|"
    rf"(?:到场|签到|来了?就|来就|听完|听课)(?:就|即|可|都|还|每人)?(?:免费)?(?:领取?|送|发){_QTY}{_GIFT}|"
    rf"免费(?:领|送)[\u4e00-\u9fff]{{1,5}}.{{0,20}}{_TALK}|"
    # a free check-up with a gift, and an expert's talk: "社区免费体检 送团扇 有专家讲养生"
    r"免费(?:体检|检测|测血压|测血糖|量血压|理疗|义诊).{0,24}送.{0,24}专家讲")
# Poaching: members told to leave this club, group buy or shop for the poster's own.
_RIVAL = re.compile(rf"别(?:去|在|找|买|跟|报){RIVAL_TAIL}|我这里下单")
# Where to buy, at the end of a story (a testimony): the seller, the channel, "I can get it for you".
_SOURCE = re.compile(r"[他她](?:现在)?(?:也)?在卖|帮(?:厂家|公司|老板|店里)[^，。\s]{0,4}卖|"
                     r"我(?:现在)?(?:也)?在(?:这边|群里|这里)卖|我(?:这|这里|这边)?有渠道|能拿到(?:正品|内部价|优惠|货)|"
                     r"卖家(?:电话|微信)|"
                     r"我是.{0,6}(?:代理|推广员|经销商)|成了.{0,8}(?:代理|推广员)")
# Classes sold to members: a teacher or school offering places, a try-out lesson, a class opening soon.
_CLASS = re.compile(
    r"(?:我|我们|本人|本机构|本工作室|本校|我家)(?:这边|这里|那边|机构|工作室|老师)?.{0,6}(?:开|招|收|带|教|辅导|开设|"
    r"开了)(?:了)?.{0,8}(?:班|课|学生|学员|孩子|小朋友)|"
    r"(?:本人|我)(?:是)?.{0,12}(?:可|可以|能)(?:上门)?(?:辅导|补习|家教|陪练|教|带)|"
    r"名额有限|报名从速|仅剩.{0,3}(?:个|名)?名额|还剩.{0,3}(?:个|名)名额|满\d+人开班|随时插班|欢迎试听|免费试听|"
    r"试听一节|试听课|体验课|开班|招生|插班|开办|培训|速成|名额不多|训练课|[\d一二三四五六七八九十两](?:节|次|堂)课|一节课|"
    r"每节课|课时费|[课班][^。]{0,12}(?:私我|找我|联系我|问我)报名|课[^，。]{0,10}?[\d一二两三四五六七八九十]+(?:节|堂|课时)(?![\u4e00-\u9fff]?[台楼])|(?:一|每)(?:节|堂|课时)[\d一二两三四五六七八九十百]|课\s*(?:线上|网上|直播)\s|(?:暑假|寒假|周末|少儿|精品|兴趣|书画|书法|舞蹈|培训|辅导|托管|提高|大师|专)班|班.{0,4}招(?:生|人|了)")
_ASKING = re.compile(r"[?？]|吗|靠谱|划算|哪里有|哪有|哪来的|谁知道|有没有|是不是|怎么|在哪|([\u4e00-\u9fff])不\1|请问")
# A remedy's promise: how soon or how surely it works.
_CLAIM = re.compile(r"见效|疗程|管用|保证|特效|神奇|一次就|当天就|就好了|好了一大半|长出来|降下来|"
                    r"就不疼|不疼了|全好|都好了|就能(?:停药|蹲|听清|恢复)|能停(?:药|胰岛素)|"
                    r"不用(?:再)?(?:开刀|手术|透析|抽水|打针|打封闭|扎针|住院|吃药)|"
                    r"(?:吃|喝|用|贴|戴|泡|敷|抹)[一二两三四五六七八九十几\d]+(?:天|周|个月|星期|次|贴|疗程)就|"
                    r"一(?:贴|次|片|粒)就|一(?:瓶|贴|盒)顶|比[^，。\s]{0,6}强[十\d]倍|赶紧(?:用|吃|喝|买)这个|"
                    r"[\u4e00-\u9fff]{1,2}就降|全挡住|(?:都|就)能好|(?:都|也)好了|停药|扔掉|"
                    r"(?:走路|泡脚|睡觉|喝茶|贴着|戴着)(?:就)?降(?:血压|血糖|压|糖)")
# A question that opens a pitch ("钓鱼缺钱买装备？网贷秒批 无需征信 联系我") is a hook, not a question.
_HOOK = re.compile(r"[?？][^?？]{8,}$")


# Whoever is wanted, called out rather than asked ("有没有需要周转的 我这有资金"): no question in it.
_ADDRESSED = re.compile(r"有没有人?(?:需要|要|想要?)[\u4e00-\u9fff]{0,6}的(?=[\s，。!！]|$)")


@lru_cache(maxsize=4)  # asked by the rules and again by the learned layer
def question(plain: str) -> bool:
    """The message asks something, unless its question is a hook before a pitch that ends in a call ("联系我")."""
    if _ASKING.search(plain) is None or _ASKING.search(_ADDRESSED.sub(" ", plain)) is None:
        return False
    hook = _HOOK.search(plain)
    return hook is None or _ASKING.search(tail := hook.group(0)[1:]) is not None or _CALL.search(tail) is None


# Agreed group buys (接龙, the committee) are how neighbours shop together, not adverts.
_COLLECTIVE = re.compile(r"接龙|集体采购|业委会|家委会|楼长|大家说好|说好了?一起|投票|凑够|凑齐|凑单")


# Gate words (see Cues): every lure names a platform (or "回复 … 领"), every lecture lure a gift, every class offer a
# lesson or a pupil, every story's seller one of its words, every poaching a "别".
_KINDS = Cues((("call", _CALL), ("sell", _SELL), ("work", _WORK), ("lend", _LEND), ("scheme", _SCHEME),
               ("cure", _CURE), ("exam", _EXAM), ("price", re.compile(FIGURES)),
               ("price", re.compile(IN_WORDS), ("十", "百", "千", "万")),
               ("lure", _LURE, ("公众号", "视频号", "直播间", "抖音", "快手", "小红书", "主页", "账号", "频道", "橱窗",
                                "回复", "b站", "直播", "淘宝", "京东", "拼多多", "天猫", "关注")),
               ("gather", _GATHER, ("蛋", "米", "油", "面", "巾", "礼", "煲", "锅", "纸", "液", "杯", "伞", "药", "品",
                                    "仪", "器", "计", "盆", "鞋", "免费")),
               ("class", _CLASS, ("班", "课", "学生", "学员", "孩子", "小朋友", "辅导", "补习", "教", "陪练", "带",
                                  "名额")),
               ("source", _SOURCE, ("在卖", "边卖", "里卖", "帮厂家", "帮公司", "帮老板", "帮店里", "渠道", "拿到",
                                    "卖家", "代理", "推广员", "经销商")),
               ("rival", _RIVAL, ("别",))))


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def signals(plain: str) -> tuple[str, ...]:
    """The kinds of commercial intent the text shows (call, sell, work, lend, scheme, cure, exam, price, and lure,
    gather, class, source, rival: drawing members to one's own channel, a freebie for coming to a talk, classes on
    offer, where to buy at the end of a story, poaching members for a rival)."""
    return _KINDS.found(plain)


# Help given for nothing: a retired nurse taking blood pressure, a neighbour's spare cat litter ("免费送 找我拿").
_FREE = re.compile(r"免费|不要钱|不收钱|不收费|不卖东西|不推销|"
                   r"分文不取|白送|送给|送人(?![体好合有最佳大不])|义务|做好事")
# What makes "free" a sales hook instead: a price, a venue or a sign-up (lecture lures, try-out classes), a list of
# goods, following an account.
_HOOKED = re.compile(r"讲座|专家|现场|会场|名额|报名|体验|试听|试用|会员|关注|公众号|视频号|直播|扫码|领取|到场|签到|"
                     r"[\u4e00-\u9fff]、[\u4e00-\u9fff]{1,6}、")


@lru_cache(maxsize=4)  # asked by the rules and again by the learned layer
def free_help(plain: str) -> bool:
    """The member offers help or a spare thing for nothing, and nothing is sold: no price, no goods on sale, no
    venue or sign-up, no recruiting, lending, scheme, cure claim or lure once the word "free" is taken out."""
    if _FREE.search(plain) is None or _HOOKED.search(plain) is not None or named_price(plain):
        return False
    if sold(plain) or offer(plain) in ("poaching", "testimony") or jargon(plain) is not None:
        return False
    return set(_KINDS.found(_FREE.sub(" ", plain))) <= {"call"}


# Emoji between the words of a pitch ("🌸🌸阿胶糕✨✨同学价🔥🔥要的私🌹🌹"): how 微商 posts are dressed, and a way to
# split the words a screen looks for. A greeting's emoji come at its ends or once or twice between.
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\uFE0F\u200D]+")
_EMOJI_GAP = regex.compile(r"(?<=\w)[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\w)")
# Most messages have none: a cheap first look (every Extended_Pictographic code point is in these ranges)
_SOME_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001fffd]")


def emoji_padded(plain: str) -> bool:
    """Emoji stand between the words in two places or more and in four in all, and the words sell (a call, a price,
    an offer)."""
    if _SOME_EMOJI.search(plain) is None or len(gaps := _EMOJI_GAP.findall(plain)) < 2:
        return False
    if len(gaps) < 4 and len(_EMOJI.findall(plain)) < 4:
        return False
    squeezed = "".join(_EMOJI_GAP.split(plain))
    return bool(set(_KINDS.found(squeezed)) - {"call"}) or _WANTED.search(squeezed) is not None or calls_privately(
        squeezed)


def collective(plain: str) -> bool:
    """The text is about something the group agreed to do together (接龙, a committee's group buy, a vote)."""
    return _COLLECTIVE.search(plain) is not None


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def jargon(plain: str) -> str | None:
    """A phrase only adverts use (下款, 包过, 一件代发, ...), or None."""
    return m.group(0) if (m := _JARGON.search(plain)) is not None else None


def intends(text: str) -> bool:
    """The text shows commercial intent: a call to message, a price, an offer, selling, recruiting, lending, a scheme.

    Asked of a message with its hint words taken out, so "兼职" alone never shows intent, "兼职日结200" does.
    """
    return _WANTED.search(text) is not None or _OFFER.search(text) is not None or bool(_KINDS.found(text))


_COURSE_NAMES = frozenset({"课程", "网课"})  # what a class is called, in a notice as in an advert
# The poster is the customer: what they signed up for and paid, and whether it is worth it.
_PAYING = re.compile(r"报的|报了|交了|花了|上的|在上|贵|值不值|值得|划算|简章|通知|公告")


# A news headline, its outlet first ("央视：卖“神药”的直播间背后是谁"): it names a trade, it does not ply one.
_HEADLINE = re.compile(r"^(?:央视|新华社|人民日报|新闻|[\u4e00-\u9fff]{1,4}(?:日报|晚报|新闻|电视台))(?:报道)?[:：]")


def commercial(plain: str) -> str | None:
    """Why the text reads as an advert without any contact detail, or None (a hint: the learned layer weighs it)."""
    found = signals(plain)
    if ("：" in plain or ":" in plain) and _HEADLINE.search(plain) is not None and "call" not in found \
            and _WANTED.search(plain) is None:
        return None
    if _WANTED.search(plain) and (set(found) - {"call"} or sold(plain) or own_trade(plain)):
        return "call"  # "有需要量血压的找我 我是退休护士 免费的" calls with nothing to sell: the model alone may judge
    if stock_offered_privately(plain):
        return "stock+call"  # "我这有几块黄花梨老料 … 懂的戳我": weighed by the model
    if len(found) == 1 and question(plain):
        return None  # one kind of commercial word in a question ("哪里有兼职吗") is a question
    strong = [s for s in found if s in ("work", "lend", "scheme", "exam", "lure", "gather", "source", "rival")]
    on_sale = "call" in found or "sell" in found and "price" in found or "price" in found and own_trade(plain)
    priced = ("price" in found or "sell" in found and not set(_SELL.findall(plain)) <= _COURSE_NAMES) \
        and _PAYING.search(plain) is None  # "培训课程 下周三晚上七点 线上" names a course, sells nothing
    if strong or "class" in found and (on_sale or priced):  # classes with a call, or with sales talk or a price
        return "+".join(found)  # that is not what the poster pays ("我报的培训班一节课200 好贵")
    if _COLLECTIVE.search(plain):
        return None
    if own_trade(plain) and len(found) >= 1:
        return "own+" + "+".join(found)
    if "cure" in found and (len(set(_CURE.findall(plain))) >= 2 or "price" in found and _CLAIM.search(plain)):
        return "+".join(found)
    if "call" in found and len(found) >= 2:
        return "+".join(found)
    if "sell" in found and ("price" in found or "cure" in found):
        return "+".join(found)
    return None


@lru_cache(maxsize=4)  # asked by the rules and again by the learned layer
def own_trade(plain: str) -> bool:
    """The poster speaks of a trade or business of their own ("我们店", "我家是做纱窗的", "我这边只要98")."""
    return _OWN.search(plain) is not None
