"""Logging: one structured line per event and per action, the wechaty client's noise kept out."""
from __future__ import annotations

import logging
import os
import sys


def setup(level: str | None = None) -> None:
    """Log `time level logger message` lines (messages are key=value) to stderr."""
    chosen = (level or os.environ.get("QUNBOT_LOG") or "INFO").upper()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(chosen)
    for noisy in ("alembic", "apscheduler", "wechaty", "wechaty_puppet", "wechaty_puppet_service", "grpclib"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
