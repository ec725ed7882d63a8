#!/usr/bin/env bash
# Tuning benchmark (not a test): Charter's samplers and pruners beside Optuna, same machine, same run.
#   e2e-tests/bench/tuning/run.sh                 full run: 20 seeds × 200 evaluations (10–25 min on 2 cores)
#   SEEDS=3 EVALS=60 e2e-tests/bench/tuning/run.sh   quick iteration
# Env: BENCH_VENV (default e2e-tests/target/bench-venv, created with optuna scipy numpy from PyPI),
#      BENCH_DIR (default e2e-tests/target/bench/tuning), FUNCTIONS (comma list, default all),
#      COST_REPS (default 5), WORKERS (pruning study workers, default 4), SKIP_OPTUNA=1.
# Writes the JSON of both sides and results.md (the tables) into BENCH_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
SEEDS="${SEEDS:-20}"
EVALS="${EVALS:-200}"
OUT="${BENCH_DIR:-$ROOT/e2e-tests/target/bench/tuning}"
VENV="${BENCH_VENV:-$ROOT/e2e-tests/target/bench-venv}"
mkdir -p "$OUT"
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q optuna scipy numpy
fi
PY="$VENV/bin/python"

mvn -B -o -q -pl scheduler -am test-compile
mvn -B -o -q -pl scheduler dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
# run from a copy, so that rebuilding the module during a long run cannot swap classes under it
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
cp -r scheduler/target/classes "$OUT/classes/main" && cp -r scheduler/target/test-classes "$OUT/classes/test"
CP="$OUT/classes/test:$OUT/classes/main:$(cat "$OUT/classpath.txt")"
BENCH=io.charter.scheduler.tuning.bench.TuningBench
FN_ARG=()
if [[ -n "${FUNCTIONS:-}" ]]; then FN_ARG=("$FUNCTIONS"); fi

{
  echo "machine: $(nproc --all) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), seeds: $SEEDS, evaluations: $EVALS, load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

java -Xmx2g -cp "$CP" "$BENCH" optimize "$OUT/charter-optimize.json" "$SEEDS" "$EVALS" "${FN_ARG[@]}"
java -Xmx2g -cp "$CP" "$BENCH" cost "$OUT/charter-cost.json" "${COST_REPS:-5}"
java -Xmx2g -cp "$CP" "$BENCH" pruning "$OUT/charter-pruning.json" "$SEEDS" "${WORKERS:-4}"
if [[ -z "${SKIP_OPTUNA:-}" ]]; then
  "$PY" e2e-tests/bench/tuning/optuna_anchor.py optimize "$OUT/optuna-optimize.json" "$SEEDS" "$EVALS" "${FN_ARG[@]}"
  "$PY" e2e-tests/bench/tuning/optuna_anchor.py cost "$OUT/optuna-cost.json" "${COST_REPS:-5}"
fi
{
  cat "$OUT/machine.txt"
  echo
  echo "load average at end: $(cut -d" " -f1-3 /proc/loadavg)"
  echo
  "$PY" e2e-tests/bench/tuning/compare.py "$OUT"
} > "$OUT/results.md"
cat "$OUT/results.md"
