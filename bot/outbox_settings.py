"""`outbox:` in config.yaml: how fast the bot may speak, and which plugins' messages wait out the quiet hours."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from bot.config_values import Strict

COMMANDS = "commands"  # the core's own plugin: answers to slash-commands go early, also at night
NIGHT_COMMANDS = "commands_at_night"  # a member's command in a group in quiet hours: dropped, never said to the room
EMERGENCY = "emergency"  # what a person in danger now makes the bot say: first, and in quiet hours too
Pace = Literal["defer", "drop"]  # what quiet hours do to a plugin's messages: hold them till morning, or drop them
AtNight = Literal["defer", "drop", "send"]  # a plugin's own default for quiet hours: a pace, or send all the same


class OutboxSection(Strict):
    """`outbox:` how fast the bot may speak, like a careful human."""

    room_min_interval_s: float = Field(1.0, ge=0)
    room_per_minute: int = Field(20, ge=1)
    global_per_minute: int = Field(40, ge=1)
    room_switch_gap_s: tuple[float, float] = (1.0, 3.0)
    max_backlog: int = Field(200, ge=1)
    # what the file says; each plugin's own default comes from its config model (send_priority, at_night)
    priorities: dict[str, int] = Field(default_factory=dict)
    quiet_hours_exempt: list[str] = Field(default_factory=list)
    quiet_hours_hold: dict[str, Pace] = Field(default_factory=dict)

    def with_plugin_defaults(self, defaults: dict[str, tuple[int, AtNight]]) -> OutboxSection:
        """These settings with each plugin's own defaults, (send priority, at night) by plugin name, filled in where
        the file says nothing about it."""
        priorities = {EMERGENCY: 0, COMMANDS: 1} | {n: p for n, (p, _) in defaults.items()} | self.priorities
        exempt = list(dict.fromkeys([*self.quiet_hours_exempt, EMERGENCY]))  # nobody may hold back an emergency
        if COMMANDS not in exempt and COMMANDS not in self.quiet_hours_hold:
            exempt.append(COMMANDS)
        hold = dict(self.quiet_hours_hold)
        for name, (_, at_night) in defaults.items():
            if name in exempt or name in hold:
                continue
            if at_night == "send":
                exempt.append(name)
            else:
                hold[name] = at_night
        return self.model_copy(update={"priorities": priorities, "quiet_hours_exempt": exempt,
                                       "quiet_hours_hold": hold})
    retry_s: float = Field(5.0, gt=0, le=3600, description="wait after a failed send, doubling each time")
    seed: int | None = None
    max_attempts: int = Field(5, ge=1, le=100, description="failed sends before an action is marked failed")
    retry_max_s: float = Field(300.0, gt=0, le=86400, description="the longest wait between two attempts")
    send_timeout_s: float = Field(15.0, gt=0, le=300, description="a send not done by then is a failed attempt")
    never_give_up: list[str] = Field(default_factory=lambda: ["moderation", "system"],
                                     description="plugins whose actions a full backlog never drops")
