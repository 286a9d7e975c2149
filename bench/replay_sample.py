"""Where a replay's CPU goes, by sampling: no wrappers, so the shares are those of a plain `qunbot replay`.

python bench/replay_sample.py EVENTS.jsonl --config CONFIG [--every-ms 2] [--top 40]

Runs `qunbot replay EVENTS --config CONFIG --stats` in this process with a CPU-time timer (SIGPROF every
`--every-ms` of CPU) that records the Python stack at each tick, then prints each part of the bot's work as a
share of all samples: the imports before the timed window, start-up, reading the events file, intake, the
reader, each plugin's handlers, timers by what they run (plugin jobs and timers, the outbox's sends), and
across all of those the samples inside the store's statements. Then the functions with the most samples in
themselves and below (`--top`). C code (SQLite, regular expressions, OpenCC) counts for the Python function
that called it. `bench/replay_cpu.py` measures CPU per handler with wrappers instead (exact counts, ~1 µs a
wrapper on top).
"""
from __future__ import annotations

import argparse
import collections
import re
import runpy
import signal
import sys
import tempfile
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Frame = tuple[str, str]  # (file relative to the repository or site-packages, function)
stacks: collections.Counter[tuple[Frame, ...]] = collections.Counter()


def _where(path: str) -> str:
    return re.sub(r".*/(site-packages|lib/python3\.\d+)/", "", path).removeprefix(str(ROOT) + "/")


def _sample(_signum: int, frame: FrameType | None) -> None:
    stack = []
    while frame is not None:
        stack.append((frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    stacks[tuple(reversed(stack))] += 1  # outermost first


def part_of(stack: tuple[Frame, ...]) -> str:
    """The part of the bot's work a stack (outermost first) belongs to."""
    names = [(_where(f), fn) for f, fn in stack]
    if not any(fn == "replay" and f == "bot/adapters/replay.py" for f, fn in names):
        return "before the timed window (imports, config)"
    for i, (f, fn) in enumerate(names):
        if f == "bot/app.py" and fn == "__init__":
            return "before the timed window (the app built: config, plugins)"
        if f == "bot/app.py" and fn == "start":
            return "start-up (migrations, starters)"
        if f == "bot/app.py" and fn == "stop":
            return "after the timed window (stop: the last commit)"
        if f == "bot/adapters/replay.py" and fn == "read_events":
            return "reading the events file"
        if f == "bot/driver.py" and fn == "advance_to":
            return "timers: " + _timer(names[i:])
        if f == "bot/pipeline.py" and fn == "follow_up":
            return "slow work after an event (ctx.later): " + _timer(names[i:])
        if f == "bot/intake.py" and fn == "record":
            return "intake (the event stored)"
        if f == "bot/understanding.py" and fn == "take":
            return "reader (bot.understanding)"
        if f == "bot/dispatch.py" and fn == "dispatch":
            plugin = next((m.group(1) for g, _ in names[i:] if (m := re.match(r"plugins/(\w+)/", g))), None)
            return f"handlers: {plugin}" if plugin else "dispatch (contexts, savepoints, rules)"
        if f == "bot/outbox.py" and fn == "accept":
            return "outbox (actions accepted)"
    return "other core steps of an event"


def _timer(names: list[Frame]) -> str:
    for f, fn in names:
        if m := re.match(r"plugins/(\w+)/", f):
            return f"plugin {m.group(1)}"
        if f == "bot/outbox.py" and fn == "_pump":
            return "outbox sends"
    return "core"


def in_store(stack: tuple[Frame, ...]) -> bool:
    """The sample is inside a store statement (bot.work, SQLAlchemy, the driver)."""
    return any(_where(f) in ("bot/work.py", "bot/keeping.py") or _where(f).startswith(("sqlalchemy/", "sqlmodel/"))
               for f, _ in stack)


def report(top: int) -> None:
    total = sum(stacks.values())
    parts: collections.Counter[str] = collections.Counter()
    store = 0
    inclusive: collections.Counter[str] = collections.Counter()
    for stack, n in stacks.items():
        parts[part_of(stack)] += n
        store += n if in_store(stack) else 0
        for f, fn in set(stack):
            inclusive[f"{_where(f)}:{fn}"] += n
    print(f"{total} samples", file=sys.stderr)
    for part, n in parts.most_common():
        print(f"{100 * n / total:5.1f}%  {part}", file=sys.stderr)
    print(f"{100 * store / total:5.1f}%  of all: inside store statements (bot.work, SQLAlchemy), any part",
          file=sys.stderr)
    print("-- functions (themselves and below)", file=sys.stderr)
    for name, n in inclusive.most_common(top):
        print(f"{100 * n / total:5.1f}%  {name}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events")
    parser.add_argument("--config", required=True)
    parser.add_argument("--every-ms", type=float, default=2.0)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="replay-sample.")) / "actions.jsonl"
    sys.argv = ["qunbot", "replay", args.events, "--config", args.config, "--out", str(out), "--stats"]
    signal.signal(signal.SIGPROF, _sample)
    signal.setitimer(signal.ITIMER_PROF, args.every_ms / 1000, args.every_ms / 1000)
    try:
        runpy.run_module("bot", run_name="__main__")
    except SystemExit:
        pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    report(args.top)


if __name__ == "__main__":
    main()
