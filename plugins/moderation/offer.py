"""An offer made to the room with the poster in the middle: what private selling, poaching and testimonies are.

Each is written from what the technique is, not from phrasings seen in a group:
- **brokering**: the poster singles out whoever wants something ("要的 / 想去的 / 有需要的 / 谁要") and puts themself
  between them and it ("找我 / 跟我说 / 我带你们 / 我统一订 / 私"). Alone it is how neighbours help each other ("想去
  爬山的跟我说"); with anything sold (a price, goods on offer, a loan, a job, a cure, something cheaper than what the
  group already has) it is a sale moved out of the group.
- **poaching**: something cheaper or better than what the group or its organiser arranged, and the poster takes
  members there ("咱们队服太贵了 … 便宜一半 要的我统一去订"), or members steered away to the poster's own shop or
  club ("别去他家了 来我们塘"). Without the poster in the middle it is a recommendation, and a neighbour's
  "别去饭店了 来我们家吃饺子" is an invitation: both pass.
- **testimony**: a before-and-after story of something used for a while, and stock of it the poster holds or can
  get ("我这还有几盒", "能拿内部价", "需要的问我"). The story alone is a recommendation and passes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from plugins.moderation.prices import named_price

_END = r"[^\w]*$"  # to the end, past punctuation and emoji
# Whoever wants something: "要的", "想去的", "有需要的", "谁要", "有意者".
_AUDIENCE = (r"(?:谁|有没有人?|还有没有人?)(?:要|想|需要)|谁家?[\u4e00-\u9fff]{0,3}?(?:要|需要)|(?:要|想)?订的|"
             r"(?:想|需要|打算|愿意|准备)[\u4e00-\u9fff]{0,3}的|"
             r"有需要的?|有意(?:向|者)的?|有要[\u4e00-\u9fff]{0,8}?的|感兴趣的?|有兴趣的?|懂(?:茶|行|货|酒)?的|(?<![不没只也还重主])要[\u4e00-\u9fff]{0,3}的|(?<![不没])去的")
# The poster in the middle: asked privately, or taking them there, ordering or fetching for them.
_MIDDLE = (r"(?:(?:找|问|私|戳|滴滴?|加|联系|告诉)我|跟我(?:说|讲|走|联系|订|买|拿|要)|"
           r"我(?:带|帮|统一|一起|去|给|介绍|拿|约|代|领)|给(?:你|您|大家)们?(?:带|送|留|拿)|"
           r"说一声|早说|吱一?声|冒个泡|报[\u4e00-\u9fff]{0,3}给我|报(?:我的?)?名字|(?:加|找|联系)(?:他|她)|"
           rf"私聊|私信|小窗|说(?:话|数量)?{_END}|联系{_END}|报名{_END}|私{_END}|问{_END}|滴滴{_END})")
_BROKER = re.compile(rf"(?:{_AUDIENCE})[^。！!？?]{{0,14}}?{_MIDDLE}")
# Cheaper or better than what the group has, or another place of the same kind.
_CHEAPER = re.compile(
    r"便宜(?:一半|多了|不少|一大截|[一二两三四五六七八九十百几\d]+)|一半价钱|半价|(?:更|还|也)便宜|价格(?:还|更)?低|"
    r"比.{1,10}(?:便宜|实惠|好|强|专业|低|正宗)|太贵|贵了|(?:另一|另外一?|隔壁|新开的?|新建了?)一?(?:家|个|那|组)|"
    r"(?:钱|费)都省|省(?:钱|一半|不少)|成本价|内部价|出厂价|打[一二三四五六七八九\d]折|我有(?:个)?渠道|免费教|不收钱|(?:更|还)(?:低|便宜|实惠)|少[\d一二两三四五六七八九十]+(?:块|元)|(?:我|我们)(?:这|这边|这里|家)?(?:也有)?同款")
# What the group or its organiser arranged ("群里团的", "群主那", "这个团", "咱们队的"), and another place of the same
# kind: a rival named against it, cheaper, takes members from the group even with nobody in the middle.
_GROUPS_OWN = re.compile(r"群里|群主|团长|这个团|咱们(?:团|群|队|班|会)|团里|队里|会长|班长|队长|领队|导游")
_ELSEWHERE = re.compile(r"另(?:一|外)一?(?:家|个)|隔壁|新开的?|我知道(?:一|有)家|有(?:一)?家|那家|旅行社|"
                        r"(?:店|社|馆|团)(?:里|那边)?(?:同样|一样|同款)")
# Asking the organiser to do better ("是不是能再谈谈价") is a member's question, not a rival's pitch.
_ASKS_ORGANISER = re.compile(r"[?？]|吗|是不是|能不能|可不可以|要不要|谈谈")
# What the club or its officers bought or arranged for members ("队长团的舞蹈鞋", "协会订的泳帽", "会长组织的鉴定会",
# "别等会长统一订了"), the poster's own way instead ("我这有", "我那边才十八", "我直接去厂里拿", "我认识的老师"), and
# members taken along ("下回跟我订", "在我这接龙"): a rival undercutting the club's own purchase, priced or cheaper.
_CLUB_BOUGHT = re.compile(r"(?:队长|会长|团长|群主|协会|学会|合作社|会里|群里|队里|团里|社里)[\u4e00-\u9fff]{0,3}?"
                          r"(?:团|订|定|组织|统一订|统一定|买)的?|"
                          # what the club has on order or arranges ("会长那批舞鞋要等半个月", "协会那边排不上")
                          r"(?:队长|会长|团长|群主|协会|学会|会里|社里)(?:那批|那边)")
_POSTERS_WAY = re.compile(r"我(?:这|那边|这边|这里)|我认识的|我直接")
_WITH_ME = re.compile(r"跟我(?:去|订|买|拿|印|做)|在我这(?:接龙|订|报|买|拿)")
# A price of the poster's own beside the club's ("我那边才十八", "我这只要二十"): an undercut, not a date or a building.
_POSTERS_PRICE = re.compile(r"我(?:这|那边|这边|这里)(?:能拿到|才|只要|只卖|就)?"
                            r"[\d一二两三四五六七八九十百]+(?![\d号楼栋点层室人])|"
                            r"[一二三四五六七八九]折|免费|"
                            r"[\d一二两三四五六七八九十百]+(?:块|元)?(?:钱)?就(?:行|够|卖|给)|"
                            # the poster's own, priced alone after it ("我这也是五常的 八十五 还送到楼下")
                            r"我(?:这|那边|这边|这里)[^。！!？?\d]{0,10}?[\s，,](?:才|只要)?"
                            r"[\d一二两三四五六七八九十百]{2,}(?:块|元)?(?=[\s，,。！!]|$)")
_PRICED = re.compile(r"[一二三四五六七八九]折|便宜|低一截|免费|[一二三四五六七八九]?十[一二三四五六七八九几]|\d{2,}")
# Steering members away from where they go now.
_AWAY = re.compile(r"别(?:在|团|去|买|找|报|跟)|改(?:去|到|在)|换(?:一家|个地方|到)|不如(?:来|去|到)")
# The poster's own shop, club or firm as the alternative ("来我们塘", "来我们旗袍会", "我们公司便宜三成").
_OURS = re.compile(r"我(?:们|家|这个)(?!楼下|附近|旁边|对面|门口|小区|那边|隔壁)的?[\u4e00-\u9fff]{0,6}?"
                   r"(?:店|塘|会(?![\u4e00-\u9fff])|队|团|群|班|机构|公司|工作室|馆|驾校|厂|社)")
# The poster taking members there or booking for them ("我带你们", "跟我走", "我统一去订").
_TAKES = re.compile(r"报名字给我|名字(?:报|发)给我|我(?:去|来|统一)去?(?:订|约|办|报|带|拿|买)|跟我走|跟我(?:订|买|拿)|"
                    r"我(?:带|领)(?:你们|大家|您)")
# A call to go private, whoever it is addressed to: the sale is finished out of the group's sight ("戳我", "私聊约",
# "有意者联系", "小窗聊", "看我朋友圈").
_PRIVATE = re.compile(r"私我|(?<![人他她])私(?:聊|信)|小窗|戳我|滴滴?我|加我|v我|有意(?:者|向)|(?:找|问|联系)我|"
                      r"跟我(?:说|讲)|单独聊|吱一?声|[+]\s*v(?![a-z0-9])|加[威薇](?![信芯心])|"
                      r"(?:看|见|翻)我?的?朋友圈|朋友圈(?:见|有|看)|私[。!！~～\s]*$")
# Someone else's private message, told to the group ("他刚才私信我卖教辅"): no call of the poster's own.
_REPORTED = re.compile(r"(?:他|她|人|对方|骗子)[^，。\s]{0,4}私(?:聊|信|加)我")
# What may not be said in the group ("群里不方便说价", "不对外", "一般人拿不到"): with a private call, a sale or a
# favour sold out of the group's sight. A neighbour's offer has nothing to hide from the room.
_HIDDEN = re.compile(r"群里[^，。\s]{0,3}(?:就)?不(?:方便|好|能|多)(?:说|讲|发|报|谈)|不(?:方便|好|能)在群里|"
                     r"不在群里(?:说|讲|晒|发)|不对外|不公开|"
                     r"一般人(?:拿|买|弄|办|抢|订)不到")
# What the poster can get that others cannot: a way, a connection, an inside place.
_MEANS = re.compile(r"我有(?:办法|路子|门路|关系|渠道|熟人|人)|我认识人|内部|渠道|名额")
# A fixer: the poster knows someone or has a way ("我认识人", "我有熟人 能快点"), and asks to be messaged privately.
_FIXER = re.compile(r"我(?:有|认识)(?:熟人|人|门路|路子|关系)|我有办法|有门道|"
                    # a place, a prize or a medal got for you: "我能弄进去", "我能帮你保个优秀奖", "有朋友能搞到"
                    r"能(?:弄|搞)(?:到|进去|进)|(?:能|可以)帮你(?:弄|办|搞|保)|(?:内部|保底|加急)的?名额")
_ASKED_BY_NAME = re.compile(r"你问的|你说的|你要的|你家")  # a friend's answer to a friend, not an offer to the room
# How a seller asks to go private, also in full words ("单独找我", "私下问我", "价格私下谈").
_PRIVATELY = re.compile(r"单独(?:聊|找我|问我|联系我?)|私下(?:问我|聊|谈|找我|联系)|小窗我")
# A discount through the poster: their name given, or the group's, at a friend's or a relative's class or shop.
_BY_MY_NAME = re.compile(r"(?:报|说|提)(?:我的?)?名字[^，。\s]{0,4}(?:便宜|优惠|打折|打?[一二三四五六七八九]折|减)")
_GROUPS_DISCOUNT = re.compile(r"(?:群里的?|群友)[\u4e00-\u9fff]{0,6}?"
                              r"(?:打[一二三四五六七八九]折|[一二三四五六七八九]折|便宜|优惠)")
_CONNECTION = re.compile(r"是我(?:的)?(?:朋友|亲戚|熟人|同学|老乡|学生)|我(?:很|挺)?熟|我朋友开的|"
                         r"(?:的|我)(?:儿媳|女婿|女儿|儿子|侄女|侄子|外甥|闺女)(?:在|开|是)?")
STEERED = "steered to the poster's own"
# Steered from what members use to what the poster has ("降磷药别吃医院开的 … 我这有一种好的 要的私我").
_AWAY_FROM = re.compile(r"别光?(?:用|吃|买|喝|涂|抹|贴|戴|去|找|订|在)|不要(?:用|吃|买|喝|在)|"
                        r"光(?:吃|喝|用|贴|抹)[^，。\s]{0,6}(?:可)?(?:不行|没用)")
# What the poster has is goods ("我这有进口的", "我这有一种好的", "我这有几双手工的"), not the new group's QR code.
_GOODS = re.compile(r"进口|专门|正宗|一种|一款|好的|手工|特制|自制|几[双盒瓶个块支包袋套]|老[\u4e00-\u9fff]{0,2}料")
_POSTER_HAS = re.compile(r"我(?:这|这边|这里|手上|手里|家)(?:还)?有|我(?:最近|现在)?在用(?:一种|一款)|"
                         r"我自己(?:配|做|调)了")
# One's own used thing, passed on once (README of the training data: a neighbour's 旧婴儿车 for 100 is no advert).
_SECOND_HAND = re.compile(r"旧的|用过|二手(?!房)|闲置|自用|穿过|用不上|用不着|买错|多买了|"
                          r"用了(?:两|几|一|半|\d)(?!个(?![天周星月年]))|"
                          r"[五六七八九]成新|"
                          # giving something up: "儿子不让我养了", "年纪大了养不动了"
                          r"不让我(?:养|种|干|弄|开)了|(?:养|种|干)不动了|以后不(?:养|种|干)了|"
                          # a ticket or a thing bought one too many: "我多抢了一张", "多订了一份"
                          r"多(?:抢|订|定|买|拿|领)了(?:一|两|几)?[张个份件套盒本]?")
# Many of them: a dealer's stock, not one's own thing passed on ("二手捷安特 有好几台", "戏服 一大箱 想出掉").
_BULK = re.compile(r"好几(?:台|辆|套|件|箱|个)|一大箱|好多|一批|几十")
# What is sold: a price, goods in stock, a loan, a job, a fee. (Not a ladder lent, a club's membership, a volunteer's
# visit: "想借梯子的跟我说", "想成为会员的跟我说" are neighbours and members helping.)
_SOLD = re.compile(
    r"\d(?:\.\d+)?\s*(?:元|块|万)|[一二两三四五六七八九十百千]+(?:元|块)|[一二两三四五六七八九十\d]+[百千][一二两三四五六七八九]?|"
    r"便宜|实惠|价格|价钱|优惠|打折|打[一二三四五六七八九\d]折|折扣|内部价|成本价|辛苦费|手续费|利息|到账|借(?:钱|款|点钱)|(?:先|帮忙)借点|贷|"
    r"现货|有货|尾货|码全|断码|一批|都有|齐全|代买|代办|代购|能办|能带|包吃住|工资|月薪|收费|学费|报名费|(?:办|充)会员|会员(?:价|卡)|"
    r"(?:还|只|就)剩下?(?:[\d一二两三四五六七八九十几]+|十来)[个张盒瓶套件本支台只枚份袋斤箱把]|(?:想|要|准备|打算|帮[他她]|替[\u4e00-\u9fff]{1,3})出"
    r"(?=[\s，。,!！~～]|$|[几一两二三四五六七八九十\d]+[本套件台个张只把盒瓶双条批])|钱我(?:帮[他她])?收|"
    r"新品|上新|到货|新款|清仓|特价|包邮|批发|(?<![不没别])卖|(?:原价|半价|低价|便宜|成本价|\d|[一二两三四五六七八九十百千])出(?![去来门发差])|"
    r"我有(?:路子|门路|关系)|(?:钱|款)先?转(?:给)?我|先转(?:钱|账)给我|(?:让|叫)[他她]们?寄|给(?:你们|您|大家)寄|"
    r"我(?:这|这边|这里)有(?:人|货|师傅|阿姨)|非诚勿扰|诚心要的?|诚意要的?|我(?:这|这边|这里)(?:都)?能(?:弄|搞|做|办|修|改|解|刷)|"
    r"(?:老家|家里|自家)带(?:来|过来)的|[\d一二两三四五六七八九十]+(?:节|堂)(?:视频)?课|"
    # a price for friends, goods shown or let go, a service by the hour, a connection that gets a job
    r"(?:同学|群友|朋友|友情|厂家|老乡|熟人|内部|亲戚|自家人|家里人)(?:价|票)|最低价|底价|量大|出掉|看货|出手|转手|问问?价|配送|成色|囤了|"
    r"按(?:小时|天|次|斤|件|亩|平方?)(?:算|收|计)|转出去|我认识(?:人事|领导|校长|院长|里面的人)|能进(?:国企|事业单位|编制|名校|重点)")
# A before-and-after story: something used for a while, and how it is now.
_USED = re.compile(r"每天(?:吃|喝|用|贴|泡|擦|抹|涂|戴)|就靠|"
                   r"(?:吃|喝|用|贴|泡|喂|擦|抹|涂|做|戴|枕|穿|坐|喷)了?[^，。！!]{0,14}?"
                   r"(?:[\d一二两三四五六七八九十半几]+个?(?:天|周|星期|礼拜|月|年|疗程|次)|一段时间|一阵子)|"
                   r"(?:吃|喝|用|贴|泡|喂|擦|抹|涂|喷)了[^，。！!]{0,12}(?:就|现在|之后|以后)")
_NOW = re.compile(r"(?:现在|就|已经|都|后来)[^，。！!]{0,12}"
                  r"(?:好了|不[\u4e00-\u9fff]|没[\u4e00-\u9fff]|能[\u4e00-\u9fff]|"
                  r"正常|稳|小了|降|消|白|舒服|管用|灵)|好了一大半|见效|管用|真(?:好用|有用|灵)|神奇|长好了|"
                  r"[看走睡吃听][得清见动着下]{1,2}了")
# Before and after, with something taken or used between ("原来蹲不下 … 喝了那个骨胶原 … 现在天天上楼顶").
_BEFORE = re.compile(r"(?:原来|以前|之前|本来|过去|老是?)[^。！!?？]{2,40}?(?:现在|如今|后来|今年|这下)")
_TOOK = re.compile(r"(?:吃|喝|用|贴|泡|擦|抹|涂|戴|喷)了")
# An ailment better after something taken ("血糖稳了", "咽炎好了", "一次都没犯过"): a member's own story alone,
# a testimony with stock or a way to it.
_RELIEF = re.compile(r"(?:血压|血糖|血脂|失眠|颈椎|腰椎|关节|肌酐|尿酸|咽炎|鼻炎|胃|咳嗽|风湿|便秘|痛风|湿疹|头发)"
                     r"[\u4e00-\u9fff]{0,4}?(?:也|都|就)?(?:好了|稳了|降了|没了|正常了|降下来了?|下来了|不疼了|没犯过?|"
                     r"灵活多了)")
# How it was before something was taken ("我以前睡不着觉 … 用了个磁疗枕头"): with stock held, the story sells it.
_ONCE_TOOK = re.compile(r"(?:原来|以前|之前|本来|过去)[^。！!?？]{2,40}?(?:吃|喝|用|贴|泡|擦|抹|涂|戴|喷)了")
# What it costs elsewhere, set against the poster's price ("网上才二十 我这十八").
_ELSEWHERE_PRICE = re.compile(r"(?:网上|店里|外面|超市|药店|别处|淘宝|京东|拼多多|市场)[^，。\s]{0,3}(?:才|要|卖|都)?"
                              r"[\d一二两三四五六七八九十百]")
# The poster takes the money for goods handed over or still left ("钱我帮他收", "钱转我 我让她给你拿").
_TAKES_MONEY = re.compile(r"钱(?:我(?:帮[他她])?收|(?:先)?转(?:给)?我|给我)")
_HANDS_OVER = re.compile(r"给(?:你|您)(?:拿|寄|送|带)")
_COUNTER = r"[个张盒瓶套件本支台只枚份袋斤箱把罐条双副包顶块]"
_LEFT = re.compile(rf"剩下?(?:[\d一二两三四五六七八九十几]+|十来|几){_COUNTER}")
_UNIT_PRICE = re.compile(rf"[一每]{_COUNTER}[\d一二两三四五六七八九十百]|"
                         rf"[\d一二两三四五六七八九十百]+(?:块|元)?(?:钱)?一{_COUNTER}")
_GROUP_BUY = re.compile(r"接龙|集体采购|凑够|凑齐|凑单|大家说好")  # a group buy agreed among members
# A few friends or households acting together, the poster one of them ("我们几个老姐妹说好了一起订羊肉 … 按斤算不赚钱",
# "几家一起卖价能高点"), or a household's own crop kept for the village ("自己种的 … 给本村的 不往外卖").
_AMONG_US = re.compile(r"几(?:个|家)[\u4e00-\u9fff]{0,4}?(?:说好了?)?一起(?:订|买|卖|团)|说好了?一起(?:订|买|卖|团)")
_AT_COST = re.compile(r"不赚钱|不挣钱|不加价|一分不赚|没差价|按进价|(?:原价|进价)给|价能高")
_VILLAGE_ONLY = re.compile(r"给本村|本村的|不往外卖|只给(?:乡亲|邻居|街坊)")
# Stock the poster holds or can get, and says so.
_STOCK = re.compile(
    r"我(?:这|这里|这边|手上|手里|家里)?(?:还)?(?:有|剩)(?:几|两|一些|一批|好多|[\d一二三四五六七八九十]+)(?:个?(?:瓶|盒|台|支|包|袋|罐|箱|套|件|斤|条|份|桶|副|双)|个(?=新的|没拆|没开|全新|[，。\s]|$))|买了好多|(?:问|找)我拿|我(?:给|帮)(?:你们|您|你|大家)(?:拿|问)|"
    r"囤了(?:好多|好几|一些|几)|便宜出|(?:能|可以|给(?:大家|你们|您))拿(?:到)?(?:内部价|成本价|出厂价|正品)|"
    r"找我.{0,4}(?:能|可以)?便宜|(?:我|可以)介绍给(?:你|您|大家)|我是他们家(?:的)?会员|(?:找|从)厂家(?:直接)?拿|"
    r"托人买的|我有渠道|(?:问|找)我[。!！~～\s]*$|旗舰店|专卖店|店名叫|某宝|某东|某多多|某音|"
    r"问我要(?:链接|地址)|帮(?:你们|您们?|大家)(?:一起)?(?:买|订|拿|带)|"
    # "要的我这有", "我认识做这个的 问我就行", "我有个朋友专门收老白茶", "我把卖的人介绍给你"
    r"(?:要|想要|需要)的?(?:话)?我(?:这|这里|这边)有[。!！~～\s]*$|我认识(?:做|卖)(?:这个|这)?的|"
    r"我有个?(?:朋友|亲戚|熟人)(?:专门|就是)?(?:收|卖|做|种|代理)|把卖的人?介绍给|"
    r"我(?:这|这边|这里)?(?:还)?有(?:一批|好多|一些)|存了(?:几|好几|一些)")
# More of it, or a way to it, after a story of use ("我还有几瓶 要的说", "我这还有货", "有需要的我帮你带",
# "我让厂家寄"): read only with a story of something used for a while, not a "现在…不…" alone ("我家还有五张水票" is
# no testimony).
_MORE = re.compile(
    r"我(?:这|这里|这边|家|家里|手头|手上)还(?:有|多)|我(?:这里?)?(?:还)?多(?:了)?[两几一][个双瓶盒贴]|我还有(?:几|货)|"
    r"我(?:可以)?帮(?:你|你们|大家|忙)?(?:带|团|拿|寄)|我给(?:你|你们|大家)寄|我让[\u4e00-\u9fff]{1,3}(?:寄|发)|"
    r"帮好几个[\u4e00-\u9fff]{0,4}(?:拿|带|买)")
_MORE_CHARS = frozenset("还多帮寄发")  # one of these is in every match of _MORE


# Made by the poster's own hands: on sale when offered to whoever wants it, unless given for nothing (free_help).
_HOMEMADE = re.compile(r"(?:自己|自家|家里|亲戚|老家)(?:亲戚)?[\u4e00-\u9fff]{0,3}?"
                       r"(?:种|做|养|产|晒|酿|腌|熬|炒|熏|灌|织|纺|自制|焊|蒸|繁|泡|烤|编|缝)的|"
                       r"自制的")
# The poster paid for standing in the middle: a sale even of a neighbour's used thing ("他给我点辛苦费就行").
_COMMISSION = re.compile(r"辛苦费|跑腿费|介绍费|中介费|抽成")
# Used things bought up for a trade ("二手镜头回收价格高 要卖的找我"): a dealer's business, not one's own thing.
_TRADE_IN = re.compile(r"回收|收购")


# A member wanting to buy: the poster is the customer and asks whoever has one to let it go ("想收一棵小品真柏 预算三百
# 以内 有的联系我", "想买个二手钢琴 谁家有不用的"). Sellers speak to buyers ("想买的找我"); a dealer buys up in bulk
# ("长期高价回收").
_BUYING = re.compile(r"(?:想收|求购|想买|想淘|求一)(?![\u4e00-\u9fff]{0,8}的(?:[\s，。,]|朋友|姐妹|宝妈|话|$))"
                     r"[^。！!]{0,30}?"
                     r"(?:有的[^，。\s]{0,3}(?:吱|说|联系|私|找|问|告诉)|有没有|谁(?:家)?有|(?:要|想)出的|出的吗|"
                     r"有[^，。\s]{0,4}(?:不用|闲置|多余)的|(?:卖|转|让)给我)")
_DEALER = re.compile(r"高价|长期|大量|回收|收购|上门收")
# A seller asking buyers ("想买房吗 有没有需要的 … 首付五万"), or pointing to themself and their stock.
_ASKS_BUYERS = re.compile(r"想(?:买|收|淘)[^，。！!？?\s]{0,8}[吗嘛么]|有没有需要的|(?<![不没])要的|首付|"
                          r"找我|我这(?:里|边)?有")


@lru_cache(maxsize=4)  # asked by the sale rules and by the contact rule
def wants_to_buy(plain: str) -> bool:
    """The poster wants to buy something and asks who has one: a customer, not a seller (and not a dealer buying up,
    nor a seller asking who wants to buy, naming a price or their own stock)."""
    return ("想" in plain or "求" in plain) and _BUYING.search(plain) is not None and _DEALER.search(plain) is None \
        and _ASKS_BUYERS.search(plain) is None and not named_price(plain)


# Whoever wants to come along, join, borrow or have something fetched: a neighbour's call ("想去爬山的跟我说",
# "想加入老乡会的跟我说", "要带菜的跟我说"), not a customer's.
_COMING_ALONG = re.compile(r"(?:想|要|打算|愿意|准备)(?:一起|跟着)?(?:去|参加|加入|借|带|拼车|搭车|同行|出游|爬|逛)"
                           r"[\u4e00-\u9fff]{0,10}的")


# However long the words between ("想加入老乡会成为会员的跟我说"): the poster asked to be told.
_ASKED_TO_TELL = re.compile(_MIDDLE)


def neighbourly(plain: str) -> bool:
    """A call to whoever wants to come along, join, borrow or have something fetched, with nothing on sale."""
    return (_COMING_ALONG.search(plain) is not None and (brokers(plain) or _ASKED_TO_TELL.search(plain) is not None)
            and not sold(plain) and _HOMEMADE.search(plain) is None)


def passed_on(plain: str) -> bool:
    """One's own used thing let go once, in the open ("吸奶器用了两个月 … 旧的150出 有需要的说一声"): not a dealer's
    stock, and not sold as sellers do, privately ("感兴趣的私聊")."""
    return (_SECOND_HAND.search(plain) is not None and _BULK.search(plain) is None
            and _SELLERS_CALL.search(plain) is None)


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer
def sold(plain: str) -> bool:
    """Something is on sale: a price, goods in stock, a loan, a job, a fee."""
    return _SOLD.search(plain) is not None


# How sellers ask to be messaged (not the "找我" of a neighbour: "有事找我").
_SELLERS_CALL = re.compile(r"私我|私(?:聊|信)|小窗|戳我|滴滴?我|v我|(?:看|见|翻)我?的?朋友圈|朋友圈(?:见|有|看)|私\W*$")
_ANY_SELLERS_CALL = re.compile(f"{_SELLERS_CALL.pattern}|{_PRIVATELY.pattern}")


_GIVEN = re.compile(r"免费|不要钱|白送|送给|送你|送人")
# Goods held in some number ("我这有几块", "手头有一批", "我这还有好多", "存了几饼").
_HOLDS = re.compile(r"(?:我|手)(?:这|这里|这边|上|头|里|家里)?(?:还)?(?:有|剩)(?:几|两|一些|一批|好多|好几|"
                    r"[\d一二三四五六七八九十]+)[\u4e00-\u9fff]{0,2}?(?:[双盒瓶个块支包袋套张本件台罐箱斤条份桶副饼苗只把]|"
                    r"(?<=[批些多])|名额)|囤了|存了(?:几|好几|一些)")


def stock_offered_privately(plain: str) -> bool:
    """Goods the poster holds, in some number, and a seller's call to message privately ("我这有几块黄花梨老料 …
    懂的戳我"), not a used thing of one's own and not given away."""
    return sellers_call(plain) and _HOLDS.search(plain) is not None and _SECOND_HAND.search(plain) is None \
        and _GIVEN.search(plain) is None


