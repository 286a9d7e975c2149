"""Prepared statements write rows the ORM reads back exactly, and say which value is missing."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, insert, select
from sqlmodel import col

from bot.models import ScheduledJob
from bot.statements import Statement
from bot.store import Store
from bot.testing import store_url
from bot.work import Work

BEIJING = timezone(timedelta(hours=8))
ADD = Statement(insert(ScheduledJob).values(id=bindparam("id"), plugin="p", handler="h", data="{}",
                                            next_run=bindparam("when"), grace_s=60))
AT = Statement(select(col(ScheduledJob.id)).where(col(ScheduledJob.next_run) == bindparam("when"))
               .order_by(col(ScheduledJob.id)))
DUE = Statement(select(col(ScheduledJob.id), col(ScheduledJob.next_run))
                .where(col(ScheduledJob.next_run) <= bindparam("now")).order_by(col(ScheduledJob.next_run)))


@pytest.fixture
def work(tmp_path):
    store = Store(store_url(tmp_path))
    store.migrate()
    work = Work(store)
    yield work
    work.close()
    store.close()


def test_a_prepared_write_and_an_orm_write_store_the_same_time(work):
    when = datetime(2026, 1, 1, 8, 0, tzinfo=BEIJING)
    work.run(ADD, id="prepared", when=when)
    with work.session() as db:
        db.add(ScheduledJob(id="orm", plugin="p", handler="h", next_run=when + timedelta(microseconds=1)))
        db.commit()
    work.commit()
    with work.session() as db:
        assert db.get(ScheduledJob, "prepared").next_run == when
    # compared in SQL, the two rows sort by time, not by how they were written
    assert work.rows(DUE, now=when) == [("prepared", when)]
    assert [r[0] for r in work.rows(DUE, now=when + timedelta(seconds=1))] == ["prepared", "orm"]
    with work.session() as db:
        db.add(ScheduledJob(id="orm-same", plugin="p", handler="h", next_run=when))
        db.commit()
    assert work.rows(AT, when=when) == [("orm-same",), ("prepared",)]


def test_a_missing_value_is_named(work):
    with pytest.raises(TypeError, match="'when'"):
        work.run(ADD, id="x")
