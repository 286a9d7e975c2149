"""Dispatcher: handlers in order, `block`, and one handler's failure never stops the others."""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.events import Event
from bot.plugin import Handler, Rule
from bot.rules import EVENT_ONLY
from bot.templates import ScriptError

if TYPE_CHECKING:
    from bot.context import Context
    from bot.savepoints import Savepoint

log = logging.getLogger("qunbot.dispatch")
_NO_CONTEXT: Any = None  # what a rule that reads the event alone (bot.rules.event_rule) is given instead


class Dispatcher:
    """Runs the handlers that match an event, lowest order number first."""

    def __init__(self, handlers: list[Handler]) -> None:
        self._by_type: dict[type[Event], list[Handler]] = defaultdict(list)
        # per handler: its rules that read the event alone (checked before a context is made), then the others
        self._checks: dict[type[Event], list[tuple[Handler, tuple[Rule[Any], ...], tuple[Rule[Any], ...]]]] = \
            defaultdict(list)
        for h in sorted(handlers, key=lambda h: h.order):
            self._by_type[h.event_type].append(h)
            self._checks[h.event_type].append((h, tuple(r for r in h.rules if r in EVENT_ONLY),
                                               tuple(r for r in h.rules if r not in EVENT_ONLY)))

    def handlers_for(self, event: Event) -> list[Handler]:
        """The handlers registered for this event's type, in order."""
        return self._by_type.get(type(event), [])

    async def dispatch(self, event: Event, context_for: Callable[[Handler], Context],
                       savepoint: Callable[[], Savepoint]) -> None:
        """Run matching handlers until one blocks, each in a savepoint: a failure undoes its writes and replies.

        A handler's context is made only once the rules that read the event alone pass (all rules must pass, so
        the order they are checked in does not change which handlers run)."""
        for handler, by_event, by_context in self._checks.get(type(event), ()):
            try:
                for rule in by_event:
                    if not rule(_NO_CONTEXT, event):
                        break
                else:
                    rule = None
            except Exception:
                log.exception("rule failed %r event=%s", handler, event.id)
                continue
            if rule is not None:
                continue
            ctx = context_for(handler)
            if not ctx.config.enabled:
                continue
            try:
                for rule in by_context:
                    if not rule(ctx, event):
                        break
                else:
                    rule = None  # every rule passed
            except Exception:
                log.exception("rule failed %r event=%s", handler, event.id)
                continue
            if rule is not None:
                continue
            mark = len(ctx.outcome.actions)
            with savepoint() as scope:
                try:
                    await handler.func(ctx, event)
                    ok = True
                except ScriptError as exc:
                    log.error("handler %r skipped its action: %s", handler, exc)
                    ok = False
                except Exception:
                    log.exception("handler failed %r event=%s", handler, event.id)
                    ok = False
                if not ctx.finish(ok):
                    del ctx.outcome.actions[mark:]
                    scope.undo()
            if handler.block or ctx.outcome.blocked:
                break
