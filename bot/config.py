"""Config models: what each section of `config.yaml` may hold, with defaults and checks (the outbox's section is in
outbox_settings.py, the kinds of values in config_values.py, the quiet and working hours in hours.py)."""
from __future__ import annotations

import re
from datetime import time
from functools import cached_property
from typing import Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from bot.config_values import LocalPath, Strict
from bot.hours import DutySlot, QuietHours
from bot.outbox_settings import AtNight, OutboxSection
from bot.room_voice import Audience, Tone
from bot.terminal_text import say


class BotSection(Strict):
    """`bot:` who the bot is, where it runs and who may command it."""

    name: str = "小助手"
    # this process's WeChat account, one per process on a shared (PostgreSQL) store; default: the logged-in
    # account's id on the wechaty adapter, the adapter's name (sandbox, replay) elsewhere
    account: str | None = None
    adapter: Literal["sandbox", "wechaty", "replay", "memory"] = "sandbox"
    timezone: str = "Asia/Shanghai"
    owners: list[str] = Field(default_factory=list)
    operators: list[str] = Field(default_factory=list)
    vips: list[str] = Field(default_factory=list)
    quiet_hours: str = "22:30-07:00"
    duty: list[DutySlot] = Field(default_factory=list)
    room_duty: dict[str, list[DutySlot]] = Field(default_factory=dict)
    scripts_override: LocalPath | None = None
    audience: Audience = "seniors"  # who the members are (per room: rooms.ROOM.bot.audience)
    tone: Tone = "cheerful"  # how they are spoken to (gentle: a hospice or bereavement group; rooms.ROOM.bot.tone)
    # the police's text-message number for members who cannot phone; many places need 12110 + the area code's last
    # three digits (北京 12110010, 广州 12110020, 深圳 12110755)
    sms_alarm: str = "12110"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(say("config_timezone", value=repr(v))) from None
        return v

    @field_validator("owners", "operators", "vips", mode="before")
    @classmethod
    def _a_name_alone_is_a_list_of_one(cls, v: Any) -> Any:
        if isinstance(v, str):  # "owners: 王老师" or "owners: 王老师, 李老师" means what it says
            return [name.strip() for name in re.split("[,，、]", v) if name.strip()]
        return v

    @field_validator("owners", "operators", "vips")
    @classmethod
    def _one_name_each(cls, v: list[str]) -> list[str]:
        for name in v:
            if (parts := [p.strip() for p in re.split("[，、]", name) if p.strip()]) and len(parts) > 1:
                raise ValueError(say("config_names_chinese_comma", value=name, names=", ".join(parts)))
            if len(parts := name.split()) > 1 and all(re.fullmatch(r"[\u4e00-\u9fff·]+", p) for p in parts):
                # [小王 小李]: Chinese names hold no spaces, so two people were meant ("Amy Li" is one name)
                raise ValueError(say("config_names_space", value=name, names=", ".join(parts)))
        return v

    @field_validator("quiet_hours")
    @classmethod
    def _window(cls, v: str) -> str:
        QuietHours.parse(v)
        return v

    def on_duty(self, room: str | None, at: time) -> list[str]:
        """Operators to ask in `room` at `at`, primary first: those working now, else the whole roster."""
        roster = self.room_duty.get(room or "", self.duty) if room else self.duty
        if not roster:
            return list(self.operators)
        working = [s.operator for s in roster if s.covers(at)]
        return working or [s.operator for s in roster]

    @cached_property
    def staff(self) -> tuple[list[str], list[str], dict[str, str]]:
        """The owners' and operators' lists and the roles by contact worked out from them (role_of is asked several
        times a message: a cached property is a plain attribute read, a pydantic private attribute ~50x slower)."""
        return self.owners, self.operators, {c: "operator" for c in self.operators} | {c: "owner" for c in self.owners}

    def role_of(self, contact: str) -> str:
        """`owner`, `operator` or `member`: who may command the bot."""
        owners, operators, roles = self.staff
        if owners is not self.owners or operators is not self.operators:  # a copy with new lists (names resolved)
            del self.__dict__["staff"]
            roles = self.staff[2]
        return roles.get(contact, "member")

    @cached_property
    def tz(self) -> ZoneInfo:
        """The timezone as a ZoneInfo."""
        return ZoneInfo(self.timezone)

    @cached_property
    def quiet(self) -> QuietHours:
        """The quiet-hours window."""
        return QuietHours.parse(self.quiet_hours)


class StoreSection(Strict):
    """`store:` where everything is kept."""

    url: str = "sqlite:///data/qunbot.db"
    retention_days: int = Field(180, ge=0, le=36500, description="message text older than this many days is "
                                "removed each night (counts and figures stay); 0 keeps it for ever")


class WechatySection(Strict):
    """`wechaty:` how the real-WeChat adapter behaves (endpoint and token come from the environment)."""

    accept_friends: bool = False
    ding_every_s: float = Field(3.0, gt=0, le=60, description="watchdog: a ding this often; two and a half "
                                                              "periods without a word from the service is a drop")
    backoff_start_s: float = Field(1.0, gt=0, le=15)
    backoff_max_s: float = Field(8.0, gt=0, le=15, description="the longest wait between two tries: a service "
                                                               "that is back is used within 15 s")
    tell_owners_after_s: float = Field(60.0, ge=0, description="an outage this long is told to the owners, "
                                                               "with how long it lasted")
    auth_tries: int = Field(3, ge=1, le=20, description="a token the service refuses this often: stop trying")
    image_max_bytes: int = Field(4 << 20, ge=1024)
    login_wait_s: float = Field(300.0, gt=0, description="logged out: a fresh client (and QR code) this often")


class ConsoleSection(Strict):
    """`console:` the operator web console, served by the bot's own process (see bot/console)."""

    enabled: bool = Field(True, description="serve the console while the bot runs live")
    host: str = Field("127.0.0.1", description="the address to listen on; keep 127.0.0.1 behind a reverse proxy")
    port: int = Field(8750, ge=0, le=65535, description="0 picks a free port")
    public_url: str | None = Field(None, description="the address people open, e.g. https://bot.example.com "
                                                     "behind a proxy; sign-in links start with it")

    def base_url(self, port: int | None = None) -> str:
        """Where sign-in links point: the public address, else the listening one."""
        if self.public_url:
            return self.public_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{port if port is not None else self.port}"


class Settings(Strict):
    """The whole file, before plugin sections are checked by their own models."""

    bot: BotSection = Field(default_factory=BotSection)
    store: StoreSection = Field(default_factory=StoreSection)
    outbox: OutboxSection = Field(default_factory=OutboxSection)
    wechaty: WechatySection = Field(default_factory=WechatySection)
    console: ConsoleSection = Field(default_factory=ConsoleSection)
    plugins: dict[str, dict[str, Any] | None] = Field(default_factory=dict)
    rooms: dict[str, dict[str, dict[str, Any] | None] | None] = Field(default_factory=dict)


class PluginConfig(Strict):
    """Base of every plugin's config model; its class variables are the plugin's defaults in the outbox."""

    send_priority: ClassVar[int] = 3  # lower goes first; `outbox.priorities` overrides
    at_night: ClassVar[AtNight] = "defer"  # in quiet hours; `outbox.quiet_hours_*` override

    enabled: bool = True