@lru_cache(maxsize=4)  # asked by the kept, steered and fixer readings and by the stock offered privately
def sellers_call(plain: str) -> bool:
    """A seller's call to go private, in short or in full words ("私我", "小窗", "单独找我", "价格私下谈")."""
    return _ANY_SELLERS_CALL.search(plain) is not None


@lru_cache(maxsize=4)
def calls_privately(plain: str) -> bool:
    """The poster singles out whoever wants something or asks as sellers do to be messaged ("要的私", "看朋友圈")."""
    return brokers(plain) or _SELLERS_CALL.search(_REPORTED.sub(" ", plain)) is not None


@lru_cache(maxsize=4)
def brokers(plain: str) -> bool:
    """The poster singles out whoever wants something and puts themself in the middle ("要的跟我说")."""
    return _BROKER.search(plain) is not None


@lru_cache(maxsize=4)  # asked by the rules, the free-help exception and the warnings
def offer(plain: str) -> str | None:
    """Why the message is a sale brokered by the poster (sold privately, poaching, testimony), or None."""
    broker = brokers(plain)
    cheaper, away = _CHEAPER.search(plain) is not None, _AWAY.search(plain) is not None
    if (cheaper or away) and _OURS.search(plain) is not None:  # "别去他家了 来我们塘"
        return "poaching"
    if (cheaper or away and sold(plain)) and (broker or _TAKES.search(plain) is not None):
        return "poaching"  # "咱们队服太贵了 … 便宜一半 要的我统一去订"
    if cheaper and _GROUPS_OWN.search(plain) is not None and (away or _ELSEWHERE.search(plain) is not None) \
            and _ASKS_ORGANISER.search(plain) is None:
        return "poaching"  # "别跟这个团了 隔壁旅行社同样的线路便宜三百"
    if (cheaper or ("跟我" in plain or "在我这" in plain) and _WITH_ME.search(plain) is not None) \
            and _CLUB_BOUGHT.search(plain) is not None and _POSTERS_WAY.search(plain) is not None \
            and (cheaper or _POSTERS_PRICE.search(plain) is not None):
        return "poaching"  # "协会订的那个泳帽二十五一顶？我那边才十八 … 下回跟我订"
    if ("我这" in plain or "我那边" in plain) and _CLUB_BOUGHT.search(plain) is not None \
            and _POSTERS_PRICE.search(plain) is not None \
            and _ELSEWHERE_PRICE.search(plain) is not None:
        return "poaching"  # "群主定的针头 网上才三十 我这二十五一盒": the club's buy undercut at the poster's
    if "名字" in plain and _BY_MY_NAME.search(plain) is not None or "群" in plain and _GROUPS_DISCOUNT.search(
            plain) is not None and _CONNECTION.search(plain) is not None:
        return "referral"  # "老师是我朋友 群里的报名打九折", "那个大夫我熟 报我名字便宜"
    left = "剩" in plain and _LEFT.search(plain) is not None
    if "钱" in plain and _TAKES_MONEY.search(plain) is not None and (left or _HANDS_OVER.search(plain)):
        return "brokered sale"  # "他不会弄手机 钱我帮他收 … 剩五个了", "钱转我 我让她给你拿"
    if left and _UNIT_PRICE.search(plain) is not None \
            and _SECOND_HAND.search(plain) is None and _GROUP_BUY.search(plain) is None:
        return "stock priced"  # "一盒二十 … 剩十来盒": goods by the piece, and how many are left to buy
    stock = _STOCK.search(plain) is not None
    if not stock and not _MORE_CHARS.isdisjoint(plain) and _MORE.search(plain) is not None and (
            _USED.search(plain) is not None or _ONCE_TOOK.search(plain) is not None or _RELIEF.search(plain) is not None
            or _BEFORE.search(plain) is not None and _TOOK.search(plain) is not None) \
            and (_SECOND_HAND.search(plain) is None or sold(plain)):
        return "testimony"  # "用了一个月 不疼了 我这还有 要的说"
    if stock or broker:  # a testimony needs one or the other: most messages never look for a story
        story = _BEFORE.search(plain) is not None and _TOOK.search(plain) is not None
        if stock and (_USED.search(plain) is not None or _NOW.search(plain) is not None or story
                      or _ONCE_TOOK.search(plain) is not None or _RELIEF.search(plain) is not None) \
                and (_SECOND_HAND.search(plain) is None or sold(plain)):
            return "testimony"
        if broker and ((_USED.search(plain) is not None or _TOOK.search(plain) is not None)
                       and _NOW.search(plain) is not None or story):
            return "testimony"
    private = broker or _PRIVATE.search(_REPORTED.sub(" ", plain)) is not None
    if broker or sellers_call(plain):  # each reading below needs such a call
        if (why := _kept_or_steered(plain, broker)) is not None:
            return why
    if "一起" in plain and _AMONG_US.search(plain) is not None and _AT_COST.search(plain) is not None \
            or "村" in plain and _VILLAGE_ONLY.search(plain) is not None and _HOMEMADE.search(plain) is not None:
        return None  # neighbours and friends together, not a seller in the middle
    if private and not wants_to_buy(plain) \
            and (sold(plain) or named_price(plain) or _HOMEMADE.search(plain) is not None) \
            and (_SECOND_HAND.search(plain) is None or _BULK.search(plain) is not None
                 or _COMMISSION.search(plain) is not None or _TRADE_IN.search(plain) is not None):
        return "brokered sale"
    return None


def _kept_or_steered(plain: str, broker: bool) -> str | None:
    """With a private call: a fixer, something kept from the group, or members steered to the poster's goods."""
    sellers = sellers_call(plain)
    if sellers and _FIXER.search(plain) is not None and _ASKED_BY_NAME.search(plain) is None:
        return "sold privately"  # "有没有要办老年证的 我有熟人 能快点 私我"
    if _HIDDEN.search(plain) is not None and (
            broker or _MEANS.search(plain) is not None or sold(plain) or "价" in plain):
        return "sold privately"  # "医保报销我有办法 不方便在群里说 私聊"; not "你问的事群里不方便说 私聊吧"
    if _AWAY_FROM.search(plain) is not None and (m := _POSTER_HAS.search(plain)) is not None \
            and _AWAY_FROM.search(plain, 0, m.start()) is not None and _GOODS.search(plain, m.start(), m.end() + 10) \
            and ("有" in m.group(0) or sellers) \
            and _SECOND_HAND.search(plain) is None and not wants_to_buy(plain):
        return STEERED  # "别用机油 我这有专门的护石蜡 要的私我"
    return None
