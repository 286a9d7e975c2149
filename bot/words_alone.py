"""Words alone: the kind a message's own words say it is, from the lexicons of how members write (no context)."""
from __future__ import annotations

import re

from bot.acknowledgements import (
    ACK_DONE,
    ACK_LEAD,
    ACK_ORDER,
    ACK_WORDS,
    ALREADY_DONE,
    GLAD,
    ROLL_CALL_LINE,
    THANKS,
)
from bot.among_members import (
    ASKS_THE_ROOM,
    CONDOLENCE,
    CONDOLES,
    HELP_OFFERED,
    INVITING,
    OWN_LOSS,
    PEERS_ASKED,
)
from bot.conversation import Kind
from bot.danger.grief import bereaved
from bot.greetings import why_a_greeting
from bot.grievance import grievance
from bot.memo import per_text
from bot.question_shape import EXCLAIM, QUESTION, question_cue
from bot.repairs import asks_where_to_turn, calls_out, routine_repair
from bot.sharing import NOTICE, SHARE, SHOWING
from bot.to_the_staff import ABSENT, ASKED_OF, NO_GRIEVANCE_AFTER, OPENS_A_GRIEVANCE, REPORTS_AN_AD, REQUEST


@per_text  # the same words come again and again ("好的", "谢谢", "早上好"): looked up, not re-read
def kind_of_words(text: str, words: str, *, operator: bool = False) -> tuple[Kind, str]:
    """The kind the words alone say (`words`: the text without punctuation, spaces or emoji)."""
    if words in ACK_WORDS or (len(words) <= 3 and words.rstrip("啦了呀哈的呢") in ACK_WORDS) \
            or ROLL_CALL_LINE.match(text) \
            or (len(words) <= 12 and ALREADY_DONE.match(words) and not grievance(text) and not THANKS.search(text)):
        return Kind.ACK, "an acknowledgement"
    if greeting := why_a_greeting(text, words, operator):
        return Kind.GREETING, greeting
    asks = question_cue(EXCLAIM.sub("", text))
    if SHOWING.search(words):
        return Kind.SHARING, "shares something"
    complaint = grievance(text)
    if complaint and routine_repair(text):
        return Kind.REQUEST, f"asks for a repair ({complaint!r})"
    if complaint and asks and asks_where_to_turn(text):
        return Kind.QUESTION, f"asks whom to call about a fault at home ({complaint!r})"
    if complaint and not (THANKS.search(text) and not asks):
        return Kind.COMPLAINT, f"complaint cue {complaint!r}"
    if not operator and (opener := OPENS_A_GRIEVANCE.search(text)) and not THANKS.search(text) \
            and not NO_GRIEVANCE_AFTER.search(text[opener.end():]):  # 说句实话 这家的包子真好吃: praise, no grievance
        return Kind.COMPLAINT, f"opens a matter for the staff ({opener.group(0)})"
    if not operator and REPORTS_AN_AD.search(text):
        return Kind.COMPLAINT, "tells of an advert in the group"
    # 节哀 to another member: not beside a question (节哀 丧葬补助去哪里领) nor the writer's own loss (大家都劝我节哀)
    if not operator and CONDOLES.search(words) and not (asks and not HELP_OFFERED.search(text)) \
            and not re.search(r"[?？]|请问|群主|客服|工作人员", text) \
            and not OWN_LOSS.search(text) and bereaved(text) is None:
        return Kind.SMALLTALK, CONDOLENCE
    if THANKS.search(text) and not (asks and len(words) > 12):
        return Kind.THANKS, "thanks"
    if GLAD.search(text) and not asks and len(words) <= 15:
        return Kind.THANKS, "glad of the help"
    if request := REQUEST.search(text):
        return Kind.REQUEST, f"request cue {request.group(0)!r}"
    if calls_out(text):
        return Kind.REQUEST, "calls the staff out to see to something"
    if request := ASKED_OF.search(text):
        return Kind.REQUEST, f"asks {request.group(2)} to do something"
    if not asks and not operator and (absent := ABSENT.search(text)):
        return Kind.REQUEST, f"tells of an absence ({absent.group(0)})"
    if asks and INVITING.search(words) and not operator:
        return Kind.SMALLTALK, "invites other members along"
    if not operator and (peers := PEERS_ASKED.search(text)) and (asks or peers.group("days")):
        return Kind.SMALLTALK, ASKS_THE_ROOM
    if asks and not (SHARE.search(text) and len(words) > 30):
        return Kind.QUESTION, f"question cue {asks.group(0)!r}"
    if len(words) <= 10 and (lead := ACK_LEAD.match(text)) and not QUESTION.search(text):
        return Kind.ACK, f"acknowledges ({lead.group(1)})"
    if ACK_ORDER.match(words):
        return Kind.ACK, "takes up an offer"
    if len(words) <= 12 and (done := ACK_DONE.match(text)):
        return Kind.ACK, f"done, agreed or learnt ({done.group(1)})"
    if SHARE.search(text) or len(words) >= 40 or (operator and NOTICE.search(text)):
        return Kind.SHARING, "shares something"
    return Kind.SMALLTALK, "chat"
