"""Response nudges: who needs a person and when the need is met, read from the conversation, not by a stopwatch."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from bot.chinese_text import compact
from bot.events import MessageReceived
from bot.leaving_for_age import leaving_for_age
from bot.passed_on import POINTED
from bot.plugin import Plugin
from bot.rules import from_member, in_room, private_chat
from bot.understanding import FRAGMENT_GAP_S, MEDIA_ANSWER, Kind
from plugins.nudge import alerts, answers, chain, covers, emergencies, grief, report, told_before, unwell
from plugins.nudge.memory import (
    Ctx,
    FaqMet,
    NightMedia,
    NudgeConfig,
    NudgeState,
    arm,
    held_till_morning,
    in_quiet,
    rearm,
    settle,
    waiting,
)
from plugins.nudge.person_asked import about_me_and_more, asked_kind, how_asked, passed_on
from plugins.nudge.sorrow import CARE, JOY, SORROW, aches, heard_with_care, word_to_the_weary
from plugins.nudge.store import OPEN_STATES, Pendings, Waiter
from plugins.nudge.waits import open_wait, words_of
from plugins.nudge.warnings import tells_of_being_cheated, tells_of_illness, warns_everyone, warns_in_complaint

NIGHT_KINDS = ("question", "request", "complaint", "voice", "private", "sorrow", "care", "joy",
               "farewell")  # the morning digest
MEDIA_KINDS = {"image": "photo", "voice": "voice", "video": "video", "emoticon": "sticker"}
STICKER_ALONE = timedelta(minutes=5)  # a sticker this long after anything said in the room reacts to nothing
TROUBLE_LASTS = timedelta(hours=3)  # a video or sticker soon after the member's complaint or request is never praised
WITH_MEDIA_S = 300  # a night question this soon after the member's photo goes with it ("伤口是不是发炎了")
ACK_AGAIN = timedelta(minutes=30)  # a member writing privately is told "收到" once in this long, not each line
WARNING_READ_AS = (Kind.GREETING, Kind.REQUEST, Kind.SHARING, Kind.SMALLTALK)  # a warning, misread or not
TALKING_BACK = (Kind.SMALLTALK, Kind.ANSWER)  # a member's chat after a greeting responds to the greeter
FAREWELL = "farewell"  # a member leaving the club for her age or eyes: a person calls, thanks her, keeps her near
CARE_READ_AS = ("sharing", "request", "voice", "photo")  # news of an illness, however read (not a question, complaint)


plugin = Plugin(name="nudge", description="像好运营一样回应：谁在等人、何时算回应了、投诉先处理",
                config=NudgeConfig, state=NudgeState, order=70)


def _timing(config: NudgeConfig, folder: Path, today: date) -> list[str]:
    """check-config: an emergency's owners told no later than the next on duty are told together with them."""
    if config.emergency_owners_s > config.emergency_escalate_s:
        return []
    return [f"emergency_owners_s（{config.emergency_owners_s}秒）不比 emergency_escalate_s"
            f"（{config.emergency_escalate_s}秒）晚：紧急情况没人回应时，下一位值班同事和群主会同时收到提醒。"
            "想先告诉同事、再告诉群主，请把 emergency_owners_s 设得更大（比如 60 和 120）"]


plugin.check = _timing


