"""Where a replay's CPU goes, from py-spy's sampled stacks: each function's share with what it calls and on its own,
or what one function's share is made of (its callees, a few levels down).

py-spy samples the running thread only (a process waiting for a core is not sampled), so on a shared machine its
shares are of CPU, and it adds no cost per call as cProfile does (cProfile makes a function called 200,000 times
look several times dearer than it is). py-spy is not one of qunbot's requirements: install it beside, e.g.
`pip install --target /tmp/pyspy py-spy`, then (from the checkout)

    PYTHONPATH=$PWD /tmp/pyspy/bin/py-spy record -r 200 -f raw -o DAY.spy -- .venv/bin/python -m bot replay \\
        DAY/workload/events.jsonl --config DAY/config.yaml --out A.jsonl --stats
    python bench/spy_split.py DAY.spy [--top 25]                  # inclusive and own shares, by function
    python bench/spy_split.py DAY.spy --under Dispatcher.dispatch [--depth 2]   # what that share is made of
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_LINE = re.compile(r":\d+\)$")


def stacks(path: Path) -> list[tuple[list[str], int]]:
    """Each sampled stack as function names with their files (outermost first), and how many samples it had."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = [_LINE.sub(")", f).replace(str(Path.cwd()) + "/", "") for f in stack.split(";")]
        found.append((frames, int(count)))
    return found


def shares(sampled: list[tuple[list[str], int]]) -> tuple[Counter[str], Counter[str], int]:
    """Samples with each function on the stack (once a sample however deep it recurses), with it on top, and all."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for frames, n in sampled:
        total += n
        for f in set(frames):
            inclusive[f] += n
        own[frames[-1]] += n
    return inclusive, own, total


def under(sampled: list[tuple[list[str], int]], name: str, depth: int) -> tuple[Counter[str], int, int]:
    """What the samples under the innermost call of `name` (a function's name, without its file) were doing."""
    made_of: Counter[str] = Counter()
    inside = total = 0
    for frames, n in sampled:
        total += n
        names = [f.split(" (")[0] for f in frames]
        if name not in names:
            continue
        at = len(names) - 1 - names[::-1].index(name)
        inside += n
        made_of[" > ".join(names[at + 1:at + 1 + depth]) or "(its own lines)"] += n
    return made_of, inside, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("raw", type=Path, help="py-spy record -f raw output")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--under", help="a function's name (Class.method or function), to split its share")
    parser.add_argument("--depth", type=int, default=1)
    args = parser.parse_args()
    sampled = stacks(args.raw)
    if args.under:
        made_of, inside, total = under(sampled, args.under, args.depth)
        print(f"{args.under}: {inside / total:.1%} of {total} samples")
        for what, n in made_of.most_common(args.top):
            print(f"{n / total:6.1%}  {what}")
        return
    inclusive, own, total = shares(sampled)
    print(f"{total} samples\nwith what it calls:")
    for what, n in inclusive.most_common(args.top):
        print(f"{n / total:6.1%}  {what}")
    print("on its own:")
    for what, n in own.most_common(args.top):
        print(f"{n / total:6.1%}  {what}")


if __name__ == "__main__":
    main()
