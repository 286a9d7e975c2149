"""What the built-in commands plugin remembers while the bot runs (its typed state)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class CoreState:
    """The claim code in force while nobody owns the bot, and how far retention has emptied message text."""

    claim_code: str | None = None
    retained_until: datetime | None = None  # messages before this had their text removed (this process's runs)