@plugin.on(MessageReceived, in_room)
async def watch(ctx: Ctx, event: MessageReceived) -> None:
    """A member's message opens, extends or closes a wait; an operator's closes only the waits it addresses."""
    assert event.room is not None
    reading = ctx.reading
    heard, ctx.state.heard[event.room] = ctx.state.heard.get(event.room), event.ts
    if reading is None:
        return
    told_before.heard(ctx, event, reading.kind)  # 下周三停课一次: a question of it soon after is pointed to it
    if ctx.role_of(event.sender) != "member":
        answers.person_answers(ctx, event, reading)
        return
    covers.member_spoke(ctx, event.room)
    covers.heard_from(ctx, event)
    asker = reading.addresses.sender if reading.addresses is not None else None
    if reading.kind in TALKING_BACK:
        covers.talked_back(ctx, event, asker)
    if reading.kind is Kind.ANSWER or reading.why == MEDIA_ANSWER:  # typed, said, or a photo quoting the ask
        answers.member_answers(ctx, event, asker, with_photo=reading.why == POINTED)
    if reading.kind in (Kind.ANSWER, Kind.ACK):  # small talk (哈哈 今天好冷) answers nobody's ask
        answers.the_asked_answers(ctx, event)  # 郑师傅's 好的 to 师傅 跟您请个假: the one asked answered
    if reading.kind is Kind.THANKS and (own := waiting(ctx).get(event.room, event.sender)) is not None:
        if answers.thanks_close(own, reading):
            answers.answered(ctx, own, event, by=asker or event.sender)  # the asker's thanks: their need is met
        return
    warning = event.type == "text" and (reading.kind in WARNING_READ_AS and warns_everyone(event.text) or (
        reading.kind is Kind.COMPLAINT and warns_in_complaint(event.text)))  # 我刚被拉进一个群…你们别上当
    cheated = event.type == "text" and reading.kind in WARNING_READ_AS and tells_of_being_cheated(event.text)
    if reading.kind is Kind.GREETING and not (warning or cheated) and not in_quiet(ctx, event.ts, event.room):
        covers.greeted(ctx, event)
        return
    if grief.of_the_loss(ctx, event):
        return  # 走得很安详 没受什么罪 after 我父亲昨晚走了: nobody waits for an answer, nothing covers or thanks it
    kind = MEDIA_KINDS.get(event.type, "") if reading.kind is Kind.MEDIA else reading.kind.value
    if warning:  # 大家注意，有人冒充医院…千万别信: shared with everyone, thanked for it, never "帮您办"
        kind = "sharing"
    elif cheated:  # 大家注意，我被骗了三千块: a person answers with sympathy and help, never thanks for a reminder
        kind = "request"
    if kind == "sticker" and answers.sticker_thanks(ctx, event):
        return  # 按住那个红的三秒 / [抱拳]: the member's answer met her need
    if kind == "sticker" and not _lone_sticker(ctx, event, heard):
        return  # a sticker reacting to what was just said, quoted or greeted asks nothing of anyone
    if reading.kind is Kind.COMPLAINT and not reading.needs_person and reading.addresses is not None and (
            first := waiting(ctx).get(event.room, reading.addresses.sender)) is not None and first.kind == "complaint":
        alerts.seconded(ctx, first, event)  # 我家的也是, quoting a complaint: one more member has the trouble
        return
    words = words_of(event) if event.type in ("text", "voice") else ""
    kind = heard_with_care(reading, words) or kind  # lonely, hurt or afraid; a death told in passing
    if person := how_asked(ctx):  # 你是机器人吧 答非所问 我要找真人: the bot said a person comes; one must
        kind = asked_kind("complaint" if reading.kind is Kind.COMPLAINT else "request", words, "request")
    if not (reading.needs_person or warning or cheated or kind in (SORROW, CARE, JOY) or person) \
            or not kind:
        return
    if reading.follows_blocked and kind != "complaint":
        return  # the rest of a caught ad ("还有十袋", "要的抓紧"): nobody waits for an answer to it
    night = held_till_morning(ctx, event.ts, event.room)
    if night and kind not in NIGHT_KINDS:
        if kind in ("photo", "video"):  # kept a moment: the question that goes with it tells the morning about it
            ctx.state.night_media[f"{event.room} {event.sender}"] = NightMedia(event.type, event.ts)
        return
    if kind in CARE_READ_AS and tells_of_illness(words_of(event)):
        kind = CARE  # 王老师住院了: a person answers with care, the bot never thanks for it (a restart too)
    shown = ctx.state.night_media.pop(f"{event.room} {event.sender}", None) if night else None
    with_media = ctx.render("media.j2", type=shown.type).text.strip() + " " \
        if shown is not None and (event.ts - shown.at).total_seconds() <= WITH_MEDIA_S else ""
    answered = kind != "complaint" and any(  # an FAQ answer does not meet a complaint: a person must
        a.kind == "say" and a.room == event.room and event.sender in a.mentions.split()
        and not about_me_and_more(a.ref) for a in ctx.outcome.actions)
    earlier = [s for s in reading.revises if not s.media]
    if answered and not night:  # another plugin (the FAQ) already answered it; remembered, should the thought go on
        ctx.state.faq_met[event.room] = FaqMet(event.sender, event.ts, " ".join([*(s.text for s in earlier),
                                                                                event.text]))
        return
    met = ctx.state.faq_met.pop(event.room, None)
    goes_on = reading.thought and met is not None and met.member == event.sender and \
        (event.ts - met.at).total_seconds() <= FRAGMENT_GAP_S  # 鸡蛋 / 接龙写了没有 (answered) / 我不会弄
    waiter = open_wait(ctx, event, kind, night, reading.negative, earlier=earlier,
                       answered_before=met.said if goes_on and met is not None else "", with_media=with_media,
                       continues=reading.addresses.id if reading.thought and reading.addresses is not None else "")
    passed_on(ctx, waiter, person, night)  # told at once what she asked and what to say, in her words
    if waiter is not None:
        covers.went_on_to_ask(ctx, event)
        covers.put_to_a_member(ctx, event, waiter)  # 张老师 能不能单独给我说说: hers to answer, no staff cover
    if reading.possibly_negative and (own := waiting(ctx).get(event.room, event.sender)) is not None:
        ctx.state.doubtful.add(own.id)  # it may be a complaint read as something else: covered, never praised
    elif waiter is not None and kind in ("video", "sticker") and ctx.records(Pendings).troubled(
            event.room, event.sender, since=event.ts - TROUBLE_LASTS):
        ctx.state.doubtful.add(waiter.id)  # likely the broken thing or the bill: acknowledged, never admired
    if waiter is not None and night and kind == SORROW and aches(words) == "worn_out":
        word_to_the_weary(ctx, event)  # 孩子又一晚上没睡…我快撑不住了: a kind word that night, a call in the morning
    if waiter is not None and event.type == "voice":
        ctx.state.spoken.add(waiter.id)
    if waiter is not None and warning:
        ctx.state.warned.add(waiter.id)
    if answered and waiter is not None:  # the FAQ's answer waits for the morning too: the digest says so
        ctx.state.faq_answered.add(waiter.id)
    if waiter is not None and kind != SORROW and any(
            a.kind == "private" and a.plugin == "faq" and (a.ref or "").startswith("faq-suggest:")
            for a in ctx.outcome.actions):
        ctx.state.suggested.add(waiter.id)  # the operator was just sent a suggested answer: that was the nudge (not
        # for heartache: the operator is still asked to call and listen)


