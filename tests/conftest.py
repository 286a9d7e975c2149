"""Shared fixtures: a harness factory that stops every bot it started."""
from __future__ import annotations

import pytest

from tests.factories import Harness


@pytest.fixture(autouse=True)
def chinese_operator(monkeypatch):
    """What the command line and config checks say is Chinese unless a test asks for English (LANG=en...)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")


@pytest.fixture
async def harness(tmp_path):
    """Make harnesses in this test's folder; each bot is stopped at the end."""
    made: list[Harness] = []

    def make(config: str = "", plugins=None, **kw) -> Harness:
        h = Harness(tmp_path, config, plugins, **kw)
        made.append(h)
        return h

    yield make
    for h in made:
        if h.app is not None:
            h.app.store.close()
