"""A benefit claimed for the body, offered: how a health pitch is built, whatever it sells and its cure words.

A seller's line puts together a thing ("这款益生菌", "我这有个药膏"), how it is taken ("每天十五分钟", "一瓶吃三个月"),
what the body gains ("牙就稳了", "血管通通的", "开口叫妈妈"), whoever ails ("眼睛花的"), and an offer to the room
("试试", "来一盒", a price, "可分期"). A member telling what her own medicine did or cost, a doctor's prescription,
advice without a product ("睡不着的试试睡前泡脚") and a question are not that: they offer nothing to be bought.
"""
from __future__ import annotations

import re

from plugins.moderation.prices import named_price

_N = r"[一二两三四五六七八九十半几\d]+"
# the thing, pointed at or had by the poster
_THING = re.compile(r"这(?:款|个|种|盒|瓶|罐|套)[\u4e00-\u9fff]{1,8}|"
                    r"我这(?:里|边)?(?:还)?有(?:个|种|款)?[\u4e00-\u9fff]{1,6}")
# how it is taken: a daily dose, or taken for a span
_DOSE = re.compile(rf"(?:每天|每日|一天|天天|早上|晚上|睡前|饭后|早晚){_N}(?:分钟|次|勺|粒|片|包|袋|杯|贴|滴)|"
                   rf"[吃喝涂用贴泡戴擦抹敷][了上]?{_N}(?:天|周|个?月|个?星期|个?礼拜|瓶|盒|疗程)|"
                   rf"一[瓶盒罐袋]吃{_N}个?月|{_N}个?(?:月|周|礼拜|星期)(?:下来)?[^\s，。]{{0,3}}就")
# what the body gains
_GAIN = re.compile(r"就(?:稳|顺|好|通|消|降|不[疼痛喘咳抽干痒麻晕])|开口|通通的|都说精神|精神(?:多了|了)|"
                   r"[稳顺通]了|好多了|"
                   r"(?:摘|扔)掉了|不(?:疼|痛|喘|咳|抽筋|失眠)了|叫(?:妈妈|爸爸)|(?:情绪|睡眠|气色|视力|记性)(?:稳|好)")
# whoever ails, called out as a clause of its own ("眼睛花的", "牙齿松了吹不动的")
_AILING = re.compile(r"(?:^|[\s，,])[^\s，,。]{2,12}的(?:老哥|老姐|姐妹|老姐妹|朋友|阿姨|宝妈|家长)?(?=[\s，,])")
# offered to the room: a try, a box, the poster's stock, payment in parts (a price is looked for apart)
_OFFER = re.compile(r"试试|来一[盒瓶罐袋套]|我这(?:里|边)?(?:还)?有|要的|想要的|分期|原价")
# not a pitch: a prescription, a therapist's exercise, a thing given away, a question
_NOT_SOLD = re.compile(r"送给|白送|不要钱|免费送|(?:医生|医院|大夫|诊所)(?:给)?开的|"
                       r"(?:医生|大夫|老师|康复师|治疗师)(?:说|教)的|[?？]|吗")
# the poster's own family took it: with nothing but a price, she is telling what it cost
# a price by the piece in words that the price reader leaves to context ("一万二一台")
_EACH = re.compile(r"[一二两三四五六七八九十百千万]{2,}(?:块|元)?一(?:台|瓶|盒|套|疗程)")
_OWN_FAMILY = re.compile(r"我(?:妈|爸|老伴|家|自己|婆婆|公公|老头|老太)[\u4e00-\u9fff]{0,4}(?:吃|喝|用|涂|贴)")


def claims_for_the_body(plain: str) -> bool:
    """A thing or a price offered with at least two of: how it is taken, what the body gains, whoever ails."""
    if _NOT_SOLD.search(plain) is not None:
        return False
    priced, offered = named_price(plain) or _EACH.search(plain) is not None, _OFFER.search(plain) is not None
    if not (priced or offered) or (_THING.search(plain) is None and not priced):
        return False
    if not offered and _OWN_FAMILY.search(plain) is not None:
        return False
    parts = (_DOSE.search(plain), _GAIN.search(plain), _AILING.search(plain))
    return sum(p is not None for p in parts) >= 2


# a medicine a doctor prescribed or the insurance pays for, told by the one who takes it or her family
_PRESCRIBED = re.compile(r"(?:医生|医院|大夫|诊所)(?:给)?开的|医保(?:能|可以)?报")
_CALL = re.compile(r"找我|私我|私聊|私信|加我|联系我|微信|电话|谁要|给你[们]?带|还有[几两]")


def own_medicine_told(plain: str) -> bool:
    """A member telling what a prescribed medicine did or cost, offering nothing ("我妈吃了这个降压药一个月 血压稳了
    医生开的 一盒三十"): the learned layer alone reads its price and its gain as a pitch; it is not one."""
    return _PRESCRIBED.search(plain) is not None and _OFFER.search(plain) is None and _CALL.search(plain) is None
