"""Unwell now, not in danger: a member (or someone they look after) hurting or ill right now, for every plugin.

伤口很疼 睡不着 怎么办, 发烧38度5 一直退不下去, 孩子吐了好几次 难受: nobody's life is at stake (that is
bot.danger.emergency: 叫不醒, 胸口剧痛, 血止不住), but at night a person in pain should not wait eight hours for a word.
A symptom (疼, 发烧, 吐, 渗液, 心慌…) with a sign that it is now and hard to bear (很疼, 疼得, 睡不着, 一直, 受不了,
怎么办, 现在) is read as unwell; a question about a treatment (做完会疼吗), the past (昨天疼了一天 今天好多了), advice
or an article, a figure of speech (真让人头疼, 心疼孩子, 笑得肚子疼) and pets are not. A false reading costs a kind word
at night that wakes nobody; still it must be rare (bench/RESULTS.md, emergmend16: the other corpora scanned).
"""
from __future__ import annotations

import re

from bot.chinese_text import FORWARDED, compact, simplify
from bot.chinese_text import any_of as _any
from bot.memo import per_text

SYMPTOM = _any(r"""(?<![心头])疼 (?<![心头])痛 头(疼|痛)(得|的)(厉害|要命|睡不着|受不了)
发烧 发热 高烧 低烧 烧到 (3[89]|40)(\.\d)?度 烧得(厉害|很厉害|不行)
拉肚子 腹泻 呕吐 吐了 想吐 恶心 头晕 心慌 心悸 胸闷 渗血 渗液 流脓 化脓 红肿 肿得 发炎 咳(得|嗽) 抽筋 痉挛 难受
不舒服 浑身(没劲|发冷|发抖) 发冷 打寒战
耳鸣 耳朵(里)?\S{0,2}(嗡嗡|轰轰|吱吱|知了)(的)?(响|叫) 耳朵(里)?(一直|老是)?(响|叫)个不停
(一只|一边|一侧|左边|右边|左|右|半边)(的)?耳(朵)?\S{0,6}(听不见|听不到|听不清|聋了|没(了)?声)""")
# one ear gone deaf all at once (右边耳朵突然听不见了): sudden deafness, treated best within days (emergency27); with
# the world spinning it is bot.danger.urgent_signs' stroke
NOW = _any(r"""(很|好|太|特别|非常|越来越|一阵阵|一直|老是)(疼|痛|难受|不舒服|晕|恶心)
(疼|痛)(得|的)(厉害|很|不行|要命|受不了|睡不着|翻不了|抬不|一宿|直冒)
(烧|吐|拉|喘)(得|的)(厉害|很厉害|不行|受不了|要命|停不下) 难受死 受不了 忍不了 睡不着 睡不了 疼醒 痛醒 一直
还在 越来越 今晚 刚才 刚刚 半夜 一晚上 一整晚 大半夜 这会儿 突然 退不下 止不住 要不要(去|上)?(医院|急诊)""")
# a wound that looks wrong is now by itself: asked about, it is a worry (伤口有点渗液 要紧吗)
WOUND = _any(r"""(伤口|刀口|创口|针眼|拔牙)\S{0,6}(渗血|渗液|流脓|化脓|红肿|发炎|裂开|流水|出血)
(渗血|渗液|流脓|化脓|红肿|发炎|裂开)\S{0,6}(要紧|正常吗|怎么办|咋办|怎么弄|咋整|正不正常)""")
# what puts it elsewhere than a person unwell now: a question about a treatment to come, the past or a recovery, advice
# or an article, an ad's testimony, a figure of speech, a pet
NOT_NOW = _any(r"""会不会 会疼吗 会痛吗 疼不疼 痛不痛 疼吗 痛吗 以后 之后会 要多久 多久(能|会)?(好|消)
昨天 前天 上次 上回 上周 上个月 上礼拜 上星期 多亏 幸亏 以前 去年 之前 那时候 当时 原来 后来 好几年 多少年 几年 十几年
好多了 不疼了 不痛了 不晕了 不喘了 一点不疼 就不疼 已经好了 没事了 退烧了 就好了 治好 好了[。!！~～]*$ 现在好了
总说 老说 总是 精神(挺|很|还|倒)好 挺好的[。!！~～]*$ 恢复得""")
ELSEWHERE = _any(FORWARDED + r""" 转发 新闻 专家 提醒 温馨提示 小课堂 讲座 注意 建议 预防 如果 要是 万一 假如 别
要的 找我 问我 链接 渠道 原价 代理 推荐 厂家 卫星 扣扣 体验 护腰 护膝 膏药 理疗 艾灸 看过来
心里 头疼的是 让人头疼 真头疼 头疼死了 脑壳疼 心疼 疼爱 疼人 疼孙 疼他 疼她 疼孩子 笑(得|的)肚子 笑疼 肉疼 钱包疼
哈哈 😂 🤣 猫 狗 宠物 泰迪 (菜|花|树|苗)\S{0,3}(发炎|红肿) 手机 电脑 屏幕 价格 股票 发热量 发烧友 发热贴""")
_SYMPTOM, _NOW, _WOUND, _NOT_NOW, _ELSEWHERE = (
    re.compile(p) for p in (SYMPTOM, NOW, WOUND, NOT_NOW, ELSEWHERE))

# a swelling shown or told as alarming (我爸脚肿成这样了, often with a photo): a worry now by itself, in a
# patients' group a warning sign (a dialysis patient's fluid); asked about as a rule (会肿吗) it is not this
_SWOLLEN = "脚|腿|脚踝|脚背|脸|手|眼睛|眼皮|肚子|身上|脖子|胳膊"
SHOWN = (rf"({_SWOLLEN})\S{{0,3}}肿(成|得)\S{{0,3}}(这样|这个样|这么|好大|老高|发亮|发紫)"
         r"|肿(得|的)(一按一个坑|按下去一个坑)")
_SHOWN = re.compile(SHOWN)


@per_text
def unwell(text: str) -> str | None:
    """The symptom of a person unwell now that `text` tells (伤口很疼 睡不着 怎么办 -> "疼"), or None."""
    text = simplify(text)
    words = compact(text)
    shown = _SHOWN.search(words)
    if not words or (symptom := _SYMPTOM.search(words) or shown) is None:
        return None
    if _NOW.search(words) is None and _WOUND.search(words) is None and shown is None:
        return None
    if _NOT_NOW.search(words) or _ELSEWHERE.search(text):
        return None
    return symptom.group(0)
