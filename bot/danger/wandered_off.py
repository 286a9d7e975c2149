"""A grown-up who walked out of home and cannot be found: lost, read in the family's words (issue 13, fixcare21).

我爸老年痴呆 早上自己从家里走出去了 到现在找不到人, 老爷子一早出去 找不着人了: someone old or confused gone out and not
found. The lost step follows (110 at once, the estate's guards and cameras, someone waiting at home). 我妈出去了
找不到人帮忙 is a favour sought, not a person lost.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.danger_words import FAMILY
from bot.danger.lost_words import DEMENTIA

_CONFUSED = _any(f"{DEMENTIA} 糊涂 记性不好")  # the dementia words are lost_words' (code review 25, finding 6)
_ELDER = _any("爹 娘 老父亲 老母亲 公公 老太 老爷子 老头子")  # beyond danger_words.FAMILY: 俺爹, 我娘
_WENT_OUT = _any("出去 出门 走出 跑出 出了门 离家 溜出")  # not 走了: 奶奶走了 is a death
# the person not found (找不着人了, 到现在找不到人, 到处都找不着): not a favour (找不到人帮忙), not a thing
# (钥匙找不着了)
_NOT_FOUND = _any(r"""找不(着|到)人(?!帮|陪|说|聊|问|照顾|带|接|送|看) 找不(着|到)(他|她)(了)?$ 找不(着|到)(他|她)?了$
(到现在|一直|还是|哪儿都|哪都|到处都|四处)\S{0,2}找不(着|到)(人|他|她)?(了)?$ 不见(人)?了 人没影了""")
_THING = _any("钥匙 手机 钱包 东西 证 卡 包 照片 衣服 鞋 帽 眼镜 假牙 药 狗 猫")
LOST = rf"^(?!.*({_THING})).*({FAMILY}|{_ELDER}|{_CONFUSED})\S{{0,24}}({_WENT_OUT})\S{{0,16}}({_NOT_FOUND})"
# ... or the group asked to help look (大家帮忙找找 我公公有老年痴呆 自己跑出去了): the plea is the not-found, beside a
# sign that the person is missing (confused, gone for hours, the night falling, a phone that does not answer, the
# clothes described for a search); not a walk that ends soon (出去遛弯了 一会儿就回来), and a thing is a veto only
# when it is the thing lost (钥匙找不到了), not what the person has with them (穿着红衣服 拿着包)
_HELP_LOOK = _any("帮(忙|我|我们)?(找找|找一下|找找看|一起找|留意一下|留意) 帮忙找")
_MISSING = _any(r"""到现在 一上午 一下午 一整天 半天 好几个小时 几个小时 一夜 一晚上 一宿 (还|都)没回
天(快|要)?黑了 天都黑了 电话\S{0,4}(打不通|没人接|关机) 手机\S{0,2}关机 不认路 说不清 穿着 找不(到|着)(人|了)""")
_BACK_SOON = _any("一会儿就回 一会就回 马上(就)?回 应该快回 快回来了 等会就回 等一会就回")
_THING_LOST = rf"(丢|找不到|找不着|不见)了?\S{{0,2}}({_THING})|({_THING})\S{{0,2}}(丢|找不到|找不着|不见)"
LOST += (rf"|^(?!.*({_THING_LOST}|{_BACK_SOON}))(?=.*({_HELP_LOOK}))(?=.*({_CONFUSED}|{_MISSING}))"
         rf".*({FAMILY}|{_ELDER}|{_CONFUSED})\S{{0,24}}({_WENT_OUT})")

KINDS = {"lost": LOST}
