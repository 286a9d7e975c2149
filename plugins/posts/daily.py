"""A room's item for a slot: from the content bank of its audience, never what it had lately."""
from __future__ import annotations

import re
from datetime import date

from plugins.posts.calendar import Day
from plugins.posts.compose import pick
from plugins.posts.content import Item, bank
from plugins.posts.store import Posts
from plugins.posts.topic import QUESTIONS


def bank_of(draw: str, audience: str) -> tuple[str, tuple[Item, ...]]:
    """The bank a slot draws from (`tips` of the audience, or `questions`), by its stored name and items."""
    if draw == "questions":
        return QUESTIONS, bank(QUESTIONS)
    if draw == "tips":
        return f"tips:{audience}", bank(audience)
    return "", ()


# What a body takes in or does for its health: drink, food, medicine, exercise, a measure of blood. In a gentle room
# (patients, families) a general tip on it may go against a doctor's orders (a dialysis patient's water, a
# transplant patient's fruit), so such tips are not drawn there.
BODY_ADVICE = re.compile(r"喝|吃|饮|药|补|盐|糖|汤|水果|蔬菜|泡脚|锻炼|运动|血压|血糖|减肥|体重")
# A voice message to send or to listen to (学会发语音, 给亲友录一段语音): not for members who cannot hear
VOICE_ADVICE = re.compile(r"语音")


def from_bank(posts: Posts, room: str, draw: str, audience: str, day: Day, keep: bool = True,
              also_drawn: dict[str, date] | None = None, *, body_advice: bool = True, voice: bool = True) -> str:
    """Draw today's item for a room (and remember it unless `keep` is False, as in a preview); without body advice
    (`body_advice` False: a gentle room) no tip on drinking, food, medicine or exercise is drawn; without voice
    (`voice` False: members who cannot hear, rooms.ROOM.bot.suggest_voice) no item about voice messages."""
    name, items = bank_of(draw, audience)
    if not body_advice and draw == "tips":
        items = tuple(i for i in items if not BODY_ADVICE.search(i.text))
    if not voice:
        items = tuple(i for i in items if not VOICE_ADVICE.search(i.text))
    if not items:
        return ""
    history = {**posts.history(room, name), **(also_drawn or {})}
    item = pick(items, day, history, room)
    if item is None:
        return ""
    if keep:
        posts.drawn(room, name, item.key, item.text, day.date)
    elif also_drawn is not None:
        also_drawn[item.key] = day.date
    return item.text
