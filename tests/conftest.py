"""The project's tests use the kit it ships for plugin authors (bot/testing.py): the `make_bot` fixture.

`harness` is the older fixture (tests/factories.py) some tests still use until they move to the kit.
"""
from __future__ import annotations

import pytest

from tests.factories import Harness

pytest_plugins = ["bot.testing"]


@pytest.fixture
async def harness(tmp_path):
    """Make harnesses in this test's folder; each bot's store is closed at the end."""
    made: list[Harness] = []

    def make(config: str = "", plugins=None, **kw) -> Harness:
        h = Harness(tmp_path, config, plugins, **kw)
        made.append(h)
        return h

    yield make
    for h in made:
        if h.app is not None:
            h.app.store.close()
