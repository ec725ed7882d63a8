#!/usr/bin/env bash
# MLP training benchmark (not a test): DJL through the worker's training library (and a plain DJL
# loop) beside PyTorch on CPU (Python), same synthetic data, same network, same machine, same run.
#   gpu-workers/bench/mlp/run.sh [rows] [epochs]        (defaults 100000 and 4: 1 warm-up + 3 timed)
# Configs: hidden [256,128] and [64,64] × batch 256 and 1024; for each config the JVM runs first,
# then Python, so a change of load on the machine hits both sides of a ratio alike.
# Environment:
#   BENCH_VENV    a virtualenv with torch and numpy (default gpu-workers/target/bench-venv, created
#                 with `pip install torch numpy` when missing — torch from PyPI is ~5 GB with its CUDA
#                 libraries; point BENCH_VENV at an existing one to reuse it)
#   BENCH_THREADS intra-op threads on both sides (default 2; inter-op threads are 1 on both)
#   BENCH_ROUNDS  how many times to run all configs (default 1); the report pairs DJL and PyTorch
#                 within each round and takes medians over rounds (the machine's load drifts)
# Builds gpu-workers and the modules it needs offline (test-compile only, nothing is installed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
ROWS="${1:-100000}"
EPOCHS="${2:-4}"
THREADS="${BENCH_THREADS:-2}"
ROUNDS="${BENCH_ROUNDS:-1}"
OUT="$ROOT/gpu-workers/target/bench"
VENV="${BENCH_VENV:-$ROOT/gpu-workers/target/bench-venv}"
DATA="$OUT/mlp-$ROWS.f32"
RESULTS="$OUT/mlp-$ROWS-$(date +%Y%m%d-%H%M%S).tsv"
mkdir -p "$OUT"
CORES="$(nproc)" # before OMP_NUM_THREADS is set: nproc honours it

# The same threading on both sides: THREADS intra-op (OpenMP/MKL), 1 inter-op, no OpenMP spin-waiting
# (STACK.md: spinning threads wreck throughput on a shared 2-core machine).
export OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS" OMP_WAIT_POLICY=PASSIVE
# DJL fully offline, natives unpacked under target/ (first use: ~430 MB, a few seconds).
export DJL_OFFLINE=true OPT_OUT_TRACKING=true
export DJL_CACHE_DIR="$ROOT/gpu-workers/target/djl-cache" ENGINE_CACHE_DIR="$ROOT/gpu-workers/target/djl-cache"

mvn -B -o -q -pl gpu-workers -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" 2>&1 >/dev/null | sed 's/\x1b\[[0-9;]*m//g' >&2
CP="gpu-workers/target/test-classes:gpu-workers/target/classes:$(cat "$OUT/classpath.txt")"

if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q torch numpy
fi

echo "machine: $CORES cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)," \
     "python torch $("$VENV/bin/python" -c 'import torch; print(torch.__version__)'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows $ROWS, epochs $EPOCHS (1 warm-up), intra-op threads $THREADS, inter-op 1, rounds $ROUNDS; results in $RESULTS"
echo "variant / hidden / batch / median samples/s / per timed epoch / final loss / warm-up epoch s / wall samples/s" \
     "/ inference rows/s / load1"
for _ in $(seq "$ROUNDS"); do
for layers in 256,128 64,64; do
  for batch in 256 1024; do
    java -Xmx4g -Dai.djl.pytorch.num_threads="$THREADS" -Dai.djl.pytorch.num_interop_threads=1 \
        -Dai.djl.offline=true -cp "$CP" io.charter.worker.bench.MlpBench \
        "$ROWS" "$DATA" "$RESULTS" "$layers" "$batch" "$EPOCHS" 2> >(grep -v "^SLF4J" >&2)
    "$VENV/bin/python" gpu-workers/bench/mlp/torch_anchor.py "$DATA" "$ROWS" "$RESULTS" "$layers" "$batch" \
        "$EPOCHS" "$THREADS"
  done
done
done
echo
"$VENV/bin/python" gpu-workers/bench/mlp/torch_anchor.py --report "$RESULTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
