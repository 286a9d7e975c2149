"""Write the next migration from the difference between the models and the schema: `make migration MSG="..."`."""
from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

import plugins
from bot.store import MIGRATIONS, Store


def main(message: str) -> None:
    """Import every plugin (so its tables are known), migrate a scratch database to head, autogenerate the rest."""
    for module in pkgutil.iter_modules(plugins.__path__):
        importlib.import_module(f"plugins.{module.name}")
    existing = sorted(p.name.split("_")[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    rev_id = f"{int(existing[-1]) + 1:04d}" if existing else "0001"
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        store.migrate()
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        store.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit('usage: python -m bot.migrations.new "what changed"')
    main(sys.argv[1])
