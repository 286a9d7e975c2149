"""The garbage collector's pace for the bot's process (speed machinery: one call, once the app has started).

Python looks for reference cycles after every 700 new container objects by default, and looks through everything
the process holds after every 100 of those looks. A bot makes millions of short-lived objects a day (each message's
reading, contexts, rows), most freed as soon as they are dropped; what it keeps for its lifetime is frozen once it
has started (`gc.freeze`, bot.app), and from then on the pace is set here. Looking 14 times less often at the young
objects spared a quarter of the collector's CPU on the peer bench day (0.93 -> 0.70 s, ~0.8% of the process; the
rest is start-up's) for a MB or so more at the peak (bench/RESULTS.md, perf21). Cycles are still collected, only
in larger batches: a file or a connection is closed by the code that opened it, never left to the collector.
"""
from __future__ import annotations

import gc

YOUNG = 10_000  # new container objects between two looks at the young ones (Python's default: 700)
OLDER = 10  # looks at a generation between two looks at the next one (the default)


def pace() -> None:
    """Set the collector's pace for this process (idempotent)."""
    gc.set_threshold(YOUNG, OLDER, OLDER)
