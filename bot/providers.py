"""Providers: whoever a grievance can be aimed at, the one who can put it right (你们, 客服, 物业, 师傅, 食堂, what
was bought): strong words or a wait said to them are a complaint (`bot.grievance`), said of one's own day they are chat.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any

AIMED = _any(r"""
你们 贵(店|公司|司) 客服 商家 店家 卖家 老板 物业 快递 外卖 骑手 平台 售后 师傅 机构
公司 门店 工作人员 管理 群主 主办 产品 东西 货 服务 质量 这家 这店 店 厂 费 收费 价格 价钱
买的 买了 订的
食堂 饭菜 菜品
""")
# 这个小助手烦死了 老是@我: the bot itself complained of; another @ from it would only make it worse
THE_BOT = re.compile(r"小助手|群助手|这个机器人|群里的机器人|自动回复")
AIMED += f"|{THE_BOT.pattern}"
TARGET = re.compile(AIMED)
