"""Replay: the chat-events.md contract in, deterministic actions out, a summary with --stats."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from bot.adapters.replay import replay
from bot.testing import BASE_CONFIG
from tests.probe_plugins import ALL, PLUGINS_ON

DATA = Path(__file__).parent / "data"
FIELDS = ["ts", "action", "room", "to", "mentions", "text", "plugin", "ref", "cause"]


async def _replay(tmp_path: Path, events: Path, **kw) -> tuple[list[dict], str, str]:
    config = tmp_path / "config.yaml"
    config.write_text(BASE_CONFIG + PLUGINS_ON, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    await replay(events, config, out, err, find=lambda n: ALL.get(n), **kw)
    return [json.loads(line) for line in out.getvalue().splitlines()], out.getvalue(), err.getvalue()


async def test_replay_writes_actions_in_the_contract_format(tmp_path):
    actions, _, err = await _replay(tmp_path, DATA / "example_events.jsonl")
    assert err == ""
    assert [list(a) for a in actions] == [FIELDS] * len(actions)
    assert [(a["action"], a["plugin"], a["cause"]) for a in actions] == [("say", "echo", "e2"), ("say", "echo", "e3")]
    assert actions[0]["ts"] == "2026-11-23T08:01:10+08:00" and actions[0]["mentions"] == ["u9"]


async def test_two_runs_give_byte_identical_output(tmp_path):
    _, first, _ = await _replay(tmp_path, DATA / "example_events.jsonl")
    _, second, _ = await _replay(tmp_path, DATA / "example_events.jsonl")
    assert first == second and first


async def test_bad_lines_are_reported_with_their_number_and_skipped(tmp_path):
    events = tmp_path / "events.jsonl"
    good = json.dumps({"id": "a", "ts": "2026-11-23T09:00:00+08:00", "kind": "message", "room": "r1",
                       "sender": "u1", "text": "hi"})
    events.write_text("\n".join([
        "{not json",
        '{"id": "x", "ts": "2026-11-23T09:00:00+08:00", "kind": "poke"}',
        '{"id": "y", "ts": "2026-11-23T09:00:00", "kind": "message", "sender": "u1"}',
        "",
        good,
    ]) + "\n", encoding="utf-8")
    actions, _, err = await _replay(tmp_path, events)
    lines = err.splitlines()
    assert lines[0].startswith("events.jsonl:1: skipped:")
    assert lines[1] == "events.jsonl:2: skipped: unknown kind 'poke', expected message, join or leave"
    assert lines[2] == "events.jsonl:3: skipped: ts has no UTC offset: '2026-11-23T09:00:00'"
    assert [a["text"] for a in actions] == ["收到：hi"]


def test_cli_replay_prints_the_stats_line_last(tmp_path):
    out = tmp_path / "actions.jsonl"
    done = subprocess.run([sys.executable, "-m", "bot", "replay", str(DATA / "example_events.jsonl"),
                           "--config", "config.yaml", "--out", str(out), "--stats"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(stats) == ["events", "actions", "wall_s", "events_per_s", "p50_ms", "p99_ms", "peak_rss_mb",
                           "dropped", "failed", "folded", "cpu_s"]  # new fields only ever at the end
    assert stats["events"] == 3
    assert stats["cpu_s"] > 0  # the CPU the replay took, beside its wall clock
    assert stats["actions"] == len(out.read_text(encoding="utf-8").splitlines())


async def test_the_summary_counts_what_the_outbox_gave_up_by_plugin_and_kind(tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps({"id": f"n{i}", "ts": "2026-11-23T23:00:00+08:00", "kind": "message",
                                          "room": "r1", "sender": "u1", "text": "晚安"}) + "\n" for i in range(3)),
                      encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(BASE_CONFIG + PLUGINS_ON + "outbox:\n  quiet_hours_hold: {echo: drop}\n", encoding="utf-8")
    summary = await replay(events, config, io.StringIO(), io.StringIO(), find=lambda n: ALL.get(n))
    assert summary.actions == 0 and summary.dropped == {"echo/say": 3} and summary.failed == {}


async def test_operators_read_the_groups_name_the_join_gave_when_messages_leave_it_out(tmp_path):
    """room_topic is optional on a message (chat-events.md): the nudge names the group, not its id."""
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in [
        {"id": "j1", "ts": "2026-12-01T07:40:00+08:00", "kind": "join", "room": "choir",
         "room_topic": "夕阳红合唱团巡演群", "members": [{"id": "zheng", "name": "郑叔"}]},
        {"id": "m1", "ts": "2026-12-01T08:10:00+08:00", "kind": "message", "room": "choir", "sender": "zheng",
         "sender_name": "郑叔", "text": "明天几点在酒店大堂集合"},
    ]) + "\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(BASE_CONFIG + "plugins:\n  nudge: {}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    await replay(events, config, out, err, until=datetime.fromisoformat("2026-12-01T08:20:00+08:00"))
    told = [a["text"] for a in map(json.loads, out.getvalue().splitlines()) if a["to"] == "op1"]
    assert any("郑叔在「夕阳红合唱团巡演群」等了" in t for t in told), told
    assert not any("choir" in t for t in told)
