"""Classes sold to members: a teacher or a school offering places, try-out lessons, a class opening soon; and what
shows the poster is a customer of one instead."""
from __future__ import annotations

import re

# Classes sold to members: a teacher or school offering places, a try-out lesson, a class opening soon.
CLASS = re.compile(
    r"(?:我|我们|本人|本机构|本工作室|本校|我家)(?:这边|这里|那边|机构|工作室|老师)?.{0,6}(?:开|招|收|带|教|辅导|开设|"
    r"开了)(?:了)?.{0,8}(?:班|课|学生|学员|孩子|小朋友)|"
    r"(?:本人|我)(?:是)?.{0,12}(?:可|可以|能)(?:上门)?(?:辅导|补习|家教|陪练|教|带)|"
    r"名额有限|报名从速|仅剩.{0,3}(?:个|名)?名额|还剩.{0,3}(?:个|名)名额|满\d+人开班|随时插班|欢迎试听|免费试听|"
    r"试听一节|试听课|体验课|开班|招生|插班|开办|培训|速成|名额不多|训练课|[\d一二三四五六七八九十两](?:节|次|堂)课|一节课|"
    r"每节课|课时费|[课班][^。]{0,12}(?:私我|找我|联系我|问我)报名|课[^，。]{0,10}?[\d一二两三四五六七八九十]+(?:节|堂|课时)(?![\u4e00-\u9fff]?[台楼])|(?:一|每)(?:节|堂|课时)[\d一二两三四五六七八九十百]|课\s*(?:线上|网上|直播)\s|(?:暑假|寒假|周末|少儿|精品|兴趣|书画|书法|舞蹈|培训|辅导|托管|提高|大师|专)班|班.{0,4}招(?:生|人|了)")
COURSE_NAMES = frozenset({"课程", "网课"})  # what a class is called, in a notice as in an advert
# The poster is the customer: what they signed up for and paid, and whether it is worth it.
PAYING = re.compile(r"报的|报了|交了|花了|上的|在上|贵|值不值|值得|划算|简章|通知|公告")
