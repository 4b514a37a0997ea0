#!/usr/bin/env bash
# Reproduces the LAPOR! 2017 agency-type figures of docs/benchmarks.md (section Classifier).
# Usage, from the repository root after `./mvnw -pl classifier -am package -DskipTests`:
#   classifier/scripts/lapor-benchmark.sh [DATASET.csv] [WORKDIR]
# Needs /usr/bin/python3 with python3-sklearn (Debian: apt-get install -y python3-sklearn) for the baselines.
# Extra training options (ablations) go in TRAIN_ARGS, e.g. TRAIN_ARGS="--components svm --folds 0";
# BASELINES=no skips the sklearn baselines.
set -euo pipefail
dataset="${1:-/work/shared/datasets/canfelli25__ir-lapor-classifier/lapor_2017_reports.csv}"
work="${2:-/tmp/lapor-benchmark}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="$root/classifier/scripts/lapor_benchmark.py"

/usr/bin/python3 "$script" prepare "$dataset" "$work"
for k in 0 1 2 3 4; do
  # shellcheck disable=SC2086
  "$root/aduan-classifier" train --data "$work/fold$k-train.csv" --out "$work/fold$k.model" ${TRAIN_ARGS:-} 2>/dev/null | tail -1
  "$root/aduan-classifier" evaluate --model "$work/fold$k.model" --data "$work/fold$k-test.csv" \
    --json "$work/aduan$k.json" 2>/dev/null | sed -n '2p'
done
echo "Aduan classifier ${TRAIN_ARGS:-(defaults)} (mean over 5 folds):"
/usr/bin/python3 "$script" summarize "$work" aduan
if [ "${BASELINES:-yes}" != no ]; then
  echo "Baselines on the same folds:"
  /usr/bin/python3 "$script" baselines "$work" 2>/dev/null
fi
