"""Who a room's members are and how the bot speaks to them there: `bot.audience` and `bot.tone` for every room,
`rooms.ROOM.bot` for one (a hospice families' group spoken to gently, a chess club's parents not called 老朋友)."""
from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from bot.config_values import Strict
from bot.hours import QuietHours

Audience = Literal["seniors", "parents", "students", "professionals", "customers"]
# cheerful: 🎉 welcomes and bright greetings (most groups); gentle: quiet words, no festive wishes (a hospice
# families' group, a bereavement group, patients and carers)
Tone = Literal["cheerful", "gentle"]


class RoomVoice(Strict):
    """`rooms.ROOM.bot`: what differs in this room; a key left out is the bot-wide value."""

    audience: Audience | None = None
    tone: Tone | None = None
    # false: no script invites members to send a voice message (a hearing-impaired group, who type and read)
    suggest_voice: bool | None = None
    # the members' own night, when their room hears nothing but urgent words ("21:00-04:00": a fishing village up at
    # four); unset: bot.quiet_hours. The operators' nudges and digest keep the bot's window: it is their night.
    quiet_hours: str | None = None

    @field_validator("quiet_hours")
    @classmethod
    def _window(cls, v: str | None) -> str | None:
        if v is not None:
            QuietHours.parse(v)
        return v
