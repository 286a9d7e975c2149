#!/usr/bin/env bash
# The whole bot through `qunbot replay --stats` on workloads of 1x, 5x and 10x the rooms (3 runs each).
# Usage: bash bench/replay_scaling.sh [BASE_ROOMS=5] [RUNS=3]   (from the repository root)
set -euo pipefail
base=${1:-5}
runs=${2:-3}
for factor in 1 5 10; do
  rooms=$((base * factor))
  dir=$(mktemp -d)
  .venv/bin/python bench/workload.py "$dir" --rooms "$rooms" > /dev/null
  for run in $(seq "$runs"); do
    printf '{"rooms": %d, "run": %d, "stats": %s}\n' "$rooms" "$run" \
      "$(.venv/bin/qunbot replay "$dir/events.jsonl" --config "$dir/config.yaml" --out /dev/null --stats | tail -1)"
  done
  rm -rf "$dir"
done
