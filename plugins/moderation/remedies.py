"""Health selling: the words of cures and remedies, a remedy's promise, and lecture lures (会销) that give a freebie
for coming to a talk."""
from __future__ import annotations

import re

from plugins.moderation.prices import priced_after

CURE = re.compile(r"(?:能|专|包|可以|根|都能)治|治[好愈]|疗效|降(?:血压|血糖|血脂|压|糖|三高)|神药|神膏|三天见效|见效|"
                   r"无效退款|专家.{0,6}(?:讲座|坐诊)|疗程|比医院.{0,4}(?:管用|强|好)|"
                   r"免费(?:领|送|测|体验|检查)|送(?:鸡蛋|米|油|挂面|电饭煲|毛巾)|长高|增高|保健品|理疗|磁疗|"
                   r"量子|石墨烯|负离子|远红外|富氢|酵素|排毒|[通清]血管|软化血管|三高|偏方|秘方|抗氧化|防(?:中风|脑梗|血栓|癌)|特效|纳豆|鱼油|灵芝|"
                   r"孢子粉|不复发|调理|抗癌|老毛病|净化血液|不用吃药|活血化瘀|补[肾肺肝]|护肝|专治|润喉|祛湿|毒素|不用透析|[防抗]衰老|抗病毒|预防(?:流感|感冒|癌|中风|脑梗|痴呆|老年痴呆)|(?:增强|提高|提升)免疫力|补钙|补骨|修复[\u4e00-\u9fff]{0,2}(?:神经|软骨|血管|细胞|关节)|护眼(?:片|贴|仪|液|糖)|保护(?:眼睛|视力|关节)|停药|"
                   r"扔掉[\u4e00-\u9fff]{0,3}(?:镜|拐杖|药)")
# A remedy's promise: how soon or how surely it works.
CLAIM = re.compile(r"见效|疗程|管用|保证|特效|神奇|一次就|当天就|就好了|好了一大半|长出来|降下来|"
                    r"就不疼|不疼了|全好|都好了|就能(?:停药|蹲|听清|恢复)|能停(?:药|胰岛素)|"
                    r"不用(?:再)?(?:开刀|手术|透析|抽水|打针|打封闭|扎针|住院|吃药)|药都不用|(?:没有?|没得|无)副作用|"
                    r"(?:吃|喝|用|贴|戴|泡|敷|抹)(?:上|了)?[一二两三四五六七八九十几\d]+(?:天|周|个月|星期|次|贴|疗程)就|"
                    # what cannot come back comes back, what came back never again ("萎缩的都能长回来", "都不犯")
                    r"都能(?:长回来|回去|消|长出来)|都不犯|再也没犯|跟年轻人一样|"
                    r"一(?:贴|次|片|粒)就|一(?:瓶|贴|盒)顶|比[^，。\s]{0,6}强[十\d]倍|赶紧(?:用|吃|喝|买)这个|"
                    r"[\u4e00-\u9fff]{1,2}就降|全挡住|(?:都|就)能好|(?:都|也)好了|停药|扔掉|"
                    r"(?:走路|泡脚|睡觉|喝茶|贴着|戴着)(?:就)?降(?:血压|血糖|压|糖)")
# A lecture lure (会销): a freebie (eggs, rice, oil, a check-up) for coming to a talk, a test or a try-out.
_GIFT = (r"(?:鸡蛋|大米|米|油|面|挂面|花生油|毛巾|礼品|小礼品|礼物|电饭煲|锅|纸巾|洗衣液|水杯|雨伞|药|保健品|脸盆|拖鞋|"
         r"按摩仪|按摩器|血压计|仪器|小米|老花镜|眼镜|香包)")
_QTY = r"(?:[一二两三四五六七八九十\d]+[袋桶壶盒斤个瓶包箱把份枚只条])?"
_TALK = (r"(?:讲座|听课|上课|专家|体验|理疗|检测|检查|体检|免费查|验配|测血压|测血糖|骨密度|健康|养生|保健|义诊|坐诊|"
         r"产品|会议室|会所)")
GATHER = re.compile(
    rf"(?:领|送|发){_QTY}{_GIFT}.{{0,30}}{_TALK}|"
    rf"{_TALK}.{{0,30}}(?:免费|就|即|还|都)?(?:领|送|发){_QTY}(?:东北|五常|新|进口)?{_GIFT}|"
    rf"(?:到场|签到|来了?就|来就|听完|听课)(?:就|即|可|都|还|每人)?(?:免费)?(?:领取?|送|发){_QTY}{_GIFT}|"
    rf"免费(?:领|送)[\u4e00-\u9fff]{{1,5}}.{{0,20}}{_TALK}|"
    # a free check-up with a gift, and an expert's talk: "社区免费体检 送团扇 有专家讲养生"
    r"免费(?:体检|检测|测血压|测血糖|量血压|理疗|义诊).{0,24}送.{0,24}专家讲")


# Whoever has an ailment, called out at the head ("前列腺不好憋不住尿的", "血压高的", "腰疼的老姐妹"), then "this" thing
# and its price: a remedy sold, whatever its name ("… 这款黑蒜 一斤六十八").
_AILING = re.compile(r"(?:^|[\s，,])[\u4e00-\u9fff]{0,8}?(?:不好|高|疼|痛|差|不行|憋不住尿|睡不着|失眠)的"
                     r"(?:老姐妹|姐妹|老哥|朋友|阿姨|老人)?(?:[\s，,]|(?=可?别))")
_THIS_ONE = re.compile(r"这(?:个|款|种)[\u4e00-\u9fff]{1,8}")


def remedy_to_the_ailing(plain: str) -> bool:
    """Whoever has an ailment called out, then this thing for it, priced."""
    return (ailing := _AILING.search(plain)) is not None \
        and (this := _THIS_ONE.search(plain, ailing.end())) is not None and priced_after(plain[this.end():])
