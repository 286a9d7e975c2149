"""The content bank: short items worth reading, per audience and season, drawn without repeats per room."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

from ruamel.yaml import YAML

Audience = Literal["seniors", "parents", "students", "professionals", "customers"]
BANK_DIR = Path(__file__).parent / "content"
SEASONS = ("spring", "summer", "autumn", "winter")


@dataclass(frozen=True)
class Item:
    """One tip or question: its text, the season it fits (or any) and its topic."""

    text: str
    season: str = "any"
    topic: str = ""
    key: str = field(init=False, compare=False)  # a short stable id: the same text is the same item

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:12])

    def fits(self, season: str) -> bool:
        """Fit for a day of this season."""
        return self.season in ("any", season)


def parse(data: object, source: str) -> tuple[Item, ...]:
    """Items from `{items: [{text, season, topic}]}`; a bad entry raises ValueError naming it."""
    entries = data.get("items") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{source}: expected a mapping with an `items` list")
    items = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not str(entry.get("text") or "").strip():
            raise ValueError(f"{source}: item {n} has no text")
        season = str(entry.get("season") or "any")
        if season not in ("any", *SEASONS):
            raise ValueError(f"{source}: item {n} season {season!r} is not any/{'/'.join(SEASONS)}")
        items.append(Item(str(entry["text"]).strip(), season, str(entry.get("topic") or "")))
    return tuple(items)


@cache
def bank(name: str) -> tuple[Item, ...]:
    """A shipped bank (`seniors`, ..., `questions`); empty when there is none by that name."""
    path = BANK_DIR / f"{name}.yaml"
    if not path.exists():
        return ()
    return parse(YAML(typ="safe").load(path.read_text(encoding="utf-8")), str(path))


def draw(items: tuple[Item, ...], season: str, last_drawn: dict[str, date], seed: str,
         prefer_season: bool = False, fresh_days: int = 60, today: date | None = None) -> Item | None:
    """The item of the season drawn least recently in this room (never drawn first), in a per-room order.

    With `prefer_season`, an item written for this very season wins while one is fresh (not drawn
    within `fresh_days`), so seasonal advice shows up regularly without crowding out the rest.
    """
    fitting = [i for i in items if i.fits(season)]
    if not fitting:
        return None

    def order(item: Item) -> tuple[date, str]:
        return last_drawn.get(item.key, date.min), _rank(seed, item.key)

    if prefer_season and today is not None:
        seasonal = [i for i in fitting if i.season == season
                    and (today - last_drawn.get(i.key, date.min)).days > fresh_days]
        if seasonal:
            return min(seasonal, key=order)
    return min(fitting, key=order)


def _rank(seed: str, key: str) -> str:
    """An item's place in a room's own order (rooms do not all get the same tip on the same day).

    Worked out on each draw (under a µs an item): kept, the ranks of every room's items held ~16 MB all day and,
    past 65,536 of them (about 60 rooms), a cache of them was emptied in turn before any was asked for again."""
    return hashlib.sha1(f"{seed}:{key}".encode()).hexdigest()
