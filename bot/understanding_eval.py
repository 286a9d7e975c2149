"""`qunbot understanding eval|train FILE...`: per-class precision and recall of the reader; its learned layer's build.

Each file holds conversations as JSON Lines: the replay format's message fields plus `conv`
(conversation id), `role` (`member` or `operator`), `label` (a `Kind`) and `addresses` (the id
of the message it responds to, or null). Messages are read in order, each conversation with a
fresh `Conversation`, so context is exactly what the bot would have had. A fragment is scored as
the thought it turned out to be part of (`Reading.revises`), as the bot acts on the thought.

`eval --loko` leaves one kind of group (one file) out at a time: the learned layer is trained on
the other files (and any `--train-also` files) and scored on the one held out, the nearest the
tuning data comes to a kind of group never seen. `train` builds `bot/reading_model.json`.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bot.conversation import Conversation
from bot.events import MessageReceived
from bot.reading_model import SHIPPED, KindModel, features, plain, train
from bot.understanding import TOO_SHORT_TO_LEARN, Kind, Reading, read, read_by_rules


def _message(obj: dict) -> MessageReceived:
    return MessageReceived(
        id=str(obj["id"]), ts=datetime.fromisoformat(obj["ts"]), sender=str(obj["sender"]),
        sender_name=obj.get("sender_name", ""), room=obj.get("room"), type=obj.get("type", "text"),
        text=obj.get("text") or "", url=obj.get("url"), title=obj.get("title"),
        mentions=tuple(obj.get("mentions") or ()), reply_to=obj.get("reply_to"))


def examples(lines: list[dict], *, operators: bool = False, context: KindModel | None = None
             ) -> list[tuple[list[str], str]]:
    """The learned layer's training pairs: each member's typed message's features (read in its context), label.
    With `operators`: the operator model's, each operator's typed line of more than a few characters.
    With `context`: the lines before each are read as the bot reads them, rules and that learned layer (else by
    the rules alone), so what a feature of the context means in training is what it means when the bot runs.

    Left out: early fragments (their label is the thought's, which their words cannot tell); they are still
    read into the conversation, as the bot reads them, so the lines after them have the same context.
    Seconds and follow-ups ("+1 我也是", a complaint's second line) are kept: the data's conventions
    label them as what they second or follow, and the context cues (`#seconds:…`, `#own_last:…`) tell.
    """
    conversations: dict[str, Conversation] = {}
    out = []
    for n, obj in enumerate(lines):
        conversation = conversations.setdefault(str(obj.get("conv") or obj.get("room")), Conversation())
        message = _message(obj)
        operator = obj.get("role") == "operator"
        reading = read_by_rules(message, conversation, operator=operator)
        # an early fragment is labelled as the thought it turns out to be, which its own words cannot tell: it is
        # context for the lines after it (as in the bot), never a training pair of its own
        early = _early_fragment(obj, lines[n + 1] if n + 1 < len(lines) else None)
        if not early and operator is operators and message.type in ("text", "voice") \
                and reading.kind is not Kind.MEDIA and obj["label"] != "media" \
                and (not operators or len(plain(message.text)[1]) > TOO_SHORT_TO_LEARN):
            out.append((features(reading, message, conversation, operator), str(obj["label"])))
        if context is not None:
            reading = read(message, conversation, operator=operator, model=context)
        conversation.add(reading.said(message, operator=operator))
        conversation.revise((s.id for s in reading.revises), reading.kind)
    return out


def train_in_context(parts: list[list[dict]]) -> KindModel:
    """The learned layer, trained on the lines as the bot would read their context (`examples(context=…)`).

    Each half of the conversation files is read by a model trained (on the rules' context) on the other half, so
    a member's line's context is read by a model that never saw it, as at run time; the members' layer is then
    trained on all of it. The operators' model keeps the rules' context: read in the learned context it was less
    sure a notice posted after a member's question is no answer to it (`tests/test_operator_lines.py`).
    """
    if len(parts) < 2:  # nothing to read one half's context with: the rules' context, as `train` has it
        return train([pair for lines in parts for pair in examples(lines)],
                     [pair for lines in parts for pair in examples(lines, operators=True)])
    halves = (parts[0::2], parts[1::2])
    spoken_by_operators = [pair for lines in parts for pair in examples(lines, operators=True)]
    pairs: list[tuple[list[str], str]] = []
    for half, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        reader = train([pair for lines in other for pair in examples(lines)],
                       [pair for lines in other for pair in examples(lines, operators=True)])
        pairs += [pair for lines in half for pair in examples(lines, context=reader)]
    return train(pairs, spoken_by_operators)


def _early_fragment(obj: dict, after: dict | None) -> bool:
    """A line the same person's next line continues (the labels mark it: the next addresses it)."""
    return after is not None and after.get("addresses") == obj["id"] and after["sender"] == obj["sender"] \
        and after["label"] == obj["label"] and not obj.get("needs_person") and after.get("conv") == obj.get("conv")


def score(lines: list[dict], model: KindModel | None | bool = True) -> dict:
    """Confusion counts, per-class precision/recall/F1, macro-F1 and addressing accuracy."""
    conversations: dict[str, Conversation] = {}
    readings: dict[str, Reading] = {}
    addressed = addressed_right = 0
    for obj in lines:
        conversation = conversations.setdefault(str(obj.get("conv") or obj.get("room")), Conversation())
        message = _message(obj)
        operator = obj.get("role") == "operator"
        reading = readings[message.id] = read(message, conversation, operator=operator, model=model)
        conversation.add(reading.said(message, operator=operator))
        conversation.revise((s.id for s in reading.revises), reading.kind)
        for earlier in (s.id for s in reading.revises):  # a fragment is scored as the thought it is part of
            readings[earlier] = replace(readings[earlier], kind=reading.kind, why=f"revised: {reading.why}",
                                        negative=max(readings[earlier].negative, reading.negative))
        if obj.get("addresses") and obj["label"] in ("answer", "thanks"):
            addressed += 1
            addressed_right += bool(reading.addresses and reading.addresses.id == obj["addresses"])
    pairs = [(obj["label"], readings[str(obj["id"])].kind.value) for obj in lines]
    unguarded = [obj["id"] for obj in lines if obj["label"] == "complaint" and not (r := readings[str(obj["id"])])
                 .possibly_negative and r.kind not in (Kind.QUESTION, Kind.REQUEST)]
    misses = [{"id": obj["id"], "text": obj.get("text"), "label": obj["label"], "read": r.kind.value, "why": r.why}
              for obj in lines if (r := readings[str(obj["id"])]).kind.value != obj["label"]]
    per_class, present = _per_class(pairs)
    return {"messages": len(pairs), "accuracy": round(sum(t == p for t, p in pairs) / max(1, len(pairs)), 3),
            "macro_f1": round(sum(v["f1"] for v in present) / max(1, len(present)), 3),
            "per_class": per_class, "addressing": round(addressed_right / max(1, addressed), 3),
            "confusions": Counter(f"{t}->{p}" for t, p in pairs if t != p).most_common(12), "misses": misses,
            "pairs": pairs, "unguarded": unguarded}


def _per_class(pairs: list[tuple[str, str]]) -> tuple[dict[str, dict], list[dict]]:
    """Precision, recall and F1 of each kind over (label, read) pairs; and the kinds the labels hold."""
    per_class = {}
    for kind in Kind:
        k = kind.value
        tp = sum(1 for t, p in pairs if t == k and p == k)
        fp = sum(1 for t, p in pairs if t != k and p == k)
        fn = sum(1 for t, p in pairs if t == k and p != k)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[k] = {"n": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
    return per_class, [v for v in per_class.values() if v["n"]]


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _print_totals(result: dict) -> None:
    print(f"{'kind':<10} {'n':>4} {'precision':>9} {'recall':>7} {'f1':>6}")
    for kind, figures in result["per_class"].items():
        print(f"{kind:<10} {figures['n']:>4} {figures['precision']:>9.3f} {figures['recall']:>7.3f} "
              f"{figures['f1']:>6.3f}")
    print("most confused:", ", ".join(f"{pair} ({n})" for pair, n in result["confusions"]))


def pooled(results: list[dict]) -> dict:
    """Figures over several scored parts together (each part read with its own model)."""
    pairs = [pair for r in results for pair in r["pairs"]]
    per_class, present = _per_class(pairs)
    return {"messages": len(pairs), "accuracy": round(sum(t == p for t, p in pairs) / max(1, len(pairs)), 3),
            "macro_f1": round(sum(v["f1"] for v in present) / max(1, len(present)), 3), "per_class": per_class,
            "confusions": Counter(f"{t}->{p}" for t, p in pairs if t != p).most_common(12),
            "unguarded": [i for r in results for i in r["unguarded"]]}


def matrix(pairs: list[tuple[str, str]]) -> str:
    """The confusion matrix: a row per labelled kind, a column per kind read."""
    counts = Counter(pairs)
    kinds = [k.value for k in Kind]
    lines = [f"{'label/read':<10} " + " ".join(f"{k[:5]:>5}" for k in kinds)]
    lines += [f"{t:<10} " + " ".join(f"{counts[(t, p)]:>5}" for p in kinds) for t in kinds]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """`eval` prints the figures for each file and for all of them together; `train` writes the learned layer."""
    parser = argparse.ArgumentParser(prog="qunbot understanding", usage="%(prog)s eval|train FILE... [options]")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every message read wrongly")
    parser.add_argument("--rules-only", action="store_true", help="without the learned layer")
    parser.add_argument("--model", type=Path, default=SHIPPED, help="the learned layer to read with (eval)")
    parser.add_argument("--loko", action="store_true", help="leave one kind of group (file) out: train the learned "
                                                            "layer on the others, score the one held out")
    parser.add_argument("--train-also", type=Path, nargs="*", default=[],
                        help="labelled files only ever trained on (with --loko, and for train)")
    parser.add_argument("--matrix", action="store_true", help="print the confusion matrix of all files together")
    parser.add_argument("--out", type=Path, default=SHIPPED, help="where train writes the model")
    command = argv[0] if argv and argv[0] in ("eval", "train") else "eval"
    args = parser.parse_args(argv[1:] if argv and argv[0] == command else argv)
    parts = {path: _load(path) for path in args.files}
    extra = [line for path in args.train_also for line in _load(path)]
    if command == "train":
        model = train_in_context([lines for lines in (extra, *parts.values()) if lines])
        model.save(args.out)
        print(f"trained on {len(args.files)} files, their lines' context read as the bot reads it -> {args.out}")
        return 0
    learned = None if args.rules_only else KindModel.load(args.model)
    results = []
    for path, lines in parts.items():
        if args.loko and not args.rules_only:  # trained as `train` trains, on every file but the one held out
            learned = train_in_context([rest for rest in (extra, *(v for k, v in parts.items() if k != path)) if rest])
        result = score(lines, learned or None)
        results.append(result)
        print(f"{path.name}{' (held out)' if args.loko else ''}: {result['messages']} messages, "
              f"accuracy {result['accuracy']:.1%}, macro-F1 {result['macro_f1']:.3f}, "
              f"addressing {result['addressing']:.1%}")
        if args.misses:
            print("  unguarded complaints:", " ".join(result["unguarded"]))
            for miss in result["misses"]:
                print(f"  {miss['id']}: {miss['label']} read as {miss['read']} ({miss['why']}): {miss['text']}")
    result = pooled(results)
    print(f"all: {result['messages']} messages, accuracy {result['accuracy']:.1%}, macro-F1 {result['macro_f1']:.3f}")
    _print_totals(result)
    if args.matrix:
        print(matrix([pair for r in results for pair in r["pairs"]]))
    print(f"complaints neither read as possibly negative nor given to a person as a question or request: "
          f"{len(result['unguarded'])} of {result['per_class']['complaint']['n']}")
    return 0
