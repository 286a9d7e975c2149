"""The word to the member who reported a danger, said at once where they wrote: the first safety step and whether a
person was told, or, to words of despair, one warm word only privately (plugins.nudge.emergencies decides when).

A beaten child or a woman beaten at home hears one short line in the group and the rest privately; a child touched by
a grown-up is never named in the group; a lure posted to everyone is a warning to all. A broken custom script still
leaves the member the safety step in plain words.
"""
from __future__ import annotations

from bot.chinese_text import compact, in_traditional
from bot.danger.bedside import hospice_room
from bot.danger.cannot_call import cannot_call
from bot.danger.despair import despair
from bot.danger.emergency import Danger, in_mandarin
from bot.danger.fall_up import up_again
from bot.danger.no_sight import no_sight
from bot.danger.scam import for_a_rite
from bot.danger.taken_along import takes_along
from bot.events import MessageReceived
from bot.speaking import Content
from plugins.nudge.memory import Ctx, in_quiet

# said when a custom emergency script is broken: the safety step in plain words (the second with nobody to tell)
PLAIN_REPLY_NOBODY = "收到，请别慌。有人受伤或不舒服请马上打120，着火、困住出不来请打119，其他危险打110。"
PLAIN_REPLY = PLAIN_REPLY_NOBODY.replace("收到，", "收到，我们已经通知了值班的工作人员，", 1)
PLAIN_COMFORT = ("您不是一个人，我们很惦记您。想找人说说话，可以打全国心理援助热线12356；"
                 "现在就觉得撑不住，请马上打120或110。")
# the dangers whose first step is a warning to the whole group, not a word to its poster (a lure: the poster hears a
# quiet word privately, often a member who forwarded it in good faith)
TO_ALL = ("scam_posted", "scam_lure")
# the dangers whose word is said privately, one short line in the group: the one who hits may be in it
KEPT_PRIVATE = ("child_hurt", "child_beaten", "violence", "violence_told")
# the dangers never named in the group at all (a child touched by a grown-up: the child's name must not go round)
PRIVATE_ONLY = ("child_abused",)
# the dangers a deaf member's neighbours may walk into (a fall, an illness: nothing there to hurt them), asked "能过去
# 的请过去看看"; never a knife, a river, fire, water or fumes (the template's `visit`; code review 25, finding 17)
SAFE_TO_VISIT = frozenset({"fall", "unwell", "bleeding", "power_alone", "unreachable", "choking", "stroke", "seizure",
                           "head_injury", "low_sugar", "blood_pressure", "potassium", "fistula", "sting", "lost",
                           "coughing_blood", "swallowed", "food_poisoning", "transplant", "confusion",
                           "thinner_bleeding"})


def no_doctor_to_ring(ctx: Ctx, event: MessageReceived) -> bool:
    """The night, when no doctor can be rung: from eleven to six whatever the room's settings, and its quiet hours too
    (they may widen the night, never shorten it: a room with quiet hours off is not told to ring a doctor at 02:30)."""
    return in_quiet(ctx, event.ts, event.room) or not 6 <= event.ts.astimezone(ctx.tz).hour < 23


def safety_step(ctx: Ctx, event: MessageReceived, danger: Danger, *, told: bool, said: str = "") -> None:
    """The member hears at once, where they wrote, the first safety step and whether a person was told (a warning to
    all, never to its poster, when someone in the group asks for money to a personal card). A beaten child or a woman
    beaten at home who wrote in the group hears one short line there and the rest privately."""
    in_group = danger.kind in KEPT_PRIVATE and event.room is not None  # a beaten child's words: not before all
    reach = (in_group or danger.kind == "scam_lure" and event.room is not None) and ctx.can_private(event.sender)
    values = dict(kind=danger.kind, lift=danger.lift, text=in_mandarin(said or event.text), told=told,
                  visit=danger.kind in SAFE_TO_VISIT,  # 能过去的请过去看看: only where nothing can hurt them
                  name=event.sender_name, no_phone=cannot_call(said or event.text, event.room_topic or "",
                                                     voice=ctx.suggests_voice(event.room)),
                  despair=despair(event.text) is not None,
                  hospice=hospice_room(event.room_topic or ""),  # a hospice room: its nurse, not 120
                  no_sight=no_sight(said or event.text, event.room_topic or ""),  # a blind member: nothing to see
                  rite=danger.kind == "scam" and for_a_rite(compact(in_mandarin(said or event.text))),
                  sms_alarm=ctx.bot.sms_alarm, up=up_again(in_mandarin(event.text)),
                  evening=not 5 <= event.ts.astimezone(ctx.tz).hour < 17,  # 今晚 after five, 今天 in the day
                  night=no_doctor_to_ring(ctx, event),  # 120 or the A&E
                  traditional=in_traditional(event.text))  # 佢暈咗 叫白車: 999 in Hong Kong and Macau
    try:
        reply: Content | None = ctx.render("emergency.j2", private=event.room is None or danger.kind in PRIVATE_ONLY,
                                           in_group=in_group, reach=reach, **values)
        word: Content | None = ctx.render("emergency.j2", private=True, **values) if reach else None
    except Exception:  # noqa: BLE001 - a custom script's error: the member still hears the safety step
        ctx.log.exception("emergency reply script failed; a plain reply is sent instead")
        reply, word = (PLAIN_REPLY if told else PLAIN_REPLY_NOBODY), None
    if danger.kind in PRIVATE_ONLY and event.room is not None:  # the word privately or not at all; the person calls
        reply, word = None, reply if ctx.can_private(event.sender) else None
    if reply is not None:
        ctx.urgently(ctx.reply(reply, mention=danger.kind not in TO_ALL))
    if word is not None:  # the full word (where to go, 12338, 12355, photos of the bruises) only to the member
        ctx.urgently(ctx.private(event.sender, word, ref="emergency.j2", cause=event.id))


def comfort(ctx: Ctx, event: MessageReceived, *, told: bool, another: bool, done: bool = False) -> None:
    """Words of despair: one warm, unhurried word, only privately (never in front of the group); none when the bot
    cannot write to the member (the person told calls them). An act already done (done): 120 first."""
    if event.room is not None and not ctx.can_private(event.sender):
        return
    said = (ctx.emergency.pieces if ctx.emergency is not None else "") or event.text  # 孩子发消息说 / 妈妈我好累…
    try:
        word: Content = ctx.render("emergency.j2", kind="despair", name=event.sender_name, told=told,
                                   another=another, done=done, text=said, along=takes_along(said))
    except Exception:  # noqa: BLE001 - a custom script's error: the member still hears the help line
        ctx.log.exception("despair script failed; a plain word is sent instead")
        word = PLAIN_COMFORT
    ctx.urgently(ctx.private(event.sender, word, ref="emergency.j2", cause=event.id))