def _lone_sticker(ctx: Ctx, event: MessageReceived, heard: datetime | None) -> bool:
    """A sticker on its own: nothing said in the room for a few minutes before it (by anyone, the bot's morning post
    too), no quote or mention, no greeting wave going on, and no other plugin took it up (a dice throw in a game).
    It reaches out, like a knock."""
    assert event.room is not None
    said = max((t for t in (heard, ctx.bot_spoke(event.room)) if t is not None), default=None)
    return (said is None or event.ts - said >= STICKER_ALONE) and not event.reply_to and not event.mentions \
        and event.room not in ctx.state.waves and not ctx.outcome.actions


@plugin.on(MessageReceived, private_chat, from_member)
async def private(ctx: Ctx, event: MessageReceived) -> None:
    """A member writes to the bot privately: told a person will reply, and the operator on duty hears of it (of a
    complaint at once, as a complaint)."""
    reading = ctx.reading
    if reading is None or reading.kind in (Kind.ACK, Kind.THANKS) or event.type == "emoticon":
        return
    night = held_till_morning(ctx, event.ts, event.room)
    kind = SORROW if aches(words_of(event)) else FAREWELL if leaving_for_age(compact(words_of(event))) \
        else "complaint" if reading.kind is Kind.COMPLAINT else "private"  # 年纪大了 想退出协会: met warmly
    if kind == "private" and not night and _answered_privately(ctx, event):
        return  # 你们店几点开门, answered: no "请稍等" after her answer, no errand for the operator
    if person := how_asked(ctx):  # 你是机器人吧 我要找真人: the FAQ told her a person comes
        kind = asked_kind(kind, words_of(event), "private")
    if waiting(ctx).get("", event.sender) is None and not _acked_lately(ctx, event) \
            and not unwell.unwell_at_night(ctx, event) \
            and not any(a.ref == grief.WORD for a in ctx.outcome.actions) \
            and not person:  # pain at night: unwell.j2; a loss: its word; 找真人: already told
        ctx.state.acked[event.sender] = event.ts
        if night and kind == SORROW and aches(words_of(event)) == "worn_out":
            word_to_the_weary(ctx, event)  # 孩子又一晚上没睡…我快撑不住了: 您辛苦了 and a safety line, as in a group
        else:
            ctx.reply(ctx.render("private.j2", name=event.sender_name, night=night, aching=kind == SORROW,
                                 discouraged=kind == SORROW and aches(words_of(event)) == "discouraged",
                                 slighted=kind == SORROW and aches(words_of(event)) == "slighted"),
                      at_night=True)
    waiter = open_wait(ctx, event, kind, night, reading.negative)
    if person:
        passed_on(ctx, waiter, person, night)  # told at once that she asked for a person, in her words
    elif waiter is not None and kind in ("private", SORROW, FAREWELL) and not night:
        alerts.nudge(ctx, [waiter])  # the member was just told "已经转告工作人员": it is true when she reads it
    if night and waiter is not None and _answered_privately(ctx, event):
        ctx.state.faq_answered.add(waiter.id)  # the FAQ's answer waits for the morning: the digest says so


