#!/usr/bin/env bash
# 5-fold cross-validation of the shipped seed corpus (category and agency heads), see docs/benchmarks.md.
# Usage, from the repository root after `./mvnw -pl classifier -am package -DskipTests`:
#   [TRAIN_ARGS="--components svm --folds 0"] classifier/scripts/seed-benchmark.sh [WORKDIR]
set -euo pipefail
work="${1:-/tmp/seed-benchmark}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="$root/classifier/scripts/lapor_benchmark.py"
/usr/bin/python3 "$script" kfold "$root/classifier/src/main/resources/aduan/classifier/seed-corpus.csv" "$work"
for k in 0 1 2 3 4; do
  # shellcheck disable=SC2086
  "$root/aduan-classifier" train --data "$work/fold$k-train.csv" --out "$work/fold$k.model" ${TRAIN_ARGS:-} 2>/dev/null | tail -1
  "$root/aduan-classifier" evaluate --model "$work/fold$k.model" --data "$work/fold$k-test.csv" \
    --json "$work/aduan$k.json" 2>/dev/null | sed -n '2,3p'
done
echo "Seed corpus, ${TRAIN_ARGS:-(defaults)}, category head (mean over 5 folds):"
/usr/bin/python3 "$script" summarize "$work" aduan category
echo "Seed corpus, agency head (the model alone, without the routing table):"
/usr/bin/python3 "$script" summarize "$work" aduan agency
