"""Daily windows of wall-clock time: the quiet hours, and the working hours of an operator on the duty roster."""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from functools import cached_property

from pydantic import field_validator

from bot.config_values import Strict
from bot.terminal_text import say

_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
# what a Chinese input method types for ":" and "-" in times
_TYPED = "：－—–～~至到"
_NAMED = {"：": "中文冒号“：”", "～": "波浪线“～”", "~": "波浪线“~”", "至": "“至”字", "到": "“到”字",
          **{m: f"中文横线“{m}”" for m in "－—–"}}
_FULLWIDTH = str.maketrans({m: ":" if m == "：" else "-" for m in _TYPED})


def _times(text: str) -> list[str] | None:
    """The two "HH:MM" of "22:30-07:00", or None when it is not written so."""
    parts = [p.strip() for p in text.split("-")]
    return parts if len(parts) == 2 and all(_HHMM.match(p) for p in parts) else None


class QuietHours(Strict):
    """A daily window, possibly across midnight, when only urgent messages go out."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """Parse "22:30-07:00"."""
        parts = _times(str(text))
        if parts is None:
            marks = [m for m in _TYPED if m in str(text)]
            fixed = str(text).translate(_FULLWIDTH)
            if marks and _times(fixed) is not None:  # 22：00-07：00 looks right on a phone: say what differs
                raise ValueError(say("config_hours_fullwidth", value=str(text), fixed=fixed,
                                     marks="、".join(_NAMED.get(m, f"“{m}”") for m in marks)))
            raise ValueError(say("config_hours", value=repr(text)))
        (h1, m1), (h2, m2) = (map(int, p.split(":")) for p in parts)
        return cls(start=time(h1, m1), end=time(h2, m2))

    def contains(self, t: time) -> bool:
        """True when the wall-clock time `t` is inside the window."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end

    def next_end(self, now: datetime) -> datetime:
        """When the window next ends after `now` (a local, aware time): today's end, or tomorrow's once past."""
        end = now.replace(hour=self.end.hour, minute=self.end.minute, second=0, microsecond=0)
        return end if end > now else end + timedelta(days=1)


class DutySlot(Strict):
    """One operator on the duty roster, optionally only within working hours ("09:00-18:00")."""

    operator: str
    hours: str | None = None

    @field_validator("hours")
    @classmethod
    def _window(cls, v: str | None) -> str | None:
        if v is not None:
            QuietHours.parse(v)
        return v

    @cached_property
    def window(self) -> QuietHours | None:
        """The working hours, parsed."""
        return QuietHours.parse(self.hours) if self.hours is not None else None

    def covers(self, t: time) -> bool:
        """True when this operator works at wall-clock time `t`."""
        return self.window is None or self.window.contains(t)
