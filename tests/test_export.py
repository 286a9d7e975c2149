"""`qunbot export`: CSV for a spreadsheet, and the recorded history as chat events that replay to the same actions."""
from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from pathlib import Path

from bot.cli import main
from bot.testing import store_url
from bot.workdir import init

TUNE = Path(__file__).parent / "data" / "conversation_eval" / "tune" / "senior_club.jsonl"
KEPT = ("id", "ts", "room", "sender", "sender_name", "type", "text", "mentions", "reply_to")


def _recording(path: Path) -> int:
    """Five senior-club conversations (the tune part) as chat events: people join, talk, quote, share, one leaves."""
    lines = [json.loads(line) for line in TUNE.read_text(encoding="utf-8").splitlines() if line.strip()]
    events: list[dict] = []
    for room in sorted({m["room"] for m in lines}):
        said = [m for m in lines if m["room"] == room]
        first = datetime.fromisoformat(said[0]["ts"])
        people = list({m["sender"]: m["sender_name"] for m in said if m["role"] == "member"}.items())[:3]
        events.append({"id": f"{room}-join", "ts": (first - timedelta(minutes=5)).isoformat(), "kind": "join",
                       "room": room, "room_topic": f"金秋俱乐部{room[-1]}群",
                       "members": [{"id": i, "name": n} for i, n in people], "inviter": "op1"})
        last = datetime.fromisoformat(said[-1]["ts"])
        events.append({"id": f"{room}-leave", "ts": (last + timedelta(minutes=1)).isoformat(), "kind": "leave",
                       "room": room, "room_topic": f"金秋俱乐部{room[-1]}群",
                       "members": [{"id": people[0][0], "name": people[0][1]}]})
        for m in said:
            event = {k: m[k] for k in KEPT if m.get(k)} | {"kind": "message", "room_topic": f"金秋俱乐部{room[-1]}群"}
            if m["type"] == "url":
                event["url"] = f"https://example.com/{m['id']}"
            if m["type"] in ("url", "mini_program", "file"):
                event["title"] = m["text"][:20]
            events.append(event)
    events.sort(key=lambda e: (datetime.fromisoformat(e["ts"]), e["id"]))
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    return len(events)


def _folder(tmp_path: Path) -> Path:
    init(tmp_path)
    config = tmp_path / "config.yaml"
    text = config.read_text(encoding="utf-8").replace("owners: []", "owners: [boss]")
    text = text.replace("operators: []", "operators: [op1]")
    text = text.replace("sqlite:///data/qunbot.db", f"'{store_url(tmp_path)}'")
    config.write_text(text, encoding="utf-8")
    return config


def test_a_replayed_recording_exported_and_replayed_again_gives_the_same_actions(tmp_path, monkeypatch, capsys):
    config = _folder(tmp_path)
    recording = tmp_path / "recording.jsonl"
    count = _recording(recording)
    monkeypatch.setenv("QUNBOT_REPLAY_STORE_URL", store_url(tmp_path))  # the first replay keeps its store
    assert main(["replay", str(recording), "--config", str(config), "--out", str(tmp_path / "first.jsonl")]) == 0
    monkeypatch.delenv("QUNBOT_REPLAY_STORE_URL")
    capsys.readouterr()
    assert main(["export", "--config", str(config), "--to", str(tmp_path / "out")]) == 0
    listed = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in listed) == sorted(
        ["members.csv", "messages.csv", "incidents.csv", "faq.csv", "sla.csv", "events.jsonl"])
    exported = tmp_path / "out" / "events.jsonl"
    assert len(exported.read_text(encoding="utf-8").splitlines()) == count
    assert main(["replay", str(exported), "--config", str(config), "--out", str(tmp_path / "second.jsonl")]) == 0
    # the recording itself on the same kind of store as the export's replay (a throw-away SQLite file): the store
    # the first replay kept may be PostgreSQL, whose order of rows with equal times is its own
    assert main(["replay", str(recording), "--config", str(config), "--out", str(tmp_path / "again.jsonl")]) == 0
    first = (tmp_path / "again.jsonl").read_text(encoding="utf-8")
    second = (tmp_path / "second.jsonl").read_text(encoding="utf-8")
    assert first.count("\n") > 20  # welcomes, answers, nudges: the bot did plenty
    assert second == first


def test_the_events_keep_quotes_mentions_links_and_changes_and_the_spreadsheets_have_chinese_headers(
        tmp_path, monkeypatch):
    config = _folder(tmp_path)
    recording = tmp_path / "recording.jsonl"
    _recording(recording)
    monkeypatch.setenv("QUNBOT_REPLAY_STORE_URL", store_url(tmp_path))
    assert main(["replay", str(recording), "--config", str(config), "--out", str(tmp_path / "a.jsonl")]) == 0
    monkeypatch.delenv("QUNBOT_REPLAY_STORE_URL")
    assert main(["export", "--config", str(config), "--to", str(tmp_path / "out")]) == 0
    original = [json.loads(line) for line in recording.read_text(encoding="utf-8").splitlines()]
    exported = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert exported == original  # field for field, in the same order, times in the same offset
    with (tmp_path / "out" / "messages.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["时间", "群 ID", "群名"] and len(rows) == 1 + 144
    assert rows[1][0].startswith("2026-11-") and rows[1][2].startswith("金秋俱乐部")
    with (tmp_path / "out" / "members.csv").open(encoding="utf-8-sig", newline="") as fh:
        members = list(csv.reader(fh))
    assert members[0][:3] == ["群 ID", "微信 ID", "名字"] and any(row[4] for row in members[1:])  # someone left


def test_nothing_to_export_before_the_first_start_says_so(tmp_path, capsys):
    config = _folder(tmp_path)
    code = main(["export", "--config", str(config), "--to", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "qunbot export:" in err and "还没有" in err


def test_a_postgresql_store_not_yet_upgraded_is_not_exported_and_the_upgrade_command_is_named(
        tmp_path, monkeypatch, capsys):
    from bot import export
    from bot.store_check import StoreState
    config = _folder(tmp_path)
    pg = "postgresql+psycopg://qunbot@127.0.0.1:9/qunbot"  # never reached: the schema check answers first
    config.write_text(config.read_text(encoding="utf-8").replace(f"'{store_url(tmp_path)}'", f"'{pg}'"),
                      encoding="utf-8")
    monkeypatch.setattr(export, "inspect_store", lambda url, folder: StoreState(behind=True))
    code = main(["export", "--config", str(config), "--to", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and f"qunbot upgrade --config {config}" in err
    assert not (tmp_path / "out").exists()


def test_upgrade_brings_a_store_to_this_versions_tables_without_starting_the_bot(tmp_path, capsys):
    from bot.store_check import inspect_store
    config = _folder(tmp_path)
    assert main(["upgrade", "--config", str(config)]) == 0
    assert "最新" in capsys.readouterr().out
    state = inspect_store(store_url(tmp_path), tmp_path)
    assert state.problem is None and not state.fresh and not state.behind
