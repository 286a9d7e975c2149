"""The activities bot the activities tests meet: its config."""
from __future__ import annotations

ACTIVITIES = """
plugins:
  activities: {}
"""
