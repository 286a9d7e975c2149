"""Thoughts: a member's lines typed one after another, and the line that only opened the matter, read as one."""
from __future__ import annotations

import re
from datetime import timedelta

from bot.chinese_text import compact
from bot.conversation import ASKING, Conversation, Kind, Said
from bot.events import MessageReceived
from bot.to_the_staff import TITLE as _TITLE
from bot.words_alone import kind_of_words

__all__ = ["FRAGMENT_GAP_S", "OPENER", "OPENER_GAP_S", "ask_fragments", "thought_before"]

FRAGMENT_GAP_S = 90  # lines from one person this close together, nobody else between, are one thought
# (90 s, not 30: seniors type a complaint line by line a minute apart; leave-one-kind-out over 24 kinds 0.862 -> 0.868)
# a line that only opens a matter ("刘主任", "小周啊", "我说个事哈") is part of the thought typed after it this long
OPENER_GAP_S = 300  # after: members call the operator first, then take minutes to type what happened
# thanks and acknowledgements that end with a title (谢谢老师, 好的姐, 收到老师) are not calls
_NOT_A_CALL = r"谢|多谢|感谢|好的|好嘞|收到|辛苦|麻烦|知道|明白|嗯|哦|噢|对|是的|行"
# a call (老孙 / 刘主任啊 / 小周你好), a matter announced (我说个事哈 / 有个事想跟你们反映一下 / 你听我说), or a thing
# named and left hanging (你们卖的那个 / 我那个硝苯地平)
OPENER = re.compile(
    rf"^(?=.)(?!{_NOT_A_CALL})((老|小|阿)\w|\w{{0,3}}{_TITLE}|\w{{1,3}}(你好|您好))?(啊|呀)?((有个事)?(我|咱)?想?(跟|和|给)?(你|您|你们)?想?"
    r"(说|提|反映|讲|问)(个|一个|一|两)?(事|事儿|意见|句|两句|一句|一下|句实话)(啊|哈|呀|儿)?|你?听我说(啊|哈)?)?$|"
    r"^\w{0,8}的那个$|^(我|我家|你们|咱)?那个\w{1,6}$")


def thought_before(conversation: Conversation, message: MessageReceived) -> list[Said]:
    """The sender's lines just before, one thought with the message: a line a fragment gap before the next, and
    a line that only opened the matter ("刘主任" … "我说个事哈" … what happened) up to `OPENER_GAP_S` before."""
    lines = conversation.thought(message.sender, message.ts, FRAGMENT_GAP_S)
    opener = conversation.member_line_before(len(lines))
    if opener is None:
        return lines
    if opener.sender == message.sender and not opener.media and opener.kind not in (Kind.THANKS, Kind.ACK) \
            and (words := compact(opener.text)) \
            and (lines[0].ts if lines else message.ts) - opener.ts <= timedelta(seconds=OPENER_GAP_S) \
            and OPENER.match(words):
        return [opener, *lines]
    return lines


def ask_fragments(thought: list[Said]) -> list[Said]:
    """The sender's last lines that may be parts of one ask (typed words only, back to a greeting or thanks); a
    line read as an answer to nobody ("上周在你们这开的药") is the ask's beginning, not an answer, and so is a line read
    as an acknowledgement whose words acknowledge nothing ("5栋那个电梯")."""
    lines: list[Said] = []
    for said in reversed(thought):
        if said.media:
            continue
        if said.kind not in ASKING and said.kind not in (Kind.SMALLTALK, Kind.SHARING) \
                and not (said.kind is Kind.ANSWER and said.addresses is None) \
                and not (said.kind not in (Kind.THANKS, Kind.ACK) and OPENER.match(compact(said.text))) \
                and not (said.kind is Kind.ACK and (words := compact(said.text))
                         and kind_of_words(said.text, words)[0] is Kind.SMALLTALK):
            break
        lines.append(said)
    return lines[::-1]
