"""The rules' reading of a message: lexicons over its words (`bot.words_alone`), then the room's conversation for what
only context tells (a reply to someone's question, a thought typed in several lines, a matter let go, a 接龙 line)."""
from __future__ import annotations

import re
from datetime import timedelta

from bot.among_members import ADVISES, ASKS_THE_ROOM, INVITING, SECONDING, SECONDS_A_COMPLAINT
from bot.chain_letter import chain_letter
from bot.chinese_text import compact
from bot.conversation import ASKING, Conversation, Kind, Said
from bot.events import MessageReceived
from bot.grievance import returns_own_slip
from bot.offers import CALLS, INVITES, NOTICES, offered
from bot.operator_lines import OPERATOR_ANSWER_WINDOW_S, card_answer, operator_line
from bot.passed_on import POINTED, RELAYED, pointed_ask, relays
from bot.question_shape import DOES_NOT_KNOW, RHETORICAL
from bot.reading import CARD_TYPES, MEDIA_TYPES, NEEDS_PERSON, WORDED_TYPES, Reading
from bot.reading_model import SECONDS, spoken
from bot.rumour import rumour
from bot.sharing import SHOWING
from bot.thoughts import ask_fragments, thought_before
from bot.to_the_staff import LETS_GO_WORDS, LETTING_GO
from bot.words_alone import kind_of_words

__all__ = ["ASKS_THE_INVITER", "CHAIN_LETTER", "LET_GO", "MEDIA_ANSWER", "MEMBER_ANSWER_WINDOW_S", "NOT_KNOWN",
           "read_by_rules"]

WAVE = re.compile(r"(👋|🙋|🙋‍♀️|🙋‍♂️|\s)+")  # a hand waved, alone
MEMBER_ANSWER_WINDOW_S = 600  # a member's statement this soon after another's question may answer it
ROLL_CALL = re.compile(r"接龙|报名|登记|预定|预订|团购|开团|统计|名单|续签|报一下|(写|留|报)(上|下)?(名字|姓名|楼号)|"
                       r"要的(扣|说|报|留言|回复)")
ROLL_LINE = re.compile(  # 周敏 周二 / 张伯 两饼 / 3号楼 张福贵 / 续签 刘桂兰 5号楼: a name and what they sign up for
    r"^(?![我对是那])(?=.*(\d|[一二两三四五六七八九十半]\s*(个|人|位|份|饼|斤|盒|箱|件|杯|桌|张|套|袋|罐|瓶|包|本|只)|"
    r"周[一二三四五六日末]|星期\S|号楼|栋))\S{1,8}(\s+\S{1,8}){1,3}$")
QUICK_REPLY_S = 90  # a statement this soon after a member's question is taken as a reply to it
REPLY_SHAPE = re.compile("^(" + "|".join(r"""
在 有 没有 没 可以 不行 不用 不能 要 应该 一般 好像 听说 据说 记得 我记得 对 是的 不是 直接 找 去 打 用 点 看 得 需要
就在 就是 估计 大概 可能 我们(家)?(是|用|去|找|在) 我(是|用|去|找|买) 上次 之前 再 还要 还得 别 不要 最好 建议
\w{0,6}(你|您)
""".split()) + ")")
COMMON_PAIRS = frozenset("""
我们 你们 他们 今天 明天 一下 这个 那个 什么 怎么 是不 不是 有没 没有 可以 大家 一个 知道 现在 时候 的时 了吗 了没
""".split())
_IN_PASSING = frozenset({Kind.GREETING, Kind.THANKS, Kind.ACK})  # between an ask and its answer: no new subject
_STRENGTH = {Kind.QUESTION: 1, Kind.REQUEST: 2, Kind.COMPLAINT: 3}  # what a thought of several asks is
MATTER_S = 1800  # an operator's answer to the sender's matter this recent may be what the sender lets go
LET_GO = "lets the matter go once a person answered it"
MEDIA_ANSWER = "answers the question it quotes with a photo, voice or video"
CHAIN_LETTER = "a chain letter: forward it on, or bad luck comes"
NOT_KNOWN = "does not know either: the question stays open"
OPERATOR_VOICE = "an operator's voice right after a member's question answers it"
ASKS_THE_INVITER = "takes up a member's invitation and asks her the details"
INVITER_WINDOW_S = 600  # 我去 幾點 this soon after a member's 聽日飲茶 邊個去呀 is said to her
# 我去 幾點 / 我也去 在哪集合 / 几点出发: a yes, or the time or place of it asked, in a short line
TAKES_UP_AN_INVITATION = re.compile(r"^(我|俺|我哋)?(也|都)?(去|来|來|嚟|参加|參加|可以去|报名|報名)|"
                                    r"(几|幾)(点|點|时|時)|在哪(集合|见|等|碰头)|边度|邊度|集合")
