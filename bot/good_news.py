"""Good news a member shares of her own life: a child's first word, a transplant's good results, a grandchild born
(issue 13).

今天孩子第一次自己叫了一声妈妈 我哭了一下午 is the moment a parents' group exists for: a person should answer it by
name, warmly, in the group; a bot's 🎉 rings hollow and silence is worse. Read from the words: a first time or an
"at last" (第一次自己叫了妈妈, 终于会走路了, 终于出院了), a result hoped for (考上了大学, 指标都正常了, 肌酐降下来了), a
new life in the family (当奶奶了, 抱上孙子了). Not good news: a question (第一次去要带什么吗), a wish (希望孩子早点
会说话), what has not come (还不会叫妈妈, 没考上), a grievance, someone on the screen or in the news.
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify
from bot.grievance import grievance
from bot.memo import per_text

# a child's or grandchild's first time (孩子第一次自己叫了妈妈), not the writer's own trip (今天第一次坐高铁)
_CHILD = r"(孩子|儿子|女儿|闺女|孙子|孙女|外孙|宝宝|宝贝|娃|小家伙|[\u4e00-\u9fff](宝|娃))"
_FIRST = (_CHILD + r"\S{0,6}第一次(自己|主动|开口|能|会)?\S{0,3}(叫|喊|说|走|站|坐|跑|写|画|唱|自己吃|穿|上台|开口|"
          r"拿到|表演|认出|看着我|抱我|亲我)")  # 第一次考试 is a result's to tell (_RESULT), good or bad
# at last, a life's milestone (终于会走路了, 终于出院了), not a weekend or a queue (终于等到周末了, 终于叫到号了)
_AT_LAST = (r"终于(会|能|学会|自己)?\S{0,2}(开口|说话|走路|叫(妈妈|爸爸|奶奶|爷爷|姥姥|人)|站起来|考上|出院|康复|"
            r"转正|上岗|抱上|怀上|脱离危险|找到工作)")
_RESULT = (r"考上(了)?\S{0,6}(大学|高中|研究生|公务员|编|重点)|(出院|康复|痊愈)了|(指标|化验|检查|结果)\S{0,4}(都)?"
           r"(正常|好了|达标)|(肌酐|血糖|血压)\S{0,3}(降|稳)(下来|住)?了|"
           r"((拿|得|获)了|拿到|获得)\S{0,3}(第一|冠军|金牌|一等奖|奖状)|"
           r"评上(了)?|手术(很|特别)?成功")
_NEW_LIFE = (r"当(上)?(奶奶|爷爷|姥姥|姥爷|外婆|外公|妈妈|爸爸)了|抱上(大)?(孙子|孙女|外孙)|"
             r"(生|添)了(个)?(大)?(胖)?(小子|闺女|孙子|孙女|外孙)")
# her own work shown or honoured (我的个人画展周六开幕, 我的字入选了市里的书法展, 我的诗集出版了)
_OWN_WORK = (r"(我|俺)(的|们)?\S{0,3}(个人)?(画展|书法展|书画展|摄影展|作品展)\S{0,12}(开幕|开展|展出|举办)|"
             r"(我|俺)的\S{0,4}(画|字|作品|照片|诗|文章)\S{0,4}(入选|获奖|得奖|展出|发表|登上)|(我|俺)的\S{0,3}(书|诗集)\S{0,2}出版了")
# a baby's milestone (宝宝今天会翻身了, 小宝长牙了, 满月了) or the baby shown off (满月照, 晒晒我家小胖墩)
_BABY_WORDS = r"(宝宝|宝贝|小宝|孩子|闺女|儿子|孙子|孙女|外孙|娃|小胖墩|胖小子|小公主|小棉袄|小家伙)"
_MILESTONE = (_CHILD + r"\S{0,6}(会|能|学会)(自己)?(翻身|爬|坐|站|走路?|抬头|笑出声|叫(妈妈|爸爸|奶奶|爷爷|人))了|"
              + _CHILD + r"\S{0,4}长(出)?了?\S{0,3}牙了?|(满月|百天|周岁)(了|啦|照)|"
              r"(给|跟|让)大家(看看|瞧瞧|晒晒|分享)\S{0,2}(我|俺|咱)家\S{0,4}" + _BABY_WORDS)
# the member's own feat, to be praised (厉害): a big catch (水库上了条12斤的草鱼, 今年最大的一条), a harvest, a record
_NUM = r"(\d+|[一二两三四五六七八九十几百]+)(多)?"
_FEAT = (r"(钓|上|逮|抓|起|中)(了)?(一|两|三|几)?(条|尾|只)\S{0,6}?" + _NUM + r"(斤|公斤)|"
         + _NUM + r"(斤|公斤)(重)?(的)?(大)?(草鱼|鲤鱼|鲫鱼|青鱼|鲢鱼|鳙鱼|胖头|鲈鱼|黑鱼|鳜鱼|翘嘴|鳊鱼|鲶鱼|甲鱼)|"
         r"(今年|这辈子|有史以来|头一回)\S{0,2}最大的一(条|尾|个)|(破|刷新)了?\S{0,4}(纪录|记录)|"
         r"(收|摘|挖)了\S{0,3}" + _NUM + r"(斤|公斤|筐|袋)")
_BOUGHT = re.compile(r"买|卖|多少钱|块钱|元|价|市场|超市|放(了)?\S{0,2}(鱼|鲫|鲤|草)|塘主"
                     r"|\d+块|[一二两三四五六七八九十]块|私我|私聊|要的")  # shopping, a pond stocked, a crop for sale
# the catch lost (被人偷了, 让野猫叼跑了, 被人顺走了): no feat to praise (code review 26, finding 10); 被人围着拍照 is
# admired, not lost (code review 27, finding 21)
_LOST = re.compile(r"偷|丢了|被人(偷|拿|顺|抢)|被\S{0,2}(叼|抢)|叼(走|跑)|抢走|顺走")
# her own day of life today: a round birthday, years since enlisting or marrying (今天是我七十岁生日, 今儿是俺八十大寿,
# 今天是我入伍六十周年的日子, 金婚, 我今天满七十五岁了); not someone else's (明天王姐生日) nor a loss's anniversary
_OWN_DAY = (r"(今天|今儿|今日)个?是?(我|俺)\S{0,10}(生日|大寿|寿辰|周年|纪念日)|(我|俺)(今天|今儿)满?\S{1,4}岁了|"
            r"金婚|钻石婚|[七八九]十大寿|百岁大寿")
_GLAD = r"喜讯|报喜|太高兴了|高兴坏了|喜极而泣|开心死了"  # not 好消息 alone: a notice's headline (【好消息】…)
GOOD = re.compile(f"{_FIRST}|{_AT_LAST}|{_RESULT}|{_NEW_LIFE}|{_OWN_WORK}|{_MILESTONE}|{_OWN_DAY}|{_GLAD}|{_FEAT}")
FEAT = re.compile(_FEAT)
# not good news: asked, wished for, not come, or someone else's on a screen or in the news
NOT_YET = re.compile(r"[?？吗]|希望|盼着|什么时候(才)?|能不能|会不会|还不会|还没|没(考上|出院|好)|不会|要是|如果|再说|"
                     r"没(评|拿|得)上?|不及格|没考好|考砸|祝|愿|又住|"
                     # 又没评上, 祝王姐手术成功, 又住进去了, 正常吗; a worry about the milestone itself (怎么老是摔,
                     # 咋防掉床, 正常不), never a glad 哪天带来看看 or 怎么办 好激动 (code review 25, finding 18)
                     r"(怎么|咋)(老|总|还|不|防|回事|弄|才能)|(怎么|咋)办(?!\S{0,3}(激动|开心|高兴|兴奋|幸福))|"
                     r"要注意|正常不|担心|怕|"
                     r"电视|新闻|视频里|剧里|听说|"
                     r"去世|过世|逝世|牺牲|忌日|祭日|走了\S{0,3}周?年")  # 老伴走了三周年: a loss's day, not a joy


@per_text
def good_news(text: str) -> str:
    """The good news the member tells of her own life (第一次自己叫了一声妈妈), or ""."""
    words = compact(simplify(text))
    found = GOOD.search(words)
    if found is None or NOT_YET.search(words) or grievance(text) or (FEAT.search(words) and _BOUGHT.search(words)):
        return ""
    return found.group(0)


def a_feat(text: str) -> bool:
    """Whether the good news is the member's own feat (a big catch, a harvest, a record): praised, 厉害, not 道喜."""
    words = compact(simplify(text))
    return bool(good_news(text)) and FEAT.search(words) is not None and _LOST.search(words) is None
