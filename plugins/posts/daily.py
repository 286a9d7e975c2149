"""A room's item for a slot: from the content bank of its audience, never what it had lately."""
from __future__ import annotations

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


def from_bank(posts: Posts, room: str, draw: str, audience: str, day: Day, keep: bool = True,
              also_drawn: dict[str, date] | None = None) -> str:
    """Draw today's item for a room (and remember it unless `keep` is False, as in a preview)."""
    name, items = bank_of(draw, audience)
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
