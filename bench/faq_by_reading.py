"""Could the reader's reading spare the FAQ's decision? For each message the FAQ handler decides on, the kind the
reader gave it and whether the FAQ found an entry to answer or ask back with.

python bench/faq_by_reading.py EVENTS.jsonl --config CONFIG

A kind whose messages never get an entry could skip the FAQ's ranking with every decision kept (on this workload
only: the FAQ's own eval data would have to agree too); a kind with some found cannot. Prints one line per (kind,
found, follow-up) with its count.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--config", type=Path, required=True)
    args = parser.parse_args()
    import bot.understanding as understanding
    import plugins.faq as faq
    last: dict[str, object] = {}
    take, read = understanding.Reader.take, faq.followup.read

    def taking(self: Any, event: Any, *a: Any, **k: Any) -> Any:
        last["reading"] = reading = take(self, event, *a, **k)
        return reading

    tally: collections.Counter[tuple[str, bool, bool]] = collections.Counter()

    def reading(index: Any, before: Any, text: Any, floor: Any, require_question: bool = True) -> Any:
        found, kept = read(index, before, text, floor, require_question)
        got = last.get("reading")
        tally[(str(getattr(got, "kind", None)), found is not None, before is not None)] += 1
        return found, kept

    understanding.Reader.take = taking  # type: ignore[method-assign, assignment]
    faq.followup.read = reading
    from bot.adapters.replay import replay
    with tempfile.TemporaryDirectory() as folder, (Path(folder) / "actions.jsonl").open("w") as out, \
            open("/dev/null", "w") as errors:
        asyncio.run(replay(args.events, args.config, out, errors))
    print("count  reader's kind  entry found  follow-up")
    for (kind, found, follow_up), n in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{n:5d}  {kind:12s}  {found!s:5s}  {follow_up}")


if __name__ == "__main__":
    main()
