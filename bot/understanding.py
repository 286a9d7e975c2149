"""Understanding: what a message is (question, complaint, greeting, …) and whom it answers, for every plugin.

`read(message, conversation)` looks at the message's own words and type first (`bot.words_alone`), then
at the room's recent conversation (`bot.conversation.Conversation`) for what only context tells:
that a statement answers someone's question, that an operator's message answers a member or tells
everyone something (`bot.operator_lines`), that a thanks closes a question, that five short lines
from one person within seconds are one thought (the earlier lines are then read again as that
thought: `Reading.revises`). Rules over lexicons first (`bot.rules_reading`), then a small learned
layer (`bot.reading_model`) over the words, the cues, the rules' reading and the context: cheap
enough for every message, and each decision says why (`Reading.why`, `bot.reading`). This module
weighs the two readings (`read`) and keeps each room's conversation (`Reader`).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.among_members import CONDOLENCE, INVITING, PEERS_ASKED
from bot.chinese_text import compact
from bot.conversation import ASKING, BOT, Conversation, Kind, Said
from bot.events import MessageReceived
from bot.greetings import GREETS, asks_beside_greeting, tells_of_trouble
from bot.grievance import overdue
from bot.offers import HOLD_OVER_A_COMPLAINT, NOTICES, SETS_A_TASK, gives_away
from bot.operator_lines import OperatorLine, recast
from bot.passed_on import POINTED, RELAYED
from bot.question_shape import asked_unmarked
from bot.reading import NEEDS_PERSON, WORDED_TYPES, Reading
from bot.reading_model import COMPLAINT_FLOOR, KindModel, plain, shipped, spoken
from bot.rules_reading import (
    ASKS_THE_INVITER,
    CHAIN_LETTER,
    LET_GO,
    MEDIA_ANSWER,
    MEMBER_ANSWER_WINDOW_S,
    NOT_KNOWN,
    read_by_rules,
)
from bot.rumour import CHAIN_RUMOUR, FOLK_CURE
from bot.sarcasm import sneered
from bot.thoughts import FRAGMENT_GAP_S, ask_fragments, thought_before

__all__ = ["ASKING", "COMPLAINT_FLOOR", "FRAGMENT_GAP_S", "MEDIA_ANSWER", "NEEDS_PERSON", "Kind", "Reader", "Reading",
           "read", "read_by_rules"]

AD_TAIL_S = 180  # how long after a caught ad the sender's run of lines may still be the rest of it
TOO_SHORT_TO_LEARN = 4  # 刘老师, 小柚, 好的呢: too few characters for n-grams; often a fragment of what follows


def read(message: MessageReceived, conversation: Conversation | None = None, *, operator: bool = False,
         model: KindModel | None | bool = True) -> Reading:
    """What `message` is, in the light of the room's recent conversation (which it is not yet part of).

    The rules read first; for a member's typed words, the learned layer (`model`: True for the
    shipped one, None or False for rules only) reads the words and the context on its own and
    scores how likely a complaint is (`Reading.negative`): a complaint is read whenever it is likely
    enough (`COMPLAINT_FLOOR`), as missing one costs far more than a false alarm, and a message it
    finds possibly negative is never praised. An operator's line is the rules' reading unless the
    operator model is sure it is another of an answer, a notice, chat or a question (`KindModel.recast`).
    """
    conversation = conversation or Conversation()
    reading = read_by_rules(message, conversation, operator=operator)
    learned = shipped() if model is True else model or None
    if learned is None or message.type not in WORDED_TYPES or reading.kind is Kind.MEDIA or reading.why is LET_GO \
            or reading.why in (CONDOLENCE, CHAIN_LETTER, CHAIN_RUMOUR, FOLK_CURE, NOT_KNOWN, RELAYED, POINTED,
                               ASKS_THE_INVITER) \
            or len(plain(message.text if message.type == "text" else spoken(message))[1]) <= TOO_SHORT_TO_LEARN:
        return reading
    if operator:
        line = recast(OperatorLine(reading.kind, reading.addresses, reading.why),
                      learned.recast(reading, message, conversation), message, conversation)
        return reading if line.kind is reading.kind else Reading(line.kind, line.addresses, False, line.why)
    kind, sure, negative = learned.judge(reading, message, conversation, operator)
    if kind is Kind.GREETING and reading.kind in (Kind.QUESTION, Kind.REQUEST) and asks_beside_greeting(
            words := spoken(message), compact(words)):
        kind = reading.kind  # "早上好，请问…": an ask beside the greeting needs an answer, though the greeting does not
    elif kind is Kind.GREETING and not GREETS.search(compact(spoken(message))):
        kind = reading.kind  # 浩浩明早不坐车了, 下周几上课来着: no word of greeting, whatever 早 or 周 weighs
    elif kind is Kind.GREETING and tells_of_trouble(spoken(message)):
        kind = reading.kind  # 大家好 我是新来的 血糖老是降不下来: a trouble told, never thanked as a greeting
    elif kind is not reading.kind and reading.kind is Kind.SMALLTALK and (
            INVITING.search(compact(spoken(message))) or PEERS_ASKED.search(spoken(message))):
        kind = reading.kind  # 有没有人周六一起去爬山的, 你们谁家老公半夜起来: the other members asked along or about
        # themselves, the few such lines in the data or not (no grievance the lexicons know: the rules read none)
    elif reading.why == SETS_A_TASK and kind in (Kind.GREETING, Kind.SHARING, Kind.SMALLTALK, Kind.REQUEST):
        return reading  # 各位早上好，今天大家把…拍照发群里: a task set for everyone, the greeting only opens it
        # (今天作业：…发完在群里说一声: what it asks, it asks of the class, not of the staff)
    elif reading.why in NOTICES and reading.why != SETS_A_TASK and (
            kind is not Kind.COMPLAINT or reading.why in HOLD_OVER_A_COMPLAINT):
        return reading  # 我开车 还能坐三个娃, 明天免费量血压: an offer to the others, whatever asks in its words
        # (an invitation or a number passed on: whatever the learned layer weighs as a grievance; no cue said one)
    elif kind in ASKING and reading.kind is Kind.COMPLAINT and overdue(spoken(message)):
        kind = reading.kind  # 麻烦问下 上周退的牛奶 钱怎么还没到账: politely asked, what is owed is late all the same
    elif reading.kind is Kind.COMPLAINT and kind is not Kind.COMPLAINT and sneered(spoken(message)):
        kind = reading.kind  # 真是越办越好了 课一学期比一学期少🙄: praise its own words take back, whatever they weigh
    elif (kind in ASKING or kind is Kind.COMPLAINT) and reading.kind is Kind.SHARING and gives_away(spoken(message)):
        kind = reading.kind  # 谁要来拿 不要钱, 自费印了一百本 送给老战友们: her own things offered to the others,
        # free; nobody asks the staff, and no grievance the lexicons know is in it (they read it first)
    if kind is reading.kind:
        return replace(reading, negative=negative)
    addresses = reading.addresses
    if kind is Kind.ANSWER and addresses is None:
        addresses = conversation.open_ask(message.ts, MEMBER_ANSWER_WINDOW_S, besides=message.sender)
    why = f"learned layer {sure:.2f} (the rules read {reading.kind.value}: {reading.why})"
    revises = reading.revises
    if kind in ASKING:  # the sender's lines just before may be the start of this ask: they are read as it too
        lines = ask_fragments(thought_before(conversation, message))
        revises = tuple(s for s in lines if s.kind is not kind and s.sender == message.sender)
    elif any(s.kind is not reading.kind for s in revises):
        revises = ()
    return Reading(kind, addresses, kind in NEEDS_PERSON, why, revises, negative)


PRIVATE_IDLE = timedelta(days=1)


class Reader:
    """The app's reader: each room's Conversation, and each message read once, for every plugin (`ctx.reading`)."""

    def __init__(self, *, learned: bool = True) -> None:
        self.conversations: dict[str, Conversation] = {}
        self.learned = learned  # False: the rules alone (for comparison)
        self._private_seen: dict[str, datetime] = {}  # private chats by their last message, the quietest first

    def take(self, message: MessageReceived, *, operator: bool, stopped: datetime | None = None) -> Reading:
        """Read a message in its room's conversation (a private chat is a room of its own) and remember it.

        `stopped`: when a plugin last stopped one of the sender's lines here (bot.stopped), if it did."""
        key = message.room if message.room is not None else f"private:{message.sender}"
        conversation = self.conversations.get(key)
        if conversation is None:
            conversation = self.conversations[key] = Conversation()
        reading = read(message, conversation, operator=operator, model=self.learned)
        asks = any(mark in message.text for mark in "?？吗") or asked_unmarked(message.text) is not None
        if not asks and conversation.follows_blocked(message.sender, message.ts, FRAGMENT_GAP_S, AD_TAIL_S, stopped):
            reading = replace(reading, follows_blocked=True)
        conversation.add(reading.said(message, operator=operator))
        conversation.revise((s.id for s in reading.revises), reading.kind)
        if message.room is None:
            self._forget_quiet_private_chats(key, message.ts)
        return reading

    def answered(self, message: MessageReceived, answers: list[str]) -> None:
        """The bot answered `message` in its room (Outcome.answered): the room remembers an answer to it, so the
        question is no longer open and the next member's line (你们那个秤不准…) is read as what it is, not as the
        answer to a question the bot already answered. It is the bot's line (`by_bot`): the readings of the room's
        own talk skip it where a bot line is no member's (an invitation)."""
        conversation = self.conversations.get(message.room or "")
        if not answers or conversation is None or conversation.find(message.id) is None:
            return
        conversation.add(Said(f"answer:{message.id}", BOT, message.ts, Kind.ANSWER, True, message.id,
                              text=answers[0][:80], by_bot=True))

    def _forget_quiet_private_chats(self, key: str, now: datetime) -> None:
        """A private chat quiet for PRIVATE_IDLE is read afresh: its old lines say nothing about the next one, and
        the bot meets new private chatters all the time (memory would grow with every one ever met)."""
        self._private_seen.pop(key, None)
        self._private_seen[key] = now
        while (oldest := next(iter(self._private_seen))) != key and now - self._private_seen[oldest] > PRIVATE_IDLE:
            del self._private_seen[oldest]
            self.conversations.pop(oldest, None)
