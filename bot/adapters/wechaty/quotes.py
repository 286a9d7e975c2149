"""WeChat's quote-reply (引用) as a puppet service hands it over, turned into `reply_to` (chat-events.md).

WeChat sends a quote as an app message (type 57) naming the quoted message; the wechaty puppets turn it into a plain
text message without that id: "「{name}：{quoted}」\\n- - - - - - - - - - - - - - -\\n{reply}", where `quoted` is the
quoted text, or a word for what it was ("图片", "视频", "动画表情", "位置"; a card's title). So the quote is taken off
the text (the member wrote only the reply; left in, a quoted ad would count against whoever quoted it) and matched,
by name and text, against the messages this adapter saw lately in the same conversation: the newest that fits gives
its id. Quotes of messages from before the bot started (or older than the last `PER_CONVERSATION` there) stay
unmatched: the reply still arrives, without `reply_to`.
"""
from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass

SEPARATOR = "\n- - - - - - - - - - - - - - -\n"
PER_CONVERSATION = 300  # messages remembered per room or private chat
CONVERSATIONS = 2000  # rooms and private chats remembered (the least recently active are forgotten)
# what a puppet writes in place of a quoted message that has no text, by our message type (bot.events)
WORDS = {"image": "图片", "video": "视频", "emoticon": "动画表情"}


@dataclass(frozen=True)
class Quote:
    """A quote-reply taken apart: who was quoted, what they said (as the puppet wrote it), the member's reply."""

    name: str
    quoted: str
    reply: str


def parse(text: str) -> Quote | None:
    """The quote in a message's text, or None when it is not a quote-reply."""
    if not text.startswith("「"):
        return None
    end = text.find("」" + SEPARATOR)
    if end < 0:
        return None
    name, colon, quoted = text[1:end].partition("：")
    if not colon:
        return None
    return Quote(name.strip(), quoted.strip(), text[end + 1 + len(SEPARATOR):])


@dataclass(frozen=True)
class Seen:
    """A message seen in a conversation."""

    id: str
    name: str  # the sender's name as the service gave it
    text: str
    kind: str


class Recent:
    """The last messages seen per conversation, to find the one a quote points at."""

    def __init__(self, per_conversation: int = PER_CONVERSATION, conversations: int = CONVERSATIONS) -> None:
        self.per_conversation, self.conversations = per_conversation, conversations
        self._seen: OrderedDict[str, deque[Seen]] = OrderedDict()

    def note(self, conversation: str, message_id: str, name: str, text: str, kind: str) -> None:
        """Remember a message (its text as the member wrote it: a quote-reply's reply only)."""
        seen = self._seen.get(conversation)
        if seen is None:
            seen = self._seen[conversation] = deque(maxlen=self.per_conversation)
            if len(self._seen) > self.conversations:
                self._seen.popitem(last=False)
        else:
            self._seen.move_to_end(conversation)
        seen.append(Seen(message_id, name.strip(), text.strip(), kind))

    def find(self, conversation: str, quote: Quote) -> str | None:
        """The id of the newest message in the conversation that the quote fits: by name and text, else (a name
        shown differently in the group, e.g. a group nickname) by text alone; None when nothing fits."""
        seen = self._seen.get(conversation, ())
        fits = [m for m in reversed(seen) if _fits(m, quote.quoted)]
        for message in fits:
            if message.name == quote.name:
                return message.id
        return fits[0].id if fits and quote.quoted not in WORDS.values() else None


def _fits(message: Seen, quoted: str) -> bool:
    if message.text and message.text == quoted:
        return True
    return WORDS.get(message.kind) == quoted and not message.text
