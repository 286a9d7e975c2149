"""What the outbox gave up and why: attempts with back-off, failures for the owners, counts by plugin and kind."""
from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.actions import Action
from bot.adapters.base import Offline, Undeliverable
from bot.models import ActionLog
from bot.outbox_settings import EMERGENCY, OutboxSection

log = logging.getLogger("qunbot.outbox")


def reason_of(exc: BaseException, timeout_s: float) -> str:
    """A failed attempt in a few words for logs, the action log and the owners."""
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout_s:g} s"
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


class Attempts:
    """Failed attempts per action: exponential back-off from `retry_s`, at most `max_attempts` in all.

    Kept in memory: a restart gives a pending action a fresh budget, which is still bounded.
    """

    def __init__(self) -> None:
        self._count: dict[int, int] = {}

    def failed(self, action: Action, settings: OutboxSection, now: datetime, exc: BaseException) -> datetime | None:
        """Count a failure; when to try again, or None when the action should be given up."""
        if isinstance(exc, Offline):  # nothing was tried: no attempt spent
            return now + timedelta(seconds=settings.retry_s)
        if isinstance(exc, Undeliverable):
            return None
        n = self._count[action.id or 0] = self._count.get(action.id or 0, 0) + 1
        if n >= settings.max_attempts:
            return None
        return now + timedelta(seconds=min(settings.retry_s * 2 ** (n - 1), settings.retry_max_s))

    def forget(self, action: Action) -> None:
        """The action left the queue (delivered, failed or dropped)."""
        self._count.pop(action.id or 0, None)

    def of(self, action: Action) -> int:
        """How many attempts this action has failed so far."""
        return self._count.get(action.id or 0, 0)


class GiveUps:
    """Counts of actions dropped or failed, by status, plugin and kind; failures waiting to be reported."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.unreported: list[Action] = []

    def add(self, action: Action, status: str) -> None:
        """Count one action given up (`dropped`, `folded` into a summary, or `failed`); failures are kept for the
        owners' report."""
        self.counts[(status, action.plugin, action.kind)] += 1
        if status == "failed" and action.plugin != "system":  # a failed report is never reported again
            self.unreported.append(action)

    def by(self, status: str) -> dict[str, int]:
        """{"plugin/kind": count} for one status, sorted."""
        return {f"{p}/{k}": n for (s, p, k), n in sorted(self.counts.items()) if s == status}

    def take_unreported(self) -> list[Action]:
        """Failures not reported yet (and forget them)."""
        taken, self.unreported = self.unreported, []
        return taken


def protected(action: Action, settings: OutboxSection) -> bool:
    """Removals, what an emergency makes the bot say, and the plugins in `never_give_up` (moderation by default) are
    never given up for a full backlog."""
    return action.kind == "remove" or action.plugin == EMERGENCY or action.plugin in settings.never_give_up


def recent_sends(db: Session, since: datetime, account: str | None = None,
                 room: str | None = None) -> list[tuple[str, datetime]]:
    """(lane, delivered_at) of actions delivered since `since`, oldest first: the send windows after a restart
    (only one account's sends, or only one room's, when given)."""
    query = select(ActionLog).where(ActionLog.status == "delivered", col(ActionLog.delivered_at) >= since)
    if account is not None:
        query = query.where(col(ActionLog.account) == account)
    if room is not None:
        query = query.where(col(ActionLog.room) == room)
    rows = db.exec(query.order_by(col(ActionLog.delivered_at))).all()
    out = []
    for row in rows:
        assert row.delivered_at is not None
        at = row.delivered_at if row.delivered_at.tzinfo else row.delivered_at.replace(tzinfo=since.tzinfo)
        out.append((row.room if row.room is not None else f"private:{row.to}", at))
    return out
