"""Scripts cannot change what they are given; config numbers cannot be infinite."""
from __future__ import annotations

import pytest
from jinja2.exceptions import SecurityError

from bot.config_file import ConfigError, parse_text
from bot.templates import Scripts


def test_a_script_cannot_change_a_list_it_is_given(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "grab.j2").write_text("{{ rules.append('广告随便发') }}{{ rules | length }}", encoding="utf-8")
    rules = ["友善交流"]
    with pytest.raises(SecurityError):
        Scripts(base_dir=tmp_path).env.get_template("p/grab.j2").render(rules=rules)
    assert rules == ["友善交流"]


def test_an_infinite_limit_is_refused_at_load(tmp_path):
    with pytest.raises(ConfigError, match="outbox.room_min_interval_s"):
        parse_text("outbox:\n  room_min_interval_s: .inf\n", tmp_path / "config.yaml", lambda name: None)
