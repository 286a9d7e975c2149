"""What the FAQ keeps: when each entry was last answered in a room, unanswered questions, entries taught in chat,
likely answers suggested to operators."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, func
from sqlmodel import Field as Column
from sqlmodel import SQLModel, col, select

from bot.keeping import Records, Write, change, insert, upsert
from bot.undo import Map


class FaqRecent(SQLModel, table=True):
    """When an entry was last answered (and pointed to) in a room: the cool-down."""

    __tablename__ = "faq_recent"
    room_id: str = Column(primary_key=True)
    entry_id: str = Column(primary_key=True)
    answered_at: datetime
    pointed_at: datetime | None = None


class FaqUnanswered(SQLModel, table=True):
    """A question nobody's FAQ answered, counted, so operators know what to add next."""

    __tablename__ = "faq_unanswered"
    key: str = Column(primary_key=True)
    sample: str
    count: int = 1
    last_at: datetime = Column(index=True)


class FaqAdded(SQLModel, table=True):
    """An entry an operator taught in chat (`/faq add 问题 | 答案`)."""

    __tablename__ = "faq_added"
    id: str = Column(primary_key=True)
    question: str
    answer: str
    keywords: str = "[]"  # JSON list of words (groups in rows from before plain keywords)
    created_by: str = ""
    created_at: datetime


class FaqHidden(SQLModel, table=True):
    """A file entry an operator switched off in chat (`/faq del ID`)."""

    __tablename__ = "faq_hidden"
    id: str = Column(primary_key=True)
    hidden_at: datetime


FORGET = timedelta(days=2)  # a suggestion is kept this long (it is sent within 12 hours or not at all)


class FaqSuggested(SQLModel, table=True):
    """A likely answer suggested privately to an operator, by its number for `/发 N`: numbers are never used twice
    (a restart or another room cannot make `/发 1` send someone else's answer)."""

    __tablename__ = "faq_suggested"
    number: int | None = Column(default=None, primary_key=True)
    room_id: str
    room_topic: str = ""
    asker: str
    asker_name: str
    asked: str
    entry_id: str
    asked_at: datetime
    sent_at: datetime | None = None


class Answered(NamedTuple):
    """When an entry was last answered in a room, and last pointed to after that."""

    answered_at: datetime
    pointed_at: datetime | None


_ANSWERED = upsert(FaqRecent, key=("room_id", "entry_id"), batched=True)
_UNANSWERED = upsert(FaqUnanswered, key=("key",), update=("last_at",), increment=("count",), batched=True)


_SUGGEST = insert(FaqSuggested, new_id=True)
_SUGGESTED_BEFORE: Write[Any] = Write(
    delete(FaqSuggested).where(col(FaqSuggested.asked_at) < bindparam("before")), batched=True)
_SENT = change(FaqSuggested, where=lambda p: [col(FaqSuggested.number) == p.number,
                                              col(FaqSuggested.sent_at).is_(None)],
               values=lambda p: {"sent_at": p.sent_at})


class Suggested(Records):
    """The likely answers suggested to operators, kept across restarts."""

    def add(self, room: str, room_topic: str, asker: str, asker_name: str, asked: str, entry_id: str,
            at: datetime) -> int:
        """Keep a suggestion; its number (the next one, never used before). Suggestions older than FORGET go (a
        member's words are not kept for nothing); the newest row always stays, so no number is drawn twice."""
        number = self.new_id(_SUGGEST, room_id=room, room_topic=room_topic, asker=asker, asker_name=asker_name,
                             asked=asked, entry_id=entry_id, asked_at=at, sent_at=None)
        self.write(_SUGGESTED_BEFORE, before=at - FORGET)
        return number

    def newest(self) -> int:
        """The highest number given so far (0 before the first)."""
        return self.db.exec(select(func.max(FaqSuggested.number))).one() or 0

    def get(self, number: int) -> FaqSuggested | None:
        """The suggestion of that number, if it was ever made."""
        return self.db.get(FaqSuggested, number)

    def sent(self, number: int, at: datetime) -> bool:
        """Mark it sent; False when it was sent already (another tap, another operator): it goes once."""
        return self.changed(_SENT, number=number, sent_at=at) == 1


class Answers(Records):
    """Answers given per room (the cool-down) and questions left unanswered."""

    def _recent(self) -> Map[tuple[str, str], Answered]:
        """Every room's answers, read once, then written through (so a question costs no query)."""
        return self.cached(lambda: Map({(r.room_id, r.entry_id): Answered(r.answered_at, r.pointed_at)
                                        for r in self.db.exec(select(FaqRecent)).all()}))

    def recent(self, room: str, entry: str) -> Answered | None:
        """When `entry` was last answered (and pointed to) in `room`, if ever."""
        return self._recent().get((room, entry))

    def answered(self, room: str, entry: str, at: datetime, pointed_at: datetime | None) -> None:
        """`entry` was answered in `room` at `at` (keeping when it was last pointed to)."""
        self._recent()[(room, entry)] = Answered(at, pointed_at)
        self.write(_ANSWERED, room_id=room, entry_id=entry, answered_at=at, pointed_at=pointed_at)

    def pointed(self, room: str, entry: str, answered_at: datetime, at: datetime) -> None:
        """A repeat of `entry` in `room` was pointed to the earlier answer at `at`."""
        self._recent()[(room, entry)] = Answered(answered_at, at)
        self.write(_ANSWERED, room_id=room, entry_id=entry, answered_at=answered_at, pointed_at=at)

    def unanswered(self, key: str, sample: str, at: datetime) -> None:
        """Count a question no entry answered (`key`: its compact form)."""
        self.write(_UNANSWERED, key=key, sample=sample, last_at=at)

    def most_asked_unanswered(self, limit: int = 10) -> list[FaqUnanswered]:
        """Unanswered questions, most asked (then most recent) first."""
        return list(self.db.exec(select(FaqUnanswered).order_by(
            col(FaqUnanswered.count).desc(), col(FaqUnanswered.last_at).desc()).limit(limit)).all())


class Taught(Records):
    """Entries operators added in chat, and file entries they hid."""

    def added(self) -> list[FaqAdded]:
        """Every entry taught in chat."""
        return list(self.db.exec(select(FaqAdded)).all())

    def hidden(self) -> set[str]:
        """Ids of the file entries switched off."""
        return {h.id for h in self.db.exec(select(FaqHidden)).all()}

    def teach(self, entry_id: str, question: str, answer: str, keywords: list[str], by: str,
              at: datetime) -> None:
        """Add an entry taught in chat."""
        self.db.add(FaqAdded(id=entry_id, question=question, answer=answer, created_by=by,
                             keywords=json.dumps(keywords, ensure_ascii=False), created_at=at))

    def drop(self, entry_id: str, at: datetime) -> None:
        """Forget a taught entry, or hide a file entry."""
        added = self.db.get(FaqAdded, entry_id)
        if added is not None:
            self.db.delete(added)
        else:
            self.db.add(FaqHidden(id=entry_id, hidden_at=at))
