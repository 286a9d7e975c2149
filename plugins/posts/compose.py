"""Composing one post: the day's facts, the audience, a drawn item and a variety number into a script.

What to say lives in scripts_templates/posts/ (morning.j2, wishes.j2, terms.j2, ...); this module only
chooses the template and hands it the facts, so a whole year can be composed without a running bot.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.templates import Script, Scripts
from plugins.posts.calendar import Day
from plugins.posts.content import Item, draw

Render = Callable[..., Script]  # ctx.render: a name in scripts_templates/posts/ and values
Exists = Callable[[str], bool]


def template_for(base: str, audience: str, exists: Exists) -> str:
    """`morning_seniors.j2` when an operator wrote one for this audience, else `morning.j2`."""
    stem = base.removesuffix(".j2")
    special = f"{stem}_{audience}.j2"
    return special if exists(f"posts/{special}") else f"{stem}.j2"


def variety(room: str, day: date, schedule: str) -> int:
    """The day's variety number in a room: consecutive days get consecutive numbers, rooms differ."""
    offset = int(hashlib.sha1(f"{room}:{schedule}".encode()).hexdigest()[:6], 16) % 997
    return day.toordinal() + offset


def pick(items: tuple[Item, ...], day: Day, last_drawn: dict[str, date], room: str) -> Item | None:
    """Today's item for a room: of the season, least recently drawn; every other day a seasonal one."""
    return draw(items, day.season, last_drawn, seed=room, prefer_season=day.date.toordinal() % 2 == 0,
                today=day.date)


def compose(render: Render, template: str, day: Day, *, audience: str, item: str = "", n: int = 0,
            **extra: Any) -> Script:
    """Render a post for `day`: the template gets the day, audience, item, variety number and extras."""
    values: dict[str, Any] = {"question": "", "joined": [], "topic": "", "schedule": "", "tone": "cheerful",
                              "notice": False, **extra}
    return render(template, day=day, audience=audience, item=item, n=n, **values)


def renderer(scripts: Scripts, bot_name: str = "小助手") -> Render:
    """A `render` outside a running bot (tests, previews of a whole year) over the posts scripts."""
    def render(name: str, /, **values: Any) -> Script:
        values.setdefault("bot_name", bot_name)
        values.setdefault("now", None)
        return scripts.render(f"posts/{name}", **values)
    return render
