# The whole quick start: `make run` (the sandbox) and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres lint migration lock

# The exact versions tested (requirements-test.lock: the core, the wechaty extra and the test tools), then the
# project itself without letting pip choose anything else.
$(STAMP): pyproject.toml requirements-test.lock
	@$(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-test.lock >&2
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e . >&2
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

# Re-resolve the lock files from pyproject.toml's ranges (after changing a dependency, or to take updates):
# requirements.lock (the core: sandbox, replay), requirements-wechaty.lock (+ the real WeChat), requirements-test.lock.
LOCK_TOOLS := /tmp/qunbot-pip-tools
COMPILE := $(LOCK_TOOLS)/bin/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-find-links \
	--no-emit-index-url --no-emit-trusted-host
# make lock: add what pyproject.toml newly asks for, keeping every pin; make lock UPGRADE=--upgrade: take new releases
lock:
	@test -x $(LOCK_TOOLS)/bin/pip-compile || ($(PYTHON) -m venv $(LOCK_TOOLS) && $(LOCK_TOOLS)/bin/pip install -q pip-tools)
	@$(COMPILE) $(UPGRADE) -o requirements.lock pyproject.toml
	@$(COMPILE) $(UPGRADE) --extra wechaty -o requirements-wechaty.lock pyproject.toml
	@$(COMPILE) $(UPGRADE) --extra test -o requirements-test.lock pyproject.toml
	@sed -i '/^qunbot @ file:/d' requirements-test.lock  # the test extra names the project itself
