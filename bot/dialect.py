"""Danger told in a dialect, read in Mandarin: Cantonese (粤语) and Sichuanese (四川话) words for the emergency reading.

A stallholder at a Cantonese wet market writes 阿婆跌亲 起唔到身, 佢晕咗 叫极都唔应, 负一层水浸到腰; a Chengdu
teahouse's member writes 老头子倒起不醒事, 我爸在包间里抽起来了. The emergency reading (bot.emergency) knows the
Mandarin words of danger, time and tone; this table says what the dialect's words are in Mandarin, so that the same
readings, vetoes included (琴日 is 昨天, 唔好 is 不要, 冇事 is 没事), hear them.

No maintained library does this: OpenCC converts characters only (traditional to simplified, 暈 to 晕, not 晕咗 to
晕倒了); PyCantonese segments and gives Jyutping and parts of speech, and ships the Cantonese side of a parallel corpus
only; cantonesedetect tells a Cantonese sentence, sichuan-pinyin a Sichuanese reading aloud. So the words a danger is
told in are written here in the domain's words, one line each: the dialect's word, then its Mandarin. The longest
word is read first (跌落嚟 before 嚟), so a phrase says what its characters alone would not (困咗 is 困住了, not
困了, sleepy); grammar characters that Mandarin never writes (唔 咗 喺 冇 佢 嚟 啲 畀) come last.

Only the emergency reading uses it, on text already simplified (bot.chinese_text.simplify): the reader's and the
moderation's models read the member's own words, as they were trained.
"""
from __future__ import annotations

import re
from functools import partial

from bot.memo import per_text

# 粤语: the dialect's word, then its Mandarin (a phrase where a character alone would mislead)
CANTONESE = """
晕咗 晕倒了 | 我晕咗 我晕了 | 都晕咗 都晕了 | 到晕咗 得晕了 | 晕低咗 晕倒了 | 晕低 晕倒 | 头晕咗 头晕了
叫极都唔应 叫不应 | 叫极唔应 叫不应 | 叫极都唔醒 叫不醒 | 叫极唔醒 叫不醒 | 叫极 叫 | 叫佢都唔应 叫他都不应
唔醒 不醒 | 唔应 不应 | 冇反应 没反应 | 冇气 没气 | 冇呼吸 没呼吸 | 跌亲 摔伤了 | 跌咗 摔倒了 | 跌低 摔倒
跌落嚟 掉下来 | 跌落楼梯 摔下楼梯 | 流晒血 流了好多血 | 喊都唔识喊 哭都不会哭 | 唔识 不会 | 跌落去 掉下去
跌落 掉下 | 仆亲 摔伤了 | 仆低 摔倒 | 起唔到身 起不来 | 起唔嚟 起不来 | 郁唔到 动不了 | 唔郁 不动 | 唔识郁 不会动
成个人 整个人 | 撞亲 撞伤了 | 烫亲 烫伤了 | 碌亲 烫伤了 | 𠝹亲 割伤了 | 界亲 割伤了 | 割亲 割伤了 | 咬亲 咬伤了
夹亲 夹伤了 | 整亲 弄伤了 | 噎亲 噎住了 | 哽亲 噎住了 | 哽住 噎住 | 血一直标 血一直喷 | 飙血 血喷
唞唔到气 喘不上气 | 抖唔到气 喘不上气 | 透唔到气 喘不上气 | 唞气好急 呼吸急 | 唞唔切 喘不上气 | 心口痛 胸口痛
心口好翳 胸口闷 | 心口翳 胸口闷 | 翳住 闷着 | 面青口唇白 脸发青嘴唇发白 | 块面青 脸发青 | 块面白 脸发白
块面紫 脸发紫 | 口唇 嘴唇 | 紫埋 发紫 | 讲嘢讲唔清 说话说不清 | 讲嘢唔清 说话不清 | 讲唔清 讲不清
讲唔到嘢 说不出话 | 讲嘢 说话 | 发羊吊 抽搐 | 火烛 着火 | 着咗火 着火了 | 烧着咗 烧起来了 | 有烟出嚟 冒烟
标烟 冒烟 | 石油气 液化气 | 漏咗气 漏气了 | 水浸咗 水淹了 | 水浸到 水淹到 | 浸到腰 淹到腰 | 浸到膝 淹到膝
入咗水 进了水 | 困咗 困住了 | 困住咗 困住了
焗住 闷着 | 唔见咗 不见了 | 开唔到 开不了 | 有冇人 有没有人 | 有冇 有没有 | 𠮶 那 | 唔见 不见 | 揾唔到 找不到
搵唔到 找不到 | 揾 找 | 搵 找 | 脑退化 老年痴呆 | 认知障碍 老年痴呆 | 白车 救护车 | 叫白车 叫120 | 细路女 小女孩
细路仔 小男孩 | 细路 小孩 | 细蚊仔 小孩 | 后生仔 年轻人 | 老豆 爸爸 | 老豆腐 老豆腐 | 老窦 爸爸 | 阿爸 爸爸 | 阿妈 妈妈
老婆婆 老太太 | 伯爷公 老大爷 | 屋企 家里 | 入面 里面 | 喺度 在这里 | 依家 现在 | 而家 现在 | 头先 刚才
啱啱 刚刚 | 琴日 昨天 | 寻日 昨天 | 噚日 昨天 | 琴晚 昨晚 | 寻晚 昨晚 | 旧年 去年 | 嗰阵 那时候 | 嗰次 那次
快啲嚟人 快来人 | 快啲嚟 快点来 | 快啲 快点 | 嚟人 来人 | 点算好 怎么办 | 点搞好 怎么办 | 帮手 帮忙
帮紧手 在帮忙 | 唔好 不要 | 唔使 不用 | 唔紧要 不要紧 | 冇事 没事 | 冇嘢 没事 | 搞掂 好了 | 唔系 不是 | 系咪 是不是
饮咗 喝了 | 饮埋 喝 | 饮落 喝下 | 食咗 吃了 | 食完 吃完 | 食落 吃下 | 瞓 睡 | 揸住 拿着 | 睇 看 | 嘅 的 | 嗰 那
咁 这么 | 佢哋 他们 | 我哋 我们 | 你哋 你们 | 佢 他 | 冇 没 | 唔 不 | 咗 了 | 喺 在 | 嚟 来 | 啲 些 | 畀 给
仲喺 还在 | 仲未 还没 | 仲开住 还开着 | 仲有 还有 | 仲系 还是
 唔该 谢谢
"""

