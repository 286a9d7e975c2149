"""Members' lines of data made for other judgements, through moderation: a check for wrong flags in new domains.

python bench/moderation_probe.py [--model FILE]
Reads every line of tests/data/conversation_train and tests/data/faq_train whose role is not the operator's (none is
labelled as an ad; read the flagged ones by hand) and prints how many the screen flags with the learned layer and with
the rules alone, then each flagged line.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plugins.moderation.evaluate import _event, load_screen  # noqa: E402
from plugins.moderation.learned import SHIPPED, Model  # noqa: E402


def members_lines() -> list[str]:
    texts = []
    for folder in ("conversation_train", "faq_train"):
        for f in sorted((ROOT / "tests" / "data" / folder).rglob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    text = row.get("text") or row.get("query") or row.get("question")
                    if isinstance(text, str) and text.strip() and "operator" not in (row.get("sender_role"),
                                                                                     row.get("role")):
                        texts.append(text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=SHIPPED)
    args = parser.parse_args()
    screen = load_screen(ROOT / "config.yaml", Model.load(args.model))
    rules = replace(screen, model=None)
    texts = members_lines()
    flagged = [(t, screen.judge(_event({"id": "p", "text": t}))[0], rules.judge(_event({"id": "p", "text": t}))[0])
               for t in texts]
    print(f"members' lines {len(texts)}: flagged with the model {sum(1 for _, m, _ in flagged if m)}, "
          f"rules alone {sum(1 for _, _, r in flagged if r)}")
    for text, m, r in flagged:
        if m or r:
            print(f"{m.rule if m else '-':>12} {r.rule if r else '-':>12}  {text[:100]}")


if __name__ == "__main__":
    main()
