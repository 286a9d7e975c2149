"""Acceptance probes of session 26: replay each probe and say pass or fail.

Run from the repository root: `.venv/bin/python tests/acceptance26/run.py [NAME...]`.
Not a pytest module (no test_ prefix): a probe fails while the bot still does what a careful
社群运营 professional would not do.

A probe is either
- `NAME.sandbox`: lines typed into the terminal sandbox (`qunbot run`, see the README), or
- `NAME.jsonl`: chat events for `qunbot replay` (format: chat-events.md); its checks are in `NAME.expect`, or
- `NAME.sh`: an operator's shell session (`sh`, in the throw-away folder, `$QUNBOT` the command); its
  output (stdout and stderr) is checked.
Lines starting with `## ` are the probe's notes and checks, never typed:
  `## expect: REGEX`       the bot's output must match (Python `re`, multiline)
  `## expect-not: REGEX`   the bot's output must not match
  `## set: KEY = YAML`     a config.yaml key for this probe (dotted, e.g. `bot.vips = [孙姐]`)
  `## until: TS`           (replay) run the clock on to this time
Each probe runs in a fresh folder holding copies of the repository's config.yaml, faq.yaml and
ad_keywords.txt, so nothing it does reaches the checkout.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
QUNBOT = Path(sys.executable).with_name("qunbot")
STARTER = ("config.yaml", "faq.yaml", "ad_keywords.txt")


def notes(lines: list[str]) -> list[tuple[str, str]]:
    """The `## kind: value` lines of a probe."""
    found = []
    for line in lines:
        m = re.match(r"##\s*([a-z-]+):\s*(.*)$", line)
        if m:
            found.append((m.group(1), m.group(2).strip()))
    return found


def folder(settings: list[str]) -> Path:
    """A throw-away working folder with the repository's config and the probe's settings."""
    work = Path(tempfile.mkdtemp(prefix="accept26-"))
    for name in STARTER:
        shutil.copy(ROOT / name, work / name)
    if settings:
        yaml = YAML()
        path = work / "config.yaml"
        data = yaml.load(path.read_text(encoding="utf-8"))
        for setting in settings:
            key, _, value = setting.partition("=")
            node = data
            *parents, last = key.strip().split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[last] = yaml.load(io.StringIO(value.strip()))
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(data, out)
    return work


def run_probe(probe: Path) -> tuple[bool, list[str], str]:
    """Run one probe; (passed, failed checks, output)."""
    if probe.suffix in (".sandbox", ".sh"):
        lines = probe.read_text(encoding="utf-8").splitlines()
        checks = notes(lines)
    else:
        lines = []
        checks = notes(probe.with_suffix(".expect").read_text(encoding="utf-8").splitlines())
    work = folder([v for k, v in checks if k == "set"])
    try:
        if probe.suffix == ".sandbox":
            typed = "\n".join(ln for ln in lines if not ln.startswith("##")) + "\n"
            done = subprocess.run(
                [str(QUNBOT), "run"], input=typed, capture_output=True, text=True, cwd=work, timeout=300
            )
        elif probe.suffix == ".sh":
            done = subprocess.run(
                ["sh", str(probe)],
                capture_output=True,
                text=True,
                cwd=work,
                timeout=300,
                env={**os.environ, "QUNBOT": str(QUNBOT)},
            )
            done.stdout += done.stderr
            done.returncode = 0  # an operator's command may fail on purpose; the checks decide
        else:
            until = [v for k, v in checks if k == "until"]
            cmd = [str(QUNBOT), "replay", str(probe), "--out", str(work / "actions.jsonl")]
            done = subprocess.run(
                cmd + (["--until", until[0]] if until else []),
                capture_output=True,
                text=True,
                cwd=work,
                timeout=300,
            )
            if (work / "actions.jsonl").exists():
                done.stdout += (work / "actions.jsonl").read_text(encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    output = done.stdout
    failed = []
    if done.returncode != 0:
        failed.append(f"exit code {done.returncode}: {done.stderr[-500:]}")
    for kind, pattern in checks:
        hit = re.search(pattern, output, re.MULTILINE)
        if kind == "expect" and not hit:
            failed.append(f"expected, not seen: {pattern}")
        elif kind == "expect-not" and hit:
            failed.append(f"seen, should not be: {pattern}\n      -> {hit.group(0)[:200]!r}")
    return not failed, failed, output


def main(argv: list[str]) -> int:
    probes = sorted(p for p in HERE.iterdir() if p.suffix in (".sandbox", ".jsonl", ".sh"))
    names = [a for a in argv if not a.startswith("-")]
    if names:
        probes = [p for p in probes if p.stem in names or p.name in names]
    verbose = "-v" in argv
    failures = 0
    for probe in probes:
        passed, failed, output = run_probe(probe)
        print(f"{'PASS' if passed else 'FAIL'}  {probe.name}")
        for line in failed:
            print(f"      {line}")
        if verbose:
            print(output)
        failures += not passed
    print(f"{len(probes) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