# 四川话 (Chengdu, Chongqing): the same
SICHUANESE = """
不醒事 不省人事 | 倒起不醒事 躺着不省人事 | 倒起不动 躺着不动 | 倒起起不来 躺着起不来 | 晕过切了 晕过去了
晕过切 晕过去 | 过切了 过去了 | 扯羊儿疯 抽搐 | 羊儿疯 抽搐 | 喊不答应 叫不应 | 喊不应 叫不应 | 喊不醒 叫不醒
喊不太应 叫不应 | 喊不太答应 叫不应 | 喊他不应 叫不应 | 脑壳痛 头痛 | 脑壳晕 头晕 | 脑壳昏 头晕 | 脑壳 头
跶倒 摔倒 | 跶了一跤 摔了一跤 | 扎扑爬 摔倒 | 绊倒 摔倒 | 遭车撞了 被车撞了 | 遭狗咬了 被狗咬了 | 遭蛇咬了 被蛇咬了
遭电打了 被电打了 | 遭打了 被打了 | 屋头 家里 | 屋里头 家里 | 娃儿 孩子 | 老汉儿 爸爸 | 老妈儿 妈妈 | 哪个在 谁在
哪个会 谁会 | 哪个晓得 谁知道 | 哪个来 谁来 | 哪个有 谁有 | 晓得 知道 | 莫得事 没得事 | 莫得 没有 | 不得行了 不行了
遭了 糟了 | 恼火得很 厉害得很
"""


def _table(*tables: str) -> dict[str, str]:
    words: dict[str, str] = {}
    for table in tables:
        for pair in table.replace("\n", "|").split("|"):
            if pair.strip():
                said, mandarin = pair.split()
                words[said] = mandarin
    return words


WORDS = _table(CANTONESE, SICHUANESE)


# what tells a message is Cantonese: a character Mandarin never writes, or a word only Cantonese says (阿婆跌亲)
_CANTONESE_SAID = re.compile(
    r"[唔咗喺冇佢嘅嚟啲嗰哋揾搵𠮶畀瞓睇嘢唞𠝹揸劏攰噚]|琴日|琴晚|寻晚|啱啱|依家|屋企|(跌|仆|撞|烫|碌|割|咬|夹|整|噎|哽)亲"
    r"|晕低|跌低|仆低|飙血|叫白车|老豆(?!腐)|老窦|伯爷公|细路|面青口唇白|块面(青|白|紫)|紫埋|发羊吊|点算好|点搞好")
# what tells a message is Sichuanese: the table's own words, less those Mandarin says too (遭了罪, 哪个在前面, 不晓得,
# 被石头绊倒)
_SICHUANESE_SAID = re.compile("|".join(
    re.escape(word) for word in _table(SICHUANESE) if not word.startswith(("遭了", "哪个", "晓得", "绊倒"))))


def _reading(table: str) -> tuple[dict[str, str], re.Pattern[str]]:
    words = _table(table)
    return words, re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _said_in_mandarin(words: dict[str, str], said: re.Match[str]) -> str:
    return words[said.group(0)]


_READINGS = ((_CANTONESE_SAID, *_reading(CANTONESE)), (_SICHUANESE_SAID, *_reading(SICHUANESE)))


@per_text
def mandarin(text: str) -> str:
    """`text` (already simplified) with its Cantonese and Sichuanese danger, time and tone words in Mandarin; a
    message with no mark of either dialect comes back as it is (有点搞笑, 血标本, 用温水浸泡 are Mandarin)."""
    for said, words, word in _READINGS:
        if said.search(text):
            text = word.sub(partial(_said_in_mandarin, words), text)
    return text
