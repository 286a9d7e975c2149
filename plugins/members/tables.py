"""What the members plugin keeps: daily activity per member, segments, the owners' posts and their answers, tags."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import column, table
from sqlmodel import Field, SQLModel

SEGMENTS = ("kol", "active", "ordinary", "lurker", "newcomer")
SIGNUPS = table("activities_signups", column("room_id"), column("contact_id"), column("signed_at"),
                column("cancelled_at"))  # the activities plugin's sign-ups, met in the store


class MemberDay(SQLModel, table=True):
    """One member's day in one room: messages sent and replies received (mentions and quotes)."""

    __tablename__ = "members_days"
    room_id: str = Field(primary_key=True)
    day: int = Field(primary_key=True)  # date.toordinal() in the bot's timezone
    contact_id: str = Field(primary_key=True)
    messages: int = 0
    replies: int = 0


class Segment(SQLModel, table=True):
    """A member's segment in a room as last computed, with the one before and the score behind it."""

    __tablename__ = "members_segments"
    room_id: str = Field(primary_key=True)
    contact_id: str = Field(primary_key=True)
    segment: str
    previous: str = ""
    since: int  # the day it entered this segment
    score: int = 0
    score_before: int = 0  # the same score over the window before


class SegmentCount(SQLModel, table=True):
    """How many members of a room were in each segment on a day."""

    __tablename__ = "members_segment_counts"
    room_id: str = Field(primary_key=True)
    day: int = Field(primary_key=True)
    segment: str = Field(primary_key=True)
    count: int = 0


class OwnerPost(SQLModel, table=True):
    """A post of an owner or operator in a room, and how long until a member answered it."""

    __tablename__ = "members_owner_posts"
    id: str = Field(primary_key=True)
    room_id: str = Field(index=True)
    posted_at: datetime = Field(index=True)
    answered_s: int | None = None


class Tag(SQLModel, table=True):
    """Something known about a person: city, interests, age group, trade."""

    __tablename__ = "members_tags"
    contact_id: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    value: str = Field(primary_key=True)
    source: str = "intro"  # intro | operator


class Warned(SQLModel, table=True):
    """The day a room's operator was last warned of a death signal (kept so a restart repeats none)."""

    __tablename__ = "members_warned"
    room_id: str = Field(primary_key=True)
    signal: str = Field(primary_key=True)
    day: int


class HealthNote(SQLModel, table=True):
    """A room's health as the night's job last found it (JSON of health.Health): the console lists rooms from these."""

    __tablename__ = "members_health"
    room_id: str = Field(primary_key=True)
    day: int
    figures: str
