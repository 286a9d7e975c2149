"""Micro-benchmarks: moderation per message (5,000 keywords), FAQ match (1,000 entries), reading, start-up.

python bench/micro.py [moderation|moderation_day|faq|faq_ready|reading|startup|all] [--repeat 5] [--clock wall|cpu]
Each figure is the median of --repeat runs; every run times each message of a fixed, seeded sample.
--clock cpu times the thread's CPU time, so a busy machine preempting the process does not show as latency.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.workload import ADS, CHAT, QUESTIONS, faq_entries, keywords  # noqa: E402


def _percentiles(samples_us: list[float]) -> dict:
    samples_us.sort()
    return {"p50_us": round(statistics.median(samples_us), 1),
            "p99_us": round(samples_us[int(0.99 * (len(samples_us) - 1))], 1)}


def _median_of(runs: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in runs) for key in ("p50_us", "p99_us")}


CLOCK = time.perf_counter


def moderation(repeat: int) -> dict:
    """A text message through every text detector and the learned layer, 5,000 keyword phrases loaded."""
    from bot.events import MessageReceived
    from plugins.moderation import NEWS_DOMAINS
    from plugins.moderation.detectors import Keywords, Screen
    from plugins.moderation.learned import Model
    rng = random.Random(1)
    built = time.perf_counter()
    screen = Screen(Keywords(keywords(5000, rng), []), tuple(NEWS_DOMAINS), (), model=Model.load(),
                    remembered=0)  # every message judged afresh: the work per message, not a look-up
    build_s = time.perf_counter() - built
    texts = [rng.choice(CHAT + QUESTIONS + ADS) for _ in range(2000)]
    events = [MessageReceived(id=str(i), ts=datetime.now(UTC), sender="u", room="r", text=t)
              for i, t in enumerate(texts)]
    runs = []
    for _ in range(repeat):
        samples = []
        for event in events:
            t0 = CLOCK()
            screen.check(event)
            samples.append((CLOCK() - t0) * 1e6)
        runs.append(_percentiles(samples))
    return {"keywords": screen.keywords.size, "messages": len(events), "build_s": round(build_s, 2),
            **_median_of(runs)}


def moderation_day(repeat: int) -> dict:
    """Every text, link and share of the benchmark day (bench/workload.py --rooms 5, seed 7) through the screen
    with the shipped keyword list and model: CPU µs per message, and a digest of the decisions (compare versions)."""
    import hashlib

    from bench.workload import events as day_events
    from bot.adapters.replay import parse_event
    from bot.events import MessageReceived
    from plugins.moderation import NEWS_DOMAINS
    from plugins.moderation.detectors import Keywords, Screen
    from plugins.moderation.learned import Model
    rng = random.Random(7)
    day = [parse_event(e) for e in day_events(5, 200, 400, rng, faq_entries(200, rng))]
    messages = [e for e in day if isinstance(e, MessageReceived) and e.type != "image"]  # images go to the QR reader
    listed = [ln.strip() for ln in (ROOT / "ad_keywords.txt").read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.lstrip().startswith("#")]
    model = Model.load()
    per_message: dict[int, list[float]] = {4096: [], 0: []}
    runs = []
    for _ in range(repeat):
        for remembered in (4096, 0):  # paired: as the bot runs (repeated words looked up), then every one afresh
            screen = Screen(Keywords(listed, []), tuple(NEWS_DOMAINS), (), model=model, remembered=remembered)
            samples, decisions = [], []
            started = time.process_time()
            for message in messages:
                t0 = CLOCK()
                hit, _ = screen.check(message)
                samples.append((CLOCK() - t0) * 1e6)
                decisions.append(f"{hit.rule}:{hit.detail}" if hit else "-")
            per_message[remembered].append((time.process_time() - started) * 1e6 / len(messages))
            if remembered:
                runs.append(_percentiles(samples))
    digest = hashlib.sha1("\n".join(decisions).encode()).hexdigest()[:12]
    distinct = len({(m.type, m.text, m.title, m.url) for m in messages})
    return {"messages": len(messages), "distinct": distinct, "flagged": sum(d != "-" for d in decisions),
            "decisions_sha1": digest, "cpu_us_per_message": round(statistics.median(per_message[4096]), 1),
            "cpu_us_per_message_each_afresh": round(statistics.median(per_message[0]), 1), **_median_of(runs)}


def faq(repeat: int) -> dict:
    """One message matched against 1,000 FAQ entries (the answer decision included)."""
    from plugins.faq.library import EntryModel, _entry
    from plugins.faq.matcher import FaqIndex
    from plugins.faq.words import tokenizer
    rng = random.Random(2)
    entries = [_entry(EntryModel.model_validate(e), "file") for e in faq_entries(1000, rng)]
    loaded = time.perf_counter()
    tokenizer()  # jieba's dictionary: loaded once per process, whatever the number of entries
    built = time.perf_counter()
    index = FaqIndex(entries)
    build_s, jieba_s = time.perf_counter() - built, built - loaded
    queries = [json.loads(line)["text"] for line in
               (ROOT / "tests/data/faq_queries.jsonl").read_text(encoding="utf-8").splitlines()]
    runs, cpu_runs = [], []
    for _ in range(repeat):
        samples, cpu = [], []
        for text in queries * 5:
            t0, c0 = time.perf_counter(), time.thread_time()
            index.best(text, 0.5)  # as the plugin asks: answered from the threshold, asked back from 0.5
            samples.append((time.perf_counter() - t0) * 1e6)
            cpu.append((time.thread_time() - c0) * 1e6)
        runs.append(_percentiles(samples))
        cpu_runs.append(_percentiles(cpu))
    cpu_figures = _median_of(cpu_runs)  # CPU time of this thread: what a busy machine's other processes do not add
    return {"entries": len(index), "messages": len(queries) * 5, "jieba_load_s": round(jieba_s, 2),
            "build_s": round(build_s, 2), **_median_of(runs),
            "cpu_p50_us": cpu_figures["p50_us"], "cpu_p99_us": cpu_figures["p99_us"]}


def faq_ready(repeat: int) -> dict:
    """A new process reads a FAQ file and builds its index (the jieba dictionary included): 1,000 entries vs none."""
    import subprocess

    from ruamel.yaml import YAML
    code = ("import sys, time; t, c = time.perf_counter(), time.process_time(); from pathlib import Path; "
            "from plugins.faq.library import read_file; from plugins.faq.matcher import FaqIndex; "
            "from plugins.faq.words import tokenizer; tokenizer(); FaqIndex(read_file(Path(sys.argv[1]))); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (0, 1000):
            path = Path(tmp) / f"faq{size}.yaml"
            YAML().dump({"entries": faq_entries(size, random.Random(2)) if size else []}, path)
            runs = [subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                                   check=True, cwd=ROOT).stdout.split() for _ in range(repeat)]
            figures[f"entries_{size}_s"] = round(statistics.median(float(r[0]) for r in runs), 3)
            figures[f"entries_{size}_cpu_s"] = round(statistics.median(float(r[1]) for r in runs), 3)
    return {"runs": repeat, **figures, "extra_s": round(figures["entries_1000_s"] - figures["entries_0_s"], 3),
            "extra_cpu_s": round(figures["entries_1000_cpu_s"] - figures["entries_0_cpu_s"], 3)}


def reading(repeat: int) -> dict:
    """Every message of the benchmark day (bench/workload.py --rooms 5, seed 7) read by the app's Reader, in order."""
    from bench.workload import events as day_events
    from bot.adapters.replay import parse_event
    from bot.events import MessageReceived
    from bot.understanding import Reader
    rng = random.Random(7)
    day = [parse_event(e) for e in day_events(5, 200, 400, rng, faq_entries(200, rng))]
    messages = [e for e in day if isinstance(e, MessageReceived)]
    figures: dict[str, list[float]] = {"rules": [], "learned": []}
    runs = []
    for _ in range(repeat):
        for learned in (False, True):  # paired: the rules alone, then with the learned layer, each repeat
            reader, samples = Reader(learned=learned), []
            started = time.process_time()
            for message in messages:
                t0 = CLOCK()
                reader.take(message, operator=message.sender == "op1")
                samples.append((CLOCK() - t0) * 1e6)
            figures["learned" if learned else "rules"].append((time.process_time() - started) * 1e6 / len(messages))
            if learned:
                runs.append(_percentiles(samples))
    return {"messages": len(messages), "cpu_us_per_message_rules_only": round(statistics.median(figures["rules"]), 1),
            "cpu_us_per_message": round(statistics.median(figures["learned"]), 1), **_median_of(runs)}


