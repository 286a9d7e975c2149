"""Tags from a newcomer's self-introduction (city, interests, age group, trade), read with jieba.

Words are found whole by jieba (on the FAQ's shipped dictionary with these lists added); a city counts
when the member says it is theirs (来自, 住在, 老家 …) and not as a street's name (北京路).
"""
from __future__ import annotations

import re
from functools import cache

import jieba

from bot.word_cutting import cutter
from plugins.faq.words import DICTIONARY

CITIES = ("北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 无锡 宁波 温州 成都 武汉 西安 长沙 郑州 济南 青岛 大连 沈阳 "
          "长春 哈尔滨 石家庄 太原 呼和浩特 合肥 福州 厦门 南昌 南宁 昆明 贵阳 兰州 西宁 银川 乌鲁木齐 拉萨 海口 三亚 "
          "东莞 佛山 珠海 汕头 烟台 潍坊 洛阳 扬州 常州 徐州 绍兴 嘉兴 台州 泉州 桂林 香港 澳门 台北").split()
INTERESTS = {w: w for w in ("太极 太极拳 广场舞 书法 摄影 唱歌 合唱 旅游 钓鱼 养花 下棋 象棋 京剧 越剧 跳舞 徒步 "
                            "绘画 国画 乒乓球 羽毛球 门球 做饭 烹饪 园艺 二胡 葫芦丝 手工 编织 读书 八段锦 健身 "
                            "游泳 走秀 朗诵 古筝 电子琴 乐器 爬山 养生 摄像 剪纸 楷书 行书 隶书 草书 毛笔字").split()}
INTERESTS.update({"太极拳": "太极", "象棋": "下棋", "国画": "绘画", "烹饪": "做饭", "爬山": "徒步",
                  "楷书": "书法", "行书": "书法", "隶书": "书法", "草书": "书法", "毛笔字": "书法"})
TRADES = {"老师": "教师", "教师": "教师", "教书": "教师", "医生": "医生", "大夫": "医生", "护士": "护士",
          "工程师": "工程师", "会计": "会计", "工人": "工人", "公务员": "公务员", "军人": "军人", "当兵": "军人",
          "司机": "司机", "销售": "销售", "做生意": "个体经营", "个体": "个体经营", "农民": "农民", "务农": "农民",
          "厨师": "厨师", "律师": "律师", "干部": "干部", "技术员": "技术员", "售货员": "售货员", "银行": "银行"}
AGE = re.compile(r"(\d{2})\s*(?:岁|周岁)|今年\s*(\d{2})|([4-9]0)\s*后")
# an age in words, as seniors say it (七十二了, 今年六十八, 六十五岁)
AGE_WORDS = re.compile(r"([三四五六七八九])十[一二三四五六七八九]?(?:岁|周岁|了)"
                       r"|今年([三四五六七八九])十[一二三四五六七八九]?")
# a trade is the member's own when the words before it in the same phrase claim it (我是…老师, 退休前是医生, 当过兵):
# 王老师好 and 谢谢刘医生 address someone else; 我孙女是老师 is about someone else
SELF_CLAIM = re.compile(r"我是|是|当过?|做过?|干过?|以前|原来|退休|曾经|一名|职业")
SOMEONE_ELSE = re.compile(r"孙女|孙子|儿子|女儿|老伴|爱人|老公|媳妇|孩子|女婿|儿媳|爸|妈|哥|姐|弟|妹")
CLAIMS_ITSELF = {"教书", "做生意", "务农", "当兵", "个体"}  # a verb or a word said only of oneself
PHRASE_END = re.compile(r"[\s，,。.！!？?；;：:~～、]")
STREET = ("路", "街", "大街", "大道", "道", "巷", "站", "饭店", "东路", "西路", "南路", "北路")  # 北京路开: "路开"
OWN = re.compile(r"(?:我是|我叫|来自|住在|在|家在|老家)")  # a city counts only when the member says it is theirs


@cache
def tokenizer() -> jieba.Tokenizer:
    """A tokenizer of its own (the FAQ's is left as it is), loaded on the first introduction."""
    return cutter(DICTIONARY, (*CITIES, *INTERESTS, *TRADES, "退休"), freq=100_000)


def _own_trade(words: list[str], i: int) -> bool:
    """Whether the trade word at `i` is the speaker's own (see SELF_CLAIM), not a greeting to a teacher."""
    if words[i] in CLAIMS_ITSELF:
        return True
    phrase = PHRASE_END.split("".join(words[:i]))[-1]
    return SELF_CLAIM.search(phrase) is not None and SOMEONE_ELSE.search(phrase) is None


def tags(text: str) -> list[tuple[str, str]]:
    """What an introduction says, as (key, value): 城市, 年龄, 职业 at most once, 爱好 as many as named."""
    found: dict[str, str] = {}
    interests: list[str] = []
    words = list(tokenizer().cut(text))
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in CITIES and "城市" not in found and not after.startswith(STREET) \
                and (i == 0 or OWN.search("".join(words[max(0, i - 2):i]))):
            found["城市"] = w
        elif w in INTERESTS and INTERESTS[w] not in interests:
            interests.append(INTERESTS[w])
        elif w in TRADES and _own_trade(words, i):
            found.setdefault("职业", TRADES[w])
    if (said := AGE_WORDS.search(text)) is not None and AGE.search(text) is None:
        found["年龄"] = f"{'三四五六七八九'.index(said.group(1) or said.group(2)) * 10 + 30}多岁"
    elif (m := AGE.search(text)) is not None:
        if m.group(3):
            found["年龄"] = f"{m.group(3)}后"
        else:
            age = int(m.group(1) or m.group(2))
            if 30 <= age <= 99:
                found["年龄"] = f"{age // 10 * 10}多岁"
    elif "退休" in words:
        found["年龄"] = "已退休"
    return [*found.items(), *(("爱好", i) for i in interests)]