# 你们店几点开门 after the invitation: still asked of the staff
ASKS_THE_STAFF = re.compile(r"你们|你們|你哋|店|超市|医院|醫院|门诊|開門|开门|关门|關門|营业|營業|上班|下班|"
                            r"群主|客服|老板|老闆")


def read_by_rules(message: MessageReceived, conversation: Conversation, *, operator: bool = False) -> Reading:
    """The rules' reading: lexicons over the words, then the conversation for what only context tells."""
    text = spoken(message) if message.type in WORDED_TYPES else ""
    words = compact(text)
    quoted = conversation.find(message.reply_to) if message.reply_to else None
    mentioned = conversation.last_from(message.mentions) if message.mentions else None
    target = quoted or mentioned
    thought = thought_before(conversation, message)
    if message.type in MEDIA_TYPES and not words:
        if not operator and quoted is not None and quoted.sender != message.sender and not quoted.operator \
                and quoted.kind in (Kind.QUESTION, Kind.REQUEST):
            # 工具房在哪儿 quoted with a photo of the shed, a voice quoting 几点开门: a member's answer
            # (the labelled pool's convention: media, addressing the ask, needing nobody)
            return Reading(Kind.MEDIA, quoted, False, MEDIA_ANSWER)
        if not operator and message.type == "voice" and target is None and not thought \
                and (asked := _just_asked(conversation, message)) is not None:
            # 明天读书会在几楼啊, and a voice WeChat did not transcribe from someone else a moment later: most likely
            # the answer (a blind member's group speaks by voice); the operator is told to listen, nobody covers it
            return Reading(Kind.MEDIA, asked, False, MEDIA_ANSWER)
        if operator and message.type == "voice" and target is None and (asked := _just_asked(conversation, message)):
            return Reading(Kind.ANSWER, asked, False, OPERATOR_VOICE)  # 小王 answers 咋回事啊 by voice, as staff do
        return _reading(Kind.MEDIA, target or (thought[-1] if thought else None), "media without words", operator)
    if message.type in CARD_TYPES:
        if operator and (line := card_answer(conversation, message, target, thought)) is not None:
            return Reading(line.kind, line.addresses, False, line.why)
        return _reading(Kind.SHARING, target, f"a shared {message.type}", operator)
    if not words:
        if WAVE.fullmatch(text):
            return _reading(Kind.GREETING, target, "a wave", operator)  # 👋👋: hello (or goodbye), nothing to answer
        return _reading(Kind.ACK if text else Kind.MEDIA, target, "emoji only", operator)
    kind, why = kind_of_words(text, words, operator=operator)
    if not operator and chain_letter(text):
        return Reading(Kind.SHARING, target, False, CHAIN_LETTER)  # nobody thanks it on: no cover, no wait
    if not operator and (passed_on := rumour(text)) is not None:
        return Reading(Kind.SHARING, target, False, passed_on)  # 微信要收费了 赶紧转发, 银杏叶能治耳聋 大家也试试:
        # no complaint to apologise for; an operator sets it right (plugins/nudge/chain.py)
    if not operator and (offer := offered(text, kind, to_someone=target is not None)) is not None:
        kind, why = offer  # 谁要来拿 不要钱, 大家把…拍照发群里: an offer to everyone, nothing asked of the staff
        if why in NOTICES:
            return Reading(kind, target, False, why)  # the others answer it (do the task, take the seat): nobody
            # waits on the staff
    if not operator and relays(text, quoted, message.sender):
        return Reading(Kind.ANSWER, quoted, False, RELAYED)  # 王老师说的是…: her voice passed on, answered
    if not operator and (pointed := pointed_ask(words, message.sender, thought, conversation, message.ts)):
        return Reading(Kind.ANSWER, pointed, False, POINTED, (thought[-1],))  # [图片] 就这个地方 to 在哪开
    if operator:
        line = operator_line(conversation, message, text, kind, why, target)
        return Reading(line.kind, line.addresses, False, line.why)
    if kind in (Kind.THANKS, Kind.ACK, Kind.GREETING):
        return _reading(kind, target or conversation.last_answer_to(message.sender, message.ts, 900), why, operator)
    if kind in (Kind.SMALLTALK, Kind.COMPLAINT, Kind.SHARING) and LETS_GO_WORDS.search(text) \
            and LETTING_GO.search(text) and (answer := _matter_answered(conversation, message)) is not None:
        return Reading(Kind.SMALLTALK, answer, False, LET_GO)  # 算了 下回早点说就行: no new complaint to alert
    if kind is Kind.SMALLTALK and ROLL_LINE.match(text) and _roll_call_open(conversation, message):
        return _reading(Kind.ACK, target, "a 接龙 line after a notice", operator)
    if kind is Kind.QUESTION and len(words) <= 12 and TAKES_UP_AN_INVITATION.search(words) \
            and not ASKS_THE_STAFF.search(words) \
            and (inviter := _inviting(conversation, message)) is not None and target in (None, inviter):
        return Reading(Kind.SMALLTALK, inviter, False, ASKS_THE_INVITER)  # she answers him, not the staff
    fragments = ask_fragments(thought)
    if fragments and (kind in ASKING or kind is Kind.SMALLTALK):
        whole = max((s.kind for s in fragments if s.kind in ASKING), key=_STRENGTH.__getitem__, default=None)
        if kind in ASKING and (whole is None or _STRENGTH[kind] > _STRENGTH[whole]):
            whole = kind
        if whole is None:
            whole = _asked_together(fragments, text)
        if whole is not Kind.COMPLAINT and _complained_together(fragments, text):
            whole = Kind.COMPLAINT  # 护士你好 / 麻烦问下 / 上次说给我回电话 / 一直没等到: a promise broken, in pieces
        if whole is Kind.COMPLAINT and _own_slip_together(fragments, text):
            whole = Kind.REQUEST  # 药 / 买错了 / 能退不: a return of the member's own slip, in pieces
        if whole is not None:
            earlier = tuple(s for s in fragments if s.kind is not whole)
            return Reading(whole, fragments[-1], True, f"one thought in several lines ({why})", earlier, thought=True)
    if thought and thought[-1].media and kind is Kind.SMALLTALK:
        return _reading(Kind.SHARING, thought[-1], "says what the sender's photo or link is", operator)
    if (seconds := SECONDING.search(text) or SECONDS_A_COMPLAINT.search(text)) \
            and kind in (Kind.SMALLTALK, Kind.COMPLAINT, Kind.QUESTION) \
            and not (seconds.re is SECONDS_A_COMPLAINT and ADVISES.search(text, seconds.end())):
        other = conversation.open_ask(message.ts, 600, besides=message.sender)
        if other is not None and (other.kind is Kind.COMPLAINT or not (
                text.startswith("是") or seconds.re is SECONDS_A_COMPLAINT)):
            # "+1 我也是" takes the kind of what it seconds (the data's convention); answering the first answers both
            seconded = other.kind if other.kind in (Kind.COMPLAINT, Kind.QUESTION) else Kind.SMALLTALK
            return Reading(seconded, other, False, SECONDS)
    if (kind is Kind.SMALLTALK and why != ASKS_THE_ROOM) or (
            kind is Kind.SHARING and len(words) < 40 and not SHOWING.search(words)) or (
            kind is Kind.QUESTION and target is not None and not RHETORICAL.search(text)
                                  and target.kind in (Kind.QUESTION, Kind.REQUEST) and not _asks_back(text)):
        if DOES_NOT_KNOW.search(text):
            return _reading(Kind.SMALLTALK, target, NOT_KNOWN, operator)
        asked = target if target is not None and target.kind in (Kind.QUESTION, Kind.REQUEST) else None
        if asked is None and target is None:
            asked = conversation.open_ask(message.ts, MEMBER_ANSWER_WINDOW_S, besides=message.sender,
                                          kinds=frozenset({Kind.QUESTION, Kind.REQUEST}), by_member=True)
            if asked is not None and not _responds(words, asked, message, conversation):
                asked = None
        if asked is not None and asked.sender != message.sender:
            return _reading(Kind.ANSWER, asked, "responds to a recent question", operator)
    return _reading(kind, target, why, operator)


