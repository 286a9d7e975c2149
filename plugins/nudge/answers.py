"""Who answered whom: a member's or an operator's message closes the waits it speaks to."""
from __future__ import annotations

from collections.abc import Sequence

from bot.chinese_text import strip_mentions
from bot.danger.outside_trouble import outside_trouble
from bot.events import MessageReceived
from bot.understanding import Kind, Reading
from plugins.nudge import addressing, covers, praise
from plugins.nudge.memory import Ctx, MemberAnswer, Rescued, settle, waiting
from plugins.nudge.store import Waiter

SHORT_REPLY = 12  # an operator's reply this short, not to the whole room, answers the ask just before it
STICKER_THANKS_S = 300  # the asker's sticker this soon after a member's answer to her thanks for it


def _called(event: MessageReceived, waits: Sequence[Waiter]) -> list[Waiter]:
    """The waiting members a message speaks to in so many words: @-ed, quoted, or called by name (孙姐, 老赵)."""
    if not waits:
        return []
    words = addressing.words(event.text)
    return [w for w in waits if w.member_id != event.sender and (
        w.member_id in event.mentions or (event.reply_to and event.reply_to in w.message_ids.split())
        or (w.member_name and addressing.calls(words, w.member_name)))]


def member_answers(ctx: Ctx, event: MessageReceived, asker: str | None, *, with_photo: bool = False) -> None:
    """A member answers someone waiting: said to them and sure, it closes the wait; else the operator is told.

    A member's answer by context only (right after the question, on its topic: 练 三点半 to 合唱还练吗), or
    one its writer is unsure of (好像, 不太清楚), keeps the bot's cover out; the operator's nudge then says
    who answered what, to confirm (a sure one then closes the wait as answered by that member).
    """
    assert event.room is not None
    shown = event.type != "text" and addressing.says_nothing(event.text)  # a photo or a voice quoting the ask
    if addressing.says_nothing(event.text) and not shown:
        return  # 哈哈 in the same breath as someone's question: it meets nobody's need, the wait goes on
    waits = list(waiting(ctx).rooms.get(event.room, {}).values())
    own = waiting(ctx).get(event.room, event.sender)
    if with_photo and own is not None and own.kind == "photo":  # [图片] 就这个地方: her photo was the answer,
        settle(ctx, own, "answered", event.ts, event.sender)  # she waits for nobody
    called = _called(event, waits)
    found = called or [w for w in waits if w.member_id == asker]
    unsure = addressing.hedged(event.text)
    if shown:  # the operator cannot hear or see it from a nudge: told that it came, to look at it, never closed
        words = ctx.render("media.j2", type=event.type).text.strip()
        for waiter in (w for w in found if w.kind not in ("complaint", "emergency")):
            ctx.state.member_answered.add(waiter.id)
            ctx.state.member_answers[waiter.id] = MemberAnswer(event.sender, event.sender_name or event.sender,
                                                               words, event.ts, False,
                                                               addressing.health_matter(waiter.excerpt))
        return
    for waiter in found:
        if waiter.kind in ("complaint", "emergency"):
            continue  # a member's word does not settle a complaint or an emergency: it needs a person
        health = addressing.health_matter(waiter.excerpt)  # a member's health advice may be wrong: a person checks
        if called and not unsure and not health:
            answered(ctx, waiter, event)  # said to the asker and sure: their need is met
            continue
        ctx.state.member_answered.add(waiter.id)  # no cover over what may be a member's answer
        # said to them, on their topic, or giving what they asked (八点半 在少年宫二楼 to 几点到场): the operator is
        # told what the member answered, to check it, never that the asker still waits unanswered
        if called or addressing.on_topic(event.text, waiter.excerpt, loosely=True) \
                or addressing.gives_what_was_asked(event.text, waiter.excerpt):
            ctx.state.member_answers[waiter.id] = MemberAnswer(event.sender, event.sender_name or event.sender,
                                                               strip_mentions(event.text)[:60], event.ts,
                                                               unsure or health, health)


def the_asked_answers(ctx: Ctx, event: MessageReceived) -> None:
    """The member an ask was put to by name or title answers it (师傅 跟您请个假 / 郑师傅: 好的 照顾好孩子): the
    asker's need is met by the one she asked, not the staff; a health question still goes to a person."""
    assert event.room is not None
    if addressing.hedged(event.text):
        return
    speakers = list(ctx.state.speakers.get(event.room, {}).values())
    for waiter in list(waiting(ctx).rooms.get(event.room, {}).values()):
        if waiter.member_id != event.sender and waiter.kind in ("question", "request") \
                and addressing.asked_of(waiter.excerpt, event.sender_name or "", speakers) \
                and (waiter.kind == "request" or not addressing.health_matter(waiter.excerpt)):
            answered(ctx, waiter, event)  # a health question's answer still goes to a person to check


def sticker_thanks(ctx: Ctx, event: MessageReceived) -> bool:
    """The asker's sticker soon after a member answered her, surely and on no health matter: a thanks by sticker
    (many seniors thank with a 抱拳 or a 玫瑰), so her wait closes as answered by that member."""
    assert event.room is not None
    own = waiting(ctx).get(event.room, event.sender)
    answer = ctx.state.member_answers.get(own.id) if own is not None else None
    if own is None or answer is None or answer.unsure or answer.health or own.kind in ("complaint", "emergency") \
            or (event.ts - answer.at).total_seconds() > STICKER_THANKS_S:
        return False
    answered(ctx, own, event, by=answer.sender)
    return True


