"""The learned layer: a logistic model over character n-grams and the detectors' signals, shipped as model.json."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from bot.linear import fit, logistic
from plugins.moderation.contact import contact
from plugins.moderation.intent import signals, warns
from plugins.moderation.normalize import Views

SHIPPED = Path(__file__).with_name("model.json")


def features(v: Views, kind: str = "text") -> list[str]:
    """The features of one message: character 1- to 3-grams of the squeezed text plus detector signals."""
    text = v.squeezed[:200]
    grams = {text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)}
    grams.update(f"#{s}" for s in signals(v.plain))
    if warns(v.plain):
        grams.add("#warns")
    if contact(v) is not None:
        grams.add("#contact")
    grams.add(f"#type:{kind}")
    return sorted(grams)


@dataclass
class Model:
    """Weights per feature; an ad when the logistic score reaches the threshold."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.5

    def score(self, v: Views, kind: str = "text") -> float:
        """The probability-like score that the message is an ad."""
        get = self.weights.get
        return logistic(self.bias + sum(get(f, 0.0) for f in features(v, kind)))

    @classmethod
    def load(cls, path: Path = SHIPPED) -> Model | None:
        """The model in a file, or None when there is none."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], bias=data["bias"], threshold=data["threshold"])

    def save(self, path: Path) -> None:
        """Write the model, smallest weights dropped."""
        kept = {f: round(w, 3) for f, w in sorted(self.weights.items()) if abs(w) >= 0.01}
        path.write_text(json.dumps({"bias": round(self.bias, 4), "threshold": self.threshold, "weights": kept},
                                   ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def train(examples: list[tuple[list[str], bool]], epochs: int = 30, rate: float = 0.2, l2: float = 1e-4,
          min_count: int = 2, threshold: float = 0.8) -> Model:
    """Fit the weights (bot.linear, the one fitting code); deterministic."""
    weights, bias = fit(examples, epochs=epochs, rate=rate, l2=l2, min_count=min_count)
    return Model(weights=weights, bias=bias, threshold=threshold)
