#!/usr/bin/env bash
# Evaluation metrics beside scikit-learn / fairlearn (not tests):
#   e2e-tests/bench/eval/run.sh [check] [rows] [seed]   live comparison, every metric (default 20000 1)
#   e2e-tests/bench/eval/run.sh bench [rows] [features] timings of the heavy paths beside sklearn's
#                                                        (default 1000000 10)
# Needs: the governance module compiled (mvn -o -q -pl governance test-compile) and python3 with
# scikit-learn, scipy and (for fairness) fairlearn, e.g. PYTHON=/tmp/skl/bin/python.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
CP=governance/target/test-classes:governance/target/classes
mode="check"
if [[ "${1:-}" == "check" || "${1:-}" == "bench" ]]; then mode="$1"; shift; fi
if [[ "$mode" == "bench" ]]; then
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "charter:"
  java -Xmx1g -cp "$CP" io.charter.governance.eval.EvalBench "${1:-1000000}" "${2:-10}"
  echo "anchor: $("$PY" -c 'import sklearn, numpy; print("scikit-learn", sklearn.__version__, "numpy", numpy.__version__)')"
  "$PY" e2e-tests/bench/eval/sklearn_anchor.py "${1:-1000000}" "${2:-10}"
else
  OUT="${BENCH_DIR:-$ROOT/e2e-tests/target/bench}/eval"
  java -cp "$CP" io.charter.governance.eval.SklearnCheck "$OUT" "${1:-20000}" "${2:-1}"
  "$PY" e2e-tests/bench/eval/sklearn_check.py "$OUT"
fi
