"""What the activities plugin keeps: each 接龙 and who signed up, cancelled and came."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel, col, select

from bot.keeping import Records
from bot.models import Member


class Activity(SQLModel, table=True):
    """A sign-up opened in a room: its title, when it happens and how many may come."""

    __tablename__ = "activities"
    id: int | None = Field(default=None, primary_key=True)
    room_id: str = Field(index=True)
    title: str
    starts_at: datetime | None = None
    capacity: int | None = None
    opened_by: str = ""
    opened_at: datetime


class Signup(SQLModel, table=True):
    """One member's sign-up for an activity, with the places it takes for those coming along (read by the members
    plugin for its segments: one row per member, whoever comes with them)."""

    __tablename__ = "activities_signups"
    activity_id: int = Field(primary_key=True)
    contact_id: str = Field(primary_key=True)
    room_id: str = Field(index=True)
    name: str = ""
    signed_at: datetime = Field(index=True)
    cancelled_at: datetime | None = None
    attended: bool = False
    party: int = 1  # the places taken: the member and those coming along (我和老伴两个人都去: 2)
    companions: str = ""  # who comes along as the member said it (老伴); "" when not said


def places(people: list[Signup]) -> int:
    """How many places these sign-ups take."""
    return sum(p.party for p in people)


class Signups(Records):
    """Open, join, leave and close activities; the list in sign-up order."""

    def open(self, room: str, title: str, starts_at: datetime | None, capacity: int | None, by: str,
             at: datetime) -> Activity:
        """Open a new activity."""
        activity = Activity(room_id=room, title=title, starts_at=starts_at, capacity=capacity, opened_by=by,
                            opened_at=at)
        self.db.add(activity)
        self.db.flush()
        return activity

    def current(self, room: str, now: datetime) -> Activity | None:
        """The room's newest activity still open for sign-ups."""
        return self.db.exec(select(Activity).where(Activity.room_id == room, Activity.opened_at <= now)
                            .where((col(Activity.starts_at).is_(None)) | (col(Activity.starts_at) > now))
                            .order_by(col(Activity.id).desc()).limit(1)).first()

    def latest(self, room: str) -> Activity | None:
        """The room's newest activity, open or past."""
        return self.db.exec(select(Activity).where(Activity.room_id == room)
                            .order_by(col(Activity.id).desc()).limit(1)).first()

    def get(self, activity_id: int) -> Activity | None:
        """One activity."""
        return self.db.get(Activity, activity_id)

    def people(self, activity: Activity) -> list[Signup]:
        """Who is signed up (not cancelled), first come first."""
        return list(self.db.exec(select(Signup).where(Signup.activity_id == activity.id,
                                                      col(Signup.cancelled_at).is_(None))
                                 .order_by(col(Signup.signed_at), col(Signup.contact_id))).all())

    def join(self, activity: Activity, contact: str, name: str, at: datetime, party: int = 1,
             companions: str = "") -> int:
        """Sign a member up for `party` places (theirs and those coming along): how many places that newly takes (0
        when they had them already; a sign-up for more than before takes the difference)."""
        assert activity.id is not None
        found = self.db.get(Signup, (activity.id, contact))
        if found is None:
            found = Signup(activity_id=activity.id, contact_id=contact, room_id=activity.room_id, name=name,
                           signed_at=at, party=party, companions=companions)
            self.db.add(found)
            had = 0
        elif found.cancelled_at is not None:
            found.cancelled_at, found.signed_at, found.party, found.companions = None, at, party, companions
            had = 0
        elif found.party < party:
            had, found.party, found.companions = found.party, party, companions or found.companions
        else:
            return 0
        self.db.flush()
        return party - had

    def leave(self, activity: Activity, contact: str, at: datetime) -> int:
        """Cancel a member's sign-up with the places they took for those coming along: how many places that frees
        (0 when they had none)."""
        found = self.db.get(Signup, (activity.id, contact))
        if found is None or found.cancelled_at is not None:
            return 0
        found.cancelled_at = at
        self.db.flush()
        return found.party

    def attended(self, activity: Activity, contacts: list[str]) -> int:
        """Mark who came (signed up or not); how many were marked."""
        assert activity.id is not None
        for contact in contacts:
            found = self.db.get(Signup, (activity.id, contact))
            if found is None:
                found = Signup(activity_id=activity.id, contact_id=contact, room_id=activity.room_id,
                               signed_at=activity.starts_at or activity.opened_at)
                self.db.add(found)
            found.attended = True
        self.db.flush()
        return len(contacts)

    def named(self, room: str, names: list[str]) -> dict[str, str]:
        """Members of a room by display name (name -> contact id), for names typed or copied from a list."""
        rows = self.db.exec(select(Member.name, Member.contact_id).where(
            Member.room_id == room, col(Member.name).in_(names), col(Member.left_at).is_(None)))
        return {n: c for n, c in rows}


class DiceGame(SQLModel, table=True):
    """A dice game in a room: the number to roll, until when, and who rolled it first."""

    __tablename__ = "activities_dice"
    id: int | None = Field(default=None, primary_key=True)
    room_id: str = Field(index=True)
    target: int
    prize: str = ""
    opened_by: str = ""
    opened_at: datetime
    ends_at: datetime
    winner: str | None = None
    rolls: int = 0


class DiceGames(Records):
    """Open a game, count the rolls, settle the winner."""

    def running(self, room: str, now: datetime) -> DiceGame | None:
        """The room's game still waiting for its number, if any."""
        return self.db.exec(select(DiceGame).where(DiceGame.room_id == room, col(DiceGame.winner).is_(None),
                                                   DiceGame.opened_at <= now, DiceGame.ends_at > now)
                            .order_by(col(DiceGame.id).desc()).limit(1)).first()

    def open(self, room: str, target: int, prize: str, by: str, at: datetime, ends_at: datetime) -> DiceGame:
        """Start a game."""
        game = DiceGame(room_id=room, target=target, prize=prize, opened_by=by, opened_at=at, ends_at=ends_at)
        self.db.add(game)
        self.db.flush()
        return game

    def rolled(self, game: DiceGame, contact: str, face: int) -> bool:
        """Count a roll; True when it wins (the first roll of the named number)."""
        game.rolls += 1
        if face == game.target and game.winner is None:
            game.winner = contact
        self.db.flush()
        return game.winner == contact

    def get(self, game_id: int) -> DiceGame | None:
        """One game."""
        return self.db.get(DiceGame, game_id)