def _just_asked(conversation: Conversation, message: MessageReceived) -> Said | None:
    """Another member's question or request that is the last thing said in the room, moments ago (QUICK_REPLY_S),
    and still open: what a voice with no words sent right after it most likely answers; or None."""
    asked = conversation.open_ask(message.ts, QUICK_REPLY_S, besides=message.sender,
                                  kinds=frozenset({Kind.QUESTION, Kind.REQUEST}), by_member=True)
    last = next((s for s in reversed(conversation.said) if s.kind not in _IN_PASSING), None)
    return asked if asked is not None and last is asked else None


def _inviting(conversation: Conversation, message: MessageReceived) -> Said | None:
    """Another member's invitation to the others (聽日飲茶 邊個去呀, 有空的师兄报个名) that is the last thing someone
    else said but a greeting or thanks, a few minutes ago; or None."""
    since = message.ts - timedelta(seconds=INVITER_WINDOW_S)
    for said in reversed(conversation.said):
        if said.ts < since or said.operator and not said.by_bot:
            return None
        if said.sender == message.sender or said.kind in _IN_PASSING or said.by_bot:
            continue
        offer = offered(said.text, said.kind)
        return said if INVITING.search(compact(said.text)) or (offer and offer[1] in (INVITES, CALLS)) else None
    return None


