"""The daily topic: the bank of open questions, and when today's was posted (its askers are thanked in the evening)."""
from __future__ import annotations

from datetime import datetime, tzinfo

QUESTIONS = "questions"  # the bank of open questions, shared by every audience


def posted_at(slot_keys: list[str], tz: tzinfo) -> datetime | None:
    """The earliest of today's topic slots ("2026-11-23T10:30") as a time, if any was posted."""
    if not slot_keys:
        return None
    return datetime.strptime(min(slot_keys), "%Y-%m-%dT%H:%M").replace(tzinfo=tz)
