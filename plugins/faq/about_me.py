"""A member asks whether the bot is a person ("@小助手 你是真人还是机器人啊"): the one question it can always answer
itself, honestly and at once, rather than "工作人员正在确认"."""
from __future__ import annotations

import re

from bot.chinese_text import compact

# 你是真人还是机器人, 小助手是机器人吗, 您是人工的不, 是不是机器人在回: the bot itself asked about (not 客服 on the
# phone, not a robot vacuum)
ASKS_IF_BOT = re.compile(
    r"(你|您|小助手|助手)\S{0,3}(是)?(真人|活人|人工)(的)?(吗|不|啊|吧|还是|呀)|"
    r"(你|您|小助手|助手)\S{0,3}(是不是|是)(机器人|机器|程序|自动(回复|的))|"
    r"是(真)?人还是(机器人?|程序|自动)|是机器人?还是(真)?人|是不是机器人在回|机器人(在)?回(的|复的)吗")
NOT_ABOUT_ME = re.compile(r"客服|电话|扫地|拖地|玩具|买")


def asks_if_bot(text: str) -> bool:
    """Whether `text` asks if the bot is a person or a program."""
    words = compact(text)
    return bool(ASKS_IF_BOT.search(words)) and not NOT_ABOUT_ME.search(words)
