"""What a handler says and does: the send verbs of a plugin's context, and the outcome they add up to."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.actions import Action, follow
from bot.config import BotSection
from bot.events import Event, MessageReceived
from bot.hours import QuietHours
from bot.outbox_settings import COMMANDS, EMERGENCY, NIGHT_COMMANDS
from bot.services import Services
from bot.templates import Script

if TYPE_CHECKING:
    from bot.danger.emergency import Danger
    from bot.plugin import Command
    from bot.understanding import Reading

Content = str | Script


@dataclass
class Outcome:
    """What one event (or one job) made the plugins do: their actions, and whether one blocked it."""

    cause: str | None
    actions: list[Action] = field(default_factory=list)
    blocked: bool = False
    stopped: bool = False  # a member's line stopped (an ad caught): kept as their stopped line (bot.stopped)
    reading: Reading | None = None  # what the message is and whom it answers (bot.understanding), read once
    emergency: Danger | None = None  # a member's message reporting a person in danger now (bot.danger.emergency)
    # the answers a handler gave the message (ctx.reply(..., answer=True), any plugin): the room's conversation
    # remembers one said in the room as answered by the bot (bot.understanding.Reader.answered)
    answered: list[Action] = field(default_factory=list)


class Speaking:
    """The send verbs of a context (bot.context.Context): scripts rendered, actions made for this event's outcome."""

    _app: Services
    plugin: str
    outcome: Outcome
    event: Event | None
    command: Command | None
    log: logging.Logger

    if TYPE_CHECKING:  # given by the context
        @property
        def bot(self) -> BotSection: ...
        def now(self) -> datetime: ...
        def role_of(self, contact: str) -> str: ...
        def can_private(self, contact: str) -> bool: ...

    def voice(self, room: str | None) -> tuple[str, str]:
        """Who a room's members are and the tone they are spoken to in: (audience, tone), rooms.ROOM.bot first."""
        return self._app.config.voice(room)

    def quiet(self, room: str | None) -> QuietHours:
        """The quiet hours of what is said in `room` (its own, rooms.ROOM.bot.quiet_hours, else the bot's)."""
        return self._app.config.quiet(room)

    def suggests_voice(self, room: str | None) -> bool:
        """Whether scripts may invite the room's members to send a voice (false in a hearing-impaired group)."""
        return self._app.config.suggests_voice(room)

    def render(self, name: str, /, **values: Any) -> Script:
        """Render `name` from this plugin's script folder (or `other/name` from another)."""
        path = name if "/" in name else f"{self.plugin}/{name}"
        values.setdefault("bot_name", self.bot.name)
        values.setdefault("now", self.now())
        return self._app.scripts.render(path, **values)

    def _act(self, kind: str, content: Content, *, room: str | None = None, to: str | None = None,
             mentions: tuple[str, ...] = (), ref: str | None = None, answers_command: bool = False,
             cause: str | None = None) -> Action:
        text, template = (content.text, content.template) if isinstance(content, Script) else (content, "")
        plugin = "commands" if answers_command else self.plugin
        if ref is None:
            ref = f"/{self.command.name}" if answers_command and self.command is not None else template
        action = Action(created_at=self.now(), plugin=plugin, ref=ref, cause=cause or self.outcome.cause, kind=kind,
                        room=room, to=to, mentions=" ".join(mentions), text=text,
                        priority=self._app.outbox.priority_of(plugin))
        self.outcome.actions.append(action)
        return action

    def say(self, room: str, content: Content, mentions: tuple[str, ...] | list[str] = (),
            ref: str | None = None, cause: str | None = None) -> Action:
        """Post in a room, @mentioning `mentions` (`cause`: the event it answers, when not the one handled)."""
        return self._act("say", content, room=room, mentions=tuple(mentions), ref=ref, cause=cause)

    def private(self, contact: str, content: Content, ref: str | None = None, cause: str | None = None) -> Action:
        """Message one contact privately."""
        return self._act("private", content, to=contact, ref=ref, cause=cause)

    def urgently(self, action: Action) -> Action:
        """Send `action` ahead of everything, quiet hours or not: a person may be in danger now."""
        action.plugin, action.priority = EMERGENCY, self._app.outbox.priority_of(EMERGENCY)
        return action

    def image(self, path: Path, *, room: str | None = None, to: str | None = None, ref: str | None = None) -> Action:
        """Send the image file at `path` in a room or privately to a contact (one of them); the file must stay."""
        assert (room is None) != (to is None), "an image goes to a room or to a contact"
        return self._act("image", str(path), room=room, to=to, ref=ref)

    def remove(self, room: str, contact: str, ref: str | None = None) -> Action:
        """Remove a member from a room."""
        return self._act("remove", "", room=room, to=contact, ref=ref)

    def once_done(self, first: Action, then: Sequence[Action], otherwise: Sequence[Action] = ()) -> None:
        """Send `then` (made by this context) only once `first` went through, and `otherwise` only if it failed for
        good: the group is told of a removal after it happened, never before, and nothing untrue if it did not.
        They are stored with it, waiting, so a restart or another account taking the room over keeps them."""
        follow(first, then, otherwise)

    def reply(self, content: Content, *, mention: bool = True, ref: str | None = None,
              at_night: bool = False, answer: bool = False) -> Action:
        """Answer the message being handled where it was said (mentioning the sender in a room); `at_night`: in a
        private chat it goes in quiet hours too (an acknowledgement to someone who has just written: they are
        awake, and it wakes nobody), where other answers wait for the morning as their plugin's do; `answer`: it
        answers what the member asked (Outcome.answered), not an acknowledgement."""
        action = self._reply(content, mention=mention, ref=ref, at_night=at_night)
        if answer:
            self.outcome.answered.append(action)
        return action

    def _reply(self, content: Content, *, mention: bool, ref: str | None, at_night: bool) -> Action:
        event = self.event
        assert isinstance(event, MessageReceived), "reply needs a message"
        answers = self.command is not None or self.plugin == "commands"
        if event.room is None or (self.command is not None and self.command.role != "member") or (
                answers and self.role_of(event.sender) != "member"):
            # backstage stays backstage: what operators and owners asked for (their /help and a mistyped
            # command too) is answered privately
            action = self._act("private", content, to=event.sender, ref=ref, answers_command=answers)
            if at_night and event.room is None and self.bot.quiet.contains(self.now().time()):
                # now, and ahead of any answer to them that quiet hours hold for the morning
                action.to_the_awake, action.priority = True, self._app.outbox.priority_of(COMMANDS)
            return action
        if answers and self.role_of(event.sender) == "member" and self.bot.quiet.contains(self.now().time()):
            # at night a member's command is answered privately, never in the group: nobody can make the bot
            # talk in a sleeping room (when the bot cannot write to them, quiet hours drop the answer, counted)
            self.log.info("member command answered out of the group in quiet hours sender=%s room=%s",
                          event.sender, event.room)
            if self.can_private(event.sender):
                return self._act("private", content, to=event.sender, ref=ref, answers_command=answers)
            action = self._act("say", content, room=event.room, mentions=(event.sender,) if mention else (),
                               ref=ref)
            action.plugin, action.priority = NIGHT_COMMANDS, self._app.outbox.priority_of(NIGHT_COMMANDS)
            return action
        return self._act("say", content, room=event.room, mentions=(event.sender,) if mention else (), ref=ref,
                         answers_command=answers)

    def usage(self, why: str = "") -> Action:
        """Reply with the command's usage (and why the arguments were not accepted)."""
        assert self.command is not None, "usage() is for command handlers"
        return self.reply(self.render("commands/usage.j2", command=self.command, why=why))
