"""Whom moderation screens and with what: the detectors as each room's config, keyword files and chat-added words
make them, and the learned layer beside them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot import files
from plugins.moderation.detectors import Keywords, Screen
from plugins.moderation.learned import Model
from plugins.moderation.settings import Ctx, ModerationConfig
from plugins.moderation.store import Words


def _phrases(ctx: Ctx, config: ModerationConfig) -> tuple[list[str], list[str]]:
    phrases, allowed = list(config.keywords), list(config.allow_words)
    for name in config.keyword_files:
        path = ctx.folder / name
        try:
            lines = files.read_text(path).splitlines()
        except OSError as exc:
            ctx.log.error("keyword file unreadable path=%s error=%s", path, exc.strerror)
            continue
        phrases += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    for word in ctx.records(Words).all():
        (phrases if word.kind == "block" else allowed).append(word.word)
    return phrases, allowed


def screen_for(ctx: Ctx, room: str | None) -> Screen:
    """The detectors as configured for a room; rebuilt when config, keyword files or chat-added words change.

    Rooms without overrides share one config object and so one screen; everything is dropped when
    the config is reloaded.
    """
    config, state = ctx.config_for(room), ctx.state
    if state.screens_of != ctx.config_version:
        state.screens_of, state.screens = ctx.config_version, {}
    found = state.screens.get(id(config))
    if found is None:
        found = state.screens[id(config)] = Screened(config, tuple(ctx.folder / f for f in config.keyword_files))
    key = (tuple(ctx.file_mtime(p) for p in found.files), state.words_version)
    if found.key != key or found.screen is None:
        phrases, allowed = _phrases(ctx, config)
        found.key, found.screen = key, Screen(Keywords(phrases, allowed), tuple(config.allow_domains),
                                              tuple(config.allow_cards), frozenset(config.rules_off),
                                              config.shares == "strict", learned_model() if config.learned else None)
    return found.screen


@cache
def learned_model() -> Model | None:
    return Model.load()


@dataclass
class Screened:
    """One config's screen and what it was built from."""

    config: ModerationConfig  # kept so its id stays this config's while the entry lives
    files: tuple[Path, ...]
    key: tuple = ()
    screen: Screen | None = None


def exempt(ctx: Ctx, contact: str) -> bool:
    """Operators, owners and allowlisted members are never moderated."""
    return ctx.role_of(contact) != "member" or contact in ctx.config.allow_members
