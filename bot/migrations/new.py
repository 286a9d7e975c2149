"""Write the next migration of the core or of one plugin: `make migration [PLUGIN=faq] MSG="..."`."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import Table
from sqlmodel import SQLModel

from bot import discovery
from bot.store import CORE_VERSIONS, Store, alembic_config

CORE = "core"


def tables_of(branch: str) -> set[str]:
    """Names of the tables whose models live in the core (`bot.*`) or in the plugin's module and below."""
    prefix = "bot" if branch == CORE else discovery.module_of(branch)
    if prefix is None:
        raise SystemExit(f"no plugin called {branch!r}")
    owned = set()
    for mapper in SQLModel._sa_registry.mappers:
        module = mapper.class_.__module__
        if (module == prefix or module.startswith(prefix + ".")) and isinstance(mapper.local_table, Table):
            owned.add(mapper.local_table.name)
    return owned


def folder_of(branch: str) -> Path:
    """Where the branch's revisions go: bot/migrations/versions, or migrations/ inside the plugin's package."""
    if branch == CORE:
        return CORE_VERSIONS
    package = discovery.package_folder(branch)
    if package is None:
        raise SystemExit(f"plugin {branch!r} is a single module: make it a package to give it migrations")
    return package / "migrations"


def main(message: str, branch: str = CORE) -> None:
    """Import every plugin (so all tables are known), migrate a scratch store, autogenerate the branch's changes."""
    for name in discovery.installed():
        discovery.find_plugin(name)
    folder = folder_of(branch)
    existing = sorted(folder.glob(f"{branch}_[0-9][0-9][0-9][0-9]_*.py"))
    rev_id = f"{branch}_{len(existing) + 1:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    folders = discovery.migration_folders()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        store.migrate(folders)
        cfg = alembic_config(folders if folder in folders or branch == CORE else [*folders, folder])
        cfg.attributes["tables"] = tables_of(branch)
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id, version_path=str(folder),
                             head=f"{branch}@head" if existing else "base",
                             branch_label=None if existing else branch)
        store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bot.migrations.new", description=__doc__)
    parser.add_argument("message", help="what changed")
    parser.add_argument("--plugin", default=CORE, help="the plugin whose tables changed (default: the core)")
    args = parser.parse_args()
    main(args.message, args.plugin)
