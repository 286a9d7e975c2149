"""`qunbot doctor`: checks the environment the bot will run in and says what to do about each problem."""
from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.config_file import Config
from bot.config_problems import ConfigError
from bot.store_check import inspect_store, resolve
from bot.terminal_text import say

MIN_PYTHON = (3, 11)  # also what pyproject requires; checked in case the bot runs from a checkout
MIN_FREE = 1 << 30  # below 1 GiB free the store and its backups are at risk


@dataclass(frozen=True)
class Finding:
    """One check: fine or not, what was seen, and (when not fine) what to do."""

    ok: bool
    text: str
    fix: str = ""
    reminder: bool = False  # fine today, but the operator has something to do soon: said, not counted

    def __str__(self) -> str:
        mark = "!" if self.reminder else "✓" if self.ok else "✗"
        return f"{mark} {self.text}" + (f"\n    → {self.fix}" if self.fix else "")


def python() -> Finding:
    """Python 3.11 or newer."""
    running = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] >= MIN_PYTHON:
        return Finding(True, say("doctor_python_ok", version=running))
    return Finding(False, say("doctor_python_old", version=running), say("doctor_python_fix"))


def store(config: Config) -> Finding:
    """The store's driver is installed, it answers, and its migrations are applied."""
    url, base = config.settings.store.url, config.path.parent
    state = inspect_store(url, base)
    if state.problem is not None:
        return Finding(False, say(state.problem, url=url, detail=state.detail), say(f"{state.problem}_fix"))
    if state.fresh:
        return Finding(True, say("doctor_store_fresh", url=url))
    if state.behind:
        return Finding(False, say("doctor_store_behind", url=url), say("doctor_store_behind_fix"))
    return Finding(True, say("doctor_store_ok", url=url))


def puppet(config: Config) -> list[Finding]:
    """With the wechaty adapter: the extra installed, endpoint and token set, the endpoint answering."""
    adapter = os.environ.get("QUNBOT_ADAPTER") or config.bot.adapter
    if adapter != "wechaty":
        return [Finding(True, say("doctor_puppet_unused", adapter=adapter))]
    from bot.adapters.wechaty.adapter import ENDPOINT, TOKEN, host_port
    found = []
    if importlib.util.find_spec("wechaty") is None:
        found.append(Finding(False, say("doctor_wechaty_missing"), say("doctor_wechaty_missing_fix")))
    endpoint, token = os.environ.get(ENDPOINT, "").strip(), os.environ.get(TOKEN, "").strip()
    for name, value in ((ENDPOINT, endpoint), (TOKEN, token)):
        if not value:
            found.append(Finding(False, say("doctor_env_missing", name=name), say("doctor_env_missing_fix", name=name)))
    if endpoint:
        host, port = host_port(endpoint)
        try:
            socket.create_connection((host, port), timeout=3).close()
            found.append(Finding(True, say("doctor_puppet_ok", endpoint=endpoint)))
        except OSError as exc:
            found.append(Finding(False, say("doctor_puppet_down", endpoint=endpoint, detail=exc.strerror or exc),
                                 say("doctor_puppet_down_fix")))
    return found


def disk(config: Config) -> Finding:
    """At least 1 GiB free where the store (a SQLite file) lives."""
    parsed = resolve(config.settings.store.url, config.path.parent)
    where = Path(str(parsed.database)).resolve().parent if parsed.get_backend_name() == "sqlite" and parsed.database \
        else config.path.resolve().parent
    existing = next((p for p in (where, *where.parents) if p.exists()), Path("/"))
    free = shutil.disk_usage(existing).free
    gib = f"{free / (1 << 30):.1f}"
    if free < MIN_FREE:
        return Finding(False, say("doctor_disk_low", folder=existing, gib=gib), say("doctor_disk_low_fix"))
    return Finding(True, say("doctor_disk_ok", folder=existing, gib=gib))


def calendar() -> Finding:
    """How far the holiday calendar the morning posts read goes."""
    from chinese_calendar.constants import holidays
    return Finding(True, say("doctor_calendar_ok", last=max(d.year for d in holidays)))


def people(config: Config) -> list[Finding]:
    """Someone the bot can tell: with no owner, operator or duty roster, a member's emergency or complaint reaches
    nobody (the bot prints a claim code at its first start: said here, before that start)."""
    bot = config.bot
    if bot.owners or bot.operators or bot.duty or bot.room_duty:
        return []
    return [Finding(False, say("doctor_nobody", path=config.path.name), say("doctor_nobody_fix"))]


def plugin_reminders(config: Config, today: date) -> list[Finding]:
    """The warnings of each enabled plugin's own check (what `check-config` says: the holiday data running out, ...),
    as reminders, never failures: the bot runs as it is."""
    from bot.config_check import plugin_findings
    return [Finding(True, p.message, reminder=True) for p in plugin_findings(config, today) if p.warning]


def run(config_path: Path) -> int:
    """Print every check; 0 when all are fine, 1 otherwise."""
    from bot.app import load_config
    from bot.cli import today_in
    findings = [python()]
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        findings.append(Finding(False, say("doctor_config_bad", path=config_path, count=len(exc.problems)),
                                say("doctor_config_bad_fix")))
        config = None
    if config is not None:
        findings += [store(config), *puppet(config), disk(config), *people(config),
                     calendar(), *plugin_reminders(config, today_in(config.bot.tz))]
    for finding in findings:
        print(finding)
    bad = sum(not f.ok for f in findings)
    reminders = sum(f.reminder for f in findings)
    if bad:
        print(say("doctor_summary_bad", count=bad))
    else:
        print(say("doctor_summary_reminders", count=reminders) if reminders else say("doctor_summary_ok"))
    return 1 if bad else 0
