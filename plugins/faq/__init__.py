"""FAQ auto-reply: answers questions the FAQ already answers, the way members really ask; silent otherwise."""
from __future__ import annotations

from datetime import timedelta

from pydantic import Field

from bot.chinese_text import compact, simplify, strip_mentions
from bot.config import LocalPath, PluginConfig
from bot.context import Context
from bot.danger.heartache import heartache
from bot.events import Event, MessageReceived
from bot.grievance import recital_would_mock
from bot.plugin import Plugin
from bot.reading_model import spoken
from bot.rules import text_message
from bot.understanding import Kind
from bot.undo import Journaled
from plugins.faq import cli, followup, suggest, teach
from plugins.faq.about_me import asks_if_bot, beyond_about_me, says_bot_missed, wants_a_person
from plugins.faq.entry import Entry
from plugins.faq.followup import Asked, Offered
from plugins.faq.library import Library
from plugins.faq.matcher import FaqIndex
from plugins.faq.room_class import the_rooms_own_class, the_rooms_own_shop
from plugins.faq.store import Answers, Taught
from plugins.faq.unanswered import as_asked, grouped
from plugins.faq.words import asks

TOPIC_CHARS = 14  # a member /help example at most this long: longer questions read badly inside a sentence
POINT_AGAIN = timedelta(minutes=1)  # a repeat this long after the last pointer to an answer is pointed to it again


class FaqConfig(PluginConfig):
    """Settings under plugins.faq (per room under rooms.ROOM.faq, e.g. another file)."""

    send_priority = 3
    at_night = "defer"  # a night question is answered when quiet hours end

    file: LocalPath | None = "faq.yaml"
    threshold: float = Field(0.55, ge=0, le=1, description="how sure (0..1) the bot must be that an entry answers")
    ask_back_from: float = Field(0.4, ge=0, le=1, description="from this sureness up to the threshold the bot asks "
                                 "back once (您是想问…吗？) instead of answering; set it to the threshold to never ask")
    suggest_from: float = Field(0.35, ge=0, le=1, description="from this sureness up to ask_back_from the bot says "
                                "nothing in the group and the operator on duty gets the likely answer privately, to "
                                "send with /发 N; set it to ask_back_from to never suggest")
    require_question: bool = True
    cooldown_min: int = Field(10, ge=0, description="the same entry is not repeated in a room within this")
    follow_up_min: int = Field(5, ge=0, description="a member's follow-up within this is read with their question")


class FaqState(Journaled):
    """What the FAQ keeps in memory: the library, members' last questions (roll back with a failed handler)."""

    def __init__(self) -> None:
        self.library: Library | None = None
        self.asked: Asked | None = None
        self.offered: Offered | None = None


plugin = Plugin(name="faq", description="常见问题自动回答：听得懂口语、错别字和繁体，答不准就不答",
                config=FaqConfig, state=FaqState, order=50)
Ctx = Context[FaqConfig, FaqState]


def library(ctx: Ctx) -> Library:
    """This app's FAQ library (one per app)."""
    if ctx.state.library is None:
        ctx.state.library = Library(ctx.folder, ctx.file_mtime)
    return ctx.state.library


def index_for(ctx: Ctx, room: str | None) -> FaqIndex:
    """The FAQ set that applies in a room."""
    index = library(ctx).index(ctx.config_for(room).file, lambda: ctx.records(Taught))
    _tell_problems(ctx)
    return index


@plugin.on_start
async def read_files(ctx: Ctx) -> None:
    """Read the FAQ files at start-up and after a config change, so a bad entry is said at once, not at a question."""
    configs = [ctx.config, *ctx.room_configs().values()]
    for file in dict.fromkeys(c.file for c in configs if c.enabled):
        library(ctx).load(file)
    _tell_problems(ctx)


def _tell_problems(ctx: Ctx) -> None:
    """Entries left out of a FAQ file (or the whole file refused): the owners are told once per edit."""
    for notice in library(ctx).unsaid():
        text = ctx.render("file_problems.j2", file=notice.file, problems=[str(p) for p in notice.problems],
                          rejected=notice.rejected, kept=notice.kept)
        for owner in ctx.bot.owners:
            ctx.private(owner, text, ref="faq-file")


def asked_in_words(ctx: Ctx, event: Event) -> bool:
    """A typed message (not a slash-command), or a voice message with the transcript WeChat made of it."""
    return text_message(ctx, event) or (isinstance(event, MessageReceived) and event.type == "voice"
                                        and bool(spoken(event)))


