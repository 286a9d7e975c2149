"""A list in a FAQ entry typed with a Chinese input method: `keywords: [开门，关门，营业]` is one keyword
"开门，关门，营业" that no member will ever type, and `questions: [几点关门，周末开吗]` one question nobody asks."""
from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

from bot import files
from bot.config_problems import Problem, line_of
from bot.terminal_text import say

_CHINESE_COMMAS = re.compile(r"[，、；]")
LISTS = ("keywords", "questions")
PART = {"keywords": "关键词", "questions": "问法"}


def comma_slips(path: Path, shown: str) -> list[Problem]:
    """Each keywords or questions list of the file with an item holding a Chinese comma, on its line, with the list
    as it should be written."""
    text = files.read_text(path)
    doc = YAML().load(text)
    items = doc.get("entries") if hasattr(doc, "get") else None
    found = []
    for n, item in enumerate(items or []):
        if not hasattr(item, "get"):
            continue
        for key in LISTS:
            values = item.get(key)
            if not isinstance(values, list):
                continue
            slipped = [str(v) for v in values if _CHINESE_COMMAS.search(str(v))]
            if not slipped:
                continue
            fixed = [w.strip() for v in values for w in _CHINESE_COMMAS.split(str(v)) if w.strip()]
            found.append(Problem(shown, line_of(doc, ("entries", n, key)), key,
                                 say("faq_chinese_comma", value=slipped[0], part=PART[key], fixed=", ".join(fixed)),
                                 warning=True))
    return found
