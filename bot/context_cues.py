"""Context cues: what the messages just before one say about it, as named features for the learned layer.

A message's kind often depends on what came just before it more than on its words: a short
statement after another member's question answers it, a second line from the same sender within
seconds carries on the first, a thanks follows an answer to the one who thanks, a numbered line
after an operator's notice is a 接龙 reply. Each cue is a plain name (`#prev:other:question:soon`),
so every weight the model learns for it can be read. Only the last dozen messages of the room are
looked at, so the cost per message stays a few microseconds.
"""
from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from bot.chinese_text import compact
from bot.conversation import ASKING, Conversation, Kind, Said

_THANKS, _ANSWER, _SHARING = Kind.THANKS, Kind.ANSWER, Kind.SHARING  # looked up once: enum access is slow in loops
LOOK_BACK = 12  # messages looked at, newest first
OPEN_ASK_S = 600  # another member's ask this recent may be what the message answers
OWN_ASK_S = 900  # the sender's own ask this recent may be what a thanks is for
NOTICE_S = 1800  # an operator's notice this recent may be what a 接龙 line replies to
COMMON = frozenset("""
我们 你们 他们 今天 明天 一下 这个 那个 什么 怎么 是不 不是 有没 没有 可以 大家 一个 知道 现在 时候 了吗 了没 好的 谢谢
""".split())


def _gap(seconds: float) -> str:
    """How long ago, in the buckets a conversation turns on: within seconds, a minute or two, ten minutes, later."""
    return "now" if seconds <= 30 else "soon" if seconds <= 120 else "lately" if seconds <= 600 else "long"


def _who(said: Said, sender: str) -> str:
    return "self" if said.sender == sender else "op" if said.operator else "other"


def context_cues(words: str, sender: str, ts: datetime, conversation: Conversation, *, seconds: bool = False
                 ) -> list[str]:
    """The context features of a member's message (`words`: its text, compacted) in the room's conversation.

    `seconds`: the words open as a second (我也是, +1, 是啊): what it seconds is named (`#seconds:complaint`).
    """
    # (the bot's own answer, Said.by_bot, is kept: without it a complaint said just after it, 你们那个冻虾 化开一半
    # 全是冰, read as the answer to the question the bot answered; code review 25, finding 5)
    said = conversation.said
    if not said:
        return ["#first"]
    size = "short" if len(words) <= 6 else "mid" if len(words) <= 16 else "long"
    recent = list(itertools.islice(reversed(said), LOOK_BACK))
    last = recent[0]
    who, gap = _who(last, sender), _gap((ts - last.ts).total_seconds())
    if gap == "long":  # the room was quiet over ten minutes: the line is read on its own, as the room's first
        return ["#first", *_later_cues(recent, sender, ts, size, words)]
    kind = "media" if last.media and last.kind is not Kind.SHARING else last.kind
    feats = [f"#prev:{who}:{kind}", f"#prev:{who}:{kind}:{gap}", f"#prev:{who}:{gap}", f"#prev:{who}:{size}",
             f"#gap:{gap}:{size}"]
    if len(recent) > 1:
        before = recent[1]
        feats.append(f"#prev2:{_who(before, sender)}:{before.kind}")
    if who == "self" and gap == "now":
        feats.append(f"#continues:{last.kind}")
    mine = next((s for s in recent if s.sender == sender), None)  # the sender's own last line: a follow-up?
    if mine is not None and (mine_gap := _gap((ts - mine.ts).total_seconds())) != "long":
        feats += [f"#own_last:{mine.kind}", f"#own_last:{mine.kind}:{mine_gap}"]
    feats += [f"#room:{k}" for k in sorted({s.kind for s in recent[:6] if s.sender != sender and not s.operator})]
    if seconds and (seconded := next((s for s in recent if s.sender != sender), None)) is not None:
        feats.append(f"#seconds:{seconded.kind}")
    return feats + _later_cues(recent, sender, ts, size, words)


def _later_cues(recent: list[Said], sender: str, ts: datetime, size: str, words: str) -> list[str]:
    """What the last half hour tells even after a quiet spell: an open ask, the sender's own answered ask, a notice."""
    feats: list[str] = []
    last = recent[0]
    ask, own, notice = _scan(recent, sender, ts)
    if ask is not None:
        age = _gap((ts - ask.ts).total_seconds())
        overlap = _overlap(words, ask.text)
        feats += [f"#open:{ask.kind}", f"#open:{age}", f"#open:{size}", f"#open:overlap{overlap}"]
        if ask is last:
            feats.append(f"#open:just_before:{size}")
    if own:
        feats += [f"#mine:{own}", f"#mine:{own}:{size}"]
    if notice:
        feats += ["#after_notice", f"#after_notice:{size}"]
    return feats


def _scan(recent: list[Said], sender: str, ts: datetime) -> tuple[Said | None, str, bool]:
    """One walk back over the recent messages, newest first, for three things at once:

    - another member's latest ask in the last ten minutes that its asker has not thanked for;
    - whether the sender asked in the last quarter hour and someone has since responded:
      "op" or "member" (who did), or "";
    - whether an operator posted a notice in the last half hour and the sender has not spoken since.
    """
    open_since = ts - timedelta(seconds=OPEN_ASK_S)
    own_since = ts - timedelta(seconds=OWN_ASK_S)
    notice_since = ts - timedelta(seconds=NOTICE_S)
    ask: Said | None = None
    open_done = own_done = notice_done = False
    own, responder, notice = "", "", False
    thanked: set[str] = set()
    for said in recent:
        when, mine, kind = said.ts, said.sender == sender, said.kind
        if not open_done:
            if when < open_since:
                open_done = True
            elif kind is _THANKS:
                thanked.add(said.sender)
            elif kind in ASKING and not said.operator and not mine and said.sender not in thanked:
                ask, open_done = said, True
        if not own_done:
            if when < own_since:
                own_done = True
            elif mine:
                if kind in ASKING or said.media:
                    own, own_done = responder, True
            elif not responder and (said.operator or kind is _ANSWER):
                responder = "op" if said.operator else "member"
        if not notice_done:
            if when < notice_since or mine:
                notice_done = True
            elif said.operator and kind is _SHARING:
                notice, notice_done = True, True
        if open_done and own_done and notice_done:
            break
    return ask, own, notice


def _overlap(words: str, asked: str) -> str:
    """How many uncommon two-character pairs the message shares with the ask: "0", "1" or "2+"."""
    topic = compact(asked)
    shared = sum(1 for i in range(len(words) - 1) if words[i:i + 2] not in COMMON and words[i:i + 2] in topic)
    return "0" if not shared else "1" if shared == 1 else "2+"
