"""Detectors: each a rule with an id; keyword lists run through one Aho-Corasick automaton."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import ahocorasick

from bot.chinese_text import compact, simplify, syllables
from bot.events import MessageReceived
from plugins.moderation.normalize import Views, views

RULES = ("keyword", "contact", "link", "share_token", "card", "qr", "group_invite", "flood", "cross_room")

# WeChat / QQ cues as posters spell them, in pinyin words (hanzi variants sound alike) and ASCII.
_CUE_SOUNDS = r"wei xin|wei|v xin|v|vx|wx|vxin|kou kou|qq|qi e|lv pao pao|xiao lv|wei xin hao|v x|w x"
_SOLICIT = re.compile(
    rf" (jia|tian jia|lian xi|si liao|si xin|si wo|zhao|sou) (wo |ben ren |wo de |ge |yi xia |xia )?"
    rf"(de )?({_CUE_SOUNDS})(?= | ?[0-9a-z])")
_ASCII_SOLICIT = re.compile(r"(jia|lianxi|siliao|add)(wo)?(weixin|vxin|vx|wx|qq|koukou|v)")
_CUE_ID = re.compile(
    r"(微信|薇信|威信|维信|徽信|v信|vx|wx|weixin|扣扣|qq|企鹅|绿泡泡|加v|\+v|v号)(号|号码|是|id)?"
    r"([a-z][-_a-z0-9]{5,19}|\d{5,12})")
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_URL = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org|top|xyz|cc|vip|shop|info|me|io|co|tv|club|site|"
                  r"online|link|ly|ink|fun|icu|wang)(?::\d+)?(?:/[^\s，。]*)?")
_SHARE = re.compile(r"[￥$€₤¥₳¢¤₴]\s*[a-z0-9]{8,14}\s*[￥$€₤¥₳¢¤₴]|"
                    r"复制.{0,30}(打开|去|到)(淘宝|手淘|拼多多|抖音|京东|快手)|"
                    r"【(淘宝|天猫|拼多多|京东)】|[a-z0-9]{11}:/\s?[a-z]")
_INVITE = re.compile(r"群号\d{5,}|(扫码|扫描二维码|点链接|点击链接|加我)(进|入|加)群|拉你们?进.{0,4}群|"
                     r"(进|加|入)(我的|我们的|咱们的|本)?.{0,6}群(聊)?.{0,6}(领|免费|福利|红包|返利|赚|送)|"
                     r"(免费|福利|红包|返利).{0,8}(进|加|入)群")
_WARNING = re.compile(r"骗子|诈骗|被骗|骗了|防骗|别信|不要信|别上当|小心|注意.{0,4}(骗|假|陌生)|冒充|举报|"
                      r"别加|不要加|千万别|不要理")

_ASKING = re.compile(r"[?？]|吗|靠谱|划算|哪里有|谁知道|有没有|是不是|怎么|在哪")


@dataclass(frozen=True)
class Hit:
    """Why a message is an ad: the rule and what it saw."""

    rule: str
    detail: str


def _sounds_of(phrase: str) -> str:
    return " ".join(syllables(phrase))


class Keywords:
    """Ad phrases (config, files, /mod block) found in the squeezed text and, for hanzi phrases, by sound."""

    def __init__(self, phrases: Iterable[str], allowed: Iterable[str]) -> None:
        self.allowed = sorted({compact(simplify(a)) for a in allowed if a.strip()}, key=len, reverse=True)
        self._automaton = ahocorasick.Automaton()
        count = 0
        for raw in phrases:
            phrase = compact(simplify(raw))
            if not phrase or phrase in self.allowed:
                continue
            self._automaton.add_word(phrase, phrase)
            if len(phrase) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", phrase):
                self._automaton.add_word(f" {_sounds_of(phrase)} ", phrase)
            count += 1
        self.size = count
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


def _domain_allowed(domain: str, allowed: Iterable[str]) -> bool:
    return any(domain == a or domain.endswith("." + a) for a in allowed)


def find_link(text: str, allowed: Iterable[str]) -> str | None:
    """A link whose domain is not on the allowlist."""
    for match in _URL.finditer(text):
        url = match.group(0)
        domain = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
        if domain and not _domain_allowed(domain, allowed):
            return domain
    return None


@dataclass
class Screen:
    """Everything the text detectors need: the keyword matcher and the allowlists."""

    keywords: Keywords
    allow_domains: tuple[str, ...]
    allow_cards: tuple[str, ...]
    off: frozenset[str] = frozenset()

    def check(self, event: MessageReceived) -> tuple[Hit | None, Views]:
        """The first rule a message breaks (contact, share token, link, card, invite, keyword), or None."""
        v = views(" ".join(x for x in (event.text, event.title or "") if x))
        hit = self._first(event, v)
        return (hit if hit is None or hit.rule not in self.off else None), v

    def _first(self, event: MessageReceived, v: Views) -> Hit | None:
        if event.type in ("contact_card", "mini_program"):
            title = event.title or event.text
            if not any(a and a in title for a in self.allow_cards):
                return Hit("card", f"{event.type}: {title[:30]}")
        if (m := _SHARE.search(v.plain)) is not None:
            return Hit("share_token", m.group(0)[:30])
        link = find_link(event.url or "", self.allow_domains) if event.url else None
        link = link or find_link(v.plain, self.allow_domains)
        if link:
            return Hit("link", link)
        if _URL.search(v.plain):  # allowed links are not contact details: look at the rest only
            v = views(_URL.sub(" ", v.plain))
        if _WARNING.search(v.squeezed):
            return None  # members warning each other about ads quote them; never punish that
        if (m := _PHONE.search(v.digits)) is not None:
            return Hit("contact", f"phone {m.group(0)[:3]}…")
        if (m := _CUE_ID.search(v.digits)) is not None:
            return Hit("contact", f"id after {m.group(1)}")
        if (m := _SOLICIT.search(v.sounds)) is not None or (m := _ASCII_SOLICIT.search(v.squeezed)) is not None:
            return Hit("contact", f"asks to add {m.group(0).strip()}")
        if (m := _INVITE.search(v.squeezed)) is not None:
            return Hit("group_invite", m.group(0)[:20])
        phrases = self.keywords.find(v)
        if len(phrases) >= 2 or phrases and not _ASKING.search(v.plain):
            return Hit("keyword", "、".join(phrases))
        return None  # one ad word in a member's question ("哪里有兼职吗") is a question, not an ad
