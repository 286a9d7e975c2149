"""Instructions per message read (valgrind's count: the same on a loaded machine as on a quiet one).

python bench/reading_instructions.py dump FILE      the benchmark day's messages (bench/workload.py, 5 rooms, seed 7)
valgrind --tool=callgrind python bench/reading_instructions.py N FILE
    reads the first N of them with the app's Reader (learned layer on); run with N=0 and N=800 and divide the
    difference of the two "I refs" totals by 800. Dump with the code being measured: the replay parser is part of it.
"""
from __future__ import annotations

import pickle
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> None:
    if argv[0] == "dump":
        from bench.workload import events, faq_entries
        from bot.adapters.replay import parse_event
        from bot.events import MessageReceived
        rng = random.Random(7)
        day = [parse_event(e) for e in events(5, 200, 400, rng, faq_entries(200, rng))]
        Path(argv[1]).write_bytes(pickle.dumps([e for e in day if isinstance(e, MessageReceived)]))
        return
    from bot.reading_model import shipped
    from bot.understanding import Reader
    shipped()  # the model is read before counting starts to matter: N=0 pays for it too
    messages = pickle.loads(Path(argv[1]).read_bytes())  # noqa: S301 (a file this script wrote)
    reader = Reader()
    for message in messages[:int(argv[0])]:
        reader.take(message, operator=message.sender == "op1")


if __name__ == "__main__":
    main(sys.argv[1:])
