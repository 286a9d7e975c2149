"""A bereavement told in a group or privately (bot.grief): the operator on duty hears of it privately, with a
suggested condolence; the bot says nothing to the member.

A careful operator's condolence comes from a person, by name: a bot's 节哀 under a member's loss reads as a form
letter, and any cover (thanks, praise, "工作人员稍后就来") would hurt, so the event is blocked and the bot stays silent.
By day the operator is told at once; at night the news waits for the morning digest (it is no emergency, nobody is
woken), where it is named as a loss.
"""
from __future__ import annotations

from bot.conversation import ASKING
from bot.events import Event, MessageReceived
from bot.grief import bereaved
from bot.plugin import Plugin
from bot.rules import from_member
from plugins.nudge.memory import Ctx, in_quiet
from plugins.nudge.store import Pendings

KIND = "grief"  # the kind of a night wait that tells of a loss (the morning digest names it)
BEFORE_FAQ = 46  # after the emergencies (45), before the FAQ (50): nothing answers or covers it


def tells_a_loss(ctx: Ctx, event: Event) -> bool:
    """A member's message tells of a death in their family (bot.grief), and no danger now."""
    return isinstance(event, MessageReceived) and ctx.emergency is None and bool(event.text) and \
        bereaved(event.text) is not None


def asks_too(ctx: Ctx, event: Event) -> bool:
    """The member asks something beside the loss (老妈过世了 房产证要改名字 先办什么): the FAQ and nudges answer it."""
    return ctx.reading is not None and ctx.reading.kind in ASKING


def asks_nothing(ctx: Ctx, event: Event) -> bool:
    """The member only tells of the loss: nothing must answer or cover it."""
    return not asks_too(ctx, event)


def register(plugin: Plugin) -> None:
    """Add the bereavement step to the nudge plugin."""

    @plugin.on(MessageReceived, from_member, tells_a_loss, asks_too, order=BEFORE_FAQ)
    async def bereavement_and_ask(ctx: Ctx, event: MessageReceived) -> None:
        """A loss told with a question: the question goes its usual way, the operator also hears of the loss."""
        _tell(ctx, event)

    @plugin.on(MessageReceived, from_member, tells_a_loss, asks_nothing, order=BEFORE_FAQ, block=True)
    async def bereavement(ctx: Ctx, event: MessageReceived) -> None:
        """A loss told: nothing answers or covers it; the operator on duty hears of it (in the morning, at night)."""
        _tell(ctx, event)


def _tell(ctx: Ctx, event: MessageReceived) -> None:
    """The operator on duty hears of the loss privately, at once by day, in the morning digest at night."""
    room = event.room or ""
    if in_quiet(ctx, event.ts):
        if asks_too(ctx, event):
            return  # its question is held for the morning digest already, with the words of the loss
        ctx.records(Pendings).opened(
            room_id=room, topic=event.room_topic or "", member_id=event.sender, member_name=event.sender_name,
            message_ids=event.id, excerpt=event.text[:80], kind=KIND, opened_at=event.ts, state="night")
        return
    duty = ctx.on_duty(event.room) or list(ctx.bot.owners)
    if duty:
        ctx.private(duty[0], ctx.render("bereaved.j2", name=event.sender_name, said=event.text[:80],
                                        where=event.room_topic or room), ref="bereaved.j2", cause=event.id)