def thanks_close(waiter: Waiter, reading: Reading) -> bool:
    """Whether the asker's thanks closes their wait: not for a health matter unless a person (an operator) is
    thanked; a member's advice on a dialysis patient's water or a medicine's dose still goes to a person."""
    if not addressing.health_matter(waiter.excerpt):
        return True
    return reading.addresses is not None and reading.addresses.operator


def person_answers(ctx: Ctx, event: MessageReceived, reading: Reading) -> None:
    """An operator's message closes the waits of those it addresses: a mention, a quote, a name, or the ask it
    answers; a word to the whole room (a greeting, a notice, the weather) closes only the asks it speaks of."""
    assert event.room is not None
    if reading.kind is Kind.GREETING:
        covers.greeted_back(ctx, event.room)
    waits = list(waiting(ctx).rooms.get(event.room, {}).values())
    _answers_emergencies(ctx, event, reading, waits)
    waits = [w for w in waits if w.kind != "emergency"]
    called = _called(event, waits)
    if called or reading.kind in (Kind.GREETING, Kind.THANKS) or addressing.only_greets_the_room(event.text):
        for waiter in called:
            _meets(ctx, waiter, event)
        return
    target = reading.addresses.sender if reading.addresses is not None and not reading.addresses.operator else None
    room_wide = addressing.to_the_room(event.text)  # 各位学员，下午两点准时上课哦: a notice, not the asker's answer
    direct = not room_wide and (len(event.text) <= SHORT_REPLY or addressing.to_one_person(event.text))
    for waiter in waits:
        if waiter.kind == "complaint" and room_wide and not addressing.owns_the_trouble(event.text):
            continue  # a notice to everyone (周六设备检修) answers nobody's complaint, whatever place it names
        if waiter.member_id == target and (direct or (reading.kind is Kind.REQUEST and not room_wide)
                                           or addressing.on_topic(event.text, waiter.excerpt, loosely=True,
                                                                  room_wide=room_wide)):
            _meets(ctx, waiter, event)  # the ask just before, answered (or asked about) in a few words
        elif addressing.on_topic(event.text, waiter.excerpt):
            _meets(ctx, waiter, event)  # the operator speaks of what this member asked


def _meets(ctx: Ctx, waiter: Waiter, event: MessageReceived) -> None:
    """A person's line to a waiting member closes the wait, unless it only praises a complaint ("太好了，感谢您的
    反馈！"): that wait stays open and goes up the roster as before, the sender is told at once, and whoever is told
    next reads what was said (`ctx.state.praised`)."""
    if waiter.kind != "complaint" or not praise.only_praises(event.text):
        answered(ctx, waiter, event)
        return
    words = strip_mentions(event.text) or event.text
    ctx.state.praised[waiter.id] = (event.sender_name or event.sender, words)
    ctx.private(event.sender, ctx.render("praised.j2", p=waiter, words=words,
                                         outside=outside_trouble(waiter.excerpt)), ref="praised.j2", cause=event.id)


def _answers_emergencies(ctx: Ctx, event: MessageReceived, reading: Reading, waits: Sequence[Waiter]) -> None:
    """An operator's line stops an emergency's roster when it speaks to the member: a mention, a quote, their name,
    or a line to nobody else soon after a person was told (收到，马上到); `@李姐 周六下午两点` does not."""
    emergencies = [w for w in waits if w.kind == "emergency"]
    if not emergencies:
        return
    called = _called(event, emergencies)
    others = [w for w in waits if w.kind != "emergency"]
    target = reading.addresses.sender if reading.addresses is not None and not reading.addresses.operator else None
    to_someone_else = bool(event.mentions or event.reply_to or _called(event, others)) or (
        target is not None and target not in {w.member_id for w in emergencies})
    for waiter in emergencies:
        paged = ctx.state.paged.get(waiter.id, waiter.opened_at)
        config = ctx.config_for(event.room)  # 收到，马上到 while the roster is still being climbed
        soon = (event.ts - paged).total_seconds() <= max(config.emergency_escalate_s, config.emergency_owners_s)
        if waiter in called or (soon and not to_someone_else):
            answered(ctx, waiter, event)  # a person in charge is there for the member


def sent_for(ctx: Ctx, room: str, member: str, by: str) -> None:
    """The operator `by` sent the member an answer through the bot (/发 N, the FAQ's suggestion): their wait closes
    as answered by that operator; a complaint or an emergency still needs a person's own word."""
    waiter = waiting(ctx).get(room, member)
    if waiter is not None and waiter.kind not in ("complaint", "emergency"):
        settle(ctx, waiter, "answered", ctx.now(), by)


def answered(ctx: Ctx, waiter: Waiter, event: MessageReceived, by: str | None = None) -> None:
    """A person met the need: the wait closes (a night one too, so the digest does not list it)."""
    if waiter.kind == "emergency" and waiter.room_id:  # the member's next lines go to whoever answered
        ctx.state.rescued[f"{waiter.room_id} {waiter.member_id}"] = Rescued(
            by or event.sender, event.ts, waiter.member_name or waiter.member_id, waiter.topic or waiter.room_id)
    settle(ctx, waiter, "answered", event.ts, by or event.sender)
