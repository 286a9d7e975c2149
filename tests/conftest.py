"""The project's tests use the kit it ships for plugin authors (bot/testing.py): the `make_bot` fixture."""
pytest_plugins = ["bot.testing"]