def startup(repeat: int) -> dict:
    """Process start to `ready` with every plugin, on the shipped config and a new SQLite file."""
    import subprocess
    times = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            config = (ROOT / "config.yaml").read_text(encoding="utf-8").replace("sqlite:///data/qunbot.db",
                                                                                  f"sqlite:///{tmp}/q.db")
            for name in ("faq.yaml", "ad_keywords.txt"):
                (Path(tmp) / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
            (Path(tmp) / "config.yaml").write_text(config, encoding="utf-8")
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bot", "run", "--config", f"{tmp}/config.yaml"], input=":quit\n",
                           capture_output=True, text=True, check=True, cwd=ROOT)
            times.append(time.perf_counter() - t0)
    return {"runs": repeat, "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3)}


def main() -> None:
    """Run the chosen benchmarks and print one JSON line each."""
    parser = argparse.ArgumentParser()
    parser.add_argument("which", nargs="?", default="all",
                        choices=["moderation", "moderation_day", "faq", "faq_ready", "reading", "startup", "all"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.thread_time if args.clock == "cpu" else time.perf_counter
    for name in ("moderation", "moderation_day", "faq", "faq_ready", "reading", "startup"):
        if args.which in (name, "all"):
            result = globals()[name](args.repeat)
            result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            print(json.dumps({"bench": name, **result}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    asyncio.run(asyncio.sleep(0))
    main()
