"""The shape of a pitch, whatever is sold and however it is worded: who benefits, whom it is addressed to, what gain
it promises, what it asks people to do, through which channel; and the shape of a story or a warning, which tells what
someone else did. Read for the learned layer as a handful of signals (and their pairs), so that a model trained on
some kinds of group can weigh a pitch in a group it has never seen by its shape rather than by its goods' names.
"""
from __future__ import annotations

import re

_ME = r"(?:我|额|俺|咱)"
# The poster provides: "我这有", "额上门测", "我教一样的", "我有渠道", "我能解", "我有个法子".
_PROVIDES = re.compile(rf"{_ME}(?:这边?|这里|店里|家店|手上|手里)?"
                       rf"(?:有|能|可以|会|上门|教|帮|给你|给您|来|代|专|直接|包)|{_ME}这(?:边|里)?(?=[\s\u4e00-\u9fff]{{0,3}}(?:\d|[一二两三四五六七八九十百千]))|{_ME}这(?:边|里)?[\s，,]")
# Whoever wants it, called out: "有需要的", "要的", "想知道的", "感兴趣的", "谁要", "…的朋友".
_TO_ALL = re.compile(r"有需要|需要的|要的(?!话)|想要|想知道的|想学的|想问的|感兴趣|有兴趣|有意|谁要|谁需要|"
                     r"的(?:朋友|家人|姐妹|老铁|叔叔阿姨|宝妈)们?(?:[\s，,]|$)|(?:要|想|用得着|买)[\u4e00-\u9fff]{0,4}的(?:[\s，,]|$)")
# What it asks: go private, come, buy, add, sign up.
_ACT = re.compile(r"私|小窗|聊|加|找|联系|问我|问额|滴|戳|拉|来|报名|下单|订|拿|带走|直接")
# The gain promised: cheaper than someone else, more for the money, a result for sure.
_CHEAPER = re.compile(r"比[^，。\s]{0,8}(?:强|好|便宜|低|快|实惠|划算)|原价|只要|才[一二两三四五六七八九十\d]|便宜|省|"
                      r"(?:还|另|再)?(?:送|赠|管饭|包邮|包教|包会|包过|带药|带出去)|内部价|[\u4e00-\u9fff]{1,2}价(?![格钱])|"
                      r"一样的|同样的|一样(?=\s)|不用(?:排队|等|去|配|跑)")
_RESULT = re.compile(r"(?:就|都|能|自己|马上|立马|当天|一次)(?:好|愈合|化开|收口|站起来|见效|管用|好使|降|通|解|追回|"
                     r"下来|出结果|不疼|不痒|睡|长|消)|(?:[一二两三四五六七八九十\d]+|半个?)(?:天|周|个月|次|贴|瓶)"
                     r"(?:就|见效|好了|收口|痊愈|不)|神了|一(?:抹|喷|贴|吃|喝|点|戴|用)就|戴上|贴了|用了(?:这个|以后|之后)|"
                     r"(?:多|翻)(?:赔|报|拿|出来)|有办法|有路子|有渠道|有门路|有法子|能解|能办|帮着?(?:追|跑|办|报|开)")
# A rival's offer dropped: "别去租了", "嫑卖给社里", "别再用医院那个了", "要等下个月", "要排队".
_FROM = re.compile(r"(?:别|不要|嫑|甭|不用)(?:再|去|在)?(?:用|去|买|租|卖给?|找|配|等|排)|要等|要排队|排队")
# An amount: a price, however written.
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:块|元|米|万|千|百|毛|分|一|个|支|张|瓶|斤|亩|次|套)?|"
                     r"[一二两三四五六七八九十][十百千万]?[一二两三四五六七八九]?(?:块|元|毛|百|千|万)")
# A channel however written: a WeChat-like cue in any of its looks, a number or letters spelt out, "同号".
_CHANNEL = re.compile(r"[微薇嶶威维徽围卫]\s*[信芯心星]|[vV]\s*[xX]|wx|vx|[qQ扣]\s*[qQ群]|同号|跟手机(?:一样|一个)|"
                      r"手机号?(?:一样|同)|号\s*(?:是|在)|小窗|主页|签名|头像")
