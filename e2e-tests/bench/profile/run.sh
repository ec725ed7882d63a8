#!/usr/bin/env bash
# Profiling benchmark (not a test): N rows × 60 columns, Charter's scan + profiler beside pandas
# (read_csv + describe + corr) on the same file, same machine, same run. Prints one line each.
#   e2e-tests/bench/profile/run.sh [rows ...]     (default: 1000000 10000000)
# Needs: a built tree (mvn -o install -DskipTests, then mvn -o -pl e2e-tests test-compile) and
# python3 with pandas. The heap is capped at 512 MB on purpose: the profiler must fit any size.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
OUT="${BENCH_DIR:-$ROOT/e2e-tests/target/bench}"
mkdir -p "$OUT"
CP="e2e-tests/target/test-classes:governance/target/classes:$(cd governance && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")"
export OMP_WAIT_POLICY=PASSIVE
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for rows in "${@:-1000000 10000000}"; do
  file="$OUT/wide-$rows.csv"
  [[ -f "$file" ]] || java -cp "$CP" io.charter.bench.WideCsv "$rows" "$file"
  echo "file: $file ($(du -h "$file" | cut -f1))"
  echo "charter: $(java -Xmx512m -cp "$CP" io.charter.bench.ProfileBench "$file")"
  echo "pandas:  $(python3 e2e-tests/bench/profile/pandas_anchor.py "$file")"
done
