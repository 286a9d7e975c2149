"""What the per-text memos give today: a replay with every reading looked up by its words worked out afresh instead.

python bench/memos_off.py EVENTS.jsonl --config CONFIG --out ACTIONS.jsonl [--off | --limit N]

Group chat repeats its words (the peer day: 55% of texts are a text seen before; 61% on the 200-group day), and
the readings that depend only on the words and fixed tables are already kept by their text: `bot.memo.Memo`
(the FAQ ranking, the reader's word features and opening sums, `asks`), moderation's verdicts (`Screen.judge`)
and `functools.lru_cache` on functions of `bot` and `plugins` (simplify, emergency, grievance, kind_of_words,
moderation's per-message cues...). With `--off` each Memo keeps nothing, each verdict is judged afresh, and each
bounded `lru_cache` of bot/ and plugins/ (not the loaders: `functools.cache`, `shipped`) is replaced, wherever it
is bound, by the function it wraps; the action log must come out the same (they are pure). With `--limit N`
each of them keeps N texts instead (what memos sized to a whole day would give).
Prints the process CPU (user + sys, `time.process_time`) and how many cached functions were unwrapped.
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import importlib
import pkgutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# bounded caches that hold a loaded table or model rather than a reading of some words
LOADERS = {"shipped", "_kinds"}


def _import_all() -> None:
    """Every module of bot/ and plugins/ imported (in both runs, so that the imports cost the same)."""
    import bot
    import plugins
    for package in (bot, plugins):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if "tests" in info.name or info.name.endswith("__main__"):
                continue
            try:
                importlib.import_module(info.name)
            except Exception:  # an optional adapter's library not installed
                continue


def _unwrap_all(limit: int = 0) -> int:
    """Replace every bounded lru_cache found in bot.* and plugins.* (module globals, class attributes) by the
    function it wraps (or, with `limit`, by the function cached for that many texts); unbounded ones
    (`functools.cache`: loaders of dictionaries and models) stay."""
    wrappers: dict[int, object] = {}
    resized: dict[int, object] = {}
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith(("bot", "plugins")):
            continue
        for owner in [module, *(v for v in vars(module).values() if isinstance(v, type))]:
            for name, value in list(vars(owner).items()):
                if isinstance(value, functools._lru_cache_wrapper) \
                        and value.cache_parameters()["maxsize"] is not None and name not in LOADERS:
                    wrappers[id(value)] = value
                    if limit and id(value) not in resized:
                        resized[id(value)] = functools.lru_cache(maxsize=limit)(value.__wrapped__)
                    setattr(owner, name, resized[id(value)] if limit else value.__wrapped__)
    from bot.memo import Memo
    from plugins.moderation.detectors import Screen
    if limit:
        made = Memo.__init__
        Memo.__init__ = lambda self, _=4096: made(self, limit)  # type: ignore[method-assign, assignment]
        built = Screen.__init__

        def screen(self: Screen, *args: Any, **kwargs: Any) -> None:
            built(self, *args, **{**kwargs, "remembered": limit})
        Screen.__init__ = screen  # type: ignore[method-assign]
        return len(wrappers)
    Memo.get = lambda self, key: None  # type: ignore[method-assign]
    Memo.keep = lambda self, key, value: value  # type: ignore[method-assign]
    Screen.judge = lambda self, event: self._judge(event)  # type: ignore[method-assign]  # its own table of verdicts
    return len(wrappers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--off", action="store_true", help="work every reading out afresh")
    parser.add_argument("--limit", type=int, default=0, help="every per-text memo keeps this many texts")
    args = parser.parse_args()
    _import_all()
    unwrapped = _unwrap_all(args.limit) if args.off or args.limit else 0
    from bot.adapters.replay import replay
    with args.out.open("w", encoding="utf-8") as out:
        summary = asyncio.run(replay(args.events, args.config, out, sys.stderr))
    how = f"{args.limit} texts" if args.limit else "off" if args.off else "on"
    print(f"memos {how}: {time.process_time():.2f} CPU s, {unwrapped} cached functions "
          f"{'resized' if args.limit else 'unwrapped'}, {summary.events} events, {summary.actions} actions, "
          f"peak {summary.peak_rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
