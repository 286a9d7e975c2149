"""Greetings: 早上好, 节日快乐, a newcomer's first words, and whether a greeting carries a question or a request
of its own (早上好，请问今天中午吃什么) or only a social one (大家早上好，吃了吗)."""
from __future__ import annotations

import re

from bot.chinese_text import compact
from bot.danger.grief import bereaved, dying
from bot.danger.unwell import unwell
from bot.grievance import grievance
from bot.literals import guarded
from bot.question_shape import EXCLAIM, NOT_ASKING, QUESTION, asked_unmarked
from bot.sharing import NOTICE, SHOWING
from bot.to_the_staff import REQUEST

GREETING_WORD = re.compile(
    r"早上好|早晨好|早安|早啊|早呀|^早$|^\w{0,6}(们|老师|各位|大家)早[啊呀哦安]?$|^\w{0,3}(婆|姐|哥|叔|姨|爷|奶|伯|嫂|孃|娘)早([啊呀哦]|$|(?=[您你]))|上午好|中午好|下午好|晚上好|晚安|好梦|午安|你们?好|您好|大家好|新年快乐|新年好|"
    r"节日快乐|周末快乐|中秋快乐|国庆快乐|元旦快乐|过年好|春节快乐|除夕快乐|端午安康|端午快乐|清明安康|重阳(节)?快乐|"
    r"元宵(节)?快乐|冬至(快乐|安康|好)|平安夜快乐|圣诞快乐|\w{1,3}节快乐|新春快乐|新春大吉|good\s*morning|good\s*night|欢迎")
# A word of greeting somewhere in the words, looser than the rules' own (早 赵大哥也早, 周末愉快 花友们, 周末好各位):
# without one, no reading is a greeting.
GREETS = guarded(GREETING_WORD.pattern
                    + r"|(?<![明今昨一提趁稍最])早(?![点些饭餐上])|愉快|快乐|周末好|节日好|安康|吉祥|如意|平安|新春")
# 我是新来的 / 大家好 新来的 小赵: the sender is new; 那个是新来的店员, 是新来的护士: someone else is (an apology)
_NEWCOMER = re.compile(r"(^|我|俺|大家好|你们好|各位好)是?新来的|请多关照|多多关照|刚搬来|刚进群|刚加入|新人报到")
# a reading of her own that will not come down (血糖老是降不下来, 尿酸一直偏高, 血压总是控制不住): a worry, however
# it opens (大家好 我是新来的…); 血糖控制得挺好 is none
_MEASURE = r"血糖|血压|尿酸|血脂|胆固醇|肌酐|转氨酶|甘油三酯|心率|餐后|空腹"
_STUCK = (r"(老是|总是|一直|老|总|还是|始终|怎么也|咋也)\S{0,3}(降不下来|降不下去|下不来|不降|偏高|很高|高|不稳|"
          r"控制不住|控制不好|控制不下来|压不住|压不下来)")
_OWN_TROUBLE = re.compile(rf"({_MEASURE})\S{{0,4}}({_STUCK})")


def trouble_told(text: str) -> str:
    """Which trouble of her own the words tell of: "pain" (pain now: bot.danger.unwell), "reading" (a worrying
    reading: 血糖老是降不下来), "loss" (a death or someone dying: bot.danger.grief), or ""."""
    if unwell(text) is not None:
        return "pain"
    if _OWN_TROUBLE.search(compact(text)) is not None:
        return "reading"
    return "loss" if bereaved(text) is not None or dying(text) is not None else ""


def tells_of_trouble(text: str) -> bool:
    """The words tell of the writer's own trouble (trouble_told). Opened with 大家好 or 我是新来的, they are heard,
    never thanked as a greeting."""
    return trouble_told(text) != ""


def measure_named(text: str) -> str:
    """The reading a worry names (血糖, 血压, 尿酸), or ""."""
    found = _OWN_TROUBLE.search(compact(text))
    return found.group(1) if found else ""


def why_a_greeting(text: str, words: str, operator: bool) -> str:
    """Why the message is a greeting, or "" when it is not (a notice that opens with 大家好 is not, nor a newcomer's
    trouble told in her first words: 大家好 我是新来的 血糖老是降不下来)."""
    if not operator and tells_of_trouble(text):
        return ""
    if _NEWCOMER.search(words):
        return "a newcomer's first words"
    found = GREETING_WORD.search(words)
    if not found or (found.group(0) in ("你好", "您好", "你们好") and found.start() > 0 and len(words) > 14):
        return ""
    if len(words) <= 14:
        return "" if asks_beside_greeting(text, words) else "a greeting"
    if len(words) <= 45 and not NOTICE.search(text) and not grievance(text) and not REQUEST.search(text) \
            and not SHOWING.search(words) and not (QUESTION.search(text) and found.group(0) not in ("欢迎", "新来的")):
        return "a greeting with a few words more"
    return ""


# How a question beside a greeting asks for something ("早上好，请问今天中午吃什么", "您好 能送货吗"), and the
# social questions that ask nothing ("大家早上好，吃了吗", "在吗").
_PLAIN_ASK = re.compile(r"请问|想问|问一下|问下|打听|求问|咨询|吗|几点|几号|多少|多久|什么时候|哪里|哪儿|在哪|怎么|咋|"
                        r"能不能|可不可以|有没有|是不是|(有|卖|买|到了?)(啥|什么)(?!\S{0,3}(开心|高兴|喜事|好事))|没有$")
_SOCIAL_ASK = re.compile(r"吃了?(饭|早饭|早餐|午饭|晚饭)?了?(吗|没有?)|(身体|最近|都|你|您|大家)?好吗|在吗|"
                         r"休息了吗|睡了吗|起(床|来)了吗")


def asks_beside_greeting(text: str, words: str) -> bool:
    """A greeting that carries a question or a request of its own: what is asked needs an answer, even though the
    greeting does not (`words`: the text without punctuation, spaces or emoji). A welcome's offer does not ask."""
    found = GREETING_WORD.search(words)
    if found is None or found.group(0) == "欢迎":
        return False
    rest = _SOCIAL_ASK.sub("", GREETING_WORD.sub("", words))
    if len(rest) < 4:
        return False
    marked = "?" in text or "？" in text
    rest = NOT_ASKING.sub("", rest)  # 啥也不想 干, 没什么事: no question
    # 今天有啥特价, 明天门口停车方便不: asked without a mark, as members ask the shop
    return bool(_PLAIN_ASK.search(rest) or REQUEST.search(rest) or asked_unmarked(rest)
                or marked and QUESTION.search(EXCLAIM.sub("", rest)))
