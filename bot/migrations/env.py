"""Alembic environment: runs on the connection the store hands over; a new revision sees only its branch's tables."""
from alembic import context
from sqlmodel import SQLModel

import bot.models  # noqa: F401  (registers the core tables)

connection = context.config.attributes["connection"]
owned: set[str] | None = context.config.attributes.get("tables")  # set by bot.migrations.new


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """While writing a revision, compare only the tables of the branch it goes into."""
    if owned is None:
        return True
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table in owned


context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True,
                  include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
