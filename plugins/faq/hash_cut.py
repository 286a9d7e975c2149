"""An answer or question of a FAQ file that runs on past " #" on its own line: YAML reads the rest as a comment,
so "answer: 在学府小区5号楼2单元 #301 王老师家" would lose the room number. The file's reader puts the rest back (an
operator copying a FAQ from a document means the text, not a comment) and check-config says to quote it."""
from __future__ import annotations

import re

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

_MAYBE = re.compile(r"^[ \t-]*(?:answer|question|questions|-)[^#'\"\n]*\S[ \t]+#", re.M)  # a quick look first
_KEYS = ("question", "answer", "questions")


def cut_by_hash(text: str) -> list[tuple[int, str, int | None, int, str]]:
    """(entry's place, key, place in `questions` or None, line, the text YAML dropped) for each cut answer or
    question; a comment on a line of its own is a comment and is left alone."""
    if not _MAYBE.search(text):
        return []
    doc = YAML().load(text)
    items = doc.get("entries") if isinstance(doc, CommentedMap) else None
    found = []
    for n, item in enumerate(items if isinstance(items, CommentedSeq) else []):
        if not isinstance(item, CommentedMap):
            continue
        for key in _KEYS:
            value = item.get(key)
            if isinstance(value, CommentedSeq):
                places: list[tuple[CommentedMap | CommentedSeq, str | int, int | None]] = [
                    (value, i, i) for i in range(len(value)) if isinstance(value[i], str)]
            else:
                places = [(item, key, None)] if isinstance(value, str) else []
            for holder, at, i in places:
                tokens = holder.ca.items.get(at) or ()
                token = next((t for t in tokens if t is not None and not isinstance(t, list)), None)
                if token is None:
                    continue
                line = holder.lc.key(at)[0] if isinstance(holder, CommentedMap) else holder.lc.item(at)[0]
                dropped = token.value.split("\n")[0].strip()
                if dropped.startswith("#") and token.start_mark.line == line:
                    found.append((n, key, i, line + 1, dropped))
    return found


def put_back(items: list, text: str) -> None:
    """Each cut answer or question of `items` (the entries as parsed) with its dropped rest joined back on."""
    for n, key, i, _, dropped in cut_by_hash(text):
        item = items[n] if n < len(items) and isinstance(items[n], dict) else None
        if item is None:
            continue
        if i is None and isinstance(item.get(key), str):
            item[key] = f"{item[key]} {dropped}"
        elif i is not None and isinstance(item.get(key), list) and isinstance(item[key][i], str):
            item[key][i] = f"{item[key][i]} {dropped}"
