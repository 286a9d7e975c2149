"""The project's tests use the kit it ships for plugin authors (bot/testing.py): the `make_bot` fixture.

The PostgreSQL run (`make test-postgres`) skips the tests listed in `store_free.txt`: test functions (every case of
them) that never ask for a store (`store_url`, a TestBot's config), so under PostgreSQL they would run exactly as they
do on SQLite. Every other run checks the list: a listed test that asks for a store fails the run with its name. Write
the list again after a whole run: `QUNBOT_RECORD_STORE_FREE=1 .venv/bin/pytest -q`.
"""
import os
from pathlib import Path

import pytest

pytest_plugins = ["bot.testing"]

STORE_FREE = Path(__file__).with_name("store_free.txt")
RECORD_ENV = "QUNBOT_RECORD_STORE_FREE"
MENTIONS_POSTGRES = ("on_postgres", "STORE_URL_ENV", "QUNBOT_TEST_STORE_URL")  # files that choose by the store
_asking: set[str] = set()  # tests (file::function, every case) that asked for a store in this run
_ran: set[str] = set()


def _test(item) -> str:
    """file::function (a class's method as file::Class::method), the same for every case of a parametrized test."""
    return item.path.name + "::" + item.nodeid.split("::", 1)[1].split("[", 1)[0]


def _listed() -> set[str]:
    if not STORE_FREE.exists():
        return set()
    lines = STORE_FREE.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def pytest_collection_modifyitems(config, items):
    from bot import testing  # imported here, after pytest has loaded it as a plugin (its asserts rewritten)

    if not testing.on_postgres():
        return
    listed = _listed()
    skipped = [item for item in items if _test(item) in listed]
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = [item for item in items if _test(item) not in listed]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    from bot import testing

    before = testing.stores_asked  # module fixtures are made in the first test's setup: counted here too
    yield
    _ran.add(_test(item))
    if testing.stores_asked != before:
        _asking.add(_test(item))


def pytest_sessionfinish(session, exitstatus):
    from bot import testing

    if testing.on_postgres():
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if os.environ.get(RECORD_ENV):
        here = Path(__file__).parent
        free = sorted(test for test in _ran - _asking if not any(
            word in (here / test.split("::")[0]).read_text(encoding="utf-8") for word in MENTIONS_POSTGRES))
        STORE_FREE.write_text("# Tests that never ask for a store: the PostgreSQL run skips them (tests/conftest.py)\n"
                              + "".join(f"{name}\n" for name in free), encoding="utf-8")
        if reporter:
            reporter.write_line(f"{STORE_FREE}: {len(free)} of {len(_ran)} tests never ask for a store")
        return
    wrong = sorted(_asking & _listed())
    if wrong:
        if reporter:
            reporter.write_line(f"tests/store_free.txt lists {', '.join(wrong)}, which ask for a store: take them out "
                                "of the list (the PostgreSQL run skips the tests listed there)", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def chinese_operator(monkeypatch):
    """What the command line and config checks say is Chinese unless a test asks for English (LANG=en...)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
