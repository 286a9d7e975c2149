"""What the night's health job remembers: each room's health as last found and the warnings already given."""
from __future__ import annotations

from sqlmodel import col, select

from bot.keeping import Records, upsert
from plugins.members.tables import HealthNote, Warned

_WARNED = upsert(Warned, key=("room_id", "signal"))
_HEALTH = upsert(HealthNote, key=("room_id",))


class HealthRecords(Records):
    """A room's health as last computed, and the signals its operator was last warned of."""

    def warned(self, rooms: list[str]) -> dict[tuple[str, str], int]:
        """The day each (room, signal) was last warned of."""
        rows = self.db.exec(select(Warned.room_id, Warned.signal, Warned.day).where(col(Warned.room_id).in_(rooms)))
        return {(r, s): d for r, s, d in rows}

    def warn(self, room: str, signal: str, day: int) -> None:
        """Remember that a room's operator was warned of a signal today."""
        self.write(_WARNED, room_id=room, signal=signal, day=day)

    def keep_health(self, room: str, day: int, figures: str) -> None:
        """Keep a room's health as computed tonight."""
        self.write(_HEALTH, room_id=room, day=day, figures=figures)

    def health_notes(self) -> dict[str, tuple[int, str]]:
        """Every room's health as last kept: room -> (day, figures)."""
        return {r: (d, f) for r, d, f in self.db.exec(select(HealthNote.room_id, HealthNote.day, HealthNote.figures))}
