"""CPU per text of the readings' long patterns searched alone and behind bot.literals (a guard or a one-pass look for
which patterns could match), on the different texts of a peer day, as typed and as `compact` leaves them; checks the
answers are the same on each text.

    python -m bench.literals_speed DAY/workload/events.jsonl
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from bot import dialect
from bot.chinese_text import compact, simplify
from bot.danger import emergency, emergency_model
from bot.literals import Candidates, Guarded

_MODULES = ("bot.to_the_staff", "bot.greetings", "bot.danger.despair", "bot.danger.emergency", "bot.grievance",
            "plugins.faq.words", "plugins.moderation.contact", "plugins.moderation.goods", "plugins.moderation.prices",
            "plugins.moderation.scam_talk", "plugins.moderation.trade")


def guarded_patterns() -> dict[str, Guarded]:
    """The patterns kept behind a guard, by module and name (once: a pattern imported into another listed module keeps
    the first module's name)."""
    found: dict[str, Guarded] = {}
    for module in _MODULES:
        for name, value in vars(importlib.import_module(module)).items():
            if isinstance(value, Guarded) and all(value is not kept for kept in found.values()):
                found[f"{module}.{name}"] = value
    return found


def _per_text(texts: list[str], read: Callable[[str], object]) -> tuple[float, list[object]]:
    start = time.process_time()
    out = [read(t) for t in texts]
    return (time.process_time() - start) / len(texts) * 1e6, out


def _finds(pattern: re.Pattern[str] | Guarded) -> Callable[[str], object]:
    return lambda text: pattern.search(text) is not None


def _all(patterns: list[re.Pattern[str]]) -> Callable[[str], object]:
    return lambda text: [p.search(text) is not None for p in patterns]


def _maybe(patterns: list[re.Pattern[str]]) -> Callable[[str], object]:
    candidates = Candidates(patterns)

    def read(text: str) -> object:
        maybe = candidates.of(text)
        return [at in maybe and p.search(text) is not None for at, p in enumerate(patterns)]
    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    args = parser.parse_args()
    typed = sorted({e["text"] for line in args.events.open(encoding="utf-8")
                    if (e := json.loads(line)).get("text")})
    print(f"{len(typed)} different texts")
    for form, texts in (("typed", typed), ("compact", [compact(t) for t in typed])):
        for name, guard in guarded_patterns().items():
            alone, a = _per_text(texts, _finds(guard.compiled))
            behind, b = _per_text(texts, _finds(guard))
            assert a == b, name
            print(f"{form:8s} {name:42s} alone {alone:6.2f} µs  guarded {behind:5.2f} µs")
    sets = {"emergency plain+weak": [p for _, p in [*emergency._PLAIN, *emergency._WEAK]],
            "emergency_model wide": [p for _, p in emergency_model._WIDE],
            }
    read = [compact(emergency.in_mandarin(t)) for t in typed]
    for name, patterns in sets.items():
        alone, a = _per_text(read, _all(patterns))
        behind, b = _per_text(read, _maybe(patterns))
        assert a == b, name
        print(f"set of {len(patterns):3d} {name:30s} alone {alone:6.2f} µs  one pass first {behind:5.2f} µs")
    for form, texts in (("typed", typed), ("simplified", [simplify(t) for t in typed])):
        alone, a = _per_text(texts, _everyday_searching_all)
        behind, b = _per_text(texts, dialect.everyday_in_mandarin)
        assert a == b
        print(f"{form:10s} dialect.everyday_in_mandarin: all {alone:6.2f} µs, one pass first {behind:5.2f} µs")


def _everyday_searching_all(text: str) -> str:
    text = dialect._read(dialect._EVERYDAY, dialect._EVERYDAY_WORD, text)
    for pattern, word in dialect._EVERYDAY_CONTEXT:
        text = pattern.sub(word, text)
    return text


if __name__ == "__main__":
    main()
