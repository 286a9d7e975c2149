"""Dispatcher: handlers in order, `block`, and one handler's failure never stops the others."""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.events import Event
from bot.plugin import Handler
from bot.templates import ScriptError

if TYPE_CHECKING:
    from bot.context import Context
    from bot.work import Savepoint

log = logging.getLogger("qunbot.dispatch")


class Dispatcher:
    """Runs the handlers that match an event, lowest order number first."""

    def __init__(self, handlers: list[Handler]) -> None:
        self._by_type: dict[type[Event], list[Handler]] = defaultdict(list)
        for h in sorted(handlers, key=lambda h: h.order):
            self._by_type[h.event_type].append(h)

    def handlers_for(self, event: Event) -> list[Handler]:
        """The handlers registered for this event's type, in order."""
        return self._by_type.get(type(event), [])

    async def dispatch(self, event: Event, context_for: Callable[[Handler], Context],
                       savepoint: Callable[[], Savepoint]) -> None:
        """Run matching handlers until one blocks, each in a savepoint: a failure undoes its writes and replies."""
        for handler in self._by_type.get(type(event), ()):
            ctx = context_for(handler)
            if not ctx.config.enabled:
                continue
            try:
                for rule in handler.rules:
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
