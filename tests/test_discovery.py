"""Plugins are found by name in plugins/ or through an entry point of an installed distribution, tables and all."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot import discovery
from bot.app import find_plugin

HELLO = '''
"""Hello: a plugin that lives outside plugins/."""
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room, text_message

plugin = Plugin(name="hello", description="打招呼")


@plugin.on(MessageReceived, in_room, text_message)
async def greet(ctx: Context, event: MessageReceived) -> None:
    """Greet back."""
    ctx.reply("你好呀")
'''

HELLO_MIGRATION = '''
"""hello tables"""
from alembic import op
import sqlalchemy as sa

revision = "hello_0001"
down_revision = None
branch_labels = ("hello",)
depends_on = None


def upgrade() -> None:
    op.create_table("hello_greetings", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("hello_greetings")
'''


def _install_hello(site: Path) -> None:
    """A distribution `qunbot-hello` as pip would leave it: the package and a dist-info naming the entry point."""
    package = site / "qunbot_hello"
    (package / "migrations").mkdir(parents=True)
    (package / "__init__.py").write_text(textwrap.dedent(HELLO), encoding="utf-8")
    (package / "migrations" / "hello_0001_tables.py").write_text(textwrap.dedent(HELLO_MIGRATION), encoding="utf-8")
    info = site / "qunbot_hello-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: qunbot-hello\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[qunbot.plugins]\nhello = qunbot_hello\n", encoding="utf-8")


@pytest.fixture(autouse=True)
def _forget_hello():
    """Each test installs its own copy: none may find the module another one imported."""
    yield
    sys.modules.pop("qunbot_hello", None)


def test_shipped_plugins_are_found_by_name():
    assert {"faq", "moderation", "nudge", "posts", "welcome"} <= set(discovery.installed())
    found = find_plugin("faq")
    assert found is not None and found.name == "faq"
    assert find_plugin("no_such_plugin") is None


async def test_a_plugin_of_an_installed_distribution_is_found_migrated_and_run(make_bot, tmp_path, monkeypatch):
    _install_hello(tmp_path / "site")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    assert "hello" in discovery.installed()
    assert discovery.migrations_of("hello") == tmp_path / "site" / "qunbot_hello" / "migrations"
    bot = make_bot("plugins:\n  hello: {}\n")
    app = await bot.start()
    await bot.send_message("大家好")
    await bot.settle()
    assert bot.texts("hello") == ["你好呀"]
    with app.store.engine.connect() as conn:
        assert "hello_greetings" in inspect(conn).get_table_names()


def test_an_entry_point_whose_plugin_has_another_name_is_not_included(tmp_path, monkeypatch):
    _install_hello(tmp_path / "site")
    info = tmp_path / "site" / "qunbot_hello-0.1.dist-info" / "entry_points.txt"
    info.write_text("[qunbot.plugins]\nhullo = qunbot_hello\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    assert find_plugin("hullo") is None
