"""The learned layer: a logistic model over character n-grams and the detectors' signals, shipped as model.json."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from bot.chinese_text import compact
from bot.linear import fit, logistic
from plugins.moderation import shared
from plugins.moderation.body_claims import claims_for_the_body
from plugins.moderation.contact import contact
from plugins.moderation.goods import sold
from plugins.moderation.intent import free_help, question, signals
from plugins.moderation.money_schemes import jargon
from plugins.moderation.normalize import Views
from plugins.moderation.out_of_sight import kept_from_the_group
from plugins.moderation.pitch import shape
from plugins.moderation.private_call import brokers, calls_privately
from plugins.moderation.scam_talk import warns
from plugins.moderation.testimony import ends_in_offer
from plugins.moderation.trade import own_trade

SHIPPED = Path(__file__).with_name("model.json")
SHAPE = True  # the shape of a pitch as signals (pitch.py; a story of gain offered to all); the model is fitted with it


def features(v: Views, kind: str = "text") -> list[str]:
    """The features of one message: character 1- and 2-grams of the squeezed text plus detector signals.

    Trigrams were tried: they fit the corpus's own phrasings and held up worse on kinds of group left out.
    """
    return sorted(_features(v, kind))


def _features(v: Views, kind: str) -> set[str]:
    text = v.squeezed[:200]
    linked = shared.has_link(v.plain)
    if linked:  # a link's letters say nothing; whether it leads somewhere other than an article does
        text = compact(shared.without_links(v.plain))[:200]
    grams = set(text)
    grams.update(map(str.__add__, text, text[1:]))  # the bigrams, built in C
    if linked and shared.find_link(v.plain, shared.ARTICLE_DOMAINS) is not None:
        grams.add("#link")
    grams.update(f"#{s}" for s in signals(v.plain))
    if warns(v.plain):
        grams.add("#warns")
    if jargon(v.plain) is not None:
        grams.add("#jargon")
    if contact(v) is not None:
        grams.add("#contact")
    if brokers(v.plain):
        grams.add("#broker")
    # The shape of an offer, whatever is offered: a call with something on sale is a sale, a call alone is a
    # neighbour's ("想去爬山的跟我说"), something given for nothing is help; the seller is the poster or a relative.
    found = signals(v.plain)
    calls = "call" in found or calls_privately(v.plain)
    on_sale = sold(v.plain) or len(found) > calls or jargon(v.plain) is not None  # any other kind of intent
    if calls:
        grams.add("#call+sold" if on_sale else "#call-alone")
    if on_sale:
        grams.add("#sold")
    if free_help(v.plain):
        grams.add("#free")
    own, asks, priced = own_trade(v.plain), question(v.plain), "price" in found
    if own:
        grams.add("#own")
        if on_sale:
            grams.add("#own+sold")
    if asks:
        grams.add("#asks")
    if priced:  # a price offered, asked about, or offered by its seller
        grams.add("#price+call" if calls else "#price?" if asks else "#price-alone")
    grams.add(f"#type:{kind}")
    if SHAPE:
        grams.update(shape(v.plain))
        if ends_in_offer(v.plain):  # the poster's own gain told, then offered to everyone
            grams.add("~gain+offer")
        if kept_from_the_group(v.plain) is not None:  # a private call whose offer is told by its shape alone
            grams.add("~kept")
        if claims_for_the_body(v.plain):  # a thing or a price offered with a dose, a gain for the body, the ailing
            grams.add("~body")
    return grams


@dataclass
class Model:
    """Weights per feature: alone, an ad at `threshold`; beside a rule that saw only a hint, an ad at `hint`."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.85
    hint: float = 0.15
    fitted_with: dict[str, float] = field(default_factory=dict)  # the regularisation chosen (l2, min_count)

    def score(self, v: Views, kind: str = "text") -> float:
        """The probability-like score that the message is an ad (an exact sum: the same whatever the order)."""
        get = self.weights.get
        return logistic(self.bias + math.fsum(w for f in _features(v, kind) if (w := get(f)) is not None))

    @classmethod
    def load(cls, path: Path = SHIPPED) -> Model | None:
        """The model in a file, or None when there is none."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], bias=data["bias"], threshold=data["threshold"],
                   hint=data.get("hint", cls.hint), fitted_with=data.get("fitted_with", {}))

    def save(self, path: Path) -> None:
        """Write the model, smallest weights dropped."""
        kept = {f: round(w, 3) for f, w in sorted(self.weights.items()) if abs(w) >= 0.01}
        path.write_text(json.dumps({"bias": round(self.bias, 4), "threshold": self.threshold, "hint": self.hint,
                                    "fitted_with": self.fitted_with, "weights": kept},
                                   ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def train(examples: list[tuple[list[str], bool]], epochs: int = 30, rate: float = 0.2, l2: float = 3e-3,
          min_count: int = 2, threshold: float = 0.85, hint: float = 0.15) -> Model:
    """Fit the weights (bot.linear, the one fitting code); deterministic."""
    weights, bias = fit(examples, epochs=epochs, rate=rate, l2=l2, min_count=min_count)
    return Model(weights=weights, bias=bias, threshold=threshold, hint=hint,
                 fitted_with={"l2": l2, "min_count": min_count})
