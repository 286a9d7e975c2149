"""The keys chat may neither read nor change: those that name files, folders, the store or the connection."""
from __future__ import annotations

from typing import Any

# keys an owner cannot read or change from chat: where things are stored and read from, how the bot connects
SENSITIVE_PREFIXES = ("store", "wechaty", "bot.adapter", "bot.scripts_override")
SENSITIVE_LEAVES = ("template", "file", "keyword_files", "items_file", "holidays_file", "url", "token")


def is_sensitive(dotted: str) -> bool:
    """True for keys that name files, folders, the store or the connection: not for chat."""
    parts = [p for p in dotted.strip().split(".") if p]
    key = ".".join(parts)
    if any(key == p or key.startswith(p + ".") for p in SENSITIVE_PREFIXES):
        return True
    return any(part in SENSITIVE_LEAVES or part.endswith(("_file", "_files", "_dir", "_path")) for part in parts)


def without_sensitive(dotted: str, value: Any) -> Any:
    """A section's value with the keys chat may not see left out (for `/config get bot`)."""
    if isinstance(value, dict):
        return {k: without_sensitive(f"{dotted}.{k}", v) for k, v in value.items() if not is_sensitive(f"{dotted}.{k}")}
    if isinstance(value, list):
        return [without_sensitive(dotted, v) for v in value]
    return value
