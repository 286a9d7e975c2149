"""The sample entries `qunbot init` writes into faq.yaml (a made-up shop's hours, address, sign-up): while an entry's
answer is still a sample's word for word, members are not answered with it."""
from __future__ import annotations

from functools import cache

from bot.shipped import STARTER
from plugins.faq.entry import Entry


@cache
def _sample_answers() -> frozenset[str]:
    from plugins.faq.library import FaqFileError, read_faq  # the library leaves samples out with this module
    try:
        return frozenset(e.answer.strip() for e in read_faq(STARTER / "faq.yaml").entries)
    except FaqFileError:  # pragma: no cover - the starter ships with the package
        return frozenset()


def is_sample(entry: Entry) -> bool:
    """An entry whose answer is still one of the starter file's samples, word for word: not the operator's own."""
    return entry.source == "file" and entry.answer.strip() in _sample_answers()


def own_entries(entries: list[Entry]) -> list[Entry]:
    """The entries members may be answered with: the unedited samples left out."""
    return [e for e in entries if not is_sample(e)]
