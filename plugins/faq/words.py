"""What a text says, as features to retrieve by: words (jieba), character pairs and characters, sounds (pinyin)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jieba

from bot.chinese_text import simplify, strip_mentions, syllables
from plugins.faq.synonyms import BROADER, CANONICAL, canonical, synonym_groups

# How much a feature of each kind counts: a whole word says most, a sound pair least (it is there
# for typos and voice input, where the characters are wrong but sound right).
KIND_WEIGHT = {"w": 1.0, "b": 0.6, "c": 0.25, "p": 0.35, "s": 0.5}
STOP_WORDS = frozenset("""
的 了 吗 呢 啊 呀 吧 么 哦 嗯 哈 嘛 啦 咯 哇 撒 伐 不 没 没有 是 是不是 有 有没有 在 我 你 他 她 它
我们 你们 他们 咱们 大家 这 那 这个 那个 这些 那些 一下 一个 请问 问问 想问 问下 一 也 就 都 还 和 跟 与
或 要 会 想 得 地 着 过 给 让 把 被 亲 姐妹 姐妹们 老师 谢谢 请 帮 帮忙 下 个 上 里 好 呗 那么 这么
怎么 什么 可以 知道 来着 一直 现在 已经 还是 就是 然后 如果 因为 所以 但是 不过 自己 人 事 东西
今天 明天 昨天 哎 哎呀 唉 诶 呃 额 嘿 喂 到底 究竟 一般 平时 又 再 才 刚 刚才 真的 其实
""".split())
STOP_CHARS = frozenset("的了吗呢啊呀吧么哦嗯哈嘛啦咯哇撒伐是在有我你他她它们这那个一下也就都还和跟与或要会想得地着过"
                       "给让把被亲请")
FILLER = re.compile(r"请问|问一下|问下|想问问?|打听一下|咨询一下|姐妹们|兄弟们|宝子们|各位|大家好?|亲们|谁知道|"
                    # asking leave to ask: "打扰一下哈", "麻烦问下", "对了问一下"
                    r"(打扰|麻烦)(您|你)?(一下|下)?[哈啊呀]?|对了|"
                    # a greeting and a newcomer saying so before the question: "老师你好啊 我是新来的 想问问…"
                    r"有没有人知道|(你|您)好[啊呀哇]?|(我是)?(新来的|新人|刚进群的?|新进群的?)")
# Voice input writes 哪里 as 那里 ("上课在那里呀", "考试在那里约"): "在那里" closing a question (at most a verb and a
# particle after it) asks where; "我在那里等你" says where someone is and is left alone.
WHERE_SLIP = re.compile(r"在那(里|儿|边)?(?=[约办交买弄去找报考学练挂取]?[呀啊呢嘛哦哈]?(\s|[?？!！。，,]|$))")
_SPLIT = re.compile(r"[^\w]+|_+")
_HANZI = re.compile(r"[\u3400-\u9fff]")

DICTIONARY = Path(__file__).with_name("dictionary.txt")  # written by plugins/faq/make_dictionary.py
_tokenizer: jieba.Tokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    """One jieba tokenizer for the process, on jieba's 80,000 most frequent words, keeping canonical words whole."""
    global _tokenizer
    if _tokenizer is None:
        jieba.setLogLevel(60)
        _tokenizer = jieba.Tokenizer(str(DICTIONARY))  # the whole dictionary loads five times slower
        _tokenizer.initialize()
        for word in set(CANONICAL.values()):
            _tokenizer.add_word(word, freq=50000)
    return _tokenizer


def normalise(text: str) -> str:
    """Simplified, lower case, mentions and preambles out, member words made canonical; chunks separated by spaces."""
    text = canonical(WHERE_SLIP.sub("在哪里", FILLER.sub(" ", simplify(strip_mentions(text)))))
    return " ".join(chunk for chunk in _SPLIT.split(text) if chunk)


@lru_cache(maxsize=8192)
def cut(chunk: str) -> tuple[str, ...]:
    """A chunk of normalised text cut into words (jieba, dictionary words only)."""
    return tuple(tokenizer().lcut(chunk, HMM=False))


def words(text: str) -> list[str]:
    """The content words of a normalised text (jieba), function words left out."""
    return [w for chunk in text.split() for w in cut(chunk) if w not in STOP_WORDS and w.strip()]


def features(text: str) -> dict[str, float]:
    """Every feature of a text with the weight of its kind: `w:` words, `b:` pairs, `c:` characters, `p:` sounds."""
    return features_of(normalise(text))


@lru_cache(maxsize=1024)  # ~4.5 KB each: 8,192 kept would fill to ~37 MB as a long day goes on, for 4% more hits
def features_of(norm: str) -> dict[str, float]:
    """The features of a text already normalised."""
    found: dict[str, float] = {}
    for word in words(norm):
        found["w:" + word] = KIND_WEIGHT["w"]
        if word in BROADER:
            found["w:" + BROADER[word]] = KIND_WEIGHT["w"]
        for code in synonym_groups(word):
            found["s:" + code] = KIND_WEIGHT["s"]
    for chunk in norm.split():
        chars = [c for c in chunk if _HANZI.match(c) or c.isalnum()]
        for a, b in zip(chars, chars[1:], strict=False):
            found["b:" + a + b] = KIND_WEIGHT["b"]
        for c in chars:
            if _HANZI.match(c) and c not in STOP_CHARS:
                found["c:" + c] = KIND_WEIGHT["c"]
        sounds = syllables("".join(c for c in chars if _HANZI.match(c)))
        for a, b in zip(sounds, sounds[1:], strict=False):
            found["p:" + a + " " + b] = KIND_WEIGHT["p"]
    return found
