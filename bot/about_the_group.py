"""A member asking what the group is for (这个群是干啥的, 这是什么群, 拉我进来干嘛的): its purpose, which the welcome
already says (`welcome.purpose`), is told back to a newcomer kindly at once, never "工作人员正在确认"."""
from __future__ import annotations

import re

from bot.chinese_text import compact

_WHAT = r"(干啥|干嘛|干吗|干什么|做什么|做啥|搞什么|搞啥|弄啥|整啥|做咩|搞咩)"
_ASKS = re.compile(
    rf"(?<!里)群(?!里|主|友|规|费|公告)[^，。？！,.?!\s]{{0,2}}?(是)?{_WHAT}(的|用的|哩|嘅|个)"  # 这个群是干啥的
    rf"|(这|这是|这个是|呢个)(个)?(什么|啥|咩)群"  # 这是什么群
    rf"|群(是)?(有|有个)(啥|什么)用"  # 这群有啥用
    rf"|(拉|加|叫)我(进来|进群|入群)\S{{0,2}}?{_WHAT}")  # 拉我进来是干啥的
_POLITE = re.compile(r"^(你好|您好|大家好|请问|问一下|想问|平安|早上好|早|哈|呀|啊|吗|呢|的|[，。？！,.?!~～\s])+$")


def asks_what_the_group_is(text: str) -> bool:
    """Whether the message asks what this group is for."""
    return _ASKS.search(compact(text)) is not None


def asks_more_than_that(text: str) -> bool:
    """Whether the message asks something besides what the group is for (是部队组织的吗): a person answers that."""
    rest = _ASKS.sub("", compact(text))
    return len(re.sub(r"[^\u4e00-\u9fff]", "", _POLITE.sub("", rest))) >= 3
