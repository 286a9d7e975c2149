"""A member asked for a person ("你是机器人吧 答非所问 我要找真人"): the FAQ has just apologised and told her a person
is coming. The operator is told at once, that she asked for a person (and is cross that the bot missed her point, when
she said so), what the bot told her, and what to say now (native review 25, finding 13); the bot adds no cover."""
from __future__ import annotations

from bot.grievance import grievance
from plugins.nudge import alerts
from plugins.nudge.memory import Ctx
from plugins.nudge.store import Waiter

MISSED = "missed"  # she said the bot missed her point (答非所问, 听不懂我说话): the FAQ's "about-me:missed"
ASKED = "asked"  # she asked for a person (我要找工作人员): the FAQ's "about-me:person"
_HOW = {"about-me:missed": MISSED, "about-me:person": ASKED}


def about_me_and_more(ref: str | None) -> bool:
    """The FAQ said what the bot is, and the member asked more than that, or for a person (plugins.faq.about_me)."""
    return (ref or "").startswith("about-me:")


def how_asked(ctx: Ctx) -> str:
    """How the member just asked the FAQ for a person: MISSED, ASKED, or "" (she did not)."""
    return next((_HOW[a.ref] for a in ctx.outcome.actions if a.ref in _HOW), "")


def asked_kind(kind: str, words: str, plain: str) -> str:
    """The kind of her wait: a complaint only when she voices a grievance besides the bot's missing her point (我要找
    真人 你们的鸡蛋一半都是烂的), else `plain`: her being cross with the bot is met by a person at once, not with
    换、退、补."""
    return kind if kind != "complaint" or grievance(words) else plain


def passed_on(ctx: Ctx, waiter: Waiter | None, how: str, night: bool) -> None:
    """The wait she opened is marked as asked for a person; by day its operator is told now, as the bot just said
    (a complaint has its own alert; the night's digest hands a night's wait over)."""
    if waiter is None or not how:
        return
    ctx.state.person_asked[waiter.id] = how
    if not night and waiter.kind != "complaint":
        alerts.nudge(ctx, [waiter])
