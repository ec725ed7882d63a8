#!/usr/bin/env bash
# GBM benchmark (not a test): XGBoost through the worker's training library beside LightGBM and
# scikit-learn's HistGradientBoosting (Python) on the same 1M × 28 data, same machine, same run.
#   gpu-workers/bench/gbm/run.sh [rows]      (default 1000000)
# Needs a built tree (mvn -o install -DskipTests; mvn -o -pl gpu-workers test-compile) and
# python3; the anchors go into a virtualenv under gpu-workers/target/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
ROWS="${1:-1000000}"
OUT="$ROOT/gpu-workers/target/bench"
VENV="$ROOT/gpu-workers/target/bench-venv"
mkdir -p "$OUT"
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=2
CP="gpu-workers/target/test-classes:gpu-workers/target/classes:$(cd gpu-workers && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
java -Xmx8g -cp "$CP" io.charter.worker.bench.GbmBench "$ROWS" "$OUT/gbm-$ROWS.csv"
[[ -x "$VENV/bin/python" ]] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q lightgbm scikit-learn pandas; }
"$VENV/bin/python" gpu-workers/bench/gbm/anchors.py "$OUT/gbm-$ROWS.csv"
