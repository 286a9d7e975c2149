"""Waits a person answers with care, never the bot: a member lonely, hurt at home or afraid, news of an illness or
a death told in passing, or good news of her own (the wait's kind says which script the operator reads)."""
from __future__ import annotations

import re

from bot.context import Context
from bot.danger.chest_on_exertion import chest_on_exertion
from bot.danger.heartache import heartache
from bot.danger.unwell import unwell
from bot.events import MessageReceived
from bot.good_news import good_news
from bot.grievance import UNFAIR, grievance
from bot.providers import TARGET
from bot.reading import Reading
from bot.understanding import Kind
from plugins.nudge.warnings import tells_of_illness

CARE = "care"  # the kind of a wait on news of an illness: the operator is asked to care, the bot never covers it
# a member lonely, hurt at home or afraid (bot.danger.heartache): a person calls and listens, no cover
SORROW = "sorrow"
JOY = "joy"  # good news of the member's own (孩子第一次叫了妈妈): a person congratulates her by name, no bot cover
SORROW_READ_AS = (Kind.COMPLAINT, Kind.SMALLTALK, Kind.SHARING, Kind.REQUEST)  # a question is answered as one
# someone close ill now (老伴今晚发烧了); the member's own wound asked about is a question. Close kin only, not the
# emergency's bystanders (隔壁阿姨一直咳嗽 吵得我睡不着 is a grumble about the noise)
_KIN = re.compile(r"老伴|老头子|老婆子|爸|妈|爹|娘|孩子|儿子|女儿|闺女|孙子|孙女|外孙|老公|媳妇|爱人|宝宝|公公|婆婆")
# a grumble at the noise, or a mood with its cause (今晚输了球 老伴难受得很): no illness
_GRUMBLE = re.compile(r"吵|烦死|输了|输球|球赛|比赛|麻将|打牌|斗地主")


def aches(words: str) -> str:
    """What ails the member (bot.danger.heartache: lonely, hurt at home, afraid) when she blames nobody who serves her,
    or "": a grievance aimed at us (你们的护理太不负责了 我心里好怕) stays a complaint."""
    if not words or TARGET.search(words) is not None:
        return ""
    ache = heartache(words)
    # a child bullied, told with the school's shrug (又被同学锁在厕所里 老师说是闹着玩), a carer spent (熬不动了: not
    # a thing broken), or a member slighted by other members (凭什么每次领唱都是她们几个: the complaint's word is the
    # slight itself, nothing owed) is no grievance against us; any other complaint wins (code review 25, finding 4)
    complaint = grievance(words)
    slight = ache == "slighted" and UNFAIR.fullmatch(complaint) is not None
    return ache if ache in ("child_harmed", "worn_out") or slight or not complaint else ""


def heard_with_care(reading: Reading, words: str) -> str:
    """SORROW, CARE or JOY when a member's words want a person's care whatever the reader made of them, else ""."""
    ache = aches(words)
    if ache and (reading.kind in SORROW_READ_AS or reading.kind is Kind.QUESTION and ache != "afraid"):
        return SORROW  # 在这边一个说话的人都没有, 儿媳妇又骂我了…哭了: no complaint, no chat to let pass
        # (心里怕 明天要不要去医院 asks something a person answers as a question)
    if reading.kind is not Kind.COMPLAINT and chest_on_exertion(words) is not None:
        return CARE  # 练完拳胸口有点闷 歇一会儿就好了 没事吧: the heart's warning, a person answers today
    if reading.kind is Kind.SMALLTALK and tells_of_illness(words):
        return CARE  # 老周今早走了…后天在殡仪馆送他: told in passing, still news a person answers with care
    if (reading.kind in (Kind.SMALLTALK, Kind.SHARING) and unwell(words) is not None and _KIN.search(words)
            and not _GRUMBLE.search(words)):
        return CARE  # 老伴今晚发烧了 烧得厉害: someone ill now, told as news, is no chat to let pass
    if reading.kind in (Kind.SMALLTALK, Kind.SHARING) and good_news(words):
        return JOY  # 今天孩子第一次自己叫了一声妈妈 我哭了一下午: a person's warm word by name, not the bot's 👍
    return ""


def word_to_the_weary(ctx: Context, event: MessageReceived) -> None:
    """A carer worn out at night (bot.danger.carer.worn_out) hears one kind word at once, privately when the bot can
    write to her: she is awake, and it wakes nobody else; a person calls her in the morning (the digest names her
    first)."""
    private = event.room is None or ctx.can_private(event.sender)
    script = ctx.render("worn_out_word.j2", name=event.sender_name, private=private)
    action = ctx.private(event.sender, script, ref="worn_out_word.j2") if private else \
        ctx.reply(script, ref="worn_out_word.j2")
    action.to_the_awake = True
