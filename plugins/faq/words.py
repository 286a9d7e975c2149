"""What a text says, as features to retrieve by: words (jieba), character pairs and characters, sounds (pinyin)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jieba

from bot.chinese_text import simplify, strip_mentions, syllables
from bot.dialect import everyday_in_mandarin
from bot.literals import guarded
from bot.memo import Memo
from bot.word_cutting import cutter
from plugins.faq.dialect_reading import in_mandarin
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
                    r"有没有人知道|(你|您)好[啊呀哇]?|(我是)?(新来的|新人|刚进群的?|新进群的?)|"
                    # whose it is, when it is the household's: "我老伴的积分" asks what "我的积分" asks
                    r"(?<=[我俺])家?(老伴儿?|老公|老婆|爱人|媳妇|老头子?|老太婆)(?=的)")
# Voice input writes 哪里 as 那里 ("上课在那里呀", "考试在那里约"): "在那里" closing a question (at most a verb and a
# particle after it) asks where; "我在那里等你" says where someone is and is left alone.
# the kinds of shop a member names this shop by (你们超市, 咱药店) and a group is named for (惠民超市福利群), and the
# words that make a shop ours: one list each for the plugin (room_class, elsewhere: code review 25, finding 11)
SHOP_KINDS = "超市 药店 药房 商场 商店 小店 店铺 铺子 门店 卖场 便利店 菜店 水果店 粮油店 母婴店"
OURS_BEFORE_A_KIND = "你们 咱们 你家 咱家 您家"  # 你们豆腐摊的豆腐: said just before the shop's kind
OURS = f"{OURS_BEFORE_A_KIND} 咱 贵"
# 你们超市, 咱药店, 贵店: the member names this shop by its kind; read as the shop itself (你们店), as the FAQ says it
OWN_SHOP = re.compile(rf"({'|'.join(OURS.split())})({'|'.join(SHOP_KINDS.split())})")
THIS_SHOP = "你们店"  # the form normalise gives this shop, however it was named
WHERE_SLIP = re.compile(r"在那(里|儿|边)?(?=[约办交买弄去找报考学练挂取]?[呀啊呢嘛哦哈]?(\s|[?？!！。，,]|$))")
QUESTION_CUES = guarded(
    r"[?？]|吗|嘛|么|呢|怎|咋|如何|哪|几|多少|多久|多长时间|什么|啥|谁|何时|(.)不\1|是不是|有没有|请问|问一下|问下|想问|"
    r"想知道|求问|了解|咨询|请教|不$|没$|没有$|不[ 啊呀哦嘛哈撒]|没[ 啊呀]|发一下|发我|查|开发票|忘在|落在|掉在|丢了|"
    # dialect and spoken ways to ask: 好多钱 (多少钱), 好久放假 (什么时候), 有没得, 满没满, 上班不上班, 能交吧, 还是
    r"伐|好多(钱|天|$)|[要收交充]好多|好久[放开拿能才回到报]|有没得|没得$|(?P<two>..)不(?P=two)|(?P<one>.)没(?P=one)|吧$|还是|真的假的|是真的|机点|鸡点|辰光|几多|"
    # Cantonese and other southern ways to ask: 要唔要, 得唔得, 可唔可以, 有冇, 系咪, 点样, 几钱, 阿能 (能不能)
    r"(?P<yue>.)唔(?P=yue)|(?P<yue2>..)唔(?P=yue2)|有冇|冇[\s啊呀咯啵]*$|系咪|点(样|算|搞|办|整|弄|赔|收费|取消)|咩|几钱|"
    r"几多|何解|啵$|(?<![0-9零一二两三四五六七八九十])阿(能|好|行|有|送|是|会|可|要|去|来|在)|"
    # a member saying what they want done asks how to do it: 我要挂号, 想办张卡, 我要报名
    r"^\s*(我|俺|我们)?(要|想|想要|需要)(挂|办|报|预约|约|寄|取|退|换|补|开|订|交|缴|充|登记|请假|参加|咨询|预定|改|借|租|领)|"
    # 神马: what pinyin typing offers for 什么; a yes/no asked with 还要/也得 and a sigh: 剪个头还要排队预约啊
    r"神马|(还|也)(要|得|能|可以|用)\w{1,10}[啊呀]$|"
    # how long, big, far: 质保期多长, 浅水区有多深 (not 有多冷啊: a sigh); and 吗 heard by voice input as 马 or 妈
    # after an asking verb: 医保卡能刷马
    r"多(长|大|远|重|高|宽)(?!点|些|了)|有多(深|热|冷|凉|烫|贵|厚|沉|早|晚)(?![啊呀了])|(能|可以|会|要|有|是|行|用|收|算|送|办|带)\w{0,8}(?<![我你他她大老姑姨舅])[马妈][\s。.!！~～]*$"
)
THANKS = re.compile(r"^(谢谢|感谢|多谢|谢了|收到(?!的))")  # 收到的水果坏了怎么办 asks about what came
# blame put as a question asks for nothing an FAQ could tell (你们维保怎么搞的): a person answers a grievance
BLAME = re.compile(r"(怎么|咋)(搞|办事|做事)的|干(什么|啥|嘛)吃的")
_SPLIT = re.compile(r"[^\w]+|_+")
_HANZI = re.compile(r"[\u3400-\u9fff]")

DICTIONARY = Path(__file__).with_name("dictionary.txt")  # written by plugins/faq/make_dictionary.py
_tokenizer: jieba.Tokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    """One jieba tokenizer for the process, on jieba's 80,000 most frequent words, keeping canonical words whole."""
    global _tokenizer
    if _tokenizer is None:  # the whole dictionary loads five times slower
        _tokenizer = cutter(DICTIONARY, set(CANONICAL.values()), freq=50000)
    return _tokenizer


def normalise(text: str) -> str:
    """Simplified, dialect read as Mandarin, lower case, mentions and preambles out, member words made canonical; chunks
    separated by spaces."""
    text = everyday_in_mandarin(simplify(strip_mentions(text)))
    text = canonical(WHERE_SLIP.sub("在哪里", FILLER.sub(" ", OWN_SHOP.sub(r"\1店", text))))
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


_ASKING: Memo[str, bool] = Memo(4096)


def asks(text: str) -> bool:
    """Does the message as typed ask something (a cue word or a question mark, traditional characters and dialect
    read as Mandarin), rather than thank someone? One message is asked this up to four times (the handler, the
    follow-up's reading, the ranking, the unanswered list) and chat repeats itself, so the same words again are looked
    up (bot.memo)."""
    found = _ASKING.get(text)
    if found is None:
        plain = BLAME.sub("，", everyday_in_mandarin(in_mandarin(text)))  # 在何里 asks where (dialect_words.py)
        said = QUESTION_CUES.search(plain) is not None or WHERE_SLIP.search(plain) is not None
        found = _ASKING.keep(text, said and THANKS.match(plain) is None)
    return found


_RETROFLEX = re.compile(r"^([zcs])h")
_NASAL = re.compile(r"([aei])ng$")


def loose_sound(syllable: str) -> str:
    """A syllable as a southern accent or voice input may blur it: zh/ch/sh as z/c/s, -ang/-eng/-ing as -an/-en/-in
    (配要死 is 配钥匙 said with a flat s)."""
    return _NASAL.sub(r"\1n", _RETROFLEX.sub(r"\1", syllable))


def sounds_key(sounds: list[str]) -> str:
    """Syllables as the FAQ's words are looked up by sound (loosely: see loose_sound)."""
    return " ".join(loose_sound(s) for s in sounds)
