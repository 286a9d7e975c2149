"""What the command line prints to the operator: Chinese by default, English when LANG starts with `en`."""
from __future__ import annotations

import os
from functools import cache
from typing import Any

from ruamel.yaml import YAML

from bot.shipped import scripts_dir


def language() -> str:
    """`en` when the environment asks for English (LC_ALL, LC_MESSAGES or LANG = en*), else `zh`."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


@cache
def _catalog(lang: str) -> dict[str, str]:
    path = scripts_dir() / "cli" / f"{lang}.yaml"
    return dict(YAML(typ="safe").load(path.read_text(encoding="utf-8")))


def say(key: str, **values: Any) -> str:
    """The message `key` in the operator's language, with `values` filled in."""
    catalog = _catalog(language())
    text = catalog.get(key) or _catalog("zh")[key]
    return text.format(**values)
