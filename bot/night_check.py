"""`qunbot check-config` on the night: quiet hours that swallow the day ("10:30-07:00" for "22:30-07:00"), and a
scheduled post that falls inside them, so it is never sent (warnings: the bot still runs as written)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from typing import Any

from apscheduler.triggers.cron import CronTrigger

from bot.config import PluginConfig
from bot.config_file import Config
from bot.config_problems import Problem, line_of
from bot.hours import QuietHours
from bot.terminal_text import say

DEEP_NIGHT = time(3, 0)  # inside every night a window means
LONGEST_NIGHT_H = 14  # a night longer than this leaves the members a short day: most likely a slip of 12 hours


def _length_h(window: QuietHours) -> float:
    start, end = (t.hour * 60 + t.minute for t in (window.start, window.end))
    return ((end - start) % (24 * 60)) / 60


def _clock(t: time) -> str:
    return f"{t.hour}:{t.minute:02d}"


def _meant(window: QuietHours) -> str | None:
    """The window twelve hours off at one end, when that gives an ordinary night ("10:30-07:00" -> "22:30-07:00")."""
    for start, end in ((window.start.replace(hour=(window.start.hour + 12) % 24), window.end),
                       (window.start, window.end.replace(hour=(window.end.hour + 12) % 24))):
        fixed = QuietHours(start=start, end=end)
        if 6 <= _length_h(fixed) <= 12 and fixed.contains(DEEP_NIGHT):  # a night, not a working day
            return f"{start.hour:02d}:{start.minute:02d}-{end.hour:02d}:{end.minute:02d}"
    return None


def _windows(config: Config) -> Iterator[tuple[str, str]]:
    """(dotted key, window as written) for the bot's quiet hours and each room's own."""
    yield "bot.quiet_hours", config.bot.quiet_hours
    for room, voice in config.room_voices.items():
        if voice.quiet_hours:
            yield f"rooms.{room}.bot.quiet_hours", voice.quiet_hours


def _line(config: Config, dotted: str) -> int | None:
    return line_of(config.doc, tuple(dotted.split(".")))


def long_nights(config: Config) -> list[Problem]:
    """Each quiet-hours window that keeps the bot silent most of the day, with the window most likely meant."""
    found = []
    for key, text in _windows(config):
        window = QuietHours.parse(text)
        hours = _length_h(window)
        if hours <= LONGEST_NIGHT_H:
            continue
        meant = _meant(window)
        message = say("quiet_hours_too_long", start=_clock(window.start), end=_clock(window.end), hours=int(hours))
        if meant:
            message += say("quiet_hours_meant", meant=meant)
        found.append(Problem(config.path.name, _line(config, key), key, message, warning=True))
    return found


def _crons(section: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(dotted key, crontab) for every `cron` or `*_cron` a plugin section sets, however deep."""
    if isinstance(section, dict):
        for k, v in section.items():
            yield from _crons(v, f"{key}.{k}" if key else str(k))
    elif isinstance(section, str) and key.rsplit(".", 1)[-1].split("_")[-1] == "cron":
        yield key, section


def slots_at_night(section: Any, window: QuietHours, tz: Any) -> list[tuple[str, time]]:
    """(dotted key, first time of day) for each crontab of a plugin section (its `model_dump`) that fires inside the
    quiet hours `window` over a week: never posted. The one reading of it, for `qunbot check-config` and for the posts
    plugin's own notice to the operators (code review 27, finding 14)."""
    return [(key, times[0]) for key, cron in _crons(section) if (times := _night_times(tz, cron, window))]


def _night_times(tz: Any, cron: str, window: QuietHours) -> list[time]:
    """The times of day, over one week, this crontab fires inside `window`."""
    trigger = CronTrigger.from_crontab(cron, timezone=tz)
    at = datetime(2026, 1, 5, tzinfo=trigger.timezone)  # a Monday
    until, found = at + timedelta(days=7), []
    while (fire := trigger.get_next_fire_time(None, at)) is not None and fire < until:
        if window.contains(fire.time()) and fire.time() not in found:
            found.append(fire.time())
        at = fire + timedelta(minutes=1)
    return found


def posts_at_night(config: Config) -> list[Problem]:
    """Each schedule of a plugin whose words are dropped at night (posts) that fires inside the quiet hours of the
    rooms it speaks in: the post is skipped every time, and nobody hears of it."""
    sections: list[tuple[str, str | None, PluginConfig]] = [(f"plugins.{name}", None, model)
                                                            for name, model in config.plugins.items()]
    sections += [(f"rooms.{room}.{name}", room, model) for (room, name), model in config.room_plugins.items()]
    found = []
    for prefix, room, model in sections:
        if not model.enabled or type(model).at_night != "drop":
            continue
        window = config.quiet(room)
        for key, at in slots_at_night(model.model_dump(mode="json"), window, config.bot.tz):
            dotted = f"{prefix}.{key}"
            found.append(Problem(config.path.name, _line(config, dotted), dotted, say(
                "post_in_quiet_hours", at=_clock(at), start=_clock(window.start), end=_clock(window.end)),
                warning=True))
    return found
