"""Sends noted the moment the platform took them, before the store knows: a crash in between does not send them twice.

Marking an action delivered in the store waits for the store's one unit of work (an event being handled may hold it)
and a commit; a bot killed in that moment used to send the action again after its restart. So each send is first
appended to a small file beside the SQLite store (`<store>-sent`): one line, "id created_at delivered_at", written
straight to the file (a killed process loses nothing the kernel has). When the outbox takes its pending actions back
after a restart, one listed there is marked delivered instead of sent again; the file is emptied whenever every send
in it is committed in the store. What remains doubled is a send the platform took in the last instant before a
crash, before its answer came back. Only a SQLite file store has the file (one process per store; not the
throw-away store a replay uses); elsewhere delivery stays at least once with the wider window.
"""
from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from bot.actions import Action
from bot.store import Store

log = logging.getLogger("qunbot.outbox")


def _utc(at: datetime) -> str:
    """A time as the store keeps it (UTC, to the second), for matching a noted send to its row."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="seconds")


class SentNotes:
    """The append-only file of sends not yet known to be committed in the store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.unmarked = False  # a send is noted whose mark in the store is not written yet
        self._dirty = False  # the file may hold lines

    @classmethod
    def beside(cls, store: Store) -> SentNotes | None:
        """The notes for a SQLite file store (None for any other store, or a throw-away one: no restart reads it)."""
        url = store.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or store.throwaway:
            return None
        db = Path(url.database)
        return cls(db.with_name(db.name + "-sent"))

    def note(self, action: Action) -> None:
        """The platform took this action (written at once; never raises: the store's mark follows anyway)."""
        line = f"{action.id} {_utc(action.created_at)} {(action.delivered_at or action.created_at).isoformat()}\n"
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line.encode())
            finally:
                os.close(fd)
            self.unmarked = self._dirty = True
        except OSError as exc:
            log.warning("could not note a send in %s: %s (a crash now may send it twice)", self.path, exc)

    def taken(self, pending: list[Action]) -> list[Action]:
        """Of the actions still pending in the store, those the file says the platform took (after a crash)."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        except OSError as exc:
            log.warning("could not read the sends noted in %s: %s", self.path, exc)
            return []
        self._dirty = self._dirty or bool(text)
        noted: dict[int, tuple[str, datetime]] = {}
        for line in text.splitlines():
            parts = line.split()
            if len(parts) != 3 or not parts[0].isdigit():
                continue  # a line cut short by the crash
            try:
                noted[int(parts[0])] = (parts[1], datetime.fromisoformat(parts[2]))
            except ValueError:
                continue
        found = []
        for action in pending:
            entry = noted.get(action.id or 0)
            if entry is not None and entry[0] == _utc(action.created_at):  # the same action, not a restored id
                action.delivered_at = entry[1]
                found.append(action)
        return found

    def rolled_back(self) -> None:
        """The store threw away what was not committed, marks of noted sends perhaps among it: keep the notes."""
        self.unmarked = self.unmarked or self._dirty

    def committed(self) -> None:
        """The store committed: when every send noted is marked in it, start the file afresh."""
        if not self._dirty or self.unmarked:
            return
        try:
            os.truncate(self.path, 0)
            self._dirty = False
        except FileNotFoundError:
            self._dirty = False
        except OSError as exc:
            log.warning("could not empty %s: %s", self.path, exc)
