"""Core tables: rooms, members, messages, room changes, actions (the action log and outbox), scheduled jobs,
room leases."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, false
from sqlmodel import Field, SQLModel


class Room(SQLModel, table=True):
    """A group the bot is in."""

    __tablename__ = "rooms"
    id: str = Field(primary_key=True)
    topic: str | None = None
    first_seen: datetime
    last_active: datetime


class Member(SQLModel, table=True):
    """A person as a member of one room."""

    __tablename__ = "members"
    room_id: str = Field(primary_key=True)
    contact_id: str = Field(primary_key=True)
    name: str = ""
    role: str = "member"
    first_seen: datetime
    joined_at: datetime | None = None
    left_at: datetime | None = None
    last_spoke: datetime | None = None
    message_count: int = 0


class Message(SQLModel, table=True):
    """Every message the bot received, stored once per platform message id."""

    __tablename__ = "messages"
    id: str = Field(primary_key=True)
    ts: datetime = Field(index=True)
    room_id: str | None = Field(default=None, index=True)
    sender: str
    sender_name: str = ""
    type: str = "text"
    text: str = ""  # emptied after store.retention_days (bot.retention); the row and the counts stay
    mentions: str = ""  # space-separated contact ids
    reply_to: str | None = None  # the id of the message quoted
    url: str | None = None
    title: str | None = None
    # a plugin stopped it (an ad caught): see bot.stopped; the store fills it in, inserts never name it
    blocked: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=false()))


class RoomChange(SQLModel, table=True):
    """People joining or leaving a room, as the event said (for `qunbot export` to write it back as it came)."""

    __tablename__ = "room_changes"
    id: str = Field(primary_key=True)  # the event's id
    ts: datetime = Field(index=True)
    room_id: str
    kind: str  # join | leave
    members: str = "[]"  # JSON list of {"id", "name"}
    by: str | None = None  # the inviter (join) or remover (leave)


class ActionLog(SQLModel, table=True):
    """The action log: every action the bot did or will do (`bot.actions.Action`); pending rows are the outbox."""

    __tablename__ = "actions"
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    plugin: str = Field(index=True)
    ref: str = Field(default="", index=True)  # read back by ref and cause after a restart (plugins.nudge.emergency_log)
    cause: str | None = Field(default=None, index=True)
    kind: str  # say | private | remove | image (text: the file's path)
    room: str | None = None
    to: str | None = None
    mentions: str = ""  # space-separated contact ids
    text: str = ""
    priority: int = 3
    status: str = Field(default="pending", index=True)  # pending | waiting | delivered | dropped | failed
    delivered_at: datetime | None = None
    note: str = ""
    account: str = Field(default="", index=True)  # the WeChat account that sends it (bot.account)
    # A follow-up (status "waiting") waits for the action `follows`: it goes once that one ends as `follows_if`
    # (delivered, or failed), and is dropped when it ends otherwise (bot.outbox; Context.once_done)
    follows: int | None = Field(default=None, index=True)
    follows_if: str = ""


class ScheduledJob(SQLModel, table=True):
    """A plugin's timer or recurring job; kept in the store so a restart loses none."""

    __tablename__ = "scheduled_jobs"
    id: str = Field(primary_key=True)
    plugin: str
    handler: str
    data: str = "{}"
    cron: str | None = None
    next_run: datetime = Field(index=True)
    grace_s: int = 300


class RoomLease(SQLModel, table=True):
    """Which account acts for a room several accounts sit in, until when; renewed on a heartbeat (bot.leases)."""

    __tablename__ = "room_leases"
    room_id: str = Field(primary_key=True)
    account: str
    expires_at: datetime


class EventClaim(SQLModel, table=True):
    """An event in a shared room that one account acted on: no account acts on it again (bot.shared_rooms)."""

    __tablename__ = "event_claims"
    event_id: str = Field(primary_key=True)
    room_id: str
    account: str
    at: datetime = Field(index=True)


class ConsoleLink(SQLModel, table=True):
    """A console sign-in link that was used: kept until it would have expired, so it never works twice."""

    __tablename__ = "console_links"
    nonce: str = Field(primary_key=True)
    contact_id: str
    expires_at: float  # wall-clock seconds, as the link itself says
