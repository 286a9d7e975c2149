#!/usr/bin/env bash
# ../shared/peer-bench/compare.py for this checkout's code, from a worktree that has no .venv of its own, with the
# NoneBot2 half left alone: compare.py runs `.venv/bin/qunbot` of the folder it is started in, and a PYTHONPATH set
# for qunbot reaches the peer too, whose Python then imports this repository's `bot` package instead of its own and
# reports 0 actions in a few seconds (session 19: "events/s ratio 0.3"). Here only qunbot's half gets the path.
# One compare at a time on the machine (they share /tmp/peer_venv): the lock is taken here.
# Usage (from the checkout): bash bench/peer_compare.sh [compare.py options, e.g. --groups 200 --messages 80000]
#   PAIR_PYTHON: the Python with qunbot's requirements (default: /work/main/.venv/bin/python)
set -euo pipefail
here=$(pwd)
python="${PAIR_PYTHON:-/work/main/.venv/bin/python}"
peer="${PEER_BENCH:-$here/../shared/peer-bench}"
[ -f "$peer/compare.py" ] || peer=/work/shared/peer-bench
root=$(mktemp -d /tmp/peer-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
for f in "$here"/*.yaml "$here"/*.txt; do ln -s "$f" "$root/"; done  # config.yaml and the files it names
mkdir -p "$root/.venv/bin"
printf '#!/bin/sh\nPYTHONPATH=%s exec %s -c "import sys; from bot.cli import main; sys.exit(main())" "$@"\n' \
  "$here" "$python" > "$root/.venv/bin/qunbot"
chmod +x "$root/.venv/bin/qunbot"
echo "start $(date -u +%T) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$root" && env -u PYTHONPATH flock /tmp/peer.lock "$python" "$peer/compare.py" "$@")
echo "end $(date -u +%T) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
