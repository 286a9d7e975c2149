"""Guards for a SQLite store file: one bot process per file, and never a silently recreated empty store."""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreRefused(Exception):
    """The store cannot be used safely; the message says why and what to do."""


def check_file(db: Path) -> None:
    """Refuse an existing store file that is empty or not a SQLite database (a new file may be created)."""
    if not db.exists():
        return
    try:
        with db.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreRefused(f"cannot read the store {db}: {exc.strerror}") from None
    if not header:
        raise StoreRefused(f"the store {db} is empty (0 bytes), so everything it held is gone: restore it from a "
                           f"backup, or delete the file to start with an empty store on purpose")
    if header != SQLITE_HEADER:
        raise StoreRefused(f"the store {db} is not a SQLite database (damaged, or another file): restore it from a "
                           f"backup, or move it away to start with an empty store on purpose")


class ProcessLock:
    """An exclusive lock on `<store>.lock` for as long as the bot runs; a second process is refused with its pid."""

    def __init__(self, db: Path) -> None:
        self.path = db.with_name(db.name + ".lock")
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._fd, 32, 0).decode(errors="replace").strip() or "unknown"
            os.close(self._fd)
            self._fd = None
            raise StoreRefused(f"the store {db} is in use by another qunbot process (pid {holder}); run one bot per "
                               f"SQLite store, or set store.url to PostgreSQL to run several") from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, str(os.getpid()).encode(), 0)

    def release(self) -> None:
        """Let another process use the store."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