@plugin.on(MessageReceived, asked_in_words)
async def answer(ctx: Ctx, event: MessageReceived) -> None:
    """Answer a question the FAQ knows, @mentioning the asker; a repeat within the cool-down gets a pointer at most.
    Less sure (from ask_back_from up to the threshold), ask back once which question they mean; a yes gets the
    answer."""
    room_key, now = event.room or f"private:{event.sender}", ctx.now()
    said = event.text if event.type == "text" else spoken(event)
    if ctx.state.offered is not None and (meant := ctx.state.offered.taken(room_key, event.sender, said, now)):
        entry = next((e for e in index_for(ctx, event.room).entries if e.id == meant), None)
        if entry is not None:  # (unless /faq del took it away meanwhile)
            ctx.reply(ctx.render("answer.j2", entry=entry, name=event.sender_name), ref=entry.id, answer=True)
            ctx.records(Answers).answered(room_key, entry.id, now, None)
        return
    if asks_if_bot(said):  # 你是真人还是机器人: honestly, at once; a person when she asks for one (the nudge plugin
        # reads the ref: "about-me:person", "about-me:missed" and "about-me:more" are no answer to what she needs)
        person, rest, missed = wants_a_person(said), beyond_about_me(said), says_bot_missed(said)
        ctx.reply(ctx.render("about_me.j2", person=person, missed=missed, room=event.room is not None),
                  ref=("about-me:missed" if missed else "about-me:person") if person else
                  "about-me:more" if rest else "about-me",
                  answer=not (person or rest))
        if person or not rest:
            return
        said = rest  # 你是真人吗？鸡蛋今天几点到货: the question goes on as any other
    if not asks(said) and ctx.config.require_question:
        return  # most chat: nothing to answer, nothing to count
    if ctx.reading is not None and ctx.reading.kind is Kind.COMPLAINT and recital_would_mock(said):
        return  # 化肥发了半个月还没到: the rule recited at someone it failed is not listening (the nudge plugin calls a
        # person); a complaint that asks what to do (烂了两个咋整, 能退吗) still gets the written rule, and a person
    asked, threshold = _asked(ctx), ctx.config.threshold
    heard = the_rooms_own_shop(event.room_topic, said)  # 超市几点开门 in 惠民超市福利群: this shop
    # a follow-up ("那周末呢") is read with the question before it; asked again on purpose, no cool-down applies,
    # but one that lands on the entry just answered to this member is not given the same answer again
    before = asked.before(room_key, event.sender, heard, now)
    found, reading = followup.read(index_for(ctx, event.room), before, heard,
                                   min(ctx.config.ask_back_from, threshold), ctx.config.require_question)
    asked.remember(room_key, event.sender, reading, now)
    if found is None:
        _remember_unanswered(ctx, said)
        _suggest(ctx, event, said, reading)
        return
    if the_rooms_own_class(found.entry, event.room_topic, said):
        _remember_unanswered(ctx, said)  # 这周的课在几楼 in a 国画班, the entry found another event's: not suggested
        return  # event suggested either (the 讲座's floor); the nudge calls a person, the teacher may answer first
    entry, follow_up = found.entry, before is not None
    answers = ctx.records(Answers)
    recent = answers.recent(room_key, entry.id)
    pointed_at = recent.pointed_at if recent is not None else None
    just_answered = recent is not None and now - recent.answered_at < timedelta(minutes=ctx.config.cooldown_min)
    if found.score < threshold:
        _remember_unanswered(ctx, said)
        complaint = ctx.reading is not None and ctx.reading.kind is Kind.COMPLAINT
        if not just_answered and not complaint and not heartache(said) \
                and not ctx.quiet(event.room).contains(now.astimezone(ctx.tz).time()):
            # at night the member would get the question in the morning, long after they could say yes; a member
            # complaining, or telling that she is lonely, hurt or afraid (来这边带外孙半年了 一个能说话的人都没有,
            # 0.46 sure of "bring-family"), is not asked which FAQ question she meant: a person is called to listen
            ctx.reply(ctx.render("ask_back.j2", entry=entry, question=entry.question.rstrip("？?。 ")), ref=entry.id,
                      answer=True)
            _offered(ctx).offer(room_key, event.sender, entry.id, now)
        elif not just_answered:  # no ask-back at night: the likely answer goes to the operator for the morning
            _suggest(ctx, event, said, reading, found.entry)
        return
    if not follow_up and just_answered and recent is not None:
        if pointed_at is None or pointed_at < recent.answered_at or now - pointed_at >= POINT_AGAIN:
            # a member who asks it again minutes after the last pointer cannot scroll up: she is told too (two
            # asking in the same minute see the one pointer)
            ctx.reply(ctx.render("pointer.j2", entry=entry), ref=entry.id, answer=True)
            answers.pointed(room_key, entry.id, recent.answered_at, now)
        return
    if follow_up and recent is not None and now - recent.answered_at < timedelta(minutes=ctx.config.follow_up_min) \
            and _asked_about(ctx, event, before, entry.id):
        _remember_unanswered(ctx, said)  # 那老人呢 after the flu jab's answer to them: the same words again settle
        return  # nothing, so the bot keeps quiet and a person answers (the nudge plugin waits for one)
    ctx.reply(ctx.render("answer.j2", entry=entry, name=event.sender_name), ref=entry.id, answer=True)
    answers.answered(room_key, entry.id, now, pointed_at)


