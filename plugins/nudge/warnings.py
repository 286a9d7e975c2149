"""A member's warning to everyone (a scam caller, a fake notice): moderation's reading of it, asked by the nudges so
the bot thanks the member for the reminder instead of promising to "帮您办" it."""
from __future__ import annotations

import re

from bot.chinese_text import compact
from bot.danger import grief
from bot.danger.grief import bereaved
from plugins.moderation.normalize import views
from plugins.moderation.scam_talk import warns

# said to the group, not "我被骗了" (你们别上当, 你们可千万别信: the others told, not "你们" blamed)
TO_EVERYONE = re.compile(r"大家|各位|千万|提醒|注意|小心|你们(都|可|也)?(别|不要|小心|注意)")
SCAM = re.compile(r"骗|冒充|假冒|假的|上当|别信|不要信|别点|不要点|别加|不要加|别转|不要转|转钱|转账|汇款")
# Money lost to a scam: the member or their family was cheated ("大家注意，我被骗了三千块",
# "我妈昨天被冒充医保局的骗了两万"): they need a person's sympathy and help, not thanks for a reminder and "别转钱".
CHEATED = re.compile(r"(我|俺|咱|家|妈|爸|老伴|老公|老头|老婆|孩子|儿子|女儿|闺女|婆婆|公公|奶奶|爷爷|姥姥|外婆)"
                     r"\S{0,12}(被骗|骗走|骗了|上当了|上了当|转了|汇了|打过去|钱没了|损失)")
ASKS = re.compile(r"[?？]|[吗呢嘛][\s。!！~]*$|是不是|会不会|真的假的")  # 这是骗子吗？ asks, it warns nobody


# the ones the group belongs to, named in a complaint (你们卖的枣是假的 大家别上当): still a complaint to answer
AT_US = re.compile(r"你们(的|家|店|卖|这|那|群主|老师|客服|公司|商家|平台)|(咱们|咱|我们)(群|店)(的|里)?(?!里有人)")


def warns_in_complaint(text: str) -> bool:
    """A warning read as a complaint (我刚被拉进一个群…要交998 你们别上当): the writer's own brush with a scam,
    told to warn the others; a complaint that names us (你们卖的是假的 大家别上当) stays one."""
    return AT_US.search(text) is None and warns_everyone(text)


def tells_of_being_cheated(text: str) -> bool:
    """A member tells that they or their family were cheated of money: a person must answer, with sympathy."""
    return SCAM.search(text) is not None and CHEATED.search(text) is not None


def warns_everyone(text: str) -> bool:
    """The words warn the group about a scam (moderation lets them pass for the same reason), to everyone,
    and ask nothing: "这个电话是不是骗子？" wants an answer and "我被骗了三千块" help, not thanks."""
    return TO_EVERYONE.search(text) is not None and SCAM.search(text) is not None and ASKS.search(text) is None \
        and not tells_of_being_cheated(text) and warns(views(text).plain)


# 王老师住院了 做了心脏支架, 我妈查出来肺癌: someone is ill or in hospital. A person answers with care; the bot never
# thanks for it as for a shared article. A death is bereavement's to read (bot.danger.grief, plugins/nudge/grief.py),
# not this: one reading decides each message
ILLNESS = re.compile(r"住院(了|啦|治疗|观察|抢救)|住进(了)?医院|进(了)?(ICU|icu|重症|抢救)|"
                     r"做了\S{0,4}(支架|手术|搭桥|化疗)|动(了)?手术|病危|病重|抢救|脑梗|脑出血|中风|心梗|(?<!没)骨折|摔断|"
                     r"查出(来)?\S{0,4}(癌|瘤|肿瘤)|确诊")
# someone else's death told to the group (the member's own family's is bot.danger.grief's, read first):
# care, never thanks
# (the words of a death are bot.danger.grief's, one list for every reading: code review 25, finding 1)
DIED = re.compile(grief.PLAINLY)
# a death said softly (老周今早走了), known by the farewell rite beside it: 殡仪馆, 追悼会, 送他最后一程
SOFTLY_DIED = re.compile(grief.SOFTLY)
FAREWELL = re.compile(r"殡仪馆|追悼会|告别仪式|遗体告别|出殡|灵堂|守灵|火化|下葬|最后一程|丧事|后事")
# but a man who left for the rite (老王今早走了，去殡仪馆帮他亲家料理后事) is alive, unless he is the one seen off
LEFT_FOR = re.compile(grief.NOT_A_DEATH)
SEEN_OFF = re.compile(r"送(他|她)|最后一程|追悼会|遗体告别|告别仪式")
# news shared with everyone, a talk, advice, a rumour to pass on: not one person's illness
ABOUT_OTHERS = re.compile(r"^转|【|链接|文章|视频|科普|讲座|预防|专家|扩散|很多人|好多人")


def death_told(text: str) -> str:
    """How the words tell of a death: "plainly" (去世, 过世), "softly" (老周今早走了 后天火化: 走了 or 没了 beside a
    farewell rite, where the operator should look before answering), or "" (none)."""
    if DIED.search(text) is not None:
        return "plainly"
    if SOFTLY_DIED.search(text) is not None and FAREWELL.search(text) is not None \
            and (LEFT_FOR.search(compact(text)) is None or SEEN_OFF.search(text) is not None):
        return "softly"
    return ""


def tells_of_illness(text: str) -> bool:
    """The words tell that someone (a member's family, a teacher, a neighbour) is ill, in hospital or has died (a
    death in the member's own family is bot.danger.grief's)."""
    told = ILLNESS.search(text) is not None or (death_told(text) != "" and bereaved(text) is None)
    return told and ABOUT_OTHERS.search(text) is None and ASKS.search(text) is None
