"""The deploy files say what the README promises: non-root, data in a volume, the tested dependency set."""
from __future__ import annotations

import configparser
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def test_the_container_runs_as_a_user_with_its_data_in_a_volume():
    lines = [line.split("#")[0].strip() for line in (DEPLOY / "Dockerfile").read_text().splitlines()]
    assert "USER qunbot" in lines and 'VOLUME ["/data"]' in lines and "WORKDIR /data" in lines
    assert "RUN pip install -r requirements-wechaty.lock" in lines
    assert lines.index("USER qunbot") > max(i for i, line in enumerate(lines) if line.startswith("RUN"))
    for copied in ("bot", "plugins", "scripts_templates"):
        assert f"COPY {copied} {copied}" in lines


def test_the_systemd_unit_checks_the_config_then_runs_and_restarts():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read(DEPLOY / "qunbot.service")
    service = unit["Service"]
    assert service["User"] == "qunbot" and service["Restart"] == "on-failure"
    assert service["ExecStartPre"].endswith("qunbot check-config") and service["ExecStart"].endswith("qunbot run")
    assert service["ReadWritePaths"] == service["WorkingDirectory"]