_SPELT = re.compile(r"(?:[a-zA-Z0-9ｋ-ｚ]\s){3,}|[a-zA-Z]{2,}\d{2,}|(?:[零〇一二三四五六七八九幺拐勾]{2,}\s*){3,}")
# A story: what happened, to whom, in the past; someone else as the actor.
_STORY = re.compile(r"后来|最后|结果|说是|其实是|一查|原来|那次|上回|当时|了[\s，。]|没给|跑了|没了|打过|加了|交了|"
                    r"被|让(?:我|她|他|买|交|充|先)|要(?:先|定金)|开口就")
_OTHER = re.compile(r"有人|有个|这个号|那个号|(?:这|那)个电话|这个人|那个人|打(?:电话)?来的|"
                    r"他们?|她们?|人家|对方|那个[\u4e00-\u9fff]{1,4}的|"
                    r"我(?:们家)?(?:表|堂)?(?:妈|爸|妹|姐|哥|弟|叔|婶|姨|舅|姑|爷|奶|外婆|外公|老伴|邻居|朋友|同事|亲戚|家老|闺女|儿子|"
                    r"女儿|孙)|老太太|老头")
_WARN = re.compile(r"大家|注意|千万|小心|别信|看住|当心|提醒|不要|别")
_OFFICIAL = re.compile(r"理事长|会长|主任|社区|村委|居委|合作社|会计|社工|老师让|群主|管理员|让发的|你上回问|你问的|@")


def shape(plain: str) -> set[str]:
    """The signals of a pitch's and a story's shape in the text, with the pairs that tell them apart."""
    found = set()
    for name, pattern in (("provides", _PROVIDES), ("to-all", _TO_ALL), ("act", _ACT), ("cheaper", _CHEAPER),
                          ("result", _RESULT), ("from", _FROM), ("channel", _CHANNEL), ("spelt", _SPELT),
                          ("story", _STORY), ("other", _OTHER), ("warn", _WARN), ("official", _OFFICIAL)):
        if pattern.search(plain) is not None:
            found.add(name)
    amounts = len(_AMOUNT.findall(plain))
    if amounts:
        found.add("amount" if amounts == 1 else "amounts")
    pairs = {f"{a}&{b}" for a in found for b in found if a < b}
    return {f"~{s}" for s in found | pairs}


def tells_of_another(plain: str) -> bool:
    """Someone else is the actor of what is told, in the past ("有人发 … 说是护工 那个号码我打过 开口就要定金",
    "… 这个号 收果子的 拉走了果子钱没给"), and the poster neither provides anything nor calls anyone out: an id in such
    a message is the scammer's, quoted so others know it, not the poster's own."""
    return _OTHER.search(plain) is not None and _STORY.search(plain) is not None \
        and _PROVIDES.search(plain) is None and _TO_ALL.search(plain) is None


# What the story cost or what to watch for: the harm told, the scam's ask or its real aim, or the others warned
# ("钱就没了", "一查就是淀粉片", "开口就要定金", "其实是让你开贷款", "看住老人"); "错过就没了" is a pitch's hurry.
_HARM = re.compile(r"(?<!错过就)(?<!错过)没了|没给|骗|假的|淀粉|跑了|不见了|要不回|拿不到|啥也没|白交|上当|坑|"
                   r"看住|注意|小心|当心|千万|其实是|原来是|(?:要|交|收)[^，。\s]{0,4}(?:定金|押金|保证金|手续费)|"
                   # the scam's ask for a fee, checked with the body it claimed to be ("说是税务局要我交滞纳金 我打12366
                   # 问了 根本没得这回事")
                   r"(?:让|要)我(?:先)?交[^，。\s]{0,5}费|(?:让|要)我交滞纳金|根本(?:没有|没得|不是)|没(?:有|得)?这回事")


def warns_of_another(plain: str, calls: bool) -> bool:
    """A story of someone else's doing that tells the harm or warns the group, and asks nobody to message the poster
    (`calls`): the scam is quoted, with its words of selling, lending or curing, so that others know it."""
    return not calls and tells_of_another(plain) and _HARM.search(plain) is not None
