"""Config models: what each section of `config.yaml` may hold, with defaults and checks."""
from __future__ import annotations

import re
from datetime import time
from functools import cached_property
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from bot.terminal_text import say

_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_TEMPLATE = re.compile(r"^[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)?\.j2$")


def _template_name(v: str) -> str:
    if not _TEMPLATE.match(v):
        raise ValueError(say("config_template_name", value=repr(v)))
    return v


def _inside_folder(v: str, info: ValidationInfo) -> str:
    """A path inside config.yaml's folder: relative to it (no '..', no link out), or absolute but leading into it."""
    folder = (info.context or {}).get("folder")
    if v and "\x00" not in v and PurePosixPath(v).is_absolute() and folder is not None \
            and Path(v).resolve().is_relative_to(Path(folder).resolve()):
        return v  # a generated config naming files beside it by their full path
    if not v or "\x00" in v or PurePosixPath(v).is_absolute() or PureWindowsPath(v).is_absolute() \
            or PureWindowsPath(v).drive or v.startswith("~") or ".." in PurePosixPath(v.replace("\\", "/")).parts:
        raise ValueError(say("config_path_outside", value=repr(v)))
    if folder is not None:
        base = Path(folder).resolve()
        if not (base / v).resolve().is_relative_to(base):
            raise ValueError(say("config_path_leads_out", value=repr(v)))
    return v


def _crontab(v: str) -> str:
    from apscheduler.triggers.cron import CronTrigger
    try:
        CronTrigger.from_crontab(v)
    except (ValueError, TypeError):
        raise ValueError(say("config_crontab", value=repr(v))) from None
    return v


TemplateName = Annotated[str, AfterValidator(_template_name)]  # a script in the plugin's folder, never a path
LocalPath = Annotated[str, AfterValidator(_inside_folder)]  # a file or folder inside config.yaml's folder
Crontab = Annotated[str, AfterValidator(_crontab)]  # "30 7 * * *", checked at load

# keys an owner cannot read or change from chat: where things are stored and read from, how the bot connects
SENSITIVE_PREFIXES = ("store", "wechaty", "bot.adapter", "bot.scripts_override")
SENSITIVE_LEAVES = ("template", "file", "keyword_files", "items_file", "holidays_file", "url", "token")


def is_sensitive(dotted: str) -> bool:
    """True for keys that name files, folders, the store or the connection: not for chat."""
    parts = [p for p in dotted.strip().split(".") if p]
    key = ".".join(parts)
    if any(key == p or key.startswith(p + ".") for p in SENSITIVE_PREFIXES):
        return True
    return any(part in SENSITIVE_LEAVES or part.endswith(("_file", "_files", "_dir", "_path")) for part in parts)


def without_sensitive(dotted: str, value: Any) -> Any:
    """A section's value with the keys chat may not see left out (for `/config get bot`)."""
    if isinstance(value, dict):
        return {k: without_sensitive(f"{dotted}.{k}", v) for k, v in value.items() if not is_sensitive(f"{dotted}.{k}")}
    if isinstance(value, list):
        return [without_sensitive(dotted, v) for v in value]
    return value


class Strict(BaseModel):
    """Base of every config model: unknown keys are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)  # .inf passes every bound, then breaks


class QuietHours(Strict):
    """A daily window, possibly across midnight, when only urgent messages go out."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """Parse "22:30-07:00"."""
        parts = [p.strip() for p in str(text).split("-")]
        if len(parts) != 2 or not all(_HHMM.match(p) for p in parts):
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
    audience: Literal["seniors", "parents", "students", "professionals", "customers"] = "seniors"  # who the members are

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(say("config_timezone", value=repr(v))) from None
        return v

    @field_validator("owners", "operators", "vips")
    @classmethod
    def _one_name_each(cls, v: list[str]) -> list[str]:
        for name in v:
            if (parts := [p.strip() for p in re.split("[，、]", name) if p.strip()]) and len(parts) > 1:
                raise ValueError(say("config_names_chinese_comma", value=name, names=", ".join(parts)))
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


COMMANDS = "commands"  # the core's own plugin: answers to slash-commands go early, also at night
NIGHT_COMMANDS = "commands_at_night"  # a member's command in a group in quiet hours: dropped, never said to the room
EMERGENCY = "emergency"  # what a person in danger now makes the bot say: first, and in quiet hours too
Pace = Literal["defer", "drop"]  # what quiet hours do to a plugin's messages: hold them till morning, or drop them


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

    def with_plugin_defaults(self, models: dict[str, type[PluginConfig]]) -> OutboxSection:
        """These settings with each plugin's own defaults filled in where the file says nothing about it."""
        priorities = {EMERGENCY: 0, COMMANDS: 1} | {n: m.send_priority for n, m in models.items()} | self.priorities
        exempt = list(dict.fromkeys([*self.quiet_hours_exempt, EMERGENCY]))  # nobody may hold back an emergency
        if COMMANDS not in exempt and COMMANDS not in self.quiet_hours_hold:
            exempt.append(COMMANDS)
        hold = dict(self.quiet_hours_hold)
        for name, model in models.items():
            if name in exempt or name in hold:
                continue
            if model.at_night == "send":
                exempt.append(name)
            else:
                hold[name] = model.at_night
        return self.model_copy(update={"priorities": priorities, "quiet_hours_exempt": exempt,
                                       "quiet_hours_hold": hold})
    retry_s: float = Field(5.0, gt=0, le=3600, description="wait after a failed send, doubling each time")
    seed: int | None = None
    max_attempts: int = Field(5, ge=1, le=100, description="failed sends before an action is marked failed")
    retry_max_s: float = Field(300.0, gt=0, le=86400, description="the longest wait between two attempts")
    send_timeout_s: float = Field(15.0, gt=0, le=300, description="a send not done by then is a failed attempt")
    never_give_up: list[str] = Field(default_factory=lambda: ["moderation", "system"],
                                     description="plugins whose actions a full backlog never drops")


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
    at_night: ClassVar[Pace | Literal["send"]] = "defer"  # in quiet hours; `outbox.quiet_hours_*` override

    enabled: bool = True
