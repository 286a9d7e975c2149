#!/usr/bin/env bash
# CPU seconds (user + sys) of the peer day's replay for two checkouts at the same moment, one process per core:
# a change's cost shows without the load of the shared machine in between. Prints each run's CPU, peak memory and
# --stats line, and whether the two action logs are byte-identical.
# Usage (from the repository root): bash bench/peer_day_pair.sh BASE_CHECKOUT DAY_DIR [TAG]
#   BASE_CHECKOUT: the code to compare with, e.g. `git worktree add --detach /tmp/base main`
#   DAY_DIR: written by `.venv/bin/python bench/peer_day.py DAY_DIR [--groups 200 --messages 80000]`
set -euo pipefail
base=$(cd "$1" && pwd); day=$(cd "$2" && pwd); tag=${3:-pair}; here=$(pwd)
python="${PAIR_PYTHON:-$here/.venv/bin/python}"
out=$(mktemp -d)
run() {  # NAME CHECKOUT: `python -m bot` from the checkout runs that checkout's code
  (cd "$2" && /usr/bin/time -f "%U %S %M" -o "$out/time-$1" "$python" -m bot replay "$day/workload/events.jsonl" \
    --config "$day/config.yaml" --out "$out/actions-$1.jsonl" --stats > "$out/stats-$1" 2> /dev/null)
}
run base "$base" & run this "$here" & wait
for name in base this; do
  read -r user sys peak < "$out/time-$name"
  echo "$tag $name: $(echo "$user + $sys" | bc) CPU s, peak $((peak / 1024)) MB, $(tail -1 "$out/stats-$name")"
done
cmp -s "$out/actions-base.jsonl" "$out/actions-this.jsonl" && echo "$tag: action logs identical" \
  || echo "$tag: ACTION LOGS DIFFER ($out)"
echo "$tag: load $(cut -d' ' -f1-3 /proc/loadavg)"
