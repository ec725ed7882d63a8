#!/usr/bin/env bash
# Fair-share scheduler benchmark (not a test): throughput and fairness of FairShareScheduler.next in a
# discrete-event simulation on a simulated clock (nothing sleeps; only the next() calls are timed).
#   e2e-tests/bench/scheduler/run.sh                           full run: 5 scenarios x (1 warm-up + 5 timed runs)
#   RUNS=1 JOBS=2000 e2e-tests/bench/scheduler/run.sh          quick iteration
# Env: RUNS (timed runs per scenario, default 5), JOBS (trials per scenario, default 10000),
#      SCENARIOS (comma list: quota-split,oversubscribed,arrivals,resources,resources-no-aging; default all),
#      BENCH_DIR (default e2e-tests/target/bench/scheduler).
# Writes results.json (every run and the medians), table.md and results.md (machine line + tables) into BENCH_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
JOBS="${JOBS:-10000}"
OUT="${BENCH_DIR:-$ROOT/e2e-tests/target/bench/scheduler}"
mkdir -p "$OUT"

mvn -B -o -q -pl scheduler -am test-compile
mvn -B -o -q -pl scheduler dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
# run from a copy, so that rebuilding the module during a run cannot swap classes under it
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
cp -r scheduler/target/classes "$OUT/classes/main" && cp -r scheduler/target/test-classes "$OUT/classes/test"
CP="$OUT/classes/test:$OUT/classes/main:$(cat "$OUT/classpath.txt")"

{
  echo "machine: $(nproc --all) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), runs: $RUNS, trials per scenario: $JOBS, load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

start=$(date +%s)
java -Xmx2g -cp "$CP" io.charter.scheduler.queue.bench.SchedulerBench "$OUT" "$RUNS" "${SCENARIOS:-}" "$JOBS" > /dev/null
{
  cat "$OUT/machine.txt"
  echo "load average at end: $(cut -d" " -f1-3 /proc/loadavg), benchmark wall time: $(( $(date +%s) - start )) s"
  echo
  cat "$OUT/table.md"
} > "$OUT/results.md"
cat "$OUT/results.md"
