# The whole quick start: `make run` (the sandbox) and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres lint migration

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[test,postgres]' >&2
	@touch $(STAMP)

run: $(STAMP)
	@$(VENV)/bin/qunbot run

test: $(STAMP)
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/mypy
	@$(VENV)/bin/pytest -q

# The whole suite again on a throw-away PostgreSQL 15 server (Debian's postgresql-15; started and stopped here)
test-postgres: $(STAMP)
	@tools/with-postgres $(VENV)/bin/pytest -q

lint: $(STAMP)
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/mypy

# A new Alembic migration for changed or new tables: make migration MSG="..." (the core's tables), or
# make migration PLUGIN=nudge MSG="add a column" (into plugins/nudge/migrations, the plugin's own branch)
migration: $(STAMP)
	@$(VENV)/bin/python -m bot.migrations.new "$(MSG)" --plugin "$(or $(PLUGIN),core)"
