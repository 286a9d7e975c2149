"""A member's wait for a person: opened by her message, or the message added to the wait she has open (one thought
typed in several lines), with what the operator will read of it (a photo or a voice message named, not "")."""
from __future__ import annotations

from collections.abc import Sequence

from bot.conversation import Said
from bot.events import MEDIA_PLACEHOLDER, MEDIA_TAGS, MessageReceived
from plugins.nudge import alerts
from plugins.nudge.memory import Ctx, arm, waiting
from plugins.nudge.store import OPEN_STATES, Pendings, Waiter


def words_of(event: MessageReceived) -> str:
    """What the member said with a photo, voice message or video (a caption, the transcription), without the
    platform's placeholder for it ("[语音]"); a sticker says nothing in words (its text is "[动画表情]" or markup)."""
    return "" if event.type == "emoticon" else MEDIA_PLACEHOLDER.sub("", event.text)


def open_wait(ctx: Ctx, event: MessageReceived, kind: str, night: bool, negative: float,
              earlier: Sequence[Said] = (), answered_before: str = "", with_media: str = "",
              continues: str = "") -> Waiter | None:
    """Open the member's wait, or add this message to the one already open (one thought, several lines).

    `negative`: how likely the reader finds the message a complaint; `earlier`: the lines before it that turned
    out to be parts of the same thought ("刘老师" / "今天下午"); `answered_before`: the start of the thought, which
    the FAQ answered (a new wait quotes it, so the operator reads what the member is asking about); `with_media`:
    the tag of a photo sent just before it at night ("[图片] "), so the morning's operator opens the photo;
    `continues`: the line the reader found this one goes on with, as one thought typed in several lines.
    """
    room = event.room or ""
    said = with_media + event.text
    if event.type in MEDIA_TAGS:  # a photo or voice message: the operator is told what it was, not ""
        said = ctx.render("media.j2", type=event.type).text.strip() + words_of(event)
    known = waiting(ctx).get(room, event.sender)
    if known is not None and known.kind == "emergency" and known.nudged_to and kind != "complaint" \
            and continues not in known.message_ids.split():  # 人还躺着呢 你们快点啊: the emergency said on
        known = waiting(ctx).beside(room, event.sender)  # a person was told of her emergency: her next ask is
        # an ask of its own (请问明天几点放学), nudged as usual, not folded into the emergency's alert
    if known is not None:  # the lines before it that the wait holds already are not quoted twice
        earlier = [s for s in earlier if s.id not in known.message_ids.split()]
    text = " ".join([*(s.text for s in earlier), said])
    if known is not None:
        was = known.kind
        ctx.records(Pendings).extend(known, event.id, text, kind)
        if known.kind == "complaint" and known.state in OPEN_STATES and (
                was != "complaint" or known.id in ctx.state.alert_due):
            alerts.complaint(ctx, known, event.ts, negative, whole=event.type == "voice")  # it turned out a
            # complaint, or says more of one
        return None
    if answered_before:
        text = f"{answered_before} {text}"
    waiter = ctx.records(Pendings).opened(
        room_id=room, topic=event.room_topic or "", member_id=event.sender,
        member_name=event.sender_name, excerpt=text[:80], kind=kind, opened_at=event.ts,
        message_ids=" ".join([event.id, *(s.id for s in earlier)]),  # the earlier lines: never quoted twice
        state="night" if night else "open")
    if not night and kind == "complaint":
        alerts.complaint(ctx, waiter, event.ts, negative, whole=event.type == "voice")
    elif not night:
        arm(ctx, waiter)
    return waiter
