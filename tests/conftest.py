"""The project's tests use the kit it ships for plugin authors (bot/testing.py): the `make_bot` fixture."""
import pytest

pytest_plugins = ["bot.testing"]


@pytest.fixture(autouse=True)
def chinese_operator(monkeypatch):
    """What the command line and config checks say is Chinese unless a test asks for English (LANG=en...)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