def _asked_about(ctx: Ctx, event: MessageReceived, before: str | None, entry_id: str) -> bool:
    """Whether the member's question before a follow-up was about this entry (another member's answer is not theirs)."""
    if before is None:
        return False
    found = index_for(ctx, event.room).best(before, min(ctx.config.ask_back_from, ctx.config.threshold),
                                            ctx.config.require_question)
    return found is not None and found.entry.id == entry_id


def _suggest(ctx: Ctx, event: MessageReceived, said: str, reading: str, entry: Entry | None = None) -> None:
    """A question in a group the FAQ likely answers, not surely enough to answer or ask back (`entry`: the one it
    would have asked back about, at night): the operator on duty gets the likely answer privately, to send with one
    command; the group hears nothing from the bot. Staff asking (to test, or for a member) are sent nothing."""
    complaint = ctx.reading is not None and ctx.reading.kind is Kind.COMPLAINT
    if event.room is None or complaint or ctx.role_of(event.sender) != "member":
        return  # a complaint needs a person's own words (the nudge plugin calls one), not a FAQ answer
    if entry is None:
        found = index_for(ctx, event.room).best(reading, ctx.config.suggest_from, ctx.config.require_question)
        entry = found.entry if found is not None else None
    if entry is None:
        return
    recent = ctx.records(Answers).recent(event.room, entry.id)
    if recent is not None and ctx.now() - recent.answered_at < timedelta(minutes=ctx.config.cooldown_min):
        return  # just answered in this room: the operator has it in front of them
    suggest.suggest(ctx, event, said, entry)


def _offered(ctx: Ctx) -> Offered:
    """The entry each member was last asked about, to answer a yes with."""
    if ctx.state.offered is None:
        ctx.state.offered = Offered(timedelta(minutes=ctx.config.follow_up_min))
    return ctx.state.offered


def _asked(ctx: Ctx) -> Asked:
    """Each member's last question, to read a follow-up with."""
    if ctx.state.asked is None:
        ctx.state.asked = Asked(timedelta(minutes=ctx.config.follow_up_min))
    return ctx.state.asked


def _remember_unanswered(ctx: Ctx, said: str) -> None:
    text = as_asked(strip_mentions(said), ctx.bot.name)
    key = compact(simplify(text))[:60]
    if len(key) < 4 or not asks(text):
        return
    ctx.records(Answers).unanswered(key, text[:100], ctx.now())


@plugin.command("faq unanswered", aliases=["问答 没答上"], role="operator", summary="看看大家问了哪些没答上的问题")
async def unanswered(ctx: Ctx, args: str) -> None:
    """The questions that got no answer, similar ones grouped, most asked first, each with a `/faq add` line."""
    assert isinstance(ctx.event, MessageReceived)
    rows = ctx.records(Answers).most_asked_unanswered(200)
    faq = [" ".join((e.question, *e.questions, e.answer)) for e in index_for(ctx, ctx.event.room).entries]
    ctx.reply(ctx.render("unanswered.j2", groups=grouped([(r.sample, r.count) for r in rows], faq=faq)))


def topics(ctx: Ctx, most: int = 3) -> list[str]:
    """A few questions this room's FAQ answers, short ones first, as members would ask them (for the member /help)."""
    if not ctx.config_for(ctx.room).enabled:
        return []
    asked = [e.question.strip().rstrip("？?。.！! ") for e in index_for(ctx, ctx.room).entries]
    short = [q for q in dict.fromkeys(asked) if 0 < len(q) <= TOPIC_CHARS]
    return short[:most]

plugin.member_topics = topics
teach.register(plugin, index_for, library)
suggest.register(plugin, index_for)
plugin.cli = cli.main
plugin.check = cli.check
