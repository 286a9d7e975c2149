"""Make the reader's extra training conversations (JSONL, the eval format) from the compact source in src/*.txt.

Written by the engineer who built the reader, for training only (never scored as evaluation): kinds of
group that are in neither the tune, report nor sealed parts, so the learned layer sees more ways people write.
Source lines: `# conv ID` starts a conversation; then `[+SECONDS] ROLE NAME | LABEL[ ^N] | TEXT`, ROLE `op` or a
member id, LABEL a reader kind (`media:image` for a photo without words), `^N` a quote-reply of the N-th line.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
START = datetime.fromisoformat("2026-11-20T08:30:00+08:00")


def build(source: Path) -> list[dict]:
    """The JSONL lines of one source file."""
    out: list[dict] = []
    conv, ts, lines, names = "", START, [], {}
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        if raw.startswith("# conv "):
            conv, ts, lines, names = raw.split()[2], START + timedelta(days=len({o["conv"] for o in out})), [], {}
            continue
        head, label, text = (part.strip() for part in raw.split("|", 2))
        gap = re.match(r"\+(\d+)\s+", head)
        ts += timedelta(seconds=int(gap.group(1)) if gap else 60)
        role, name = head[gap.end() if gap else 0:].split(maxsplit=1)
        sender = "op1" if role == "op" else role
        names[name] = sender
        quote = re.search(r"\^(\d+)", label)
        kind, _, media = label.split()[0].partition(":")
        obj = {"id": f"{conv}-{len(lines) + 1:03d}", "conv": conv, "room": conv, "ts": ts.isoformat(),
               "sender": sender, "sender_name": name, "role": "operator" if role == "op" else "member",
               "type": media or "text", "text": text, "label": kind,
               "mentions": [names[m] for m in re.findall(r"@(\S+)", text) if m in names],
               "reply_to": lines[int(quote.group(1)) - 1]["id"] if quote else None, "addresses": None,
               "needs_person": None, "source_line": number}
        lines.append(obj)
        out.append(obj)
    return out


if __name__ == "__main__":
    for source in sorted((HERE / "src").glob("*.txt")):
        rows = build(source)
        (HERE / f"{source.stem}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                   encoding="utf-8")
        print(source.stem, len(rows))
