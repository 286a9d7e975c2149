"""Command arguments: a command declares how its text is parsed; bad input gets the command's usage and why."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Refused(ValueError):
    """The arguments were not accepted; `why` is shown with the command's usage (Chinese, for the chat)."""

    def __init__(self, why: str = "") -> None:
        super().__init__(why)
        self.why = why


Parse = Callable[[str], Any]


def text(args: str) -> str:
    """The text after the command name, as typed (stripped)."""
    return args.strip()


def first_word(args: str) -> str:
    """The first word (the rest is ignored)."""
    words = args.split()
    if not words:
        raise Refused()
    return words[0]


def word_and_rest(args: str) -> tuple[str, str]:
    """A word, then the rest of the text: `/config set KEY VALUE`, `/post add 时段 内容`."""
    parts = args.strip().split(None, 1)
    if len(parts) < 2:
        raise Refused()
    return parts[0], parts[1].strip()


def split_on(separator: str, why: str, alternatives: str = "") -> Parse:
    """Two non-empty parts around `separator` (also accepting each of `alternatives` for it)."""
    def parse(args: str) -> tuple[str, str]:
        for other in alternatives:
            args = args.replace(other, separator)
        parts = [p.strip() for p in args.split(separator, 1)]
        if len(parts) != 2 or not all(parts):
            raise Refused(why)
        return parts[0], parts[1]
    return parse


def number(why: str) -> Parse:
    """A whole number (a leading # is allowed: `#12`)."""
    def parse(args: str) -> int:
        word = args.split()[0].lstrip("#") if args.split() else ""
        if not word.isdigit():
            raise Refused(why.format(word=word))
        return int(word)
    return parse
