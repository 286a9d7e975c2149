"""Names for ids in config: `owners: [张姐]`, `rooms: {金秋俱乐部1群: ...}` resolved against the people and groups seen.

An entry that looks like a WeChat id (`wxid_…`, `…@chatroom`, 6-20 letters, digits, `_` or `-` starting with a
letter) is always an id. Any other entry is an id when a contact (or room) with that id was seen, else a name:
it stands for the one contact (room) seen with that display name (topic). A name two people share stands for
nobody (a display name is easy to copy): the entry stays as written and `qunbot check-config` says so.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_
from sqlmodel import Session, col, select

from bot.config_file import Config
from bot.events import Event, MemberJoined, MemberLeft, MessageReceived
from bot.models import Member, Room

log = logging.getLogger("qunbot.names")
_ID = re.compile(r"^(wxid_[\w-]+|[\w-]+@chatroom|[A-Za-z][A-Za-z0-9_-]{5,19})$")


def looks_like_id(entry: str) -> bool:
    """True for what can only be a WeChat id (never read as a display name)."""
    return bool(_ID.match(entry))


@dataclass(frozen=True)
class Resolution:
    """What one config entry stands for: `ids` holds one id when resolved, several when the name is shared."""

    entry: str
    kind: str  # "contact" | "room"
    ids: tuple[str, ...]
    is_id: bool  # the entry is itself an id (looks like one, or was seen as one)

    @property
    def resolved(self) -> str | None:
        """The id this entry stands for, or None (a shared name, or nothing seen by that name)."""
        if self.is_id:
            return self.entry
        return self.ids[0] if len(self.ids) == 1 else None


def contact_entries(config: Config) -> list[tuple[str, str]]:
    """(key, entry) for every contact the `bot:` section names: owners, operators, VIPs, the duty rosters."""
    bot = config.bot
    found = [(f"bot.{k}", e) for k in ("owners", "operators", "vips") for e in getattr(bot, k)]
    found += [("bot.duty", slot.operator) for slot in bot.duty]
    found += [(f"bot.room_duty.{room}", slot.operator) for room, slots in bot.room_duty.items() for slot in slots]
    return found


def room_entries(config: Config) -> list[tuple[str, str]]:
    """(key, entry) for every room the file names: room overrides and room duty rosters."""
    return [(f"rooms.{room}", room) for room in config.settings.rooms] + \
        [(f"bot.room_duty.{room}", room) for room in config.bot.room_duty]


@dataclass
class NameBook:
    """The contacts and rooms seen under the names config uses, kept up to date from events."""

    contact_names: set[str] = field(default_factory=set)  # entries that may be names
    room_names: set[str] = field(default_factory=set)
    contacts: dict[str, set[str]] = field(default_factory=dict)  # name -> contact ids seen with it
    rooms: dict[str, set[str]] = field(default_factory=dict)  # topic -> room ids
    seen_ids: set[str] = field(default_factory=set)  # entries seen as ids of a contact or room
    _warned: set[str] = field(default_factory=set)

    def want(self, config: Config) -> None:
        """Look out for the names this config uses."""
        self.contact_names = {e for _, e in contact_entries(config) if not looks_like_id(e)}
        self.room_names = {e for _, e in room_entries(config) if not looks_like_id(e)}

    def load(self, db: Session) -> None:
        """What the store already knows about the wanted names (one query each for contacts and rooms)."""
        names = sorted(self.contact_names)
        if names:
            rows = db.exec(select(Member.contact_id, Member.name).where(
                or_(col(Member.name).in_(names), col(Member.contact_id).in_(names))).distinct()).all()
            for contact, name in rows:
                self._saw("contact", contact, name)
        topics = sorted(self.room_names)
        if topics:
            for room, topic in db.exec(select(Room.id, Room.topic).where(
                    or_(col(Room.topic).in_(topics), col(Room.id).in_(topics)))).all():
                self._saw("room", room, topic)

    def _book(self, kind: str) -> tuple[set[str], dict[str, set[str]]]:
        """The names config uses for contacts (or rooms), and the ids seen under each."""
        return (self.contact_names, self.contacts) if kind == "contact" else (self.room_names, self.rooms)

    def _saw(self, kind: str, id_: str, name: str | None) -> bool:
        """A contact (or room) seen with its name: True when config uses either and it was not known so yet."""
        wanted, seen = self._book(kind)
        new = False
        if id_ in wanted and id_ not in self.seen_ids:
            self.seen_ids.add(id_)
            new = True
        if name in wanted and id_ not in (ids := seen.setdefault(name, set())):
            ids.add(id_)
            new = True
        return new

    def note(self, event: Event) -> bool:
        """Learn from one event; True when a name now stands for someone (or something) new."""
        if not (self.contact_names or self.room_names):
            return False
        new = False
        if isinstance(event, MessageReceived):
            new = self._saw("contact", event.sender, event.sender_name)
            if event.room is not None and self.room_names:
                new = self._saw("room", event.room, event.room_topic) or new
        elif isinstance(event, MemberJoined | MemberLeft):
            for person in event.members:
                new = self._saw("contact", person.id, person.name) or new
            new = self._saw("room", event.room, event.room_topic) or new
        return new

    def resolve(self, entry: str, kind: str = "contact") -> Resolution:
        """What `entry` stands for now."""
        wanted, seen = self._book(kind)
        if entry not in wanted or entry in self.seen_ids:
            return Resolution(entry, kind, (), True)
        return Resolution(entry, kind, tuple(sorted(seen.get(entry, ()))), False)

    def _id(self, entry: str, kind: str = "contact") -> str:
        found = self.resolve(entry, kind)
        if len(found.ids) > 1 and entry not in self._warned:
            self._warned.add(entry)
            log.warning("name %r is shared by %s: it stands for nobody until config names the id",
                        entry, ", ".join(found.ids))
        return found.resolved or entry

    def _ids(self, entries: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(self._id(e) for e in entries))

    def apply(self, config: Config) -> Config:
        """The config with every name that stands for one contact or room replaced by its id."""
        if not (self.contact_names or self.room_names):
            return config
        bot = config.bot
        slot = lambda s: s.model_copy(update={"operator": self._id(s.operator)})  # noqa: E731
        new_bot = bot.model_copy(update={
            "owners": self._ids(bot.owners), "operators": self._ids(bot.operators), "vips": self._ids(bot.vips),
            "duty": [slot(s) for s in bot.duty],
            "room_duty": {self._id(room, "room"): [slot(s) for s in slots] for room, slots in bot.room_duty.items()}})
        settings = config.settings.model_copy(update={"bot": new_bot})
        room_plugins = {(self._id(room, "room"), name): model for (room, name), model in config.room_plugins.items()}
        room_voices = {self._id(room, "room"): voice for room, voice in config.room_voices.items()}
        return dataclasses.replace(config, settings=settings, room_plugins=room_plugins, room_voices=room_voices)
