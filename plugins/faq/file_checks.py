"""What an operator's FAQ file may hold that reads fine but would mislead members: the samples `qunbot init` wrote,
left as they are (a made-up shop's hours and address), one question written twice with different answers, and an
answer cut short where a " #" in it starts a YAML comment (a room number "#301" dropped from an address)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bot import files
from bot.config_problems import Problem
from bot.terminal_text import say
from plugins.faq.comma_slips import comma_slips
from plugins.faq.entry import Entry
from plugins.faq.hash_cut import cut_by_hash
from plugins.faq.library import entry_lines, entry_name
from plugins.faq.samples import is_sample, own_entries

_NOT_WORDS = re.compile(r"[\s\W_]+")  # spaces and punctuation (？，。!): "象棋课几点上课？" is "象棋课几点上课"


def _asked(entry: Entry) -> set[str]:
    return {_NOT_WORDS.sub("", q) for q in (entry.question, *entry.questions)} - {""}


def same_question_twice(entries: Iterable[Entry]) -> list[tuple[Entry, Entry]]:
    """(first, later) pairs of entries asked the same question (punctuation and spaces aside) with different
    answers: the member gets one of two, and the operator meant only one."""
    pairs, seen = [], list[Entry]()
    for entry in entries:
        first = next((e for e in seen if _asked(e) & _asked(entry) and e.answer.strip() != entry.answer.strip()),
                     None)
        if first is not None:
            pairs.append((first, entry))
        seen.append(entry)
    return pairs


def findings(path: Path, shown: str, entries: list[Entry]) -> tuple[list[Problem], set[str]]:
    """check-config's words on the samples left unedited (warnings) and on a question written twice with different
    answers (errors), each on its line; and the ids they name (no other advice is given on those)."""
    samples = [e for e in entries if is_sample(e)]
    twice = same_question_twice(own_entries(entries))
    cut = [Problem(shown, line, key, say("faq_cut_by_hash", dropped=dropped), warning=True)
           for _, key, _, line, dropped in cut_by_hash(files.read_text(path))] + comma_slips(path, shown)
    if not samples and not twice:
        return cut, set()
    places = entry_lines(path)

    def where(entry: Entry) -> tuple[int | None, str]:
        n, line = places.get(entry.id, (None, None))
        return line, entry_name(n, entry.id)

    found = []
    if samples:  # one line for all of them: doctor shows it too, without a place
        placed = [where(e) for e in samples]
        named = "、".join(f"{name}（第 {line} 行）" if line else name for line, name in placed)
        found.append(Problem(shown, placed[0][0], "", say("faq_samples_unedited", file=shown, entries=named,
                                                          count=len(samples)), warning=True))
    for first, later in twice:
        (first_line, first_name), (line, name) = where(first), where(later)
        found.append(Problem(shown, line, name, say("faq_same_question", first=first_name, line=first_line,
                                                    answer=_short(first.answer), other=_short(later.answer))))
    return cut + found, {e.id for e in samples} | {e.id for pair in twice for e in pair}


def _short(answer: str, most: int = 24) -> str:
    answer = answer.strip()
    return answer if len(answer) <= most else answer[:most] + "…"
