"""The peer benchmark's day for qunbot alone, in a folder kept for repeated runs (compare.py's first half).

python bench/peer_day.py DIR [gen_workload options, e.g. --groups 200 --messages 80000]

Writes DIR/workload (../shared/peer-bench/gen_workload.py) and DIR/config.yaml exactly as compare.py sets qunbot up,
so `qunbot replay DIR/workload/events.jsonl --config DIR/config.yaml --stats` is compare.py's qunbot half; see
bench/peer_day_pair.sh for two checkouts on it at the same moment.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "peer-bench"


def main(out: Path, gen_args: list[str]) -> None:
    """Generate the workload and write compare.py's config for it."""
    workload = out / "workload"
    subprocess.run([sys.executable, str(PEER / "gen_workload.py"), "--out", str(workload), *gen_args], check=True,
                   stdout=subprocess.DEVNULL)
    safe = YAML(typ="safe", pure=True)
    rooms = safe.load((workload / "rooms.yaml").read_text(encoding="utf-8"))
    operators = sorted({o["id"] for room in rooms for o in room["operators"]})
    entries = safe.load((workload / "faq.yaml").read_text(encoding="utf-8"))
    yaml = YAML()
    yaml.allow_unicode = True
    with (out / "faq.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump({"entries": entries}, fh)
    config = YAML().load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    config["bot"].update({"operators": operators, "owners": operators[:1], "vips": []})
    config["store"] = {"url": f"sqlite:///{out}/perf.db"}
    plugins = config.setdefault("plugins", {})
    plugins.setdefault("faq", {}).update({"enabled": True, "file": str(out / "faq.yaml")})
    plugins.setdefault("moderation", {}).update({"enabled": True,
                                                 "keyword_files": [str(workload / "ad_keywords.txt")]})
    for name in ("welcome", "nudge", "posts"):
        plugins.setdefault(name, {})["enabled"] = True
    for name in os.listdir(ROOT):  # files the config names relative to itself
        if name.endswith((".txt", ".yaml")) and name != "config.yaml" and not (out / name).exists():
            shutil.copy(ROOT / name, out)
    with (out / "config.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump(config, fh)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    target = Path(sys.argv[1]).resolve()
    target.mkdir(parents=True, exist_ok=True)
    main(target, sys.argv[2:])
