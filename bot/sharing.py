"""Sharing and notices: a member shows the room something (分享, 大家看看, 拍的), an operator posts a notice
(报名, 截止, 停水)."""
from __future__ import annotations

import re

SHOWING = re.compile(r"^分享|大家看看|给大家看|分享给")
NOTICE = re.compile(r"作业|费用|报名|接龙|集合|截止|开团|下单|团购|\d+\s*元|缴费|通知|活动|停水|停电|预定|"
                     r"检查|签字|比赛|出发|须知|注意事项")
SHARE = re.compile(r"分享|推荐|给大家|转发|转给|看看|瞧瞧|瞅瞅|欣赏|链接|文章|视频|照片|图片|美篇|好文|收藏|参考|"
                   r"学习一下|涨知识|科普|提醒大家|告诉大家|大家注意|大家\S{0,6}(一定|千万|务必|都)要?(看紧|看好|注意|小心|当心|留意|提防)|小贴士|小妙招|经验|心得|打卡|晒(一下|一晒|图|照|娃|成绩)|拍的|拍了|录了|"
                   r"捡到|做了|做的一|真的很|好漂亮")