def _answered_privately(ctx: Ctx, event: MessageReceived) -> bool:
    """A plugin (the FAQ) just answered the member's private question, or asked back which one she means (a yes gets
    the answer): as in a group, her question is met, nobody else is sent to answer it. Read from Outcome.answered,
    never from another plugin's name (code review 25, findings 5 and 19)."""
    return any(a.kind == "private" and a.to == event.sender for a in ctx.outcome.answered)


def _acked_lately(ctx: Ctx, event: MessageReceived) -> bool:
    """The member was told "收到您的消息啦" a short while ago: her next line is not acknowledged again."""
    acked = ctx.state.acked.get(event.sender)
    return acked is not None and event.ts - acked < ACK_AGAIN


@plugin.job("tick")
async def tick(ctx: Ctx, data: dict) -> None:
    """Every step now due, in one unit of work, from memory: no query however many there are."""
    line = ctx.state.timeline
    if ctx.due == line.armed_for:
        line.armed_for = None
    ids = waiting(ctx).ids
    nudges: list[Waiter] = []
    nudged_for = ctx.now()
    for when, pid, step in line.pop_due(ctx.now()):
        if nudges and step not in ("nudge", "cover") and when > nudged_for:
            alerts.nudge(ctx, nudges)  # steps in time order: these nudges came before what follows
            nudges = []
        waiter = ids.get(pid)
        if waiter is None or waiter.state not in OPEN_STATES or (step == "cover" and (
                waiter.covered_at or waiter.kind == "emergency")) or (
                step == "nudge" and (waiter.kind in ("complaint", "emergency") or waiter.id in ctx.state.suggested
                                     or waiter.id in ctx.state.person_asked)):  # asked for a person: told at once
            if waiter is not None and step == "nudge" and waiter.id in ctx.state.suggested:
                alerts.suggested(ctx, waiter)  # the FAQ's suggestion was the nudge: the wait is the operator's
            continue  # answered meanwhile, or a step a complaint's or an emergency's own alerts replaced
        if step == "expire":
            settle(ctx, waiter, "expired")  # nobody answered in time: it counts as a miss
        elif step == "alert":
            alerts.held_complaint_due(ctx, waiter, when)  # the member stopped typing their complaint
        elif held_till_morning(ctx, when, waiter.room_id) and waiter.kind != "emergency":
            settle(ctx, waiter, "night")  # handed to the morning operator in the digest instead
        elif step == "nudge":
            nudges.append(waiter)  # everyone due at this moment goes in one nudge
            nudged_for = when
        elif step in ("escalate", "owners"):
            alerts.escalate(ctx, waiter, owners=step == "owners")
        elif step == "cover" and covers.cover(ctx, waiter):
            nudges.append(waiter)  # still waiting for a person after the cover: the operator is reminded
            nudged_for = when
    alerts.nudge(ctx, nudges)
    rearm(ctx)


@plugin.on_start
async def resume(ctx: Ctx) -> None:
    """After a restart: re-arm what is still waiting; past due fires now if still fresh, else expires."""
    end = ctx.bot.quiet.end
    ctx.schedule.cron("morning-digest", f"{end.minute} {end.hour} * * *", "digest", {}, grace_s=3600)
    if ctx.config.daily_report:
        ctx.schedule.cron("daily-report", ctx.config.daily_report, "report", {}, grace_s=3600)
    else:
        ctx.schedule.cancel("daily-report")
    if ctx.state.resumed:  # a config reload: the timers are armed already
        return
    ctx.state.resumed = True
    now, stale = ctx.now(), timedelta(minutes=ctx.config.stale_after_min)
    for waiter in list(waiting(ctx).ids.values()):
        if waiter.state not in OPEN_STATES:
            continue
        digest = alerts.handed_over_at(ctx, waiter, now)  # a night's wait counts from the morning's hand-over
        if now - (digest or waiter.opened_at) > stale:
            settle(ctx, waiter, "expired")
        elif digest is not None:
            alerts.owed_by_morning(ctx, waiter, digest)
        elif waiter.kind == "complaint":
            if waiter.state == "open":
                alerts.complaint_alert(ctx, waiter)  # its alert was still waiting for the member's last line
            arm(ctx, waiter, now, alerted=now)  # the roster's next steps a minute from now, not all at once
        elif waiter.kind == emergencies.KIND:
            emergencies.resume(ctx, waiter, now)
        else:
            arm(ctx, waiter, now)
    emergencies.remember_rescued(ctx, now)
    grief.remember_losses(ctx, now)


for part in (alerts, covers, emergencies, grief, report, chain):
    part.register(plugin)
plugin.answer_sent = answers.sent_for  # /发 N: the operator's answer, sent through the FAQ
