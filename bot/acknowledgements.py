"""Acknowledgements and thanks: 收到, 好的, 已交, a 接龙 line; 谢谢, 辛苦了, 太好了 (glad of help given)."""
from __future__ import annotations

import re

ACK_WORDS = frozenset("""
1 中 哦 嗯 噢 好 妥 对 行 ok 了解 可以 哦哦 嗯呢 嗯嗯 嗯好 嗯行 好吧 好哒 好嘞
好好 好滴 好的 对对 对的 已阅 懂了 收到 明白 是的 晓得 行吧 那好 okk ok了 可以了
嗯好的 好的呢 收到了 收到啦 明白了 晓得了 没问题 知道了 知道啦 记下了 记住了 okay
好的好的 收到收到 好的没问题
嗯呐 嗯哪 好叻 好勒 得嘞 得勒 妥了 妥妥 行的 好呀 好啊 可以的 没毛病 了解了
明白明白 懂 懂啦 get get了 ok的 okok 冲 冲冲冲
安排 安排上 记住啦 知道 好嘞收到 谨记 遵命 是 是滴 对滴 那行 行嘞 阅 已收到 已读 已知悉 知悉
对对对 好好好 懂了懂了 中中
""".split())
ACK_LEAD = re.compile(r"^(收到|好的|好嘞|好吧|好滴|好哒|行|嗯嗯?|ok|可以|明白|了解|知道了|中中?|懂了|晓得了|好好好?)"
                       r"\s*(了|啦)?|"
                       r"^(好)(?=[\s,，。!！])|^(哦|那(就|我)?(尽快|好吧|行吧))|"
                       r"^((噢|嗯)?\s*(那(就|还)?行|那就好|我?同意|看到了|找到了|我试试|来了来了))")
# 转了 / 私发你了 / 这样最好 / 这个办法好👍 / 学会了 / A: done as asked, agreed, learnt, voted (an acknowledgement, read
# only when the words neither thank, ask nor complain; not 到了: one who arrived may be waiting at the door)
ACK_DONE = re.compile(r"^((我|钱)?(已经?)?(转|付|收|存|私发|私信)(了|好了|上了|着了|你了)|"
                       r"这样(最)?好|这个?(办法|主意)(好|不错)|支持|有道理|学会了|学习了|[A-Da-d])(?=\s|$|👍|[!！。~])")
ACK_ORDER = re.compile(r"^(那|那就|那我)(来|要|也)?.{0,6}(吧|份|个|斤|盒)$|^(那就|那我)\w{1,8}$")
ROLL_CALL_LINE = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*\S")  # a 接龙 line: "3.春风 我和老伴"
ALREADY_DONE = re.compile(r"^((我)?已(经)?(交|填|提交|完成|签到|打卡|报名|缴|转|付|读|收到)|算我一个|我也(报名|参加)$)")
THANKS = re.compile(r"谢谢|感谢|多谢|谢啦|谢了|辛苦(了|啦|您|你|辛苦)|3q|thx|thank|麻烦(你|您)了|麻烦.{1,4}了$|劳驾了|"
                    r"感恩|想得周到|太有用了|^(好\s*)?麻烦了|费心|^辛苦|"
                    # 要得 辛苦刘队长了🙏 / 团长辛苦 小唐辛苦 / 好的 辛苦小何 / 廖姐你是我的救星
                    # (not 你们也辛苦, 这天送水也辛苦)
                    r"(?<![也很真太挺好不])辛苦\w{1,4}了|^\w{0,5}(?<![也很真太挺好不])辛苦(?=[\s!！🙏~]|$)|"
                    r"[\s，,]辛苦\w{0,4}$|^(好|好的|收到|行|那太好了)[\s，,]*辛苦|救星|多亏(你|您|了|大家)")
GLAD = re.compile(r"太好了|学到了|学一招|涨知识了|受教")  # glad of help given: thanks when it asks nothing more
