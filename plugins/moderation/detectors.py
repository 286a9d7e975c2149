"""Detectors: each a rule with an id; keyword lists run through one Aho-Corasick automaton."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from bot.chinese_text import compact, simplify, syllables
from bot.events import MessageReceived
from plugins.moderation import organ_trade, shared
from plugins.moderation.among_members import asks_about_a_link, old_mates
from plugins.moderation.approached import approached
from plugins.moderation.body_claims import own_medicine_told
from plugins.moderation.contact import contact, own_number
from plugins.moderation.fixer import paid_way_in
from plugins.moderation.intent import asks_plainly, collective, commercial, emoji_padded, free_help, intends, signals
from plugins.moderation.kin_service import service_through_kin
from plugins.moderation.learned import Model
from plugins.moderation.money_schemes import jargon
from plugins.moderation.neighbours import (
    among_neighbours,
    buys_for_all,
    club_order,
    gives_a_lift,
    match_particulars,
    neighbourly,
    own_surplus_at_cost,
    passed_on,
)
from plugins.moderation.normalize import Views, views
from plugins.moderation.offer import offer
from plugins.moderation.out_of_sight import (
    PROMISED,
    SECRET_TOLD,
    group_life,
    kept_from_the_group,
    photos_or_one_member,
)
from plugins.moderation.own_body import own_body_accounts, pays_members
from plugins.moderation.pitch import warns_of_another
from plugins.moderation.prices import quoted_elsewhere
from plugins.moderation.private_call import asked_to_tell, asks_privately, brokers, calls_privately, sellers_short_call
from plugins.moderation.quiet_offers import UNNAMED, quiet_offer, the_groups_own_call
from plugins.moderation.request import answers_an_ask, to_one_member
from plugins.moderation.scam_talk import complains, offers_nothing, warns
from plugins.moderation.testimony import ends_in_offer

RULES = ("keyword", "contact", "link", "share_token", "card", "qr", "group_invite", "selling", "learned", "cross_room")
_ASKING = re.compile(r"[?？]|吗|靠谱|划算|哪里有|哪有|哪来的|谁知道|有没有|是不是|怎么|在哪|([\u4e00-\u9fff])不\1")
_SHARES = ("contact_card", "mini_program", "video")
_QUOTED = re.compile(r"“([^”]{1,8})”")


@dataclass(frozen=True)
class Hit:
    """Why a message is an ad: the rule and what it saw."""

    rule: str
    detail: str


def _sounds_of(phrase: str) -> str:
    return " ".join(syllables(phrase))


PADDED = 3  # this many invisible fillers (U+200B, U+2060, U+3164 ...) in one message are padding
HINT_MARK = ("?", "？")  # a listed phrase written "?兼职" is a hint: an ad only with commercial intent around it


class Keywords:
    """Ad phrases (config, files, /mod block) found in the squeezed text and, for hanzi phrases, by sound.

    A phrase marked as a hint ("?贷款") is an everyday word that is an ad only in some contexts; it counts only
    when the rest of the message shows commercial intent (see `Screen`). A phrase listed both ways is plain.
    """

    def __init__(self, phrases: Iterable[str], allowed: Iterable[str]) -> None:
        self.allowed = sorted({compact(simplify(a)) for a in allowed if a.strip()}, key=len, reverse=True)
        self._automaton = ahocorasick.Automaton()
        count, plain, hints = 0, set[str](), set[str]()
        for raw in phrases:
            phrase = compact(simplify(raw))
            if not phrase or phrase in self.allowed:
                continue
            (hints if raw.lstrip().startswith(HINT_MARK) else plain).add(phrase)
            if phrase in self._automaton:
                continue
            self._automaton.add_word(phrase, phrase)
            if len(phrase) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", phrase):
                self._automaton.add_word(f" {_sounds_of(phrase)} ", phrase)
            count += 1
        self.size = count
        self.hints = frozenset(hints - plain)
        if count:
            self._automaton.make_automaton()

    def find(self, v: Views) -> list[str]:
        """The distinct ad phrases in the message."""
        if not self.size:
            return []
        squeezed, sounds = v.squeezed, v.sounds
        for allowed in self.allowed:
            squeezed = squeezed.replace(allowed, "")
            sounds = sounds.replace(f" {_sounds_of(allowed)} ", " ")
        found = {phrase for haystack in (squeezed, sounds) for _, phrase in self._automaton.iter(haystack)}
        return sorted(found)


@dataclass
class Screen:
    """Everything the text detectors need: the keyword matcher, the allowlists, how strict shares are, the model."""

    keywords: Keywords
    allow_domains: tuple[str, ...]
    allow_cards: tuple[str, ...]
    off: frozenset[str] = frozenset()
    strict_shares: bool = False  # every card, mini program, video and unknown link is an ad (a room's choice)
    model: Model | None = None
    # The same words judged again ("收到", "好的", "谢谢", a forwarded notice) are looked up, not re-read: a
    # judgement depends only on the message's type, text, title and link, and on this screen, which is rebuilt
    # whenever the config, the keyword files or the chat-added words change. Oldest entries go first.
    judged: dict[tuple[str, str, str | None, str | None], tuple[Hit | None, Views, Hit | None]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    remembered: int = field(default=4096, kw_only=True)  # 0: judge every message afresh (benchmarks of the work)

    def check(self, event: MessageReceived) -> tuple[Hit | None, Views]:
        """The first rule a message breaks, or None (see `judge`)."""
        hit, v, _ = self.judge(event)
        return hit, v

    def judge(self, event: MessageReceived) -> tuple[Hit | None, Views, Hit | None]:
        """The rule a message breaks (or None), the views judged, and a rule's hint the learned layer overruled.

        A rule that is sure (a contact detail, a shop link, a share token, an invitation, two ad phrases) decides
        alone. A rule that only sees a hint (one ad phrase, selling words, a share's title, an unknown link) decides
        with the learned layer: the model reads the whole message and can overrule a hint it finds innocent (a
        price in a question, a student's own part-time job). Where no rule fires, the model alone may flag a message
        only when it is very sure.
        """
        key = (event.type, event.text, event.title, event.url)
        if (known := self.judged.get(key)) is not None:
            return known
        judgement = self._judge(event)
        if self.remembered:
            if len(self.judged) >= self.remembered:
                del self.judged[next(iter(self.judged))]
            self.judged[key] = judgement
        return judgement

    def _judge(self, event: MessageReceived) -> tuple[Hit | None, Views, Hit | None]:
        v = views(" ".join(x for x in (event.text, event.title or "") if x))
        if any(a in v.squeezed for a in self.keywords.allowed):  # /mod allow: the phrase never counts, in any rule
            v = views(" ".join(_without(v.plain, self.keywords.allowed).split()))
        hit, sure = self._first(event, v)
        model, overruled = self.model, None
        if sure or model is None or "learned" in self.off:
            pass
        elif len(v.squeezed) < 10:  # the model never judges a few words: too little to go on
            if hit is not None and hit.rule == "selling":
                hit, overruled = None, hit  # and selling words alone are no more than a hint ("房贷利息降了")
        elif hit is not None and model.score(v, event.type) < model.hint:
            hit, overruled = None, hit
        elif hit is None and not collective(v.plain) and not own_medicine_told(v.plain) \
                and not the_groups_own_call(v.plain, signals(v.plain)) and not asks_plainly(v.plain) \
                and (score := model.score(v, event.type)) >= model.threshold:
            hit = Hit("learned", f"{score:.2f}")
        return (hit if hit is None or hit.rule not in self.off else None), v, overruled

    def _first(self, event: MessageReceived, v: Views) -> tuple[Hit | None, bool]:
        """The first rule that fires and whether it is sure; (None, True) when a rule clears the message."""
        if event.type in _SHARES:
            title = event.title or event.text
            if any(a and a in title for a in self.allow_cards):
                return None, True
            if self.strict_shares:
                return Hit("card", f"{event.type}: {title[:30]}"), True
            if event.type == "contact_card" and answers_an_ask(v.plain):  # "你要的护工名片 推给你了"
                return None, True
            if event.type == "mini_program" and shared.gift_for_signing_up(v.plain):  # a lure, a bet, a fortune: sure
                return Hit("card", f"{event.type}: {title[:30]}"), True
            if _share_ad(event.type, v.plain):
                return Hit("card", f"{event.type}: {title[:30]}"), False
        if (token := shared.share_token(v.plain)) is not None:
            return Hit("share_token", token), True
        if warns(v.plain):
            return None, True  # warnings and stories about ads and scams quote them; never punish that (sure)
        if v.hidden >= PADDED:  # invisible fillers between the words: typed to slip past a screen, never by a member
            return Hit("selling", f"{v.hidden} hidden fillers"), True
        if asks_about_a_link(v.plain) or old_mates(v.plain):  # a member asking, an old man finding his mates (sure)
            return None, True
        link_text = f"{event.url or ''} {v.plain}"
        if not self.strict_shares and (video := shared.video_link(link_text)) is not None:
            if shared.video_link_ad(v.plain):
                return Hit("link", video), True
            link_text, v = shared.without_video_links(link_text), views(shared.without_video_links(v.plain))
        if shared.has_link(link_text):
            passing = self.allow_domains if self.strict_shares else self.allow_domains + shared.ARTICLE_DOMAINS
            if (domain := shared.find_link(link_text, passing)) is not None:
                return Hit("link", domain), self.strict_shares or shared.selling_domain(domain)
            v = views(shared.without_links(v.plain))  # shared articles: only their words can make them ads
        if to_one_member(v.plain):  # "@刘姐 你要的竹笛我帮你买了 钱转我就行": an errand for one member (sure)
            return None, True
        if (found := contact(v)) is not None and not warns_of_another(v.plain, asks_privately(v.plain)):
            return Hit("contact", found), True  # unless it is a scammer's id, told with what they did
        if approached(v.plain) is not None:  # "有个叫大刘的私聊我 让我买…": what was sold to a member, told (sure)
            return None, True
        if own_number(v):  # a member's own new number, a lost pet's finder, the trip leader's: help (sure)
            return None, True
        if match_particulars(v.plain):  # "男 87年 181 复旦硕士 … 有意的家长私聊我": a child's particulars (sure)
            return None, True
        if (invite := shared.group_invite(v.plain)) is not None:
            return Hit("group_invite", invite[0]), invite[1]
        if emoji_padded(v.plain):  # a pitch dressed in emoji between its words (微商)
            return Hit("selling", "emoji between the words"), True
        if complains(v.plain):  # "天天有人拉人进别的群 烦死了": no contact of the poster's, nothing offered (sure)
            return None, True
        if quoted_elsewhere(v.plain) and set(signals(v.plain)) <= {"sell", "price"} and offers_nothing(v.plain):
            return None, True  # "酒店报价 一桌五千八 我觉得有点贵": a shop's quote told, nothing of the poster's (sure)
        if own_body_accounts(v.plain) or pays_members(v.plain):  # "关注我们基金会的公众号 每月有捐款公示",
            return None, True  # "明天分红 每股二百八 带身份证": the group's own body, to its members (sure)
        if organ_trade.organ_trade(v.plain):  # "肾源有 快速配型 费用面议 有意者私聊": organs for money, a crime (sure)
            return Hit("selling", "organs for money"), True
        if paid_way_in(v.plain):  # "我侄子在医院 给点红包就能安排": a place sold through someone inside (sure)
            return Hit("selling", "a paid way in"), True
        if free_help(v.plain):  # help or a spare thing for nothing: no price, no goods, no venue (sure)
            return None, True
        brokered = offer(v.plain)  # the poster brokers a sale: sold privately, poaching, a testimony (sure)
        if brokered is None and club_order(v.plain) or buys_for_all(v.plain):  # "队里统一订的队服 … 跟我报尺码就行",
            return None, True  # "报佳音需要统一的红围巾 一条25 我统一去买 要的在群里说个数": the club's own (sure)
        brokered = brokered or service_through_kin(v.plain)  # "我孙女教少儿书法 有需要的可以问我"
        if brokered is None and (neighbourly(v.plain) and not signals(v.plain)  # "想去爬山的跟我说": coming along
                                 or gives_a_lift(v.plain) and set(signals(v.plain)) <= {"call"}  # "我开车带你们去"
                                 or (passed_on(v.plain) or own_surplus_at_cost(v.plain) or among_neighbours(v.plain))
                                 and set(signals(v.plain)) <= {"call", "price"}):
            return None, True  # or one's own used thing let go: nothing is sold to the group (sure)
        if phrases := self._listed(v):  # a list's words are hints: the model reads the rest
            return Hit("keyword", "、".join(phrases)), brokered is not None
        if brokered is not None:
            return Hit("selling", brokered), True
        if (word := jargon(v.plain)) is not None and not _ASKING.search(v.plain) \
                and f"“{word}”" not in v.plain:  # "神药能信吗" asks, a headline's “神药” names it
            return Hit("selling", word), True
        if warns_of_another(v.plain, asks_privately(v.plain) or calls_privately(v.plain) or asked_to_tell(v.plain)):
            return None, True  # "我妹妹刷视频点赞 … 后来让充八百 … 钱就没了": the scam's words quoted (sure)
        # "化疗呕吐的我有好东西 不在群里发 自己来问", "家里旧家电 我高价收 私信"
        if (why := kept_from_the_group(v.plain) or quiet_offer(v.plain)) is not None:
            return Hit("selling", why), why in (PROMISED, SECRET_TOLD, UNNAMED) \
                or why.startswith("whoever") and len(v.squeezed) < 10
        if (why := commercial(v.plain)) is not None:
            return Hit("selling", why), False
        if ends_in_offer(v.plain):  # "一开始也不信 … 三个月就领证了 … 有需要的我把老师推给你": the model reads the rest
            return Hit("selling", "a story of gain offered to all"), False
        if brokers(v.plain) and sellers_short_call(v.plain) and not photos_or_one_member(v.plain) \
                and not group_life(v.plain):  # "有需要的私我", not "周六聚餐要带家属的 私我一下"
            return Hit("selling", "whoever wants it, privately"), len(v.squeezed) < 10  # the model reads a longer one
        return None, False


    def _listed(self, v: Views) -> list[str]:
        """The listed phrases that count: plain ones as found, a hint word only with commercial intent around it
        (two hint words together are intent enough: "贷款秒到账", "祖传秘方 药到病除").

        Not in a question, unless two phrases count ("兼职日结能信吗" asks, "兼职日结刷单" sells).
        """
        found = self.keywords.find(v)
        if found and "“" in v.plain:  # a word in quotes is named, not used: a headline's “神药”, a warning's “日结”
            named = {compact(q) for q in _QUOTED.findall(v.plain)}
            found = [p for p in found if p not in named]
        if found and len(hints := [p for p in found if p in self.keywords.hints]) == 1:
            if not intends(v.squeezed.replace(hints[0], " ")):  # "我女儿在找兼职": one such word is everyday talk
                found = [p for p in found if p != hints[0]]
        return found if len(found) >= 2 or found and not _ASKING.search(v.plain) else []


def _without(plain: str, allowed: list[str]) -> str:
    for phrase in allowed:
        plain = plain.replace(phrase, " ")
    return plain


def _share_ad(kind: str, plain: str) -> bool:
    if kind == "contact_card":
        return shared.card_ad(plain)
    if kind == "mini_program":
        return shared.mini_program_ad(plain)
    return shared.video_ad(plain)
