"""Seeing through evasions: one message as several views (plain, squeezed, digits, pinyin); the original is kept."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

from bot.chinese_text import compact, simplify, spoken
from bot.dialect import danger_in_mandarin
from plugins.moderation.trade_dialects import in_mandarin

# Every way a digit is said when a number is read out: the plain and the banker's numerals, and the call-out words
# (幺 and 么 for one, 洞 for nought, 拐 for seven, 勾 for nine). A run of seven or more of them, however mixed
# ("幺三八", "壹叁捌", "1三8"), is a number; a date or a price says its tens and hundreds (十, 百) and never runs so.
_NUMERAL = "零〇洞0一壹幺么1二贰两2三叁3四肆4五伍5六陆6七柒拐7八捌8九玖勾9"
_TO_DIGIT = {ord(ch): group[-1] for group in ("零〇洞0", "一壹幺么1", "二贰两2", "三叁3", "四肆4", "五伍5", "六陆6",
                                                  "七柒拐7", "八捌8", "九玖勾9") for ch in group}
_NUMERAL_RUN = re.compile(f"[{_NUMERAL}]{{7,}}")
# A piece of a number: two numerals or more, or one standing alone between spaces ("一五零 三三 八 七 九").
_NUMERAL_PIECE = re.compile(f"[{_NUMERAL}]{{2,}}|(?<=\\s)[{_NUMERAL}](?=\\s|$)")
# Invisible padding: every default-ignorable code point (zero-width spaces, joiners, variation
# selectors, ...) by its Unicode property, plus the Hangul fillers that render as blank space.
_IGNORABLE = regex.compile(r"[\p{Default_Ignorable_Code_Point}\u3164\u115F\u1160\uFFA0]+")
# The same fillers less the ones emoji are built with (the joiner in 🙋‍♀️, the selector in ❤️): what only padding is.
_FILLER = regex.compile(r"[[\p{Default_Ignorable_Code_Point}\u3164\u115F\u1160\uFFA0]--[\u200d\ufe00-\ufe0f]]",
                        regex.V1)
# Digits spelled in pinyin ("yi san ba"): three or more in a row are a number being hidden.
_PINYIN_DIGIT = {"ling": "0", "yi": "1", "yao": "1", "er": "2", "san": "3", "si": "4", "wu": "5", "liu": "6", "qi": "7",
                 "ba": "8", "jiu": "9"}
_PINYIN_RUN = re.compile(r"\b(?:(?:ling|yi|yao|er|san|si|wu|liu|qi|ba|jiu)[\s,，.-]*){3,}\b", re.IGNORECASE)
_HEART_V = re.compile(r"(v|薇|微|威)\s*[❤♥💗💓💖💕❣♡心]", re.IGNORECASE)
_DOT_WORD = re.compile(r"(点|點|dot|。)(?=(com|cn|net|org|top|xyz|cc|vip|shop|me|io|co)\b)")
# Dashes of every width between the letters or digits of an id ("lily—2026—en"): a hyphen.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\ufe58\ufe63"
_DASHED = re.compile(f"(?<=[a-z0-9])[{_DASHES}]+(?=[a-z0-9])")
# Letters drawn as symbols that NFKC leaves alone (🅥, 🆅: negative circled and squared letters): the letter.
_LETTERLIKE = {cp: unicodedata.name(chr(cp))[-1].lower() for cp in range(0x1F150, 0x1F18A)
               if "LATIN CAPITAL LETTER" in unicodedata.name(chr(cp), "")}
# A tick or a logic "or" drawn for the letter v before the app's name ("∨ 信", "√芯"): the letter.
_V_DRAWN = re.compile(r"[∨⋁√✓✔ν]\s*(?=[信芯心❤♥])")
_V_CHARS = frozenset("∨⋁√✓✔ν")
_PLUS = re.compile(r"[➕✚]\s*[✔✓]?\s*(?=[a-z0-9薇徽v我])|＋")


@dataclass(frozen=True)
class Views:
    """A message seen several ways; detectors pick the view that defeats the evasion they look for."""

    original: str
    plain: str  # NFKC (full-width, circled letters), invisible characters and tone marks out, simplified, lower,
    #               a dialect's words in Mandarin
    squeezed: str  # plain without padding: spaces, dots, punctuation, emoji between characters
    digits: str  # squeezed with runs of Chinese numerals (一三八, 壹叁捌, 幺) turned into digits
    pieces: str  # plain with shorter numeral runs turned into digits, for numbers given in pieces
    sounds: str  # pinyin of squeezed, one syllable per word; ASCII runs kept ("jia v xin")
    hidden: int = 0  # invisible fillers taken out (emoji joiners and selectors not counted): padding if several


_LETTERS = re.compile(r"[a-zA-Z]{2}")
_LATIN = regex.compile(r"\p{Latin}")  # compiled once: regex's own cache lookup costs more than the search


def _spelled_digits(run: re.Match[str]) -> str:
    return "".join(_PINYIN_DIGIT[w] for w in re.findall(r"[a-z]+", run.group(0).lower())) + " "


def visible(text: str) -> str:
    """The text without invisible padding (default-ignorable code points and Hangul fillers)."""
    return _IGNORABLE.sub("", text)


def _toneless(text: str) -> str:
    """Latin letters without tone marks (wēi xìn -> wei xin); hanzi untouched."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
                   ) if _LATIN.search(text) else text


def _digits(squeezed: str) -> str:
    return _NUMERAL_RUN.sub(lambda m: m.group(0).translate(_TO_DIGIT), squeezed)


def views(text: str) -> Views:
    """Every view of one message."""
    hidden = 0
    if not text.isascii() and (stripped := visible(text)) != text:
        hidden, text = len(_FILLER.findall(text)), stripped
    if not text.isascii() and any(ch >= "\U0001f150" for ch in text):
        text = text.translate(_LETTERLIKE)  # "➕我 🅥 …" is "➕我 v …"
    if "\u20e3" in text:  # keycap digits ("3️⃣8️⃣6️⃣") are digits
        text = text.replace("\u20e3", "")
    if _LETTERS.search(text) is not None:
        text = _PINYIN_RUN.sub(_spelled_digits, text)
    if not _V_CHARS.isdisjoint(text):
        text = _V_DRAWN.sub("v", text)
    hearted = _HEART_V.sub(lambda m: m.group(1) + "信", text) if _HEART_V.search(text) else text
    # A group that writes Cantonese or Sichuanese is read in Mandarin ("要嘅搵我" is "要的找我", "冇咗" is "没了"): the
    # readings of a pitch, a warning and an answer are written once, in Mandarin; a Mandarin message is left as it is.
    # A trade's words too, in every family ("寻我", "几钿", "相因"): `trade_dialects`.
    plain = _PLUS.sub("+", _toneless(in_mandarin(danger_in_mandarin(simplify(hearted)))))
    if any(dash in plain for dash in _DASHES):
        plain = _DASHED.sub("-", plain)
    if "点" in plain or "dot" in plain or "。" in plain:  # 點 is 点 once simplified
        plain = _DOT_WORD.sub(".", plain)
    squeezed = compact(plain)
    pieces = _NUMERAL_PIECE.sub(lambda m: m.group(0).translate(_TO_DIGIT), plain)
    return Views(original=text, plain=plain, squeezed=squeezed, digits=_digits(squeezed), pieces=pieces,
                 sounds=f" {spoken(squeezed)} ", hidden=hidden)
