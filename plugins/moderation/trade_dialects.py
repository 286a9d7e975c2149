"""How China's dialect families say "message me", "tell me", "cheap" and "how much", read in Mandarin for moderation.

The danger words of each family are `bot.danger.dialects`' (read first, by `normalize.views`); these are the words of
a trade: who to contact and how, what it costs, what is cheap. Written from knowledge of the dialects, not from any
group's lines. Only words whose dialect reading is the one a group means are here; a word Mandarin uses otherwise is
read only in a phrase (平 is cheap in 好平 and 平过, never alone; 俗 is cheap in 真俗 and 俗俗卖, not in 俗气; 港 is
to say only in 跟我港; 整 and 搞 stay as they are, Mandarin says them too).
"""
from __future__ import annotations

import re

# `said mandarin | said mandarin`, by family; the longest read first.
_WORDS = {
    # 粤语 (Guangzhou, Hong Kong): 搵/揾 is to look for, 话…知 to tell, 平 cheap, 几钱 how much, 蚊 yuan
    "yue": "搵我 找我 | 揾我 找我 | 话我知 告诉我 | 同我讲 跟我说 | 同我讲声 跟我说一声 | 畀我 给我 | 俾我 给我 | "
           "私讯 私信 | 好平 很便宜 | 平过 便宜过 | 平啲 便宜点 | 几平 很便宜 | 超平 超便宜 | 几钱 多少钱 | "
           "好抵 很划算 | 几抵 很划算 | 抵买 划算 | 揾钱 赚钱 | 搵钱 赚钱 | 搵食 挣钱 | 出粮 发工资 | 睇下 看看 | "
           "有冇 有没有 | 要嘅 要的 | 想要嘅 想要的 | 唔使 不用",
    # 西南官话 (四川, 重庆, 贵州, 云南): 喊 is to call, 相因 cheap, 几多钱 how much
    "south_west": "莫信 别信 | 莫上当 别上当 | 莫听 别听 | 喊我一声 跟我说一声 | 喊一声 说一声 | 喊一哈 说一声 | "
                  "相因 便宜 | 好相因 很便宜 | 几多钱 多少钱 | "
                  "要得不 行不行 | 搞得定 办得成 | 整得好 做得好 | 莫得 没有",
    # 吴语 (上海, 苏州, 宁波): 寻 is to look for, 几钿 how much, 铜钿 money, 物事 things, 搭…讲 tell
    "wu": "寻我 找我 | 搭我讲 跟我说 | 搭我讲一声 跟我说一声 | 拨我 给我 | 几钿 多少钱 | 铜钿 钱 | 物事 东西 | "
          "老便宜 很便宜 | 交关便宜 很便宜 | 要伐 要吗 | 有伐 有吗 | 覅 不要 | 勿要 不要 | 赚铜钿 赚钱",
    # 闽语 (闽南, 潮汕, 福州): 揣 is to look for, 偌济 how much, 欲 want, 趁钱 earn, 俗 cheap (in a phrase)
    "min": "揣我 找我 | 共我讲 跟我说 | 予我 给我 | 偌济钱 多少钱 | 偌济 多少 | 欲买 要买 | 欲的 要的 | "
           "物件 东西 | 趁钱 赚钱 | 真俗 很便宜 | 俗俗卖 便宜卖 | 敲电话 打电话 | 敲予我 打给我",
    # 客家话: 寻𠊎 look for me, 几多钱 how much
    "hakka": "寻𠊎 找我 | 寻厓 找我 | 同𠊎讲 跟我说 | 同厓讲 跟我说 | 畀𠊎 给我 | 分𠊎 给我 | 𠊎 我",
    # 赣语, 湘语 (南昌, 长沙): 港 is to say (in a phrase), 划得来 worth it
    "gan_xiang": "跟我港 跟我说 | 港一声 说一声 | 同我港 跟我说 | 划得来 划算 | 么子价 什么价",
    # 北方官话, 东北, 晋语, 中原 (山东, 河南): 唠 is to talk, 言语一声 tell, 贼/老 very; 俺 is 我 (俺们 我们), 恁 is 你
    # after a verb of giving or helping (恁 before an adjective is 那么: 恁大, 恁贵, so it is read only so)
    "north": "俺 我 | 给恁 给你 | 拉恁 拉你 | 帮恁 帮你 | 跟恁 跟你 | 让恁 让你 | 教恁 教你 | "
             "私下唠 私下聊 | 私聊唠 私聊 | 唠唠 聊聊 | 言语一声 说一声 | 招呼一声 说一声 | 吱个声 吱一声 | "
             "贼便宜 很便宜 | 老便宜了 很便宜了 | 老鼻子便宜 很便宜",
}
# Read only where the phrase ends: "要的喊我" is 找我, "他喊我转给你" stays (喊我 is 叫我 there).
_AT_THE_END = re.compile(r"(?<=[的嘅])\s*喊我(?=[\s，,。!！~～]|$)")
TABLE = {said: mandarin for words in _WORDS.values() for pair in words.split("|")
         for said, mandarin in [pair.split()]}
# 平 in a Mandarin word stays: 心情好平静, 好平常, 九十几平 (square metres), 水平过关, 超平稳
_GUARDED = {"好平": r"好平(?![静安常淡稳衡时和])", "超平": r"超平(?![静安常淡稳])",
            "几平": r"(?<![\d一二两三四五六七八九十百零〇])几平(?![米方])", "平过": r"(?<!水)平过(?!关|年|去|来)"}
_SAID = re.compile("|".join(_GUARDED.get(said, re.escape(said)) for said in sorted(TABLE, key=len, reverse=True)))
_FIRST = frozenset(said[0] for said in TABLE)


def in_mandarin(text: str) -> str:
    """`text` (simplified, its danger words already read) with a dialect's words of a trade in Mandarin."""
    if "喊我" in text:
        text = _AT_THE_END.sub("找我", text)
    if _FIRST.isdisjoint(text):  # most messages hold no first character of any word here
        return text
    return _SAID.sub(lambda m: TABLE[m.group(0)], text)
