"""Alembic environment: runs on the connection the store hands over."""
from alembic import context
from sqlmodel import SQLModel

import bot.models  # noqa: F401  (registers the core tables)

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
