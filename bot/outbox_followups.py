"""Follow-ups: actions stored "waiting" on an earlier action (their leader), released or dropped when it ends."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import bindparam, update
from sqlmodel import col, select

from bot.actions import WAITING, Action
from bot.models import ActionLog
from bot.statements import Statement
from bot.work import Work

NOT_NEEDED = "not needed"  # the note of a follow-up dropped because its leader ended the other way
_WAITING = col(ActionLog.status) == WAITING
LEADERS = Statement(select(col(ActionLog.follows)).where(_WAITING).distinct())
RELEASE = Statement(update(ActionLog).where(col(ActionLog.id) == bindparam("action_id")).values(
    status="pending", account=bindparam("account")))


class FollowUps:
    """The ids of the actions follow-ups wait for, and what becomes of those follow-ups when their leader ends:
    the ones waiting for that outcome are released (to the account that sends them now), the others are not needed:
    nothing is said about what did not happen."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.leaders: set[int] = set()

    def learn(self) -> None:
        """Which stored actions follow-ups wait for (after a restart, or actions taken from another account)."""
        self.leaders |= {leader for (leader,) in self.work.rows(LEADERS) if leader is not None}

    def wait(self, action: Action) -> None:
        """`action` is a follow-up about to be stored: it names its leader's id (accepted with it or before it)."""
        assert action.leader is not None and action.leader.id is not None, \
            "a follow-up's leader is accepted with it or before it"
        action.follows = action.leader.id
        self.leaders.add(action.follows)

    def forget(self, action: Action) -> None:
        """`action` was never stored after all (its unit of work rolled back): nothing waits for it."""
        self.leaders.discard(action.id or 0)

    def awaited(self, action: Action) -> bool:
        """Whether follow-ups wait for `action`."""
        return action.id in self.leaders

    def settle(self, leader: Action, sender: Callable[[Action], str]) -> tuple[list[Action], list[Action]]:
        """`leader` ended (delivered, failed or dropped): its follow-ups released (stored pending, for the account
        `sender` names), and those not needed (to be marked dropped with `why_not_needed`), each in id order."""
        self.leaders.discard(leader.id or 0)
        with self.work.session() as s:
            rows = s.exec(select(ActionLog).where(col(ActionLog.follows) == leader.id, _WAITING)
                          .order_by(col(ActionLog.id))).all()
            waiting = [Action.of(r) for r in rows]
        released, unneeded = [], []
        for action in waiting:
            if action.follows_if != leader.status:
                unneeded.append(action)
                continue
            action.status = "pending"
            action.account = sender(action)
            self.work.run(RELEASE, action_id=action.id, account=action.account)
            released.append(action)
        return released, unneeded


def why_not_needed(leader: Action) -> str:
    """The note of a follow-up dropped because `leader` ended the other way."""
    return f"{NOT_NEEDED}: follow-up of #{leader.id}, which was {leader.status}"
