"""What a second process could take off a replay: the CPU of the judgements that depend on the text alone.

python bench/pure_share.py EVENTS.jsonl --config CONFIG [--out ACTIONS.jsonl] [--fork]

Runs `qunbot replay` in this process with wrappers (process CPU, exact) around the readings that are pure
functions of the words and the loaded tables: the FAQ's ranking (`FaqIndex._rank`), moderation's verdict
(`Screen._judge`), the reader's word features (`reading_features._read_words`) and its opening sums (`class_sums`).
For each it prints the calls, the CPU and that CPU's share of the whole process, and what handing each one over
would cost in pickling: its key and result dumped and loaded once (the wrappers' own pickling is in the whole).
With --fork, after the replay (every table loaded) a child is forked and ranks 300 questions it has not seen:
how long the fork takes and how much of the parent's memory the child copies (copy-on-write) as it works.
"""
from __future__ import annotations

import gc
import os
import pickle
import runpy
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.reading_features as reading_features  # noqa: E402
import bot.reading_model as reading_model  # noqa: E402
import plugins.faq.matcher as matcher  # noqa: E402
import plugins.moderation.detectors as detectors  # noqa: E402

spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)
pickling: dict[str, float] = defaultdict(float)
size: dict[str, int] = defaultdict(int)


def wrap(owner: Any, name: str, label: str, key: Callable[[tuple], Any] | None) -> None:
    """Time `owner.name`; with `key`, also pickle (key, result) there and back."""
    func = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        result = func(*args, **kwargs)
        spent[label] += time.process_time() - start
        calls[label] += 1
        if key is not None:
            start = time.process_time()
            blob = pickle.dumps((key(args), result), protocol=5)
            pickle.loads(blob)  # noqa: S301 - our own bytes, made just above
            pickling[label] += time.process_time() - start
            size[label] += len(blob)
        return result

    setattr(owner, name, timed)


indexes: list[matcher.FaqIndex] = []


def smaps() -> dict[str, int]:
    """This process's resident, shared and private memory in MB."""
    found = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("Rss", "Private_Dirty", "Shared_Dirty"):
            found[name] = int(value.split()[0]) // 1024
    return found


def fork_and_rank() -> None:
    """Fork after the replay and rank 300 new questions in the child; print what it cost."""
    read, write = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        started = time.perf_counter() - start
        before = smaps()
        cpu = time.process_time()
        for i in range(300):
            indexes[-1].match(f"请问第{i}期的活动在哪里报名，要交多少钱？", limit=3)
        cpu = time.process_time() - cpu
        after = smaps()
        gc.collect()
        os.write(write, repr((started, before, cpu, after, smaps())).encode())
        os._exit(0)
    os.close(write)
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.waitpid(pid, 0)
    started, before, cpu, after, collected = eval(data)  # noqa: S307 - the child's own repr of numbers
    print(f"parent {smaps()}; fork to child running {started * 1000:.1f} ms; child at start {before}; "
          f"after 300 new rankings ({cpu:.2f} s CPU) {after}; after gc {collected}")


def main(argv: list[str]) -> None:
    fork = "--fork" in argv
    argv = [a for a in argv if a != "--fork"]
    wrap(matcher.FaqIndex, "_rank", "faq ranking (FaqIndex._rank)", lambda a: (a[1], a[2]))
    wrap(detectors.Screen, "_judge", "moderation verdict (Screen._judge)",
         lambda a: (a[1].type, a[1].text, a[1].title, a[1].url))
    wrap(reading_features, "_read_words", "reader word features (_read_words)", lambda a: (a[0].type, a[0].text))
    wrap(reading_model, "class_sums", "reader opening sums (class_sums)", None)
    made = matcher.FaqIndex.__init__

    def kept(self: matcher.FaqIndex, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        indexes.append(self)

    matcher.FaqIndex.__init__ = kept  # type: ignore[method-assign]
    start = time.process_time()
    sys.argv = ["bot", "replay", *argv]
    try:
        runpy.run_module("bot", run_name="__main__")
    except SystemExit:
        pass
    total = time.process_time() - start
    print(f"whole process {total:.2f} s CPU")
    for label in spent:
        print(f"{label}: {calls[label]} calls, {spent[label]:.3f} s CPU ({100 * spent[label] / total:.1f}%), "
              f"pickled there and back {pickling[label]:.3f} s, {size[label] / 1e6:.2f} MB")
    if fork and indexes:
        fork_and_rank()


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    main(sys.argv[1:])
