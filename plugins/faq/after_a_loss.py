"""A member's news of a death in her family told before her question (我妈昨天在医院去世了 请问丧葬补助金去哪里领):
the FAQ weighs the question alone. Her news is no chat and no other topic: the grief nudge hears it (节哀, and the
person on duty is told at once), but read with the question it sits near the chat of the training FAQs, and
chat-likeness's steep weight made the question less sure with each retrain (faq23: 0.76 -> 0.45 on 128 FAQs).
The loss is read by bot.grief, the same reading the nudges use; a clause that tells it is left out of the ranking
only when what is left still asks something."""
from __future__ import annotations

import re

from bot.danger.grief import bereaved
from plugins.faq.words import asks

CLAUSE = re.compile(r"(?:[\s，,。！!；;…~～]|(?<!\d)\.|\.(?!\d))+")  # 3.5万 stays whole (code review 24, #11)


def the_question(text: str) -> str:
    """The message without the clauses that tell of a death in the member's family, when some clause is left that
    asks; otherwise the message as it is."""
    if bereaved(text) is None:
        return text
    clauses = [c for c in CLAUSE.split(text) if c]
    kept = [c for c in clauses if bereaved(c) is None]
    if not kept or len(kept) == len(clauses):
        return text
    rest = "，".join(kept)
    return rest if asks(rest) else text
