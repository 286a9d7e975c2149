"""The emergency reading's learned layer: where the rules name no danger, a danger word and a model's judgement.

The rules (bot.danger.emergency) know the wordings their writer used; other people tell the same dangers otherwise
(楼顶冒火了, 液化气罐在漏 呲呲响, 叫他没反应 身上冰凉的, 嘴角歪了 说话大舌头, 放学到现在还没到家). Here a wide net of
danger words (`WIDE`, one per kind, for the safety step) finds a candidate, and a logistic model over the character 1-
and 2-grams and the rules' signals (`#now`, `#harm`, `#past`, a family member, ...) decides whether it is a person in
danger now. The rules' vetoes still hold (an article, a joke, a pet, a danger over, the past without a sign of now).

Trained at build time on the emergency sets (tests/data/emergency_eval: the five src groups, heldout15's four and
heldout16's four, `python -m bench.emergency_logo --write`) and shipped as `emergency_model.json` beside this file; the
threshold is chosen leaving one group out at a time (bench/RESULTS.md, emergency16, emergency17), never on one group's
own lines.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.chinese_text import any_of as _any
from bot.linear import fit, logistic
from bot.literals import Candidates

SHIPPED = Path(__file__).with_name("emergency_model.json")


# a danger word, wider than the rules' (a candidate only: the model decides), by kind in the order of urgency
WIDE = {
    "fire": _any(r"""冒火 火苗 火光 火势 (堆|房|屋|车|楼|棚|山)\S{0,2}着了 (?<!发)烧(着|了|起|到)
(?<!打不)(?<!点不)(?<!打)着火 起火 (有|冒|的|在)烟 烟(冒|往|从|飘|大)"""),
    "gas": _any(r"(煤气|燃气|液化气|天然气|沼气)\S{0,6}(漏|味|响|罐|池) 嘶嘶 呲呲 漏气 一屋子(的)?味"),
    "water": _any(r"(掉|落|栽|滑)(进|到|入)?\S{0,3}(河|江|湖|塘|水库|海|冰窟|冰面) 水里 呛水 沉下 漂(走|着) 翻船 船翻"),
    "pinned": _any(r"(压|埋|砸)(住|着|在) 塌方 拔不出 抽不出"),
    "trapped": _any(r"掉进 掉到\S{0,4}(里|下) 上不来 出不来 电梯\S{0,4}(卡|停|困) 困(住|在) 关在 锁在 反锁"),
    "unwell": _any(r"""晕 迷糊 没(了)?反应 (叫|喊|问)\S{0,3}(不|没)(太)?(应|答应|理|反应) (嘴|嘴角|脸|口)歪
大舌头 拿不住 发紫 脸\S{0,2}紫 喘 咳不出 抽(搐|起来) 发抖 冰凉 救命 低血糖 过敏 栽 吐(了|血) 心脏 中风 农药 不醒 噎"""),
    "bleeding": r"血(?!压|糖|脂|红|管|型|常规|氧|栓|液科)",
    "flood": _any(r"山洪 洪水 (被|给)?淹 塌 冲(断|走|垮) 进水 水(涨|漫|淹)"),
    "fall": _any(r"摔 滑(下|倒) 跌 滚下 起不来 动不了 头着地"),
    "lost": _any(r"""不见(了)? 找不(到|着) 走散 走丢 走失 迷路 (没|还没)(回|到家|回家|回来) 跑出去 不在(院|家|屋|房)
痴呆 (家|家里)在哪 说不清"""),
    "unreachable": _any(r"(电话|手机)\S{0,4}(不接|没人接|打不通) 敲\S{0,3}门\S{0,4}(没|不)\S{0,2}(应|开|理|动静|反应)"),
}
_WIDE = [(kind, re.compile(pattern)) for kind, pattern in WIDE.items()]
_WIDE_MAYBE = Candidates(pattern for _, pattern in _WIDE)  # which could be in the words, in one pass (bot.literals)


def candidate(words: str) -> tuple[str, str] | None:
    """The most urgent danger word in the compact, simplified words (kind, the word), or None."""
    maybe = _WIDE_MAYBE.of(words)
    for at, (kind, pattern) in enumerate(_WIDE):
        if at in maybe and (m := pattern.search(words)):
            return kind, m.group(0)
    return None


def features(words: str, signals: Iterable[str]) -> list[str]:
    """Character 1- and 2-grams of the words, the danger words' kinds and the rules' signals."""
    grams = set(words)
    grams.update(map(str.__add__, words, words[1:]))
    maybe = _WIDE_MAYBE.of(words)
    wide = [(kind, pattern) for at, (kind, pattern) in enumerate(_WIDE) if at in maybe]
    grams.update(f"#wide:{kind}" for kind, pattern in wide if pattern.search(words))
    hits = sum(1 for _, pattern in wide for _ in pattern.finditer(words))  # 嘴角歪 大舌头 拿不住: three signs
    grams.add(f"#signs:{min(hits, 3)}")
    grams.update(f"#{s}" for s in signals)
    return sorted(grams)


@dataclass(eq=False)  # hashed by identity: bot.danger.emergency.read caches per model
class Model:
    """A weight per feature and a bias; a candidate is an emergency from `threshold` on."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.5
    fitted_with: dict[str, float] = field(default_factory=dict)

    def score(self, feats: Iterable[str]) -> float:
        return logistic(self.bias + sum(self.weights.get(f, 0.0) for f in feats))

    @classmethod
    def trained(cls, examples: list[tuple[list[str], bool]], *, threshold: float, l2: float,
                min_count: int) -> Model:
        weights, bias = fit(examples, epochs=40, rate=0.2, l2=l2, min_count=min_count)
        return cls({k: round(v, 4) for k, v in weights.items() if abs(v) >= 1e-3}, round(bias, 4), threshold,
                   {"l2": l2, "min_count": min_count})

    def save(self, path: Path = SHIPPED) -> None:
        path.write_text(json.dumps({"threshold": self.threshold, "bias": self.bias, "fitted_with": self.fitted_with,
                                    "weights": dict(sorted(self.weights.items()))}, ensure_ascii=False, indent=0)
                        + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The shipped model, or None when there is none (the rules alone then)."""
    if not SHIPPED.exists():
        return None
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return Model(data["weights"], data["bias"], data["threshold"], data.get("fitted_with", {}))