def _roll_call_open(conversation: Conversation, message: MessageReceived) -> bool:
    """Whether an operator asked for names (接龙, 报名, 登记, 预定…) in the last half hour, and no member has
    asked anything since (a short line may then be answering them)."""
    since = message.ts - timedelta(seconds=OPERATOR_ANSWER_WINDOW_S)
    for said in reversed(conversation.said):
        if said.ts < since or (not said.operator and said.kind in ASKING and said.sender != message.sender):
            return False
        if said.operator and ROLL_CALL.search(said.text):
            return True
    return False


def _matter_answered(conversation: Conversation, message: MessageReceived) -> Said | None:
    """An operator's answer, in the last half hour, to the sender's own question, request or complaint, with no new
    ask of the sender's since (what "算了 下回早点说就行" lets go), or None."""
    since = message.ts - timedelta(seconds=MATTER_S)
    for said in reversed(conversation.said):
        if said.ts < since or (said.sender == message.sender and said.kind in ASKING):
            return None
        if said.operator and said.kind is Kind.ANSWER and said.addresses is not None \
                and (asked := conversation.find(said.addresses)) is not None and asked.sender == message.sender:
            return said
    return None


def _asked_together(fragments: list[Said], text: str) -> Kind | None:
    """What lines that each say nothing ask when read together ("5栋那个电梯" / "又不动了" / "我提着菜爬了九层": a
    complaint), or None: the words that make it an ask run across the lines."""
    lines = [said.text for said in fragments]
    if any(kind_of_words(line, compact(line))[0] in ASKING for line in lines):
        return None  # a line asks on its own words: what the reader made of it stands
    whole = "".join(lines) + text
    kind = kind_of_words(whole, compact(whole))[0]
    return kind if kind in ASKING else None


def _complained_together(fragments: list[Said], text: str) -> bool:
    """Whether the lines read together are a complaint though none is on its own: the grievance runs across them."""
    whole = "".join(said.text for said in fragments) + text
    return kind_of_words(whole, compact(whole))[0] is Kind.COMPLAINT


def _own_slip_together(fragments: list[Said], text: str) -> bool:
    """Whether the lines read together ask to return or exchange what the member got wrong themselves."""
    return returns_own_slip("".join(said.text for said in fragments) + text)


def _responds(words: str, asked: Said, message: MessageReceived, conversation: Conversation) -> bool:
    """Whether a statement nobody quoted reads as a reply to `asked`: soon after or shaped as a reply while the ask
    is the last thing someone else said but a greeting or thanks (after a photo or others' talk, "真好看" speaks of
    that), or on topic."""
    last_other = next((s for s in reversed(conversation.said) if s is asked or (
        s.sender not in (message.sender, asked.sender) and s.kind not in _IN_PASSING)), None)
    if last_other is asked and (message.ts - asked.ts <= timedelta(seconds=QUICK_REPLY_S)
                                or REPLY_SHAPE.match(words)):
        return True
    topic = compact(asked.text)
    return any(words[i:i + 2] in topic for i in range(len(words) - 1) if words[i:i + 2] not in COMMON_PAIRS)


def _asks_back(text: str) -> bool:
    """A question that asks something of its own rather than answering (要不要紧啊, 是不是)."""
    return text.rstrip("?？啊呀呢").endswith(("吗", "不", "呢", "要紧", "没有"))


def _reading(kind: Kind, target: Said | None, why: str, operator: bool) -> Reading:
    needs = kind in NEEDS_PERSON and not operator
    return Reading(kind, target, needs, why)
