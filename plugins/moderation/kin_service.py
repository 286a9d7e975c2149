"""A paid service offered through a relative: "我孙女在文化宫教少儿书法 有需要的可以问我", "我儿子开了个辅导班
要的找我".
The poster puts themself between the group and a relative's trade (the class, the lessons, the shop): an advert
however kindly meant. A member who points to a public class and asks nobody to come to them is not one."""
from __future__ import annotations

import re

from plugins.moderation.private_call import brokers

_KIN = r"孙女|孙子|外孙女?|女儿|儿子|闺女|儿媳|媳妇|女婿|侄女|侄子|外甥女?|老伴|亲戚|我家(?:那位|老头|老太)?"
# what the relative does for a living that members would pay for: teaches, runs a class or a shop, gives lessons
_TRADE = re.compile(rf"(?:{_KIN})[^，,。\s]{{0,10}}?(?:教|开了?(?:个|家|一个|一家)?|办了?(?:个|一个)?|带|做)"
                    r"[^，,。\s]{0,8}?(?:班|课|书法|舞蹈|钢琴|古筝|琴|英语|数学|语文|作文|美术|画画|家教|辅导|培训|补习|"
                    r"托管|瑜伽|游泳|跆拳道|口才|编程|店|工作室|美容|推拿|按摩|理疗|保险|装修|月嫂|保洁|家政)")


def service_through_kin(plain: str) -> str | None:
    """"kin service" when the poster offers a relative's paid service and asks those who want it to come to them."""
    return "kin service" if _TRADE.search(plain) is not None and brokers(plain) else None
